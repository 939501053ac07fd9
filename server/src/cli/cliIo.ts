/**
 * The outside world as the CLI sees it, so that every command can run in-process under test.
 */
import type { Writable } from 'node:stream';

/** Somewhere to write text. */
export interface TextSink {
  write(text: string): unknown;
  /**
   * Resolves once what the sink has queued is written out, or at once when it has little queued or is closed. A sink
   * that never queues, such as a string in memory, leaves it out.
   */
  drained?(): Promise<void>;
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

/**
 * The real process's streams, folder and environment. A reader that stops early (`gloss check | head`) closes the
 * pipe: the rest of the output has nowhere to go, which is no failure of the command, so it finishes quietly with its
 * own exit status instead of dying on the broken pipe with a stack trace. Any other failure to write is one line on
 * stderr and exit status 2.
 */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`gloss: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
  return {
    stdout: streamSink(process.stdout),
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/**
 * A TextSink over a Node stream, which tells when its queue has drained. On Linux, writes to a pipe are asynchronous: a
 * writer that does not wait queues its whole output in memory while the reader (a CI runner, `less`) catches up.
 */
export function streamSink(stream: Writable): TextSink {
  return {
    write: (text) => stream.write(text),
    drained: () =>
      !stream.writableNeedDrain || stream.destroyed
        ? Promise.resolve()
        : new Promise((resolve) => {
            // A stream closed early (the reader went away) never drains; there is nothing left to wait for then.
            const done = (): void => {
              stream.off('drain', done);
              stream.off('close', done);
              resolve();
            };
            stream.on('drain', done);
            stream.on('close', done);
          }),
  };
}

/** Whether to colour stdout: only on a terminal, and never when `NO_COLOR` is set to anything but the empty string. */
export function wantsColor(io: CliIo): boolean {
  return io.stdoutIsTTY && !io.env['NO_COLOR'];
}

/** About how much text `writeChunks` gathers into one write. */
const WRITE_SIZE = 64 * 1024;

/**
 * Writes `chunks` to `sink` in order, gathered into writes of about 64 KB: a write per chunk would cost a system call
 * each on a pipe, and one write of everything would hold the whole output in memory at once. After each write it waits
 * until the sink has drained, so the chunks are made no faster than the reader takes them.
 */
export async function writeChunks(sink: TextSink, chunks: Iterable<string>): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size < WRITE_SIZE) continue;
    sink.write(pending.join(''));
    pending = [];
    size = 0;
    await sink.drained?.();
  }
  if (size > 0) sink.write(pending.join(''));
}
