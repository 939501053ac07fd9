/**
 * Puts generated corpora on disk under `.bench/`: `corpus-N/` (the registry and `articles/`) and `keystroke-N/`
 * (the single long documents). Folders are rewritten on every run, so they always match the generator.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus, generateKeystrokeDocuments } from './generateCorpus.js';

/** Where one size's files are. */
export interface CorpusOnDisk {
  corpus: string;
  keystroke: string;
  hubId: string;
  bytes: number;
  keystrokeFiles: string[];
}

/** Generates and writes the corpus of `documents` articles under `root`. */
export function writeCorpus(root: string, documents: number, seed: number): CorpusOnDisk {
  const generated = generateCorpus({ documents, seed });
  const corpus = join(root, `corpus-${documents}`);
  const keystroke = join(root, `keystroke-${documents}`);
  const bytes = writeFiles(corpus, generated.files);
  const singles = generateKeystrokeDocuments(seed, documents);
  writeFiles(keystroke, singles);
  return { corpus, keystroke, hubId: generated.hubId, bytes, keystrokeFiles: [...singles.keys()] };
}

/** Replaces `folder` with the given files and returns how many bytes were written. */
function writeFiles(folder: string, files: ReadonlyMap<string, string>): number {
  rmSync(folder, { recursive: true, force: true });
  let bytes = 0;
  for (const [path, text] of files) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
