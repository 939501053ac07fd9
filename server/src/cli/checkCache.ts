/**
 * The cache of `gloss check`: each file's problems by the hash of its text, so that a run after an edit checks again only
 * the documents the edit can affect. It lives in `.gloss-cache/` at the workspace root; deleting it is always safe, and an
 * unreadable or inconsistent entry only costs time.
 *
 * Layout: `check.json` holds, for the Gloss version, rule configuration and parse budget it was made with, every file's
 * text hash and problems; it is all a run reads when nothing changed. `index.json` holds, for the Gloss version, every
 * file's text hash and summary (its id, symbols, definitions and entity names: what the workspace index and dependency
 * tracing need), so that a run after a change builds the index of the unchanged files without parsing them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace, check, dependentUris, factsOf, type DocSummary, type Problem } from '../core/index.js';
import { packSummary, unpackSummary, type StoredSummary } from './storedSummary.js';
import type { Lint, LintResult, SourceFile } from './lint.js';
import { parseFiles, type ParsedFile, type ParseLimits } from './parseFiles.js';

/** The name of the cache folder, relative to the workspace root; `.gitignore` lists it. */
export const CACHE_DIR_NAME = '.gloss-cache';

/** The layout of the files below; a cache written in another layout is ignored and replaced. */
const FORMAT = 3;

/** What the cache knows about one file. */
interface Entry {
  /** The sha256 of the file's text. */
  hash: string;
  problems: Problem[];
  /** Whether its text looked like it might parse slowly, so it was parsed in a child. */
  risky: boolean;
}

/** The contents of `check.json`. */
interface Manifest {
  format: typeof FORMAT;
  version: string;
  /** The hash of everything besides the texts that problems depend on: version, rule configuration, parse budget. */
  key: string;
  files: Record<string, Entry>;
}

/** The contents of `index.json`. */
interface StoredIndex {
  format: typeof FORMAT;
  version: string;
  /** Per URI, the hash of the text and the stored summary of that text. */
  files: Record<string, [string, StoredSummary]>;
}

/**
 * A Lint that reuses the results of the last run kept in `dir`. When no file, the version, the rule configuration or the
 * parse budget changed, it returns the stored problems without parsing anything. Otherwise it builds the workspace from
 * the stored summaries of the unchanged files and parses only the others, then checks again only the documents that the
 * core's `dependentUris` says a changed, new or removed file can affect, plus every document whose stored problems point
 * into such a file; the others keep their stored problems, and a check parses again only the Docs it reads. The output
 * is the same as without the cache; a missing, corrupt or unwritable cache only costs time.
 */
export function cachedLint(dir: string, version: string, limits: ParseLimits): Lint {
  return async (files, config) => {
    const hashes = files.map((file) => sha256(file.text));
    const key = sha256(JSON.stringify([FORMAT, version, config.rules, limits.budgetMs]));
    const stored = await readManifest(dir);
    // Summaries and risk flags depend on the version alone, stored problems also on the configuration.
    const sameVersion = stored?.version === version ? stored : null;
    const reusable = sameVersion?.key === key ? sameVersion : null;
    const current = new Set(files.map((file) => file.uri));
    const changed = files.filter((file, i) => entryOf(reusable, file.uri)?.hash !== hashes[i]).map((file) => file.uri);
    const removed = reusable ? Object.keys(reusable.files).filter((uri) => !current.has(uri)) : [];
    if (reusable && changed.length === 0 && removed.length === 0) {
      return files.map((file) => ({ uri: file.uri, problems: (entryOf(reusable, file.uri) as Entry).problems }));
    }

    const index = sameVersion ? await readIndex(dir, version) : new Map<string, [string, DocSummary]>();
    const parsed = await parseFiles(files, limits, (i) => {
      const uri = (files[i] as SourceFile).uri;
      const stored = index.get(uri);
      const entry = entryOf(sameVersion, uri);
      return stored && entry && stored[0] === hashes[i] && entry.hash === hashes[i] && !entry.risky ? stored[1] : undefined;
    });
    const ws = Workspace.build(parsed.map((file) => file.doc));
    const touched = [...changed, ...removed];
    // When most files changed (a checkout, a first run on a subset), tracing would only end where checking everything does.
    const affected = reusable && touched.length <= files.length / 2 ? affectedUris(reusable, index, touched, ws) : null;
    const results: LintResult[] = files.map((file) => ({
      uri: file.uri,
      problems: affected === null || affected.has(file.uri) ? check(ws, file.uri, config) : (entryOf(reusable, file.uri) as Entry).problems,
    }));

    const entries: Record<string, Entry> = {};
    const summaries: Record<string, [string, StoredSummary]> = {};
    for (const [i, file] of files.entries()) {
      const { risky, summary } = parsed[i] as ParsedFile;
      entries[file.uri] = { hash: hashes[i] as string, problems: (results[i] as LintResult).problems, risky };
      summaries[file.uri] = [hashes[i] as string, packSummary(summary)];
    }
    await mkdir(dir, { recursive: true }).catch(() => undefined);
    await writeAtomically(join(dir, 'index.json'), JSON.stringify({ format: FORMAT, version, files: summaries } satisfies StoredIndex));
    await writeAtomically(join(dir, 'check.json'), JSON.stringify({ format: FORMAT, version, key, files: entries } satisfies Manifest));
    // Earlier layouts kept a parsed Doc, a result or the dependency facts per file in these folders; nothing reads them now.
    await Promise.all(['docs', 'results', 'facts'].map((folder) => rm(join(dir, folder), { recursive: true, force: true }).catch(() => undefined)));
    return results;
  };
}

/**
 * The documents to check again after the files `touched` changed, appeared or vanished since `manifest` was written,
 * or null (check everything) when the stored summary of a touched file is missing.
 */
function affectedUris(manifest: Manifest, index: ReadonlyMap<string, [string, DocSummary]>, touched: readonly string[], ws: Workspace): Set<string> | null {
  const affected = new Set<string>();
  for (const uri of touched) {
    const entry = entryOf(manifest, uri);
    const stored = index.get(uri);
    if (entry && stored?.[0] !== entry.hash) return null;
    for (const dependent of dependentUris(uri, stored && factsOf(stored[1]), ws)) affected.add(dependent);
  }
  // The dependency rules already cover every related location the rules produce; this keeps a stored range that points
  // into a changed file from ever being shown stale, whatever rule made it.
  const into = new Set(touched);
  for (const [uri, entry] of Object.entries(manifest.files)) {
    if (!affected.has(uri) && entry.problems.some((problem) => problem.related?.some((location) => into.has(location.uri)))) affected.add(uri);
  }
  return affected;
}

function entryOf(manifest: Manifest | null, uri: string): Entry | undefined {
  return manifest && Object.hasOwn(manifest.files, uri) ? manifest.files[uri] : undefined;
}

/** The stored summaries, by URI with the hash of the text they describe; entries of another shape are left out. */
async function readIndex(dir: string, version: string): Promise<Map<string, [string, DocSummary]>> {
  const value = (await readJson(join(dir, 'index.json'))) as Partial<StoredIndex> | undefined;
  const index = new Map<string, [string, DocSummary]>();
  if (typeof value !== 'object' || value === null || value.format !== FORMAT || value.version !== version) return index;
  if (typeof value.files !== 'object' || value.files === null) return index;
  for (const [uri, stored] of Object.entries(value.files)) {
    const summary = Array.isArray(stored) && typeof stored[0] === 'string' ? unpackSummary(stored[1]) : undefined;
    if (summary) index.set(uri, [stored[0], summary]);
  }
  return index;
}

async function readManifest(dir: string): Promise<Manifest | null> {
  const value = await readJson(join(dir, 'check.json'));
  return isManifest(value) ? value : null;
}

/** A manifest is trusted only when every entry has the expected shape; anything else is a cache to rebuild. */
function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Partial<Manifest>;
  if (manifest.format !== FORMAT || typeof manifest.version !== 'string' || typeof manifest.key !== 'string') return false;
  if (typeof manifest.files !== 'object' || manifest.files === null) return false;
  return Object.values(manifest.files).every((entry: Partial<Entry> | null) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.hash !== 'string' || typeof entry.risky !== 'boolean') return false;
    return Array.isArray(entry.problems) && entry.problems.every((p: Partial<Problem> | null) => typeof p?.code === 'string' && typeof p.message === 'string' && typeof p.range === 'object' && p.range !== null);
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

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
