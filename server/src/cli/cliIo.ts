/**
 * The outside world as the CLI sees it, so that every command can run in-process under test.
 */

/** Somewhere to write text. */
export interface TextSink {
  write(text: string): unknown;
}

/** The streams, folder and environment of one CLI run; a plain value the commands only read. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** The real process's streams, folder and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Whether to colour stdout: only on a terminal, and never when `NO_COLOR` is set to anything but the empty string. */
export function wantsColor(io: CliIo): boolean {
  return io.stdoutIsTTY && !io.env['NO_COLOR'];
}
