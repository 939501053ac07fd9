/**
 * The size and modification time of each file as it was when the server last read it, so that a rescan without
 * file-watching events re-reads only the files that changed on disk.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { forEachConcurrently, type FileStamp } from '../host/index.js';

/** Files stated at once while looking for changes. */
const STAT_CONCURRENCY = 32;

/**
 * Stateful map from a file's URI to its stamp (size and modification time). A stamp comes from the file's status taken
 * just before its text is read, so a write that lands between the two makes the stamp older than the text and the next
 * comparison reads it again.
 */
export class FileStamps {
  readonly #stamps = new Map<string, string>();

  /** The current stamp of the file at `uri`, or null when it cannot be stated. Never throws. */
  async #take(uri: string): Promise<string | null> {
    try {
      const info = await stat(fileURLToPath(uri));
      return keyOf({ size: info.size, modifiedMs: info.mtimeMs });
    } catch {
      return null;
    }
  }

  /** Records the stamp of the text just read from `uri`; null forgets it. */
  record(uri: string, stamp: FileStamp | null): void {
    if (stamp === null) this.#stamps.delete(uri);
    else this.#stamps.set(uri, keyOf(stamp));
  }

  /** Forgets the file at `uri`, which left the workspace. */
  forget(uri: string): void {
    this.#stamps.delete(uri);
  }

  /** The URIs among `uris` whose file differs from when it was last read, or was never read. Never throws. */
  async changed(uris: readonly string[]): Promise<Set<string>> {
    const result = new Set<string>();
    await forEachConcurrently(uris, STAT_CONCURRENCY, async (uri) => {
      const known = this.#stamps.get(uri);
      if (known === undefined || known !== (await this.#take(uri))) result.add(uri);
    });
    return result;
  }
}

function keyOf(stamp: FileStamp): string {
  return `${stamp.size}:${stamp.modifiedMs}`;
}
