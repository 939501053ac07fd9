/**
 * The `.gitignore` files of a tree, applied as git applies them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** `.gitignore` files larger than this are not read; they are not hand-written ignore lists. */
const MAX_GITIGNORE_BYTES = 1_000_000;

/**
 * The `.gitignore` rules below one base folder. Holds state: a cache of the files read so far, one per folder.
 * A file in a deeper folder overrides its ancestors, and a later rule overrides an earlier one, as in git.
 */
export class GitignoreRules {
  readonly #base: string;
  readonly #byFolder = new Map<string, Ignore | null>();

  /** `base` is the absolute folder that relative paths are taken from. */
  constructor(base: string) {
    this.#base = base;
  }

  /** Reads the `.gitignore` of a folder (given relative to the base, `''` for the base) unless it was read before. */
  async load(folder: string): Promise<void> {
    if (this.#byFolder.has(folder)) return;
    this.#byFolder.set(folder, null);
    try {
      const text = await readFile(join(this.#base, folder, '.gitignore'), 'utf8');
      if (text.length <= MAX_GITIGNORE_BYTES) this.#byFolder.set(folder, ignore().add(text));
    } catch {
      // A missing or unreadable .gitignore ignores nothing, which is what git does too.
    }
  }

  /** Reads the `.gitignore` files of every folder from the base down to `folder`. */
  async loadAncestors(folder: string): Promise<void> {
    const parts = folder === '' ? [] : folder.split('/');
    for (let i = 0; i <= parts.length; i++) await this.load(parts.slice(0, i).join('/'));
  }

  /** Whether a path (relative to the base, `/`-separated) is ignored; only folders loaded so far take part. */
  ignores(relativePath: string, isFolder: boolean): boolean {
    const parts = relativePath.split('/');
    let ignored = false;
    for (let i = 0; i < parts.length; i++) {
      const rules = this.#byFolder.get(parts.slice(0, i).join('/'));
      if (!rules) continue;
      const rest = parts.slice(i).join('/');
      const result = rules.test(isFolder ? `${rest}/` : rest);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}
