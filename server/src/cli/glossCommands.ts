/**
 * The subcommands of `gloss`, bound to the language core.
 */
import { docToJson, parse } from '../core/index.js';
import { cachedCheckCommand } from './cachedCheckCommand.js';
import type { Command } from './command.js';
import { exportCommand } from './exportCommand.js';
import { lspCommand } from './lspCommand.js';
import { parseCommand } from './parseCommand.js';
import { renderCommand } from './renderCommand.js';
import { statsCommand } from './statsCommand.js';

/** Every subcommand, in the order `gloss --help` lists them. Stateless. */
export function glossCommands(): Command[] {
  return [
    cachedCheckCommand(),
    statsCommand(),
    exportCommand(),
    parseCommand((text, uri) => docToJson(parse(text, uri))),
    renderCommand(),
    // The server is loaded only when asked for, so the other commands start without it.
    lspCommand(async ({ specUrl, version }) => (await import('../lsp/server.js')).startServer(undefined, { specUrl, version })),
  ];
}
