/**
 * The documents of a Workspace by URI, kept as a base map shared between Workspace values plus the few changes made
 * since, so that replacing one document (a keystroke) does not copy a map of every document in the corpus.
 */

/** After this many changes on top of one base, the next change folds them into a new base. */
const MAX_CHANGES = 64;

/** An immutable map from URI to a document's entry. */
export class DocTable<V> {
  readonly #base: ReadonlyMap<string, V>;
  /** Entries added or replaced since `#base`, and URIs removed (null). */
  readonly #changes: ReadonlyMap<string, V | null>;
  #merged: ReadonlyMap<string, V> | undefined;

  constructor(base: ReadonlyMap<string, V>, changes: ReadonlyMap<string, V | null> = new Map()) {
    this.#base = base;
    this.#changes = changes;
    if (changes.size === 0) this.#merged = base;
  }

  /** The entry at `uri`. */
  get(uri: string): V | undefined {
    const changed = this.#changes.get(uri);
    return changed === undefined ? this.#base.get(uri) : (changed ?? undefined);
  }

  /** This table with `doc` at `uri`, or without `uri` when `doc` is null. */
  with(uri: string, doc: V | null): DocTable<V> {
    if (this.#changes.size >= MAX_CHANGES) {
      const merged = new Map(this.all());
      if (doc === null) merged.delete(uri);
      else merged.set(uri, doc);
      return new DocTable(merged);
    }
    return new DocTable(this.#base, new Map(this.#changes).set(uri, doc));
  }

  /** Every entry by URI, built on first use and then kept. */
  all(): ReadonlyMap<string, V> {
    if (this.#merged === undefined) {
      const merged = new Map(this.#base);
      for (const [uri, doc] of this.#changes) {
        if (doc === null) merged.delete(uri);
        else merged.set(uri, doc);
      }
      this.#merged = merged;
    }
    return this.#merged;
  }
}
