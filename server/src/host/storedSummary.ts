/**
 * Document summaries as `gloss check` stores them in its cache: flat arrays instead of objects, and without the lists a
 * summary can rebuild from the others, so that reading and writing the index of a large corpus stays cheap.
 */
import { IdUses, REFERENCE_ROLES, interned, type DefinitionKind, type DocSummary, type IdUse, type Range, type ReferenceRole } from '../core/index.js';

/**
 * `[id, names, claims, uses, definitions]`: `uses` holds id, role and count in turn; `definitions` holds kind, id and the
 * four numbers of the range in turn. The symbols' `refs` and `defs` are left out: they follow from `uses` and `definitions`.
 */
export type StoredSummary = [string, string, string[], (string | number)[], (string | number)[]];

const KINDS: readonly DefinitionKind[] = ['document', 'entity', 'source'];

/** The stored form of a summary. */
export function packSummary(summary: DocSummary): StoredSummary {
  const uses = [...summary.symbols.uses].flatMap((use) => [use.id, use.role, use.count]);
  const definitions = summary.definitions.flatMap((def) => [def.kind, def.id, def.range.start.line, def.range.start.character, def.range.end.line, def.range.end.character]);
  return [summary.id, summary.names, summary.symbols.claims, uses, definitions];
}

/**
 * The summary a stored value holds, or undefined when the value does not have the stored shape. Its ids are passed
 * through `intern`, by default left as they are: readers that keep summaries only briefly need not pay for the lookups.
 */
export function unpackSummary(value: unknown, intern: (text: string) => string = (text) => text): DocSummary | undefined {
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [id, names, claims, flatUses, flatDefinitions] = value as unknown[];
  if (typeof id !== 'string' || typeof names !== 'string' || !isStrings(claims) || !Array.isArray(flatUses) || !Array.isArray(flatDefinitions)) return undefined;
  if (flatUses.length % 3 !== 0 || flatDefinitions.length % 6 !== 0) return undefined;
  const uses: IdUse[] = [];
  const refs: string[] = [];
  // Indexing instead of slicing and destructuring: a store holds hundreds of thousands of uses, read on every start.
  for (let i = 0; i < flatUses.length; i += 3) {
    const useId: unknown = flatUses[i];
    const role: unknown = flatUses[i + 1];
    const count: unknown = flatUses[i + 2];
    if (typeof useId !== 'string' || !(REFERENCE_ROLES as readonly unknown[]).includes(role) || typeof count !== 'number') return undefined;
    const shared = intern(useId);
    uses.push({ id: shared, role: role as ReferenceRole, count });
    if (refs[refs.length - 1] !== shared) refs.push(shared);
  }
  const definitions: DocSummary['definitions'] = [];
  for (let i = 0; i < flatDefinitions.length; i += 6) {
    const kind: unknown = flatDefinitions[i];
    const defId: unknown = flatDefinitions[i + 1];
    const sl: unknown = flatDefinitions[i + 2];
    const sc: unknown = flatDefinitions[i + 3];
    const el: unknown = flatDefinitions[i + 4];
    const ec: unknown = flatDefinitions[i + 5];
    if (!KINDS.includes(kind as DefinitionKind) || typeof defId !== 'string') return undefined;
    if (typeof sl !== 'number' || typeof sc !== 'number' || typeof el !== 'number' || typeof ec !== 'number') return undefined;
    const range: Range = { start: { line: sl, character: sc }, end: { line: el, character: ec } };
    definitions.push({ kind: kind as DefinitionKind, id: intern(defId), range });
  }
  const defs = [...new Set(definitions.map((def) => `${def.kind}:${def.id}`))].sort();
  return { id: intern(id), symbols: { defs, refs, claims, uses: IdUses.of(uses) }, definitions, names };
}

/**
 * A copy of `summary` that holds none of the text it was made from, made through its stored form. V8 keeps a substring
 * as a slice of the string it was cut from, so a summary made from a Doc holds, through the ids and names its front
 * matter gives, the document's whole text: `gloss check` keeps a summary of every file for the whole run, and without
 * the copy it kept every text as a string too. Its ids are the core's shared copies (`interned`): the summaries of one
 * corpus name the same few thousand ids hundreds of thousands of times, and sharing one string per id saves a check of
 * 10,000 documents about 15 MB.
 */
export function detachedSummary(summary: DocSummary): DocSummary {
  return unpackSummary(JSON.parse(JSON.stringify(packSummary(summary))), interned) as DocSummary;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
