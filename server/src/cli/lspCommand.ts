/**
 * `gloss lsp --stdio`: the language server, for editors other than VS Code.
 */
import type { Command, CommandContext } from './command.js';
import { commandArgs } from './commandArgs.js';
import { UsageError } from './usageError.js';

/** Starts the language server on the process's stdin and stdout; it keeps running until the client disconnects. */
export type StartServer = (options: { specUrl: string | null; version: string }) => void | Promise<void>;

const HELP = `Usage: gloss lsp --stdio

Starts the Gloss language server, speaking the Language Server Protocol on
stdin and stdout, for editors such as Neovim or Emacs (see the README).

Options:
  --stdio     talk over stdin and stdout (the only transport)
  -h, --help  show this help
`;

/**
 * Runs `gloss lsp`: checks that `--stdio` is given, then hands the process to the server. Resolves to 0 once the
 * server is listening; the open connection, not this promise, keeps the process alive.
 */
export async function runLsp(args: string[], context: CommandContext, start: StartServer): Promise<number> {
  const { values } = commandArgs('lsp', args, { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
  if (values['help'] === true) {
    context.io.stdout.write(HELP);
    return 0;
  }
  if (values['stdio'] !== true) throw new UsageError(`'gloss lsp' needs --stdio; see 'gloss lsp --help'`);
  await start({ specUrl: context.specUrl, version: context.version });
  return 0;
}

/** The `lsp` command over the given server start. */
export function lspCommand(start: StartServer): Command {
  return { name: 'lsp', summary: 'start the language server on stdin and stdout', help: HELP, run: (args, context) => runLsp(args, context, start) };
}
