/**
 * The outline of one document: the front matter with its entity and source definitions, then claims and quotes.
 */
import type { Doc, Range } from '../model.js';
import { type LineIndex, compareRanges } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import { shorten } from './markdown.js';
import { within } from './positions.js';
import { blockEndLine } from './yamlBlocks.js';

/** One outline entry; `selectionRange` lies inside `range`. */
export interface DocSymbol {
  name: string;
  detail: string;
  kind: 'claim' | 'quote' | 'entity' | 'source' | 'document';
  range: Range;
  selectionRange: Range;
  children: DocSymbol[];
}

/**
 * The outline of `doc`: a `document` entry for the front matter holding its entity and source definitions,
 * then every claim and quote in document order, a claim or quote inside another nested under it. Pure.
 */
export function documentSymbols(doc: Doc): DocSymbol[] {
  const lines = lineIndexOf(doc);
  const result: DocSymbol[] = [];
  if (doc.frontMatterRange) result.push(frontMatterSymbol(doc, doc.frontMatterRange, lines));
  const bySpan = new Map<number, DocSymbol>();
  doc.spans.forEach((span, index) => {
    if (span.kind !== 'claim' && span.kind !== 'quote') return;
    const symbol: DocSymbol = {
      name: span.id ? `#${span.id}` : shorten(span.text, 60) || span.kind,
      detail: span.id ? shorten(span.text, 60) : span.kind,
      kind: span.kind,
      range: span.range,
      selectionRange: span.idRange && within(span.idRange, span.range) ? span.idRange : span.contentRange,
      children: [],
    };
    bySpan.set(index, symbol);
    const parent = enclosingClaim(doc, span.parent, bySpan);
    (parent ? parent.children : result).push(symbol);
  });
  return result;
}

function enclosingClaim(doc: Doc, parent: number | null, bySpan: Map<number, DocSymbol>): DocSymbol | undefined {
  for (let index = parent; index !== null; index = doc.spans[index]?.parent ?? null) {
    const symbol = bySpan.get(index);
    if (symbol) return symbol;
  }
  return undefined;
}

function frontMatterSymbol(doc: Doc, range: Range, lines: LineIndex): DocSymbol {
  const lastLine = range.end.line - 1;
  const block = (key: Range): Range => {
    const end = blockEndLine(lines, key, lastLine);
    return { start: key.start, end: { line: end, character: lines.lineText(end).length } };
  };
  const children: DocSymbol[] = [
    ...doc.entities.map((entity): DocSymbol => ({
      name: entity.id,
      detail: entity.type ? `${entity.type} — ${entity.name}` : entity.name,
      kind: 'entity',
      range: block(entity.range),
      selectionRange: entity.range,
      children: [],
    })),
    ...doc.sources.map((source): DocSymbol => ({
      name: source.id,
      detail: `${source.kind ?? 'source'} — ${source.title ?? source.id}`,
      kind: 'source',
      range: block(source.range),
      selectionRange: source.range,
      children: [],
    })),
  ]
    .filter((symbol) => within(symbol.range, range))
    .sort((a, b) => compareRanges(a.range, b.range));
  return {
    name: doc.id,
    detail: doc.meta.title ?? '',
    kind: 'document',
    range,
    selectionRange: doc.idRange && within(doc.idRange, range) ? doc.idRange : { start: range.start, end: range.start },
    children,
  };
}
