/**
 * Turns the inline nodes of one run into Body entries with document offsets, as the tree reader would find them:
 * adjacent literal pieces make one text node (mdast merges them), spans get their plain text and parent.
 */
import type { Body, BodySpan } from '../body.js';
import type { InlineNode, SpanNode } from './nodes.js';
import type { Run } from './run.js';

/** A span read from a run, before spans are put in document order; `parent` is its enclosing span or null. */
export interface PendingSpan {
  span: BodySpan;
  parent: PendingSpan | null;
}

/**
 * Adds the nodes of `run` to `body` and `spans`; returns false when a text node holds something the full parser
 * reads differently (a stray `]{` or `[@`, a bare URL that GFM would link).
 */
export function addRun(run: Run, nodes: InlineNode[], text: string, body: Body, spans: PendingSpan[]): boolean {
  return addNodes(run, nodes, text, body, spans, null, false);
}

function addNodes(run: Run, nodes: InlineNode[], text: string, body: Body, spans: PendingSpan[], parent: PendingSpan | null, inLink: boolean): boolean {
  let pieceStart = -1;
  let pieceEnd = -1;
  const flush = (): boolean => {
    if (pieceStart < 0) return true;
    const start = pieceStart;
    pieceStart = -1;
    if (!plainValue(run.content.slice(start, pieceEnd))) return false;
    const textRun = { start: run.offset(start), end: run.endOffset(pieceEnd - 1) };
    body.texts.push(textRun);
    if (parent === null && !inLink) body.prose.push(textRun);
    return true;
  };
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'delimiter' || node.kind === 'bracket') {
      if (pieceStart < 0) pieceStart = node.start;
      pieceEnd = node.kind === 'bracket' ? node.start + 1 : node.end;
      continue;
    }
    if (!flush()) return false;
    if (node.kind === 'citation') {
      body.citations.push({
        start: run.offset(node.start),
        end: run.endOffset(node.end - 1),
        items: node.items.map((item) => ({ ...item, keyStart: run.offset(item.keyStart), keyEnd: run.endOffset(item.keyEnd - 1) })),
      });
    } else if (node.kind === 'span') {
      const pending: PendingSpan = { span: spanOf(run, node, text), parent };
      spans.push(pending);
      if (!addNodes(run, node.children, text, body, spans, pending, inLink)) return false;
    } else if (!addNodes(run, node.children, text, body, spans, parent, inLink || node.kind === 'link')) {
      return false;
    }
  }
  return flush();
}

/**
 * Whether a text value reads the same to the full parser: no `]{` or `[@` left over from an annotation that did not
 * parse (the full parser reports those), and nothing GFM turns into a link.
 */
function plainValue(value: string): boolean {
  return !value.includes(']{') && !value.includes('[@') && !value.includes('://') && !/www\./i.test(value);
}

function spanOf(run: Run, node: SpanNode, text: string): BodySpan {
  return {
    start: run.offset(node.start),
    end: run.endOffset(node.end - 1),
    contentStart: run.offset(node.start) + 1,
    contentEnd: run.offset(node.contentEnd),
    attributes: node.attributes.map((item) => ({
      ...item,
      start: run.offset(item.start),
      end: run.endOffset(item.end - 1),
      valueStart: run.offset(item.valueStart),
      valueEnd: item.valueEnd > item.valueStart ? run.endOffset(item.valueEnd - 1) : run.offset(item.valueStart),
    })),
    text: plainTextOf(run, node.children, text),
    parent: null,
  };
}

/** The plain text of nodes: text values, emphasis and link text, nested spans' text, citations as written. */
function plainTextOf(run: Run, nodes: InlineNode[], text: string): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'delimiter') out += run.content.slice(node.start, node.end);
    else if (node.kind === 'bracket') out += '[';
    else if (node.kind === 'citation') out += text.slice(run.offset(node.start), run.endOffset(node.end - 1));
    else out += plainTextOf(run, node.children, text);
  }
  return out;
}
