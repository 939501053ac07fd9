/**
 * The subcommands of `gloss`, bound to the language core.
 */
import { Workspace, check, docToJson, parse } from '../core/index.js';
import { cachedCheckCommand } from './cachedCheckCommand.js';
import type { Command } from './command.js';
import { exportCommand } from './exportCommand.js';
import type { Lint } from './lint.js';
import { lspCommand } from './lspCommand.js';
import { parseCommand } from './parseCommand.js';
import { renderCommand } from './renderCommand.js';
import { statsCommand } from './statsCommand.js';

/**
 * Lints a corpus with the core: every file parsed into one workspace, then each checked against it,
 * so cross-file problems are the same as in the editor.
 */
export const coreLint: Lint = (files, config) => {
  const ws = Workspace.build(files.map((file) => parse(file.text, file.uri)));
  return files.map((file) => ({ uri: file.uri, problems: check(ws, file.uri, config) }));
};

/** Every subcommand, in the order `gloss --help` lists them. Stateless. */
export function glossCommands(): Command[] {
  return [
    cachedCheckCommand(coreLint),
    statsCommand(),
    exportCommand(),
    parseCommand((text, uri) => docToJson(parse(text, uri))),
    renderCommand(),
    // The server is loaded only when asked for, so the other commands start without it.
    lspCommand(async ({ specUrl }) => (await import('../lsp/server.js')).startServer(undefined, { specUrl })),
  ];
}
