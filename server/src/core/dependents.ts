/**
 * Which documents' problems a change to one document can alter: the dependency rules that both hosts use to re-check
 * only what a change affects (the language server after an edit, `gloss check` against its cache).
 */
import type { DocSummary } from './docSummary.js';
import { NO_ENTITY_NAMES } from './symbols.js';
import type { Workspace } from './workspace.js';

/**
 * The URIs to check again after the document at `uri` changed from the one `before` summarises (undefined when it is
 * new) to what `after` holds (nothing when it was removed): the document itself and every document whose problems can
 * depend on it. `before` is a plain value, so a host can keep it between runs (the check cache stores summaries).
 *
 * - An id it stops or starts defining, or defines as another kind: the documents that reference it (unresolved references,
 *   reference kinds) and the others that define it (duplicates). Documents that defined it before and still exist
 *   either define it still, so `after` lists them, or changed too and are traced by their own change.
 * - Such a change also alters the “did you mean” candidates of every unresolved reference, which come from all defined ids:
 *   the documents that reference an id nothing defines.
 * - An id it stops or starts referencing: the documents that define it (unused definitions).
 * - Its document id, whenever its text changes: the documents that link to it, because their `same=` quotes are
 *   compared with its claims' words, its claims can appear or vanish, and their related locations point into it.
 * - Every id it defines that another document defines too: those documents, because their duplicate-id problems point
 *   at its definitions, which move when lines are added above them.
 * - Its entities' names or aliases: every document, because unlinked mentions are found by name.
 * Pure.
 */
export function dependentUris(uri: string, before: DocSummary | undefined, after: Workspace): Set<string> {
  const now = after.summary(uri);
  const result = new Set<string>([uri]);
  const add = (uris: Iterable<string>): void => {
    for (const u of uris) result.add(u);
  };
  const defChanges = changedIds(before?.symbols.defs ?? [], now?.symbols.defs ?? []);
  for (const def of defChanges) {
    const id = def.slice(def.indexOf(':') + 1);
    add(after.referencingUris(id));
    add(after.definingUris(id));
  }
  if (defChanges.length > 0) add(urisWithUnresolvedReferences(after));
  for (const id of changedIds(before?.symbols.refs ?? [], now?.symbols.refs ?? [])) add(after.definingUris(id));
  for (const docId of new Set([before?.id, now?.id])) if (docId !== undefined) add(after.referencingUris(docId));
  for (const def of now?.symbols.defs ?? []) {
    const defining = after.definingUris(def.slice(def.indexOf(':') + 1));
    if (defining.length > 1) add(defining);
  }
  if ((before?.names ?? NO_ENTITY_NAMES) !== (now?.names ?? NO_ENTITY_NAMES)) add(after.uris());
  return result;
}

function changedIds(a: readonly string[], b: readonly string[]): string[] {
  const left = new Set(a);
  const right = new Set(b);
  return [...a.filter((id) => !right.has(id)), ...b.filter((id) => !left.has(id))];
}

/** Computed once per Workspace value, since every changed document of a batch may ask. */
const unresolvedCache = new WeakMap<Workspace, string[]>();

/** The documents that reference at least one id that nothing in `ws` defines. */
function urisWithUnresolvedReferences(ws: Workspace): string[] {
  const known = unresolvedCache.get(ws);
  if (known) return known;
  const defined = new Set(ws.definedIds());
  const uris: string[] = [];
  for (const uri of ws.uris()) {
    if ((ws.symbols(uri)?.refs ?? []).some((id) => !defined.has(id))) uris.push(uri);
  }
  unresolvedCache.set(ws, uris);
  return uris;
}
