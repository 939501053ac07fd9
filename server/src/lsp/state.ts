/**
 * The server's view of the corpus: the current immutable Workspace and the versions of the open documents it was
 * built from (ARCHITECTURE invariant 6). Every change replaces the snapshot; a request keeps the one it started with.
 */
import { parse, stripBom, Workspace, type Doc, type DocSource, type DocSummary, type Problem } from '../core/index.js';
import type { ParsePool } from '../host/parsePool.js';
import { mayParseSlowly } from '../host/parseRisk.js';
import { summaryLine } from '../host/summaryStore.js';

/** One consistent state: the workspace and, for each open document in it, the version its Doc was parsed from. */
export interface Snapshot {
  workspace: Workspace;
  versions: ReadonlyMap<string, number>;
}

/** A document that changed in the workspace, with the workspace before and after. */
export interface DocChange {
  uri: string;
  before: Workspace;
  after: Workspace;
}

/** The text of one file to analyse, where it comes from, and the problems its reading found. */
export interface TextInput {
  uri: string;
  text: string;
  /** The editor's version for an open document, null for text read from disk. */
  version: number | null;
  /** Problems found while reading (an invalid encoding), added to the Doc's own. */
  problems: Problem[];
  /** The longest text the parser analyses in full, or undefined for the core's default. */
  maxLength: number | undefined;
  /** For text read from disk: the hash of the text (`textHash`), by which its summary is stored; else null. */
  hash: string | null;
  /** The summary stored for this text's hash, which saves parsing it now; else null. */
  stored: DocSummary | null;
}

/** How long `materialize` parses before it lets requests through. */
const MATERIALIZE_SLICE_MS = 10;
/** How many parsed Docs `materialize` collects before it puts them into the snapshot. */
const MATERIALIZE_BATCH = 500;

/**
 * Stateful holder of the current Snapshot. Texts are parsed through the pool; a parse whose file has changed again
 * meanwhile is dropped, and a text equal to the one already analysed (same text, limit and reading problems) is not
 * parsed again. Listeners hear every applied change.
 */
export class WorkspaceState {
  readonly #pool: ParsePool;
  readonly #onChange: (changes: DocChange[]) => void;
  #snapshot: Snapshot = { workspace: Workspace.empty(), versions: new Map() };
  /** The input last requested per URI, to recognise unchanged content and superseded parses. */
  readonly #inputs = new Map<string, TextInput>();
  readonly #pending = new Map<string, Promise<void>>();

  constructor(pool: ParsePool, onChange: (changes: DocChange[]) => void) {
    this.#pool = pool;
    this.#onChange = onChange;
  }

  /** The current snapshot. */
  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  /** The snapshot once the latest text of `uri` has been analysed, so that a request sees what the user typed. */
  async settled(uri: string): Promise<Snapshot> {
    for (let pending = this.#pending.get(uri); pending; pending = this.#pending.get(uri)) await pending;
    return this.#snapshot;
  }

  /**
   * Analyses new texts and applies them as one change. A single text updates the index incrementally; many texts
   * (a scan) are applied with one `Workspace.withChanges`, which equals the incremental fold and avoids copying the index per file.
   */
  async setTexts(inputs: readonly TextInput[]): Promise<void> {
    const changed: TextInput[] = [];
    for (const input of inputs) {
      const normalised = { ...input, text: stripBom(input.text) };
      if (this.#isUnchanged(normalised)) this.#setVersion(input.uri, input.version);
      else {
        this.#inputs.set(input.uri, normalised);
        changed.push(normalised);
      }
    }
    if (changed.length === 0) return;
    const done = this.#analyse(changed);
    for (const input of changed) this.#pending.set(input.uri, done);
    await done;
    for (const input of changed) if (this.#pending.get(input.uri) === done) this.#pending.delete(input.uri);
  }

  async #analyse(inputs: readonly TextInput[]): Promise<void> {
    const parsed = await Promise.all(inputs.map(async (input) => ({ input, doc: await this.#documentOf(input) })));
    // A file that changed again while it was parsed keeps its newer input; this result is stale and dropped.
    this.#apply(parsed.filter(({ input }) => this.#inputs.get(input.uri) === input).map(({ doc }) => doc));
  }

  /**
   * The Doc of an input, or a source of it when its summary is stored: then nothing is parsed until a query needs the
   * Doc or `materialize` runs. The store holds only texts that parse quickly (see `summaryStore.ts`), and any other
   * text goes through the pool, within its budget.
   */
  async #documentOf(input: TextInput): Promise<Doc | DocSource> {
    if (input.stored !== null && isDiskDefault(input)) {
      return { uri: input.uri, summary: input.stored, load: () => withReadingProblems(parse(input.text, input.uri), input.problems) };
    }
    return withReadingProblems(await this.#pool.parse(input.text, input.uri, input.maxLength), input.problems);
  }

  /**
   * Parses the documents that entered as stored summaries and puts their Docs in the snapshot, a slice of time per turn
   * of the event loop so that requests are answered meanwhile. Nothing a query answers changes, only how fast.
   */
  async materialize(): Promise<void> {
    let loaded: [DocSource, Doc][] = [];
    let sliceStart = performance.now();
    for (const source of this.#snapshot.workspace.sources()) {
      loaded.push([source, source.load()]);
      if (performance.now() - sliceStart > MATERIALIZE_SLICE_MS) {
        // The Docs go into the snapshot in batches: each change copies the table of every document.
        if (loaded.length >= MATERIALIZE_BATCH) {
          this.#snapshot = { ...this.#snapshot, workspace: this.#snapshot.workspace.withLoaded(loaded) };
          loaded = [];
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    this.#snapshot = { ...this.#snapshot, workspace: this.#snapshot.workspace.withLoaded(loaded) };
  }

  /**
   * The summary store's lines for those of `uris` whose current Doc comes from a text read from disk that a later start
   * could parse again in process: the documents that start can take from the store. Made one at a time as the store is
   * written, since the lines of a large folder are as large as the store (17 MB for 10,000 articles); each line is
   * made from the state of its moment, which is what the store keeps per file.
   */
  *storeLines(uris: Iterable<string>): Generator<string> {
    for (const uri of uris) {
      const input = this.#inputs.get(uri);
      const summary = this.#snapshot.workspace.summary(uri);
      if (input?.hash && summary && !this.#pending.has(uri) && isStorable(input)) yield summaryLine(uri, input.hash, summary);
    }
  }

  /**
   * Removes the documents at `uris` as one change, dropping any parse of them still running. Many at once (a folder
   * leaving the workspace) are removed with one `Workspace.withChanges`, which equals removing them one by one.
   */
  remove(uris: readonly string[]): void {
    const before = this.#snapshot.workspace;
    const gone = uris.filter((uri) => before.summary(uri));
    for (const uri of uris) {
      this.#inputs.delete(uri);
      this.#pending.delete(uri);
    }
    const versions = new Map(this.#snapshot.versions);
    for (const uri of uris) versions.delete(uri);
    if (gone.length === 0) {
      this.#snapshot = { workspace: before, versions };
      return;
    }
    const after = gone.length === 1 ? before.withoutDoc(gone[0] as string) : before.withChanges([], gone);
    this.#snapshot = { workspace: after, versions };
    this.#onChange(gone.map((uri) => ({ uri, before, after })));
  }

  #isUnchanged(input: TextInput): boolean {
    const previous = this.#inputs.get(input.uri);
    return (
      previous !== undefined &&
      previous.text === input.text &&
      previous.maxLength === input.maxLength &&
      JSON.stringify(previous.problems) === JSON.stringify(input.problems)
    );
  }

  #setVersion(uri: string, version: number | null): void {
    if ((this.#snapshot.versions.get(uri) ?? null) === version) return;
    const versions = new Map(this.#snapshot.versions);
    if (version === null) versions.delete(uri);
    else versions.set(uri, version);
    this.#snapshot = { ...this.#snapshot, versions };
  }

  #apply(docs: (Doc | DocSource)[]): void {
    if (docs.length === 0) return;
    const before = this.#snapshot.workspace;
    const versions = new Map(this.#snapshot.versions);
    for (const doc of docs) {
      const version = this.#inputs.get(doc.uri)?.version ?? null;
      if (version === null) versions.delete(doc.uri);
      else versions.set(doc.uri, version);
    }
    const after = docs.length === 1 ? before.withDoc(docs[0] as Doc | DocSource) : before.withChanges(docs, []);
    this.#snapshot = { workspace: after, versions };
    this.#onChange(docs.map((doc) => ({ uri: doc.uri, before, after })));
  }
}

/** A text read from disk (no editor version) under the default length limit: the only kind the store describes. */
function isDiskDefault(input: TextInput): boolean {
  return input.version === null && input.maxLength === undefined;
}

/** A text read from disk with the default length limit that parses quickly: its summary may be stored and read back. */
function isStorable(input: TextInput): boolean {
  return isDiskDefault(input) && !mayParseSlowly(input.text);
}

function withReadingProblems(doc: Doc, problems: readonly Problem[]): Doc {
  return problems.length > 0 ? { ...doc, problems: [...doc.problems, ...problems] } : doc;
}
