/**
 * Finding and reading the files of a corpus on disk, the same way for every tool measured,
 * so that every tool is handed the same bytes in the same order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One file of a corpus. */
export interface CorpusFile {
  path: string;
  uri: string;
  text: string;
}

/** Every file under `folder` whose name ends with `suffix`, sorted by path. */
export function listFiles(folder: string, suffix: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.name.endsWith(suffix)) found.push(path);
    }
  }
  return found.sort();
}

/** Reads every `*.gloss.md` file under `folder` as UTF-8. */
export function readCorpus(folder: string): CorpusFile[] {
  return listFiles(folder, '.gloss.md').map((path) => ({ path, uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') }));
}
