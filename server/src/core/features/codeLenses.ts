/**
 * Code lenses: how often each entity is mentioned and each source cited, and the claims of the document.
 */
import type { Range } from '../model.js';
import { compareRanges } from '../text.js';
import type { Workspace } from '../workspace.js';
import { count } from './cards.js';
import { isSourced } from '../sourcing.js';
import { usage } from './lookup.js';
import { ORIGIN } from './positions.js';

/** A line of text shown above `range`. */
export interface CodeLens {
  range: Range;
  title: string;
}

/**
 * The lenses of the document at `uri`: “12 mentions in 3 documents” on each entity definition,
 * “cited 4 times in 2 documents” on each source, and “7 claims · 2 unsourced” on line 0 when the document has claims
 * (quotes are counted with them). Counts come from the Docs that the index says reference each id. Pure.
 */
export function codeLenses(ws: Workspace, uri: string): CodeLens[] {
  const doc = ws.doc(uri);
  if (!doc) return [];
  const lenses: CodeLens[] = [];
  let claims = 0;
  let unsourced = 0;
  for (const span of doc.spans) {
    if (span.kind !== 'claim' && span.kind !== 'quote') continue;
    claims++;
    if (!isSourced(ws, doc, span)) unsourced++;
  }
  if (claims > 0) lenses.push({ range: ORIGIN, title: `${count(claims, 'claim')} · ${unsourced} unsourced` });
  for (const entity of doc.entities) {
    const { times, documents } = usage(ws, entity.id, ['mention']);
    lenses.push({ range: entity.range, title: `${count(times, 'mention')} in ${count(documents, 'document')}` });
  }
  for (const source of doc.sources) {
    const { times, documents } = usage(ws, source.id, ['src', 'citation']);
    lenses.push({ range: source.range, title: `cited ${count(times, 'time')} in ${count(documents, 'document')}` });
  }
  return lenses.sort((a, b) => compareRanges(a.range, b.range));
}
