/**
 * The workspace: every document of a corpus plus the cross-file index derived from their summaries.
 * A Workspace is an immutable value; `withDoc` and `withoutDoc` return new ones and never change the old.
 *
 * A document is given either as its Doc, which the workspace keeps, or as a `DocSource` (a summary and a way to parse
 * it again), which it parses only when a feature needs more than the summary. Every answer is the same either way.
 */
import { REFERENCE_ROLES, type Doc, type Range, type ReferenceRole, type Span } from './model.js';
import { NO_ENTITY_NAMES, sameList, sameSymbols, type DefinitionKind, type DocSymbols } from './symbols.js';
import { IdUses } from './idUses.js';
import { summarise, type DocSource, type DocSummary } from './docSummary.js';
import { DocTable } from './docTable.js';
import { loadDoc } from './loadedDocs.js';
import { ownCopy } from './ownCopy.js';

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
  /** References per role (at the role's `ROLE_INDEX`), summed over the referencing Docs. */
  times: number[];
  /**
   * How many Docs reference the id in exactly each set of roles, as a mask with bit `ROLE_INDEX` per role.
   * Per-role document counts would not do: a Doc that both cites a source and names it in `src=` is one document.
   */
  documents: Map<number, number>;
}

/** id → the URIs that define it, and who references it. Shared between Workspace values until a symbol change copies it. */
interface Index {
  defs: Map<string, Set<string>>;
  refs: Map<string, Referrers>;
}

/** A small number per role; the Record type makes the compiler insist on every role. */
/** Each role's index in `REFERENCE_ROLES`, which is also how `IdUses` numbers it. */
const ROLE_INDEX = Object.fromEntries(REFERENCE_ROLES.map((role, index) => [role, index])) as Record<ReferenceRole, number>;

const ROLE_COUNT = REFERENCE_ROLES.length;

const NO_SYMBOLS: DocSymbols = { defs: [], refs: [], claims: [], uses: IdUses.NONE };

/**
 * The URI of each document id asked about, kept per definitions map: a document's id is one of its definitions, so
 * which URI holds a document id can change only with that map, and a refresh asks for the same few ids thousands of times.
 */
const documentUris = new WeakMap<Index['defs'], Map<string, string | undefined>>();

/** What the workspace holds for one document: its summary, and its Doc or the source to parse it from. */
interface Entry {
  summary: DocSummary;
  doc: Doc | DocSource;
}

/** The entry of a Doc or of a DocSource. */
function entryOf(item: Doc | DocSource): Entry {
  return isSource(item) ? { summary: item.summary, doc: item } : { summary: summarise(item), doc: item };
}

function isSource(item: Doc | DocSource): item is DocSource {
  return 'load' in item;
}

/** An immutable snapshot of a corpus. */
export class Workspace {
  readonly #docs: DocTable<Entry>;
  readonly #index: Index;
  readonly #entities: object;

  private constructor(docs: DocTable<Entry>, index: Index, entities: object) {
    this.#docs = docs;
    this.#index = index;
    this.#entities = entities;
  }

  /** The workspace with no documents. */
  static empty(): Workspace {
    return new Workspace(new DocTable(new Map()), { defs: new Map(), refs: new Map() }, {});
  }

  /**
   * This workspace with the documents `added` put in (replacing those of the same URIs) and those at `removed` taken out,
   * as one change: it equals folding `withDoc` and `withoutDoc` over them, but builds the index once, so it suits a scan
   * or a folder leaving. Documents kept from this workspace are not parsed again.
   */
  withChanges(added: Iterable<Doc | DocSource>, removed: Iterable<string>): Workspace {
    const entries = new Map(this.#docs.all());
    for (const uri of removed) entries.delete(uri);
    for (const item of added) entries.set(item.uri, entryOf(item));
    return Workspace.#fromEntries(entries.values());
  }

  /**
   * Builds a workspace from many documents at once.
   * It equals `withDoc` folded over the empty workspace, but fills one index in place instead of copying it per document.
   */
  static build(docs: Iterable<Doc | DocSource>): Workspace {
    return Workspace.#fromEntries(map(docs, entryOf));
  }

  static #fromEntries(items: Iterable<Entry>): Workspace {
    const entries = new Map<string, Entry>();
    // The last document of a URI replaces any before it, as folding `withDoc` would.
    for (const entry of items) entries.set(entry.doc.uri, entry);
    const index: Index = { defs: new Map(), refs: new Map() };
    // The URIs that reference each id are gathered in a list and put into its set at the end: filling one set at a time
    // keeps its table in the processor's cache, and building from 10,000 summaries took about a quarter less time than
    // adding each URI to its id's set as its document came.
    const referring = new Map<Referrers, string[]>();
    for (const [uri, entry] of entries) addSymbols(index, uri, entry.summary.symbols, referring);
    for (const [referrers, uris] of referring) for (const uri of uris) referrers.uris.add(uri);
    return new Workspace(new DocTable(entries), index, {});
  }

  /** This workspace with `doc` added or replacing the document of the same URI. */
  withDoc(doc: Doc | DocSource): Workspace {
    const previous = this.#docs.get(doc.uri)?.summary;
    const entry = entryOf(doc);
    const docs = this.#docs.with(doc.uri, entry);
    const entities = (previous?.names ?? NO_ENTITY_NAMES) === entry.summary.names ? this.#entities : {};
    const before = previous?.symbols;
    const after = entry.summary.symbols;
    if (before && sameSymbols(before, after)) return new Workspace(docs, this.#index, entities);
    return new Workspace(docs, changeSymbols(this.#index, doc.uri, before ?? NO_SYMBOLS, after), entities);
  }

  /** This workspace without the document at `uri` (itself when there is none). */
  withoutDoc(uri: string): Workspace {
    const before = this.#docs.get(uri)?.summary;
    if (!before) return this;
    const entities = before.names === NO_ENTITY_NAMES ? this.#entities : {};
    const index = changeSymbols(this.#index, uri, before.symbols, NO_SYMBOLS);
    return new Workspace(this.#docs.with(uri, null), index, entities);
  }

  /** The documents given as sources, whose Docs are parsed on demand, in no particular order. */
  sources(): DocSource[] {
    const found: DocSource[] = [];
    for (const entry of this.#docs.all().values()) if (isSource(entry.doc)) found.push(entry.doc);
    return found;
  }

  /**
   * This workspace with sources replaced by the Docs they load, which a host does when it has time, so that later
   * queries need not parse them again. Each Doc must be what its source's `load` returns; a source that is no longer in
   * this workspace (its document changed meanwhile) is left out. The summaries stay, so the index is shared.
   */
  withLoaded(loaded: readonly (readonly [DocSource, Doc])[]): Workspace {
    const entries = new Map(this.#docs.all());
    for (const [source, doc] of loaded) {
      const entry = entries.get(source.uri);
      if (entry?.doc === source) entries.set(source.uri, { summary: entry.summary, doc });
    }
    return new Workspace(new DocTable(entries), this.#index, this.#entities);
  }

  /** The URIs of every document, in no particular order. */
  uris(): IterableIterator<string> {
    return this.#docs.all().keys();
  }

  /**
   * Every Doc, in no particular order. Documents given as sources are parsed again one by one as the iteration
   * reaches them, so a caller that keeps only what it needs of each keeps memory low.
   */
  *allDocs(): Generator<Doc> {
    for (const entry of this.#docs.all().values()) yield docOf(entry);
  }

  /**
   * The Docs that define at least one entity (or source), in no particular order: the registries, usually few.
   * The summaries tell which they are, so no other document is parsed again.
   */
  *docsDefining(kind: 'entity' | 'source'): Generator<Doc> {
    for (const entry of this.#docs.all().values()) if (entry.summary.definitions.some((def) => def.kind === kind)) yield docOf(entry);
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
    const entry = this.#docs.get(uri);
    return entry && docOf(entry);
  }

  /** The summary of the document at `uri`: what the index knows of it without its Doc. */
  summary(uri: string): DocSummary | undefined {
    return this.#docs.get(uri)?.summary;
  }

  /** The symbols of the document at `uri`. */
  symbols(uri: string): DocSymbols | undefined {
    return this.#docs.get(uri)?.summary.symbols;
  }

  /** Every definition of a global id, in URI order; more than one is a duplicate. */
  definitions(id: string): Definition[] {
    const result: Definition[] = [];
    for (const uri of sorted(this.#index.defs.get(id))) {
      for (const def of (this.#docs.get(uri) as Entry).summary.definitions) if (def.id === id) result.push({ kind: def.kind, id, uri, range: def.range });
    }
    return result;
  }

  /** The Doc whose document id is `id` (the first by URI when the id is duplicated). */
  docById(id: string): Doc | undefined {
    const uri = this.#uriOfDocument(id);
    return uri === undefined ? undefined : this.doc(uri);
  }

  /** The claim or quote `claimId` of document `docId`. */
  claim(docId: string, claimId: string): ClaimLocation | undefined {
    const doc = this.docById(docId);
    const span = doc?.spans.find((s) => (s.kind === 'claim' || s.kind === 'quote') && s.id === claimId);
    return doc && span ? { doc, span } : undefined;
  }

  /** Whether document `docId` has a claim or quote `claimId`; it answers from the summary, without the Doc. */
  hasClaim(docId: string, claimId: string): boolean {
    const uri = this.#uriOfDocument(docId);
    return uri !== undefined && (this.#docs.get(uri) as Entry).summary.symbols.claims.includes(`${docId}#${claimId}`);
  }

  /** Whether a document has the id `id`; it answers from the summaries, without the Docs. */
  hasDocument(id: string): boolean {
    return this.#uriOfDocument(id) !== undefined;
  }

  #uriOfDocument(id: string): string | undefined {
    let known = documentUris.get(this.#index.defs);
    if (!known) documentUris.set(this.#index.defs, (known = new Map()));
    if (known.has(id)) return known.get(id);
    const uri = sorted(this.#index.defs.get(id)).find((candidate) => (this.#docs.get(candidate) as Entry).summary.id === id);
    known.set(ownCopy(id), uri);
    return uri;
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
    let times = 0;
    for (const role of new Set(roles)) {
      mask |= 1 << ROLE_INDEX[role];
      times += referrers.times[ROLE_INDEX[role]] as number;
    }
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
 * a new index that holds them. `shared` stays as it is for the older Workspace values that hold it: the definitions map
 * is shared with the new index while the definitions stay the same, and the sets and counts that change are replaced,
 * not changed.
 */
function changeSymbols(shared: Index, uri: string, before: DocSymbols, after: DocSymbols): Index {
  const sameDefs = sameList(before.defs, after.defs);
  const index = { defs: sameDefs ? shared.defs : new Map(shared.defs), refs: new Map(shared.refs) };
  // Definitions are removed wholesale and added again, because one Doc may define an id twice (as an entity and as a
  // source).
  if (!sameDefs) {
    for (const def of before.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, false, true);
    for (const def of after.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, true, true);
  }
  // References are changed only for the ids whose uses differ, so that an edit that adds one mention of an id that
  // thousands of Docs reference copies a few counts, not the set of their URIs. Both lists are sorted by id, so one
  // merging pass pairs each id's old uses with its new ones.
  const old = before.uses;
  const now = after.uses;
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const a = i < old.length ? old.id(i) : undefined;
    const b = j < now.length ? now.id(j) : undefined;
    const id = (a === undefined ? b : b === undefined || a < b ? a : b) as string;
    const removed: UseGroup = { uses: old, from: i, end: groupEnd(old, i, id) };
    const added: UseGroup = { uses: now, from: j, end: groupEnd(now, j, id) };
    if (!sameGroup(removed, added)) changeReferrers(index.refs, id, uri, removed, added);
    i = removed.end;
    j = added.end;
  }
  return index;
}

/**
 * Adds the symbols of a document new to `index`, which is being built and changed in place, but leaves the URI out of
 * the referrers' sets: it is added to the list of each referrers object in `referring` instead.
 */
function addSymbols(index: Index, uri: string, symbols: DocSymbols, referring: Map<Referrers, string[]>): void {
  for (const def of symbols.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, true, false);
  const uses = symbols.uses;
  for (let from = 0; from < uses.length; ) {
    const id = uses.id(from);
    const added: UseGroup = { uses, from, end: groupEnd(uses, from, id) };
    let referrers = index.refs.get(id);
    if (!referrers) {
      referrers = noReferrers();
      index.refs.set(id, referrers);
    }
    const uris = referring.get(referrers);
    if (uris) uris.push(uri);
    else referring.set(referrers, [uri]);
    tally(referrers, added, 1);
    from = added.end;
  }
}

/** The counts of an id that no document references yet. */
function noReferrers(): Referrers {
  return { uris: new Set(), times: new Array<number>(ROLE_COUNT).fill(0), documents: new Map() };
}

/** The index after the uses of `id` that start at `from` (which may hold none). */
function groupEnd(uses: IdUses, from: number, id: string): number {
  let end = from;
  while (end < uses.length && uses.id(end) === id) end++;
  return end;
}

/** Whether two groups hold the same roles and counts. */
function sameGroup(a: UseGroup, b: UseGroup): boolean {
  if (a.end - a.from !== b.end - b.from) return false;
  for (let k = 0; k < a.end - a.from; k++) if (!a.uses.sameUse(a.from + k, b.uses, b.from + k)) return false;
  return true;
}

/** Part of a sorted list of uses: the uses of one id, from `from` up to `end`. */
interface UseGroup {
  uses: IdUses;
  from: number;
  end: number;
}

/**
 * Takes one Doc's uses of `id` out of the counts (`removed`) and puts its new ones in (`added`); either may be empty.
 * The counts of `id` in `refs` are replaced by changed copies; its set of URIs is copied only when the Doc starts or
 * stops referring to it.
 */
function changeReferrers(refs: Map<string, Referrers>, id: string, uri: string, removed: UseGroup, added: UseGroup): void {
  const current = refs.get(id);
  const wasReferring = removed.end > removed.from;
  const isReferring = added.end > added.from;
  const next: Referrers = current
    ? { uris: wasReferring === isReferring ? current.uris : new Set(current.uris), times: [...current.times], documents: new Map(current.documents) }
    : noReferrers();
  if (!wasReferring) next.uris.add(uri);
  else if (!isReferring) next.uris.delete(uri);
  tally(next, removed, -1);
  tally(next, added, 1);
  if (next.uris.size === 0) refs.delete(id);
  else refs.set(id, next);
}

/** Adds (`sign` 1) or subtracts (`sign` -1) one Doc's uses of an id, dropping document counts that reach zero. */
function tally(referrers: Referrers, group: UseGroup, sign: 1 | -1): void {
  if (group.end === group.from) return;
  let mask = 0;
  for (let k = group.from; k < group.end; k++) {
    const index = group.uses.roleIndex(k);
    mask |= 1 << index;
    referrers.times[index] = (referrers.times[index] as number) + sign * group.uses.count(k);
  }
  const total = (referrers.documents.get(mask) ?? 0) + sign;
  if (total === 0) referrers.documents.delete(mask);
  else referrers.documents.set(mask, total);
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

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function docOf(entry: Entry): Doc {
  return isSource(entry.doc) ? loadDoc(entry.doc) : entry.doc;
}

function sorted(uris: ReadonlySet<string> | undefined): string[] {
  if (!uris) return [];
  // Most ids have one definer (every document defines its own id), and rules ask about them for every reference.
  if (uris.size === 1) return [uris.values().next().value as string];
  return [...uris].sort();
}
