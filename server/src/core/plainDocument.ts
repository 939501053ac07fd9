/**
 * The plain text of a whole document, as a reader sees it, with where each span and citation lands in it.
 * Exports (`gloss export`) anchor annotations on this text rather than on the Markdown.
 */
import type { Nodes } from 'mdast';
import type { Doc } from './model.js';
import { parseTree } from './syntax/index.js';
import { lineIndexOf } from './docLines.js';

/** A half-open run of UTF-16 offsets into `PlainDocument.text`. */
export interface PlainRange {
  start: number;
  end: number;
}

/** A document's plain text and the place of each of its annotations in it. */
export interface PlainDocument {
  /** Block texts (paragraphs, headings, list items, code blocks, table cells) separated by blank lines; no front matter. */
  text: string;
  /** Indexed like `Doc.spans`: where each span's content lies in `text`, or null when the span was not found. */
  spans: Array<PlainRange | null>;
  /** Indexed like `Doc.citations`: where each citation lies in `text`, or null when it was not found. */
  citations: Array<PlainRange | null>;
}

/** Nodes whose content is one block of running text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/** One step of the walk: a node to enter, or the end of a span or block whose end offset is due. */
type Step = { node: Nodes } | { close: 'span'; sourceStart: number; plainStart: number } | { close: 'block' };

/**
 * Computes the plain text of `doc` from its Markdown: text, inline code and image descriptions as they read,
 * a hard line break as a newline, HTML and front matter left out, and a citation as written (`[@key]`) so it can be
 * anchored. Spans are located by the source offset of their `[`. Iterative, so deep nesting cannot overflow the stack;
 * text the Markdown parser cannot handle gives empty text and no places. Pure.
 */
export function plainTextOf(doc: Doc): PlainDocument {
  const lines = lineIndexOf(doc);
  const spanAt = new Map<number, number>();
  doc.spans.forEach((span, index) => spanAt.set(lines.offsetAt(span.range.start), index));
  const citationAt = new Map<number, number>();
  doc.citations.forEach((citation, index) => citationAt.set(lines.offsetAt(citation.range.start), index));
  const result: PlainDocument = { text: '', spans: doc.spans.map(() => null), citations: doc.citations.map(() => null) };
  let tree: Nodes;
  try {
    tree = parseTree(doc.text);
  } catch {
    // The parser gives up on pathological input (parse reports it as analysis-limit); such a document has no plain text.
    return result;
  }
  let out = '';
  let blockOpen = false;
  const stack: Step[] = [{ node: tree }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('close' in step) {
      if (step.close === 'block') blockOpen = false;
      else {
        const index = spanAt.get(step.sourceStart);
        if (index !== undefined) result.spans[index] = { start: step.plainStart, end: out.length };
      }
      continue;
    }
    const { node } = step;
    if (node.type === 'yaml' || node.type === 'html') continue;
    if (TEXT_BLOCKS.has(node.type) && !blockOpen) {
      // Every block starts after a blank line, so paragraphs read apart; the first block starts the text.
      if (out.length > 0) out += '\n\n';
      blockOpen = true;
      stack.push({ close: 'block' });
    }
    const sourceStart = node.position?.start.offset ?? -1;
    if (node.type === 'glossSpan') stack.push({ close: 'span', sourceStart, plainStart: out.length });
    else if (node.type === 'glossCitation') {
      const index = citationAt.get(sourceStart);
      const written = doc.text.slice(sourceStart, node.position?.end.offset ?? sourceStart);
      if (index !== undefined) result.citations[index] = { start: out.length, end: out.length + written.length };
      out += written;
    } else if (node.type === 'break') out += '\n';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('value' in node && typeof node.value === 'string') out += node.value;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes });
    }
  }
  result.text = out;
  return result;
}
