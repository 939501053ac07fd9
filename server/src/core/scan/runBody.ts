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
  let pieceValue = '';
  const flush = (): boolean => {
    if (pieceStart < 0) return true;
    const start = pieceStart;
    pieceStart = -1;
    if (!plainValue(pieceValue)) return false;
    const textRun = { start: run.offset(start), end: run.endOffset(pieceEnd - 1) };
    body.texts.push(textRun);
    if (parent === null && !inLink) body.prose.push(textRun);
    return true;
  };
  for (const node of nodes) {
    const literal = literalOf(run, node);
    if (literal !== null) {
      if (pieceStart < 0) {
        pieceStart = literal.start;
        pieceValue = '';
      }
      pieceEnd = literal.end;
      pieceValue += literal.value;
      continue;
    }
    if (!flush()) return false;
    if (node.kind === 'code') continue;
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
    } else if (node.kind === 'emphasis' || node.kind === 'link') {
      if (!addNodes(run, node.children, text, body, spans, parent, inLink || node.kind === 'link')) return false;
    }
  }
  return flush();
}

/** Where a node that mdast keeps as text lies in the content, and its text; null for the other nodes. */
function literalOf(run: Run, node: InlineNode): { start: number; end: number; value: string } | null {
  switch (node.kind) {
    case 'text':
    case 'delimiter':
      return { start: node.start, end: node.end, value: run.content.slice(node.start, node.end) };
    case 'bracket':
      return { start: node.start, end: node.start + 1, value: '[' };
    case 'escape':
      return { start: node.start, end: node.start + 2, value: run.content.charAt(node.start + 1) };
    default:
      return null;
  }
}

/**
 * Whether a text value reads the same to the full parser: no `]{` or `[@` left over from an annotation that did not
 * parse (the full parser reports those), and nothing GFM turns into a link (a URL, or an `@` that an escape let through).
 */
function plainValue(value: string): boolean {
  return !value.includes(']{') && !value.includes('[@') && !value.includes('@') && !value.includes('://') && !/www\./i.test(value);
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
    const literal = literalOf(run, node);
    if (literal !== null) out += literal.value;
    else if (node.kind === 'code') out += node.value;
    else if (node.kind === 'citation') out += text.slice(run.offset(node.start), run.endOffset(node.end - 1));
    else if (node.kind === 'emphasis' || node.kind === 'link' || node.kind === 'span') out += plainTextOf(run, node.children, text);
  }
  return out;
}
