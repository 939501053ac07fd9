/**
 * Offset ⇄ position arithmetic: the only place in Gloss that converts between
 * UTF-16 offsets into a text and LSP line/character positions.
 */
import type { Position, Range } from './model.js';

/** The byte order mark that editors hide and that must not shift positions. */
export const BOM = '\uFEFF';

/**
 * Removes a leading byte order mark.
 * Editors never show it and LSP positions do not count it, so every parse starts from text without it.
 */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * Line starts of one text, for converting offsets to positions and back.
 * `\n`, `\r\n` and a lone `\r` each end a line, as LSP specifies.
 * Immutable; the line starts are found on first use, because a check that finds nothing never needs them.
 */
export class LineIndex {
  readonly #text: string;
  #lineStarts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  get #starts(): number[] {
    if (this.#lineStarts === undefined) {
      const text = this.#text;
      const starts = [0];
      if (!text.includes('\r')) {
        // Most texts end lines with \n alone, which the engine's own search finds several times faster than a loop.
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      } else {
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          } else if (c === 10 /* \n */) {
            starts.push(i + 1);
          }
        }
      }
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }

  /** The number of lines; a text ending in a line break has an empty last line. */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** The text this index was built from. */
  get text(): string {
    return this.#text;
  }

  /** The position of an offset; offsets are clamped into the text and never land inside a `\r\n`. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.#text.length));
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.#starts[low] as number;
    return { line: low, character: Math.min(clamped, this.#lineContentEnd(low)) - lineStart };
  }

  /** The offset of a position; positions past a line's end clamp to the end of its content. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#starts.length) return this.#text.length;
    const lineStart = this.#starts[position.line] as number;
    return Math.min(lineStart + Math.max(0, position.character), this.#lineContentEnd(position.line));
  }

  /** The range between two offsets. */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The text of one line without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.#starts.length) return '';
    return this.#text.slice(this.#starts[line], this.#lineContentEnd(line));
  }

  /** The offset just before the line break that ends `line` (or the end of the text). */
  #lineContentEnd(line: number): number {
    const next = this.#starts[line + 1];
    if (next === undefined) return this.#text.length;
    if (this.#text.charCodeAt(next - 1) === 10 && this.#text.charCodeAt(next - 2) === 13) return next - 2;
    return next - 1;
  }
}

/** Orders ranges by start, then end: document order. */
export function compareRanges(a: Range, b: Range): number {
  return (
    a.start.line - b.start.line ||
    a.start.character - b.start.character ||
    a.end.line - b.end.line ||
    a.end.character - b.end.character
  );
}

/** Orders strings by UTF-16 code units, as `Array.prototype.sort` does by default, whatever the locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
