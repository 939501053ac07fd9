/**
 * The workspace: every Doc of a corpus plus the cross-file index derived from their symbols.
 * A Workspace is an immutable value; `withDoc` and `withoutDoc` return new ones and never change the old.
 */
import type { Doc, Range, ReferenceRole, Span } from './model.js';
import { entityNamesKey, sameList, sameSymbols, symbolsOf, type DefinitionKind, type DocSymbols, type IdUse } from './symbols.js';
import { DocTable } from './docTable.js';

/** Where a global id is defined. */
export interface Definition {
  kind: DefinitionKind;
  id: string;
  uri: string;
  /** The id key in the YAML, the `id:` value, or the start of the file for a file-name id. */
  range: Range;
}

/** A claim or quote found by `doc#claim`. */
export interface ClaimLocation {
  doc: Doc;
  span: Span;
}

/** How many references to an id there are, and in how many documents. */
export interface Usage {
  times: number;
  documents: number;
}

/**
 * The Docs that reference one id and how: kept as counts so that a usage query costs the same for an id that
 * one Doc references as for one that thousands do.
 */
interface Referrers {
  uris: Set<string>;
  /** References per role, summed over the referencing Docs. */
  times: Map<ReferenceRole, number>;
  /**
   * How many Docs reference the id in exactly each set of roles, as a mask of `ROLE_BITS`.
   * Per-role document counts would not do: a Doc that both cites a source and names it in `src=` is one document.
   */
  documents: Map<number, number>;
}

/** id → the URIs that define it, and who references it. Shared between Workspace values until a symbol change copies it. */
interface Index {
  defs: Map<string, Set<string>>;
  refs: Map<string, Referrers>;
}

/** One bit per role; the Record type makes the compiler insist on every role. */
const ROLE_BITS: Record<ReferenceRole, number> = {
  mention: 1 << 0,
  by: 1 << 1,
  src: 1 << 2,
  same: 1 << 3,
  supports: 1 << 4,
  contradicts: 1 << 5,
  citation: 1 << 6,
  outlet: 1 << 7,
  publisher: 1 << 8,
  related: 1 << 9,
};

const NO_SYMBOLS: DocSymbols = { defs: [], refs: [], claims: [], uses: [] };

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** An immutable snapshot of a corpus. */
export class Workspace {
  readonly #docs: DocTable;
  readonly #symbols: ReadonlyMap<string, DocSymbols>;
  readonly #index: Index;
  readonly #entities: object;

  private constructor(docs: DocTable, symbols: ReadonlyMap<string, DocSymbols>, index: Index, entities: object) {
    this.#docs = docs;
    this.#symbols = symbols;
    this.#index = index;
    this.#entities = entities;
  }

  /** The workspace with no documents. */
  static empty(): Workspace {
    return new Workspace(new DocTable(new Map()), new Map(), { defs: new Map(), refs: new Map() }, {});
  }

  /**
   * Builds a workspace from many Docs at once.
   * It equals `withDoc` folded over the empty workspace, but fills one index in place instead of copying it per Doc.
   */
  static build(docs: Iterable<Doc>): Workspace {
    const docMap = new Map<string, Doc>();
    const symbolMap = new Map<string, DocSymbols>();
    const index: Index = { defs: new Map(), refs: new Map() };
    for (const doc of docs) {
      const symbols = symbolsOf(doc);
      changeSymbols(index, doc.uri, symbolMap.get(doc.uri) ?? NO_SYMBOLS, symbols, false);
      docMap.set(doc.uri, doc);
      symbolMap.set(doc.uri, symbols);
    }
    return new Workspace(new DocTable(docMap), symbolMap, index, {});
  }

  /** This workspace with `doc` added or replacing the Doc of the same URI. */
  withDoc(doc: Doc): Workspace {
    const previous = this.#docs.get(doc.uri);
    const docs = this.#docs.with(doc.uri, doc);
    const entities = entityNamesKey(previous) === entityNamesKey(doc) ? this.#entities : {};
    const before = this.#symbols.get(doc.uri);
    const after = symbolsOf(doc);
    if (before && sameSymbols(before, after)) return new Workspace(docs, this.#symbols, this.#index, entities);
    const index = changeSymbols(this.#index, doc.uri, before ?? NO_SYMBOLS, after, true);
    return new Workspace(docs, new Map(this.#symbols).set(doc.uri, after), index, entities);
  }

  /** This workspace without the Doc at `uri` (itself when there is none). */
  withoutDoc(uri: string): Workspace {
    const before = this.#symbols.get(uri);
    if (!before) return this;
    const entities = entityNamesKey(this.#docs.get(uri)) === entityNamesKey(undefined) ? this.#entities : {};
    const symbols = new Map(this.#symbols);
    symbols.delete(uri);
    const index = changeSymbols(this.#index, uri, before, NO_SYMBOLS, true);
    return new Workspace(this.#docs.with(uri, null), symbols, index, entities);
  }

  /** Every Doc, by URI. */
  get docs(): ReadonlyMap<string, Doc> {
    return this.#docs.all();
  }

  /**
   * A value that stays the same object from one Workspace to the next while no entity is defined, removed or renamed:
   * what is derived from entity names alone (the unlinked-mention table) can be kept under it.
   */
  get entitiesVersion(): object {
    return this.#entities;
  }

  /**
   * A value that stays the same object while the set of defined ids and their definers does not change:
   * what is derived from definitions alone (the nearest-id table) can be kept under it.
   */
  get definitionsVersion(): object {
    return this.#index.defs;
  }

  /** The Doc at `uri`. */
  doc(uri: string): Doc | undefined {
    return this.#docs.get(uri);
  }

  /** The symbols of the Doc at `uri`. */
  symbols(uri: string): DocSymbols | undefined {
    return this.#symbols.get(uri);
  }

  /** Every definition of a global id, in URI order; more than one is a duplicate. */
  definitions(id: string): Definition[] {
    const result: Definition[] = [];
    for (const uri of sorted(this.#index.defs.get(id))) {
      const doc = this.#docs.get(uri) as Doc;
      if (doc.id === id) result.push({ kind: 'document', id, uri, range: doc.idRange ?? ORIGIN });
      for (const entity of doc.entities) if (entity.id === id) result.push({ kind: 'entity', id, uri, range: entity.range });
      for (const source of doc.sources) if (source.id === id) result.push({ kind: 'source', id, uri, range: source.range });
    }
    return result;
  }

  /** The Doc whose document id is `id` (the first by URI when the id is duplicated). */
  docById(id: string): Doc | undefined {
    for (const uri of sorted(this.#index.defs.get(id))) {
      const doc = this.#docs.get(uri) as Doc;
      if (doc.id === id) return doc;
    }
    return undefined;
  }

  /** The claim or quote `claimId` of document `docId`. */
  claim(docId: string, claimId: string): ClaimLocation | undefined {
    const doc = this.docById(docId);
    const span = doc?.spans.find((s) => (s.kind === 'claim' || s.kind === 'quote') && s.id === claimId);
    return doc && span ? { doc, span } : undefined;
  }

  /** The URIs of the Docs that reference `id`, sorted. */
  referencingUris(id: string): string[] {
    return sorted(this.#index.refs.get(id)?.uris);
  }

  /**
   * How many references to `id` in any of `roles` the Docs make, and how many Docs make at least one.
   * It reads counts kept in the index, so it costs the same however many Docs reference `id`.
   */
  usage(id: string, roles: readonly ReferenceRole[]): Usage {
    const referrers = this.#index.refs.get(id);
    if (!referrers) return { times: 0, documents: 0 };
    let mask = 0;
    for (const role of roles) mask |= ROLE_BITS[role];
    let times = 0;
    for (const [role, n] of referrers.times) if (ROLE_BITS[role] & mask) times += n;
    let documents = 0;
    for (const [roleSet, n] of referrers.documents) if (roleSet & mask) documents += n;
    return { times, documents };
  }

  /** Whether any Doc references `id`; unlike `referencingUris` it does not sort, so it costs the same for any corpus. */
  isReferenced(id: string): boolean {
    return this.#index.refs.has(id);
  }

  /** How many Docs define `id`; unlike `definingUris` it does not sort. */
  definingCount(id: string): number {
    return this.#index.defs.get(id)?.size ?? 0;
  }

  /** The URIs of the Docs that define `id`, sorted. */
  definingUris(id: string): string[] {
    return sorted(this.#index.defs.get(id));
  }

  /** Every id defined anywhere, sorted. */
  definedIds(): string[] {
    return [...this.#index.defs.keys()].sort();
  }
}

/**
 * Replaces a Doc's symbols `before` by `after` in the index (pass `NO_SYMBOLS` for a Doc added or removed) and returns
 * the index that holds them. Without `copyOnWrite` that is `shared`, changed in place. With it, `shared` stays as it is
 * for the older Workspace values that hold it and a copy is changed: the definitions map is shared with the old index
 * while the definitions stay the same, and the sets and counts that change are replaced, not changed.
 */
function changeSymbols(shared: Index, uri: string, before: DocSymbols, after: DocSymbols, copyOnWrite: boolean): Index {
  const sameDefs = sameList(before.defs, after.defs);
  const index = copyOnWrite ? { defs: sameDefs ? shared.defs : new Map(shared.defs), refs: new Map(shared.refs) } : shared;
  // Definitions are removed wholesale and added again, because one Doc may define an id twice (as an entity and as a
  // source).
  if (!sameDefs) {
    for (const def of before.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, false, copyOnWrite);
    for (const def of after.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, true, copyOnWrite);
  }
  // References are changed only for the ids whose uses differ, so that an edit that adds one mention of an id that
  // thousands of Docs reference copies a few counts, not the set of their URIs.
  const old = usesById(before.uses);
  const now = usesById(after.uses);
  for (const [id, uses] of old) {
    const next = now.get(id) ?? [];
    if (!sameGroup(uses, next)) changeReferrers(index.refs, id, uri, uses, next, copyOnWrite);
  }
  for (const [id, uses] of now) if (!old.has(id)) changeReferrers(index.refs, id, uri, [], uses, copyOnWrite);
  return index;
}

/** Groups uses, which are sorted by id, by id. */
function usesById(uses: readonly IdUse[]): Map<string, IdUse[]> {
  const groups = new Map<string, IdUse[]>();
  for (const use of uses) {
    const group = groups.get(use.id);
    if (group) group.push(use);
    else groups.set(use.id, [use]);
  }
  return groups;
}

function sameGroup(a: readonly IdUse[], b: readonly IdUse[]): boolean {
  return a.length === b.length && a.every((use, i) => use.role === b[i]?.role && use.count === b[i]?.count);
}

/** Takes one Doc's uses of `id` out of the counts (`removed`) and puts its new ones in (`added`); either may be empty. */
function changeReferrers(
  refs: Map<string, Referrers>,
  id: string,
  uri: string,
  removed: readonly IdUse[],
  added: readonly IdUse[],
  copyOnWrite: boolean,
): void {
  const current = refs.get(id);
  const membershipChanges = (removed.length === 0) !== (added.length === 0);
  const next: Referrers =
    current && !copyOnWrite
      ? current
      : {
          uris: current && !membershipChanges ? current.uris : new Set(current?.uris),
          times: new Map(current?.times),
          documents: new Map(current?.documents),
        };
  if (removed.length === 0) next.uris.add(uri);
  else if (added.length === 0) next.uris.delete(uri);
  tally(next, removed, -1);
  tally(next, added, 1);
  if (next.uris.size === 0) refs.delete(id);
  else refs.set(id, next);
}

/** Adds (`sign` 1) or subtracts (`sign` -1) one Doc's uses of an id, dropping counts that reach zero. */
function tally(referrers: Referrers, uses: readonly IdUse[], sign: 1 | -1): void {
  if (uses.length === 0) return;
  let mask = 0;
  for (const use of uses) {
    mask |= ROLE_BITS[use.role];
    addTo(referrers.times, use.role, sign * use.count);
  }
  addTo(referrers.documents, mask, sign);
}

function addTo<K>(counts: Map<K, number>, key: K, delta: number): void {
  const total = (counts.get(key) ?? 0) + delta;
  if (total === 0) counts.delete(key);
  else counts.set(key, total);
}

function update(map: Map<string, Set<string>>, id: string, uri: string, add: boolean, copyOnWrite: boolean): void {
  const current = map.get(id);
  if (add ? current?.has(uri) : !current?.has(uri)) return;
  const next = copyOnWrite || !current ? new Set(current) : current;
  if (add) next.add(uri);
  else next.delete(uri);
  if (next.size === 0) map.delete(id);
  else map.set(id, next);
}

function sorted(uris: ReadonlySet<string> | undefined): string[] {
  return uris ? [...uris].sort() : [];
}
