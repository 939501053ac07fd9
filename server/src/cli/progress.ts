/**
 * A one-line progress indicator for long runs, shown only to a person watching a terminal.
 */
import type { CliIo, TextSink } from './cliIo.js';

/** Redraws at most this often, so a fast run does not spend its time drawing. */
const REDRAW_MS = 100;

/** Reports progress on stderr; holds the time of the last redraw. Does nothing unless stderr is a terminal. */
export class Progress {
  readonly #io: CliIo;
  readonly #now: () => number;
  #last = Number.NEGATIVE_INFINITY;
  #shown = false;

  constructor(io: CliIo, now: () => number = Date.now) {
    this.#io = io;
    this.#now = now;
  }

  /** Shows `gloss: <label> done/total`, unless the last redraw was very recent. */
  update(label: string, done: number, total: number): void {
    if (!this.#io.stderrIsTTY) return;
    const now = this.#now();
    if (now - this.#last < REDRAW_MS && done < total) return;
    this.#last = now;
    this.#shown = true;
    this.#io.stderr.write(`\r\u001b[Kgloss: ${label} ${done}/${total}`);
  }

  /**
   * `sink` with the progress line erased before each write: output to the terminal the line is drawn on then scrolls
   * above it, and the next update draws the line again below.
   */
  writingAbove(sink: TextSink): TextSink {
    const write = (text: string): unknown => {
      this.done();
      return sink.write(text);
    };
    const drained = sink.drained?.bind(sink);
    return drained ? { write, drained } : { write };
  }

  /** Erases the line, so the report starts on a clean terminal. */
  done(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.#io.stderr.write('\r\u001b[K');
  }
}
