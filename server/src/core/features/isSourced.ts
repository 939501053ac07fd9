/**
 * Whether a claim or quote is sourced, exactly as the `unsourced-claim` rule decides it.
 */
import type { Doc, Span } from '../model.js';
import { attributeEntries } from '../rules/attributeEntries.js';
import { resolvesAsSource } from '../rules/unsourcedClaim.js';
import type { Workspace } from '../workspace.js';

/**
 * A claim or quote is sourced when its `src=` has entries and every one resolves, or when a citation whose every key
 * resolves follows it (DESIGN §1.2). It uses the rule's own `resolvesAsSource`, so the editor and `gloss check` agree.
 * Spans that are neither claims nor quotes are never sourced. Pure.
 */
export function isSourced(ws: Workspace, doc: Doc, span: Span): boolean {
  if (span.kind !== 'claim' && span.kind !== 'quote') return false;
  const entries = attributeEntries(span, 'src');
  if (entries !== null && entries.length > 0 && entries.every((entry) => resolvesAsSource(ws, doc.id, entry))) return true;
  const citation = span.citation === null ? undefined : doc.citations[span.citation];
  return citation !== undefined && citation.keys.length > 0 && citation.keys.every((key) => resolvesAsSource(ws, doc.id, key));
}
