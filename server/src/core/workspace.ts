/**
 * The workspace: every Doc of a corpus plus the cross-file index derived from their symbols.
 * A Workspace is an immutable value; `withDoc` and `withoutDoc` return new ones and never change the old.
 */
import type { Doc, Range, Span } from './model.js';
import { sameSymbols, symbolsOf, type DefinitionKind, type DocSymbols } from './symbols.js';

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

/** id → the URIs that define or reference it. Shared between Workspace values until a symbol change copies it. */
interface Index {
  defs: Map<string, Set<string>>;
  refs: Map<string, Set<string>>;
}

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** An immutable snapshot of a corpus. */
export class Workspace {
  readonly #docs: ReadonlyMap<string, Doc>;
  readonly #symbols: ReadonlyMap<string, DocSymbols>;
  readonly #index: Index;

  private constructor(docs: ReadonlyMap<string, Doc>, symbols: ReadonlyMap<string, DocSymbols>, index: Index) {
    this.#docs = docs;
    this.#symbols = symbols;
    this.#index = index;
  }

  /** The workspace with no documents. */
  static empty(): Workspace {
    return new Workspace(new Map(), new Map(), { defs: new Map(), refs: new Map() });
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
      const previous = symbolMap.get(doc.uri);
      if (previous) removeSymbols(index, doc.uri, previous, false);
      const symbols = symbolsOf(doc);
      addSymbols(index, doc.uri, symbols, false);
      docMap.set(doc.uri, doc);
      symbolMap.set(doc.uri, symbols);
    }
    return new Workspace(docMap, symbolMap, index);
  }

  /** This workspace with `doc` added or replacing the Doc of the same URI. */
  withDoc(doc: Doc): Workspace {
    const docs = new Map(this.#docs).set(doc.uri, doc);
    const before = this.#symbols.get(doc.uri);
    const after = symbolsOf(doc);
    if (before && sameSymbols(before, after)) return new Workspace(docs, this.#symbols, this.#index);
    const index = copyIndex(this.#index);
    if (before) removeSymbols(index, doc.uri, before, true);
    addSymbols(index, doc.uri, after, true);
    return new Workspace(docs, new Map(this.#symbols).set(doc.uri, after), index);
  }

  /** This workspace without the Doc at `uri` (itself when there is none). */
  withoutDoc(uri: string): Workspace {
    const before = this.#symbols.get(uri);
    if (!before) return this;
    const docs = new Map(this.#docs);
    docs.delete(uri);
    const symbols = new Map(this.#symbols);
    symbols.delete(uri);
    const index = copyIndex(this.#index);
    removeSymbols(index, uri, before, true);
    return new Workspace(docs, symbols, index);
  }

  /** Every Doc, by URI. */
  get docs(): ReadonlyMap<string, Doc> {
    return this.#docs;
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
    return sorted(this.#index.refs.get(id));
  }

  /** Whether any Doc references `id`; unlike `referencingUris` it does not sort, so it costs the same for any corpus. */
  isReferenced(id: string): boolean {
    return this.#index.refs.has(id);
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

function copyIndex(index: Index): Index {
  return { defs: new Map(index.defs), refs: new Map(index.refs) };
}

/** Adds a Doc's symbols; with `copyOnWrite`, sets shared with older Workspace values are replaced, not changed. */
function addSymbols(index: Index, uri: string, symbols: DocSymbols, copyOnWrite: boolean): void {
  for (const def of symbols.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, true, copyOnWrite);
  for (const ref of symbols.refs) update(index.refs, ref, uri, true, copyOnWrite);
}

function removeSymbols(index: Index, uri: string, symbols: DocSymbols, copyOnWrite: boolean): void {
  for (const def of symbols.defs) update(index.defs, def.slice(def.indexOf(':') + 1), uri, false, copyOnWrite);
  for (const ref of symbols.refs) update(index.refs, ref, uri, false, copyOnWrite);
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
