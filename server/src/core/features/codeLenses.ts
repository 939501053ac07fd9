/**
 * Code lenses: how often each entity is mentioned and each source cited, and the claims of the document.
 */
import type { Position, Range, ReferenceRole } from '../model.js';
import { compareRanges } from '../text.js';
import type { Workspace } from '../workspace.js';
import { count } from './cards.js';
import { isSourced } from '../sourcing.js';
import { ORIGIN } from './positions.js';

/**
 * What a lens offers when clicked: the places its title counts (references to `id` in `roles`, listed at
 * `position`), or the list of unsourced claims. Hosts turn it into a command their editor understands.
 */
export type CodeLensCommand =
  | { kind: 'showReferences'; id: string; roles: ReferenceRole[]; position: Position }
  | { kind: 'showUnsourcedClaims' };

/** A line of text shown above `range`, and what clicking it shows. */
export interface CodeLens {
  range: Range;
  title: string;
  command: CodeLensCommand;
}

const MENTION_ROLES: ReferenceRole[] = ['mention'];
const CITATION_ROLES: ReferenceRole[] = ['src', 'citation'];

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
  if (claims > 0) lenses.push({ range: ORIGIN, title: `${count(claims, 'claim')} · ${unsourced} unsourced`, command: { kind: 'showUnsourcedClaims' } });
  for (const entity of doc.entities) {
    const { times, documents } = ws.usage(entity.id, MENTION_ROLES);
    const command = { kind: 'showReferences', id: entity.id, roles: MENTION_ROLES, position: entity.range.start } as const;
    lenses.push({ range: entity.range, title: `${count(times, 'mention')} in ${count(documents, 'document')}`, command });
  }
  for (const source of doc.sources) {
    const { times, documents } = ws.usage(source.id, CITATION_ROLES);
    const command = { kind: 'showReferences', id: source.id, roles: CITATION_ROLES, position: source.range.start } as const;
    lenses.push({ range: source.range, title: `cited ${count(times, 'time')} in ${count(documents, 'document')}`, command });
  }
  return lenses.sort((a, b) => compareRanges(a.range, b.range));
}
