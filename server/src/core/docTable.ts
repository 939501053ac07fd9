/**
 * The Docs of a Workspace by URI, kept as a base map shared between Workspace values plus the few changes made since,
 * so that replacing one Doc (a keystroke) does not copy a map of every Doc in the corpus.
 */
import type { Doc } from './model.js';

/** After this many changes on top of one base, the next change folds them into a new base. */
const MAX_CHANGES = 64;

/** An immutable map from URI to Doc. */
export class DocTable {
  readonly #base: ReadonlyMap<string, Doc>;
  /** Docs added or replaced since `#base`, and URIs removed (null). */
  readonly #changes: ReadonlyMap<string, Doc | null>;
  #merged: ReadonlyMap<string, Doc> | undefined;

  constructor(base: ReadonlyMap<string, Doc>, changes: ReadonlyMap<string, Doc | null> = new Map()) {
    this.#base = base;
    this.#changes = changes;
    if (changes.size === 0) this.#merged = base;
  }

  /** The Doc at `uri`. */
  get(uri: string): Doc | undefined {
    const changed = this.#changes.get(uri);
    return changed === undefined ? this.#base.get(uri) : (changed ?? undefined);
  }

  /** This table with `doc` at `uri`, or without `uri` when `doc` is null. */
  with(uri: string, doc: Doc | null): DocTable {
    if (this.#changes.size >= MAX_CHANGES) {
      const merged = new Map(this.all());
      if (doc === null) merged.delete(uri);
      else merged.set(uri, doc);
      return new DocTable(merged);
    }
    return new DocTable(this.#base, new Map(this.#changes).set(uri, doc));
  }

  /** Every Doc by URI, built on first use and then kept. */
  all(): ReadonlyMap<string, Doc> {
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
