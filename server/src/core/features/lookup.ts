/**
 * Workspace queries that several features share. Each answers from the index (the URIs that define or
 * reference an id) and then reads only those Docs, never the whole workspace. How often an id is referenced is
 * `Workspace.usage`, read from the index alone.
 */
import type { Doc, EntityDef, Reference, ReferenceRole, SourceDef, Span } from '../model.js';
import type { Workspace } from '../workspace.js';

/** An entity definition and the URI of the file that holds it. */
export interface EntityAt {
  uri: string;
  entity: EntityDef;
}

/** A source definition and the URI of the file that holds it. */
export interface SourceAt {
  uri: string;
  source: SourceDef;
}

/** A reference and the Doc that makes it. */
export interface ReferenceAt {
  doc: Doc;
  reference: Reference;
}

/** A claim or quote and the Doc that holds it. */
export interface ClaimAt {
  doc: Doc;
  span: Span;
}

/** The first definition of entity `id`, by URI. */
export function entityOf(ws: Workspace, id: string): EntityAt | undefined {
  for (const uri of ws.definingUris(id)) {
    const entity = ws.doc(uri)?.entities.find((e) => e.id === id);
    if (entity) return { uri, entity };
  }
  return undefined;
}

/** The first definition of source `id`, by URI. */
export function sourceOf(ws: Workspace, id: string): SourceAt | undefined {
  for (const uri of ws.definingUris(id)) {
    const source = ws.doc(uri)?.sources.find((s) => s.id === id);
    if (source) return { uri, source };
  }
  return undefined;
}

/** Every reference to global id `id` (optionally only in `roles`), in URI then document order. */
export function referencesTo(ws: Workspace, id: string, roles?: readonly ReferenceRole[]): ReferenceAt[] {
  const result: ReferenceAt[] = [];
  for (const uri of ws.referencingUris(id)) {
    const doc = ws.doc(uri);
    if (!doc) continue;
    for (const reference of doc.references) {
      if (reference.id === id && (!roles || roles.includes(reference.role))) result.push({ doc, reference });
    }
  }
  return result;
}

/** Every Doc whose document id is `docId`: one, or several when the id is duplicated. */
export function docsWithId(ws: Workspace, docId: string): Doc[] {
  const result: Doc[] = [];
  for (const uri of ws.definingUris(docId)) {
    const doc = ws.doc(uri);
    if (doc && doc.id === docId) result.push(doc);
  }
  return result;
}

/** Every claim or quote `claimId` of document `docId`; more than one means a duplicated id. */
export function claimsWithId(ws: Workspace, docId: string, claimId: string): ClaimAt[] {
  const result: ClaimAt[] = [];
  for (const doc of docsWithId(ws, docId)) {
    for (const span of doc.spans) {
      if ((span.kind === 'claim' || span.kind === 'quote') && span.id === claimId) result.push({ doc, span });
    }
  }
  return result;
}

/** Every reference to claim `claimId` of document `docId`, as `doc#claim` or as `#claim` inside that document. */
export function claimReferences(ws: Workspace, docId: string, claimId: string): ReferenceAt[] {
  return referencesTo(ws, docId).filter((found) => found.reference.fragment === claimId);
}

/** A short human name for a global id: an entity's name, a source's or document's title, else the id itself. */
export function nameOf(ws: Workspace, id: string): string {
  const entity = entityOf(ws, id);
  if (entity) return entity.entity.name || id;
  const source = sourceOf(ws, id);
  if (source) return source.source.title ?? id;
  return ws.docById(id)?.meta.title ?? id;
}

/** The path of `toUri` relative to the folder of `fromUri`, for showing where something is defined. */
export function relativeName(fromUri: string, toUri: string): string {
  const from = fromUri.split('/');
  const to = toUri.split('/');
  if (from[0] !== to[0] || from.length < 2 || to.length < 2) return to[to.length - 1] ?? toUri;
  let common = 0;
  while (common < from.length - 1 && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - 1 - common;
  const path = [...Array<string>(ups).fill('..'), ...to.slice(common)].join('/');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
