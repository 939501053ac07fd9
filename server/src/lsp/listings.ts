/**
 * Answers to the custom list requests of `protocol.ts`, read from a Workspace snapshot's Docs.
 * They list definitions and claims as the Docs hold them and decide nothing about the language:
 * whether a claim is sourced is the core's `isSourced`.
 */
import { isSourced, type Doc, type Workspace } from '../core/index.js';
import type { ClaimEntry, DocumentStats, EntityEntry, SourceEntry } from './protocol.js';

/** The Docs under `prefix` (all when undefined), in URI order. */
function docsUnder(ws: Workspace, prefix: string | undefined): Doc[] {
  return [...ws.allDocs()].filter((doc) => prefix === undefined || doc.uri.startsWith(prefix)).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

function byId<T extends { id: string | null }>(a: T, b: T): number {
  return (a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0;
}

/** Every entity definition. Pure. */
export function listEntities(ws: Workspace, prefix?: string): EntityEntry[] {
  return docsUnder(ws, prefix)
    .flatMap((doc) => doc.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, location: { uri: doc.uri, range: e.range } })))
    .sort(byId);
}

/** Every source definition. Pure. */
export function listSources(ws: Workspace, prefix?: string): SourceEntry[] {
  return docsUnder(ws, prefix)
    .flatMap((doc) =>
      doc.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, date: s.date, location: { uri: doc.uri, range: s.range } })),
    )
    .sort(byId);
}

/** Every claim and quote. Pure. */
export function listClaims(ws: Workspace, prefix?: string): ClaimEntry[] {
  return docsUnder(ws, prefix).flatMap((doc) =>
    doc.spans.flatMap((span) =>
      span.kind === 'claim' || span.kind === 'quote'
        ? [{ id: span.id, kind: span.kind, text: span.text, docId: doc.id, sourced: isSourced(ws, doc, span), location: { uri: doc.uri, range: span.range } }]
        : [],
    ),
  );
}

/** The claim counts of the document at `uri`, or null when the workspace does not hold it. Pure. */
export function documentStats(ws: Workspace, uri: string): DocumentStats | null {
  const doc = ws.doc(uri);
  if (!doc) return null;
  const stats: DocumentStats = { claims: 0, quotes: 0, sourced: 0, unsourced: 0 };
  for (const span of doc.spans) {
    if (span.kind !== 'claim' && span.kind !== 'quote') continue;
    if (span.kind === 'claim') stats.claims++;
    else stats.quotes++;
    if (isSourced(ws, doc, span)) stats.sourced++;
    else stats.unsourced++;
  }
  return stats;
}
