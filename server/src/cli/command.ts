/**
 * The shape every subcommand has, so `main` can list, explain and run them alike.
 */
import type { CliIo } from './cliIo.js';

/** What a command needs besides its arguments; a plain value. */
export interface CommandContext {
  io: CliIo;
  /** The version of the `@gloss/server` package, for tool metadata in reports. */
  version: string;
  /** The absolute URL of docs/SPEC.md, when the package says where it is published; rule help links point into it. */
  specUrl: string | null;
  /**
   * The script that serves parse children when started with `--gloss-parse-worker` (`gloss` itself), so that files which
   * might parse slowly are parsed with a time limit; absent or null, every file is parsed in this process.
   */
  workerScript?: string | null;
}

/** One subcommand of `gloss`; stateless. */
export interface Command {
  name: string;
  /** One line for `gloss --help`. */
  summary: string;
  /** The full text of `gloss <name> --help`. */
  help: string;
  /** Runs with the arguments after the command name and resolves to the exit code; throws UsageError for a bad command line. */
  run(args: string[], context: CommandContext): Promise<number>;
}
