/**
 * The position-free symbols of one Doc: what it defines and what it references.
 * The workspace index depends on these alone, so an edit that keeps them equal leaves the index untouched.
 */
import type { Doc } from './model.js';

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
}

/** Computes a Doc's symbols. */
export function symbolsOf(doc: Doc): DocSymbols {
  const defs = [`document:${doc.id}`];
  for (const entity of doc.entities) defs.push(`entity:${entity.id}`);
  for (const source of doc.sources) defs.push(`source:${source.id}`);
  const claims = doc.spans
    .filter((span) => (span.kind === 'claim' || span.kind === 'quote') && span.id !== null)
    .map((span) => `${doc.id}#${span.id}`);
  return { defs: unique(defs), refs: unique(doc.references.map((r) => r.id)), claims: unique(claims) };
}

/** Whether two symbol sets are equal. */
export function sameSymbols(a: DocSymbols, b: DocSymbols): boolean {
  return sameList(a.defs, b.defs) && sameList(a.refs, b.refs) && sameList(a.claims, b.claims);
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
