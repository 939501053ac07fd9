/**
 * The `gloss` command line: dispatches to a subcommand and turns every failure into an exit code.
 * Importing this module does nothing; `main` never calls `process.exit`, so it runs in-process under test.
 */
import { tuneHeap } from '../host/heapTuning.js';
import { PARSE_WORKER_FLAG } from '../host/parseWorker.js';
import { processIo, type CliIo } from './cliIo.js';
import type { Command, CommandContext } from './command.js';
import { glossCommands } from './glossCommands.js';
import { UsageError } from './usageError.js';

/** What the launcher knows: the package version, where the spec is published, and optionally other IO or commands. */
export interface MainOptions {
  version: string;
  specUrl?: string | null;
  io?: CliIo;
  commands?: Command[];
  /**
   * The script to fork as a parse child. By default it is this program's own script when `gloss` runs on the process's
   * streams, and none (every file parsed in process) when it runs embedded with other IO, where that script is the host's.
   */
  workerScript?: string | null;
}

/**
 * Runs `gloss` with the arguments after the program name and resolves to the exit code:
 * 0 success, 1 problems found (for `check`), 2 a usage error, an unreadable input or an internal error.
 * Never rejects. An unexpected exception prints one line, `gloss: internal error: <message>`,
 * and its stack only when `GLOSS_DEBUG=1`.
 */
export async function main(argv: string[], options: MainOptions): Promise<number> {
  // A caller that brings its own IO runs `gloss` inside its process (the tests do), whose heap is its own business.
  if (!options.io) tuneHeap();
  const io = options.io ?? processIo();
  const commands = options.commands ?? glossCommands();
  const workerScript = options.workerScript !== undefined ? options.workerScript : options.io ? null : (process.argv[1] ?? null);
  const context: CommandContext = { io, version: options.version, specUrl: options.specUrl ?? null, workerScript };
  try {
    return await dispatch(argv, commands, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`gloss: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`gloss: internal error: ${message.split('\n')[0]}\n`);
    if (io.env['GLOSS_DEBUG'] === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], commands: Command[], context: CommandContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    if (topic !== undefined && !command) throw new UsageError(`unknown command '${topic}'; see 'gloss --help'`);
    // Without any argument the help is a usage error: it goes to stderr and the exit status says so.
    (first === undefined ? context.io.stderr : context.io.stdout).write(command ? command.help : help(commands));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    context.io.stdout.write(`${context.version}\n`);
    return 0;
  }
  // The language server forks its own main script as a parse child; under `gloss lsp` that script is `gloss` itself.
  // The child keeps running while its IPC channel is open, whatever exit code this returns.
  if (first === PARSE_WORKER_FLAG) {
    (await import('../host/parseWorker.js')).runParseWorker();
    return 0;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'; see 'gloss --help'`);
  const command = commands.find((c) => c.name === first);
  if (!command) throw new UsageError(`unknown command '${first}'; see 'gloss --help'`);
  return command.run(rest, context);
}

function help(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 0);
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: gloss <command> [options]

Gloss checks annotated news articles (*.gloss.md) for CI and editors.

Commands:
${list}

Options:
  -h, --help     show this help, or 'gloss <command> --help' for a command
  -v, --version  print the version
`;
}
