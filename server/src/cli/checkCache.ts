/**
 * The cache of `gloss check`: parsed documents by content, and whole results by everything they depend on.
 * It lives in `.gloss-cache/` at the workspace root; deleting it is always safe, and an unreadable entry is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace, check, parse, type Doc, type Problem } from '../core/index.js';
import type { GlossConfig } from '../host/index.js';
import type { Lint, LintResult, SourceFile } from './lint.js';

/** The name of the cache folder, relative to the workspace root; `.gitignore` lists it. */
export const CACHE_DIR_NAME = '.gloss-cache';

/**
 * A Lint that reuses earlier work kept in `dir`. A document is re-parsed only when its text, URI or the Gloss version
 * changed (parsing is the expensive part). Problems are reused only when every file of the run, the rule configuration
 * and the version are the same as before: a problem can point into any other file (related locations carry ranges), so
 * a change anywhere may change any result, and checking parsed documents is cheap. The output is the same as without
 * the cache; a missing, corrupt or unwritable cache only costs time.
 */
export function cachedLint(dir: string, version: string): Lint {
  return async (files, config) => {
    const hashes = files.map((file) => sha256(file.text));
    const resultPath = join(dir, 'results', `${sha256(['results', version, JSON.stringify(config.rules), ...files.map((file, i) => `${file.uri}\0${hashes[i]}`).sort()].join('\0'))}.json`);
    const cached = await readJson(resultPath);
    if (isResults(cached, files)) return cached;
    const docs: Doc[] = [];
    for (const [i, file] of files.entries()) docs.push(await cachedParse(dir, version, file, hashes[i] as string));
    const results = lintDocs(docs, config);
    await mkdir(join(dir, 'results'), { recursive: true }).catch(() => undefined);
    await writeAtomically(resultPath, JSON.stringify(results));
    await pruneResults(join(dir, 'results'), resultPath);
    return results;
  };
}

function lintDocs(docs: Doc[], config: GlossConfig): LintResult[] {
  const ws = Workspace.build(docs);
  return docs.map((doc) => ({ uri: doc.uri, problems: check(ws, doc.uri, config) }));
}

async function cachedParse(dir: string, version: string, file: SourceFile, hash: string): Promise<Doc> {
  const path = join(dir, 'docs', `${sha256(['doc', version, file.uri, hash].join('\0'))}.json`);
  const cached = await readJson(path);
  if (isDocOf(cached, file.uri)) return cached;
  const doc = parse(file.text, file.uri);
  await mkdir(join(dir, 'docs'), { recursive: true }).catch(() => undefined);
  await writeAtomically(path, JSON.stringify(doc));
  return doc;
}

/** A cached Doc is trusted only when it has the Doc's shape and the expected URI; anything else is parsed afresh. */
function isDocOf(value: unknown, uri: string): value is Doc {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  const arrays = ['entities', 'sources', 'spans', 'citations', 'references', 'problems', 'suppressions', 'prose'];
  return doc['uri'] === uri && typeof doc['id'] === 'string' && typeof doc['text'] === 'string' && typeof doc['meta'] === 'object' && doc['meta'] !== null && arrays.every((key) => Array.isArray(doc[key]));
}

/** Cached results are trusted only when they list exactly the files of this run, each with an array of problems. */
function isResults(value: unknown, files: readonly SourceFile[]): value is LintResult[] {
  if (!Array.isArray(value) || value.length !== files.length) return false;
  return value.every((result: unknown, i) => {
    const entry = result as { uri?: unknown; problems?: unknown } | null;
    return typeof entry === 'object' && entry !== null && entry.uri === files[i]?.uri && Array.isArray(entry.problems) && (entry.problems as Problem[]).every((p) => typeof p?.code === 'string' && typeof p.range === 'object');
  });
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so that a run stopped midway never leaves half a file under the real name. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch {
    await unlink(temporary).catch(() => undefined);
  }
}

/** Keeps only the newest result file: older ones describe workspaces that no longer exist. */
async function pruneResults(folder: string, keep: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(folder, name);
    if (path !== keep && name.endsWith('.json')) await unlink(path).catch(() => undefined);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
