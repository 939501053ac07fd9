/**
 * The position-free symbols of one Doc: what it defines and what it references, and how often.
 * The workspace index depends on these alone, so an edit that keeps them equal leaves the index untouched.
 */
import type { Doc } from './model.js';
import { IdUses, type IdUse } from './idUses.js';
import { compareCodeUnits } from './text.js';

/** What kind of thing a global id names. */
export type DefinitionKind = 'document' | 'entity' | 'source';

/** The symbols of one Doc, each list sorted and free of duplicates so that equality is a plain comparison. */
export interface DocSymbols {
  /** `kind:id` for every global definition, e.g. `entity:khalaji`, `document:cdm-2023-07-03`. */
  defs: string[];
  /** Every global id the Doc references (the part before `#` of `doc#claim`). */
  refs: string[];
  /** `doc#claim` for every claim or quote id the Doc defines. */
  claims: string[];
  /** The references of `refs` counted per id and role, sorted by id and then by role. */
  uses: IdUses;
}

/** Computes a Doc's symbols. */
export function symbolsOf(doc: Doc): DocSymbols {
  const defs = [`document:${doc.id}`];
  for (const entity of doc.entities) defs.push(`entity:${entity.id}`);
  for (const source of doc.sources) defs.push(`source:${source.id}`);
  const claims = doc.spans
    .filter((span) => (span.kind === 'claim' || span.kind === 'quote') && span.id !== null)
    .map((span) => `${doc.id}#${span.id}`);
  // Sorting the references by id and role puts each use's references side by side, so one pass counts them
  // without a map per id: this runs on every keystroke.
  const references = [...doc.references].sort((a, b) => compareCodeUnits(a.id, b.id) || compareCodeUnits(a.role, b.role));
  const refs: string[] = [];
  const uses: IdUse[] = [];
  let last: IdUse | undefined;
  for (const { id, role } of references) {
    if (last?.id === id && last.role === role) {
      last.count++;
      continue;
    }
    if (last?.id !== id) refs.push(id);
    last = { id, role, count: 1 };
    uses.push(last);
  }
  return { defs: unique(defs), refs, claims: unique(claims), uses: IdUses.of(uses) };
}

/**
 * Whether two symbol sets are equal. It runs on every keystroke, so it compares `uses` and not `refs`:
 * the ids of equal uses are equal refs.
 */
export function sameSymbols(a: DocSymbols, b: DocSymbols): boolean {
  return sameList(a.defs, b.defs) && sameList(a.claims, b.claims) && a.uses.equals(b.uses);
}

/** The entity-names key of a document that defines no entities. */
export const NO_ENTITY_NAMES = '[]';

/**
 * The ids, names and aliases of a Doc's entities in one comparable string: what unlinked mentions depend on in it.
 * A Doc that defines no entities (most of them), or none at all, gives `[]` without building anything.
 */
export function entityNamesKey(doc: Doc | undefined): string {
  if (!doc || doc.entities.length === 0) return NO_ENTITY_NAMES;
  return JSON.stringify(doc.entities.map((entity) => [entity.id, entity.name, entity.aliases]));
}

/** The ids, names and aliases of the entities a key of `entityNamesKey` was made from, in the same order. */
export function entityNamesOf(key: string): [id: string, name: string, aliases: string[]][] {
  return JSON.parse(key) as [string, string, string[]][];
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** Whether two lists of strings are equal, item by item. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
