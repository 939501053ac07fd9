/**
 * A CliIo that records what a command writes, for in-process CLI tests.
 */
import type { CliIo } from '../../server/src/cli/cliIo.js';

/** A CliIo over strings, plus what was written to each stream. */
export interface MemoryIo extends CliIo {
  out: () => string;
  err: () => string;
}

/** A fresh recording CliIo for `cwd`; not a terminal unless told, and with an empty environment. */
export function memoryIo(cwd: string, overrides: Partial<CliIo> = {}): MemoryIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
