/**
 * Which documents' diagnostics a change to one document can alter, read from the workspace index.
 */
import type { Workspace } from '../core/index.js';
import type { DocChange } from './state.js';

/**
 * The URIs to check again after `change`: the document itself and every document whose problems can depend on it.
 *
 * - An id it stops or starts defining, or defines as another kind: the documents that reference it (unresolved references, reference kinds)
 *   and the others that define it (duplicates).
 * - An id it stops or starts referencing: the documents that define it (unused definitions).
 * - Its document id, whenever its text changes: the documents that link to it, because their `same=` quotes are
 *   compared with its claims' words and its claims can appear or vanish.
 * - Its entities' names or aliases: every document, because unlinked mentions are found by name.
 * Pure.
 */
export function dependentUris(change: DocChange): Set<string> {
  const { uri, before, after } = change;
  const result = new Set<string>([uri]);
  const add = (uris: readonly string[]): void => uris.forEach((u) => result.add(u));
  const old = before.symbols(uri);
  const now = after.symbols(uri);
  for (const def of changedIds(old?.defs ?? [], now?.defs ?? [])) {
    const id = def.slice(def.indexOf(':') + 1);
    add(after.referencingUris(id));
    add(after.definingUris(id));
    add(before.definingUris(id).filter((u) => after.doc(u)));
  }
  for (const id of changedIds(old?.refs ?? [], now?.refs ?? [])) add(after.definingUris(id));
  for (const docId of new Set([before.doc(uri)?.id, after.doc(uri)?.id])) if (docId !== undefined) add(after.referencingUris(docId));
  if (namesOf(before, uri) !== namesOf(after, uri)) add([...after.docs.keys()]);
  return result;
}

function changedIds(a: readonly string[], b: readonly string[]): string[] {
  const left = new Set(a);
  const right = new Set(b);
  return [...a.filter((id) => !right.has(id)), ...b.filter((id) => !left.has(id))];
}

function namesOf(ws: Workspace, uri: string): string {
  return JSON.stringify(ws.doc(uri)?.entities.map((e) => [e.id, e.name, e.aliases]) ?? []);
}
