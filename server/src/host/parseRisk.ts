/**
 * A cheap look at a text that tells whether parsing it might take seconds, so that the parse pool sends only such texts
 * to a killable child with a time budget and parses every ordinary file in process (for the server and `gloss check`).
 *
 * remark's slow cases are all dense Markdown markup: long runs of emphasis markers, brackets or parentheses in one
 * paragraph (`*a_ `×2500, `[a]{`×50000), containers nested deep on one line (`> `×5000, `- `×1500), deep indentation
 * (lists nested hundreds deep), or sheer size. Prose, even heavily annotated, has a few dozen markers per paragraph.
 * The thresholds sit far above that and far below where remark slows down, so a wrong guess costs a fork, not a hang.
 */

/** Markup characters a paragraph may hold before it counts as dense; an annotated paragraph of news has a few dozen. */
export const PARAGRAPH_MARKUP_LIMIT = 400;

/** Container markers (`>`, `-`, `+`, `*`, `1.`) a line may open before it counts as deeply nested. */
export const LINE_NESTING_LIMIT = 12;

/** Columns of indentation a line may have before it counts as deeply nested. */
export const INDENT_LIMIT = 64;

/** UTF-16 units of text beyond which even prose takes remark too long to parse in process. */
export const SIZE_LIMIT = 256 * 1024;

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;

/** `* _ [ ] ( ) { } < > ! \` ~ \\`: the characters remark's inline parser works hardest on. */
const MARKUP = new Uint8Array(128);
for (const char of '*_[](){}<>!`~\\') MARKUP[char.charCodeAt(0)] = 1;

/**
 * Whether `text` may take remark long to parse: a dense paragraph, a deeply nested line, or a large file.
 * One pass over the text; false for every ordinary article. Pure.
 */
export function mayParseSlowly(text: string): boolean {
  if (text.length > SIZE_LIMIT) return true;
  let markup = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end === -1) end = text.length;
    const contentStart = skipContainers(text, lineStart, end);
    if (contentStart === -1) return true;
    // A blank line ends the paragraph, and with it the run of markers that remark matches against each other.
    if (isBlank(text, contentStart, end)) markup = 0;
    for (let i = contentStart; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 128 && MARKUP[code] === 1 && ++markup > PARAGRAPH_MARKUP_LIMIT) return true;
    }
    lineStart = end + 1;
  }
  return false;
}

/**
 * Where the content of the line `[start, end)` begins after its indentation and container markers,
 * or -1 when the line is nested or indented past the limits.
 */
function skipContainers(text: string, start: number, end: number): number {
  let i = start;
  let markers = 0;
  let indent = 0;
  for (;;) {
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
      i++;
      if (++indent > INDENT_LIMIT) return -1;
    }
    const after = markerEnd(text, i, end);
    if (after === i) return i;
    if (++markers > LINE_NESTING_LIMIT) return -1;
    i = after;
  }
}

/** The end of a container marker at `i` (`>`, or `-`, `+`, `*`, `1.`, `1)` followed by a space or the line end), or `i` itself. */
function markerEnd(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x3e) return i + 1;
  if (code === 0x2d || code === 0x2b || code === 0x2a) return followedBySpace(text, i + 1, end) ? i + 1 : i;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j > i && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x29) && followedBySpace(text, j + 1, end)) return j + 1;
  return i;
}

function followedBySpace(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const code = text.charCodeAt(i);
  return code === SPACE || code === TAB || code === CR;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB && code !== CR) return false;
  }
  return true;
}
