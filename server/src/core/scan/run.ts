/**
 * The inline content of one paragraph or heading, as the scanner reads it: the text of its lines joined by their
 * line endings (`\n` or `\r\n`),
 * without the container prefixes (`> `, `- `) that micromark also leaves out of inline content, and the way back
 * from an index into that content to an offset into the document.
 */

/** One line's part of the content: `length` units that start at `source` in the document and at `content` here. */
interface Segment {
  source: number;
  content: number;
  length: number;
}

/** The inline content of one block. */
export class Run {
  readonly content: string;
  readonly #segments: Segment[];

  /** `lines` are `[start, end)` offsets of each line's content in `text`, in order. */
  constructor(text: string, lines: readonly (readonly [number, number])[]) {
    const segments: Segment[] = [];
    let content = '';
    let previousEnd = -1;
    for (const [start, end] of lines) {
      if (previousEnd >= 0) content += text.charCodeAt(previousEnd) === 13 ? '\r\n' : '\n';
      previousEnd = end;
      segments.push({ source: start, content: content.length, length: end - start });
      content += text.slice(start, end);
    }
    this.content = content;
    this.#segments = segments;
  }

  /**
   * The document offset of the content unit at `index`.
   * The line ending between two segments sits at the end of the first one's line, where the document has it too.
   */
  offset(index: number): number {
    const segments = this.#segments;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((segments[middle] as Segment).content <= index) low = middle;
      else high = middle - 1;
    }
    const segment = segments[low] as Segment;
    return segment.source + (index - segment.content);
  }

  /** The document offset just after the content unit at `index`: where a token that ends with that unit ends. */
  endOffset(index: number): number {
    return this.offset(index) + 1;
  }
}
