/**
 * The fast reader of a Gloss body: what `parse` needs from the Markdown (spans, citations, comments, text runs)
 * without building a syntax tree. It reads the block structure of ordinary articles (paragraphs, ATX headings,
 * `- ` lists with lines indented under their items, `> ` quotations, thematic breaks, one-line HTML comments) and
 * their inline content (spans, citations, plain links, code spans, escapes, emphasis), and returns null as soon as
 * it meets anything whose reading depends on more of CommonMark or GFM than it implements; `parse` then falls back
 * to the full remark parser. Wherever it does return a Body, that Body equals the full parser's: the differential
 * tests in test/core/scan/ hold it to that over the samples, the benchmark corpora and random documents.
 */
import type { Body } from '../body.js';
import type { CommentAt } from '../suppressions.js';
import type { LineIndex } from '../text.js';
import { scanInline } from './inline.js';
import { Run } from './run.js';
import { addRun, type PendingSpan } from './runBody.js';

/** Sequences that the scanner never reads itself: character references, definitions, images and footnotes. */
const UNSUPPORTED_SEQUENCE = /&#?[a-z\d]+;|\]:|!\[|\[\^/i;

/**
 * Whether `text` holds, from `from` on, what the scanner leaves to the full parser: control characters, tabs
 * and lone carriage returns (indentation and line-ending rules), escapes, code, tables, strikethrough, or one of the unsupported sequences.
 */
function hasUnsupported(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A carriage return is read only as the first half of a CRLF line ending.
    if ((c < 32 && c !== 10 && !(c === 13 && text.charCodeAt(i + 1) === 10)) || c === 127 || c === 124 /* | */ || c === 126 /* ~ */) return true;
  }
  return UNSUPPORTED_SEQUENCE.test(from === 0 ? text : text.slice(from));
}

type Lines = [number, number][];

/**
 * Reads the body of `text` that starts at `from` (the end of the front matter, or 0), or returns null.
 * `lines` is the text's line index, which gives the comments their lines.
 */
export function scanBody(text: string, from: number, lines: LineIndex): Body | null {
  if (hasUnsupported(text, from)) return null;
  const blocks = scanBlocks(text, from, lines);
  if (blocks === null) return null;
  const body: Body = { spans: [], citations: [], comments: blocks.comments, texts: [], prose: [] };
  const pending: PendingSpan[] = [];
  for (const lines of blocks.runs) {
    const run = new Run(text, lines);
    const nodes = scanInline(run);
    if (nodes === null || !addRun(run, nodes, text, body, pending)) return null;
  }
  const indexOf = new Map(pending.map((entry, index) => [entry, index]));
  body.spans = pending.map((entry) => ({ ...entry.span, parent: entry.parent === null ? null : (indexOf.get(entry.parent) as number) }));
  return body;
}

/** The inline runs (each the line ranges of one paragraph or heading) and the comments of the body, in order. */
interface Blocks {
  runs: Lines[];
  comments: CommentAt[];
}

function scanBlocks(text: string, from: number, lines: LineIndex): Blocks | null {
  const runs: Lines[] = [];
  const comments: CommentAt[] = [];
  let paragraph: Lines | null = null;
  let inQuote = false;
  // Whether a bullet list item is open, so that a line indented by its two columns continues it.
  let listItem = false;
  const closeParagraph = (): void => {
    if (paragraph !== null) runs.push(paragraph);
    paragraph = null;
  };
  let start = from === 0 ? 0 : from + (text.charCodeAt(from) === 13 ? 2 : 1);
  while (start <= text.length) {
    let next = text.indexOf('\n', start);
    if (next < 0) next = text.length;
    // `end` is where the line's text ends, before a CRLF's carriage return.
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const first = text.charCodeAt(start);
    if (end === start) {
      closeParagraph();
    } else if (text.charCodeAt(end - 1) === 32) {
      // Trailing spaces make hard breaks or vanish from text values: the full parser knows which.
      return null;
    } else if (first === 32 && listItem && text.charCodeAt(start + 1) === 32) {
      if (!isPlainStart(text, start + 2, end) || (paragraph !== null && inQuote)) return null;
      paragraph ??= [];
      paragraph.push([start + 2, end]);
    } else if (first === 62 /* > */) {
      listItem = false;
      if (end > start + 1) {
        if (text.charCodeAt(start + 1) !== 32 || !isPlainStart(text, start + 2, end)) return null;
        if (paragraph !== null && !inQuote) closeParagraph();
        paragraph ??= [];
        inQuote = true;
        paragraph.push([start + 2, end]);
      } else {
        closeParagraph();
      }
    } else if (first === 35 /* # */) {
      const content = headingContent(text, start, end);
      if (content < 0) return null;
      listItem = false;
      closeParagraph();
      runs.push([[content, end]]);
    } else if (first === 60 /* < */) {
      const close = text.indexOf('-->', start + 4);
      if (!text.startsWith('<!--', start) || close < 0 || close + 3 > end) return null;
      listItem = false;
      closeParagraph();
      const line = lines.positionAt(start).line;
      comments.push({ value: text.slice(start, end), startLine: line, endLine: line });
    } else if (paragraph === null && THEMATIC_BREAK.test(text.slice(start, end))) {
      // After a paragraph the same line would underline a setext heading, which the test above leaves out.
      listItem = false;
    } else if (isBulletMarker(text, start, end)) {
      if (!isPlainStart(text, start + 2, end) || isTaskMarker(text, start + 2)) return null;
      closeParagraph();
      paragraph = [[start + 2, end]];
      inQuote = false;
      listItem = true;
    } else if (isPlainStart(text, start, end)) {
      if (paragraph === null) {
        inQuote = false;
        listItem = false;
      }
      paragraph ??= [];
      paragraph.push([start, end]);
    } else {
      return null;
    }
    if (next >= text.length) break;
    start = next + 1;
  }
  closeParagraph();
  return { runs, comments };
}

/** The start of an ATX heading's text, or -1 for anything but `#`–`######`, one space and text with no closing `#`. */
function headingContent(text: string, start: number, end: number): number {
  let hashes = start;
  while (text.charCodeAt(hashes) === 35) hashes++;
  if (hashes - start > 6 || text.charCodeAt(hashes) !== 32) return -1;
  const content = hashes + 1;
  if (content >= end || text.charCodeAt(content) === 32 || text.charCodeAt(end - 1) === 35) return -1;
  return content;
}

/** `- `, `* ` or `+ ` followed by text. */
function isBulletMarker(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 45 || c === 42 || c === 43) && text.charCodeAt(start + 1) === 32 && end > start + 2;
}

/** A GFM task list item's `[ ]`, `[x]` or `[X]`. */
function isTaskMarker(text: string, start: number): boolean {
  const c = text.charCodeAt(start + 1);
  return text.charCodeAt(start) === 91 && (c === 32 || c === 120 || c === 88) && text.charCodeAt(start + 2) === 93;
}

const THEMATIC_OR_UNDERLINE = /^[-*_=+ ]+$/;
const THEMATIC_BREAK = /^(?:-{3,}|\*{3,}|_{3,})$/;
const ORDERED_MARKER = /^\d{1,9}[.)](?: |$)/;

/**
 * Whether a line (from `start`) is paragraph text that starts no block of its own: not indented and not a heading,
 * quotation, list item, HTML block, code fence, thematic break or setext underline.
 */
function isPlainStart(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (start >= end || c === 32 || c === 35 || c === 62 || c === 60) return false;
  const next = text.charCodeAt(start + 1);
  if ((c === 45 || c === 42 || c === 43) && (next === 32 || start + 1 === end)) return false;
  if (c === 96 && text.startsWith('```', start)) return false;
  const line = text.slice(start, end);
  if (c >= 48 && c <= 57 && ORDERED_MARKER.test(line)) return false;
  return !THEMATIC_OR_UNDERLINE.test(line);
}
