/**
 * Whether a claim or quote is sourced (DESIGN §1.2): the one decision that the `unsourced-claim` rule, hover cards,
 * code lenses, stats, exports and the reading view all share.
 */
import type { Doc, Span } from './model.js';
import { splitTarget } from './ids.js';
import { URL as SOURCE_URL } from './spanAttributes.js';
import type { Workspace } from './workspace.js';
import { attributeEntries } from './rules/attributeEntries.js';
import { definitionKinds } from './rules/definitionKinds.js';

/** Why a claim is not sourced: an empty `src=`, the `src=` entries and citation keys that do not resolve. */
export interface SourcingGap {
  emptySrc: boolean;
  unresolvedEntries: string[];
  unresolvedKeys: string[];
}

/**
 * What keeps a claim or quote from being sourced, or null when it is: it is sourced when its `src=` has entries and
 * every one resolves, or when a citation whose every key resolves follows it with only spaces between. Pure.
 */
export function sourcingGap(ws: Workspace, doc: Doc, span: Span): SourcingGap | null {
  const entries = attributeEntries(span, 'src');
  const unresolvedEntries = entries?.filter((entry) => !resolvesAsSource(ws, doc.id, entry)) ?? [];
  if (entries !== null && entries.length > 0 && unresolvedEntries.length === 0) return null;
  const citation = span.citation === null ? undefined : doc.citations[span.citation];
  const unresolvedKeys = citation?.keys.filter((key) => !resolvesAsSource(ws, doc.id, key)) ?? [];
  if (citation && citation.keys.length > 0 && unresolvedKeys.length === 0) return null;
  return { emptySrc: entries !== null && entries.length === 0, unresolvedEntries, unresolvedKeys };
}

/** Whether `span` is a claim or quote that is sourced; mentions and other spans never are. Pure. */
export function isSourced(ws: Workspace, doc: Doc, span: Span): boolean {
  return (span.kind === 'claim' || span.kind === 'quote') && sourcingGap(ws, doc, span) === null;
}

/**
 * Whether one `src=` entry or citation key names something a reader can check:
 * a URL, a source, a document, or a claim that exists.
 */
export function resolvesAsSource(ws: Workspace, docId: string, entry: string): boolean {
  if (SOURCE_URL.test(entry)) return true;
  const target = splitTarget(entry, docId);
  if (!target) return false;
  if (target.fragment !== null) return ws.hasClaim(target.id, target.fragment);
  return definitionKinds(ws, target.id).some((kind) => kind === 'source' || kind === 'document');
}
