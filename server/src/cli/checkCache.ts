/**
 * The cache of `gloss check`: each file's problems by the hash of its text, so that a run after an edit checks again only
 * the documents the edit can affect. It lives in `.gloss-cache/` at the workspace root; deleting it is always safe, and an
 * unreadable or inconsistent entry only costs time.
 *
 * Layout: `check.json` holds, for the Gloss version, rule configuration and parse budget it was made with, every file's
 * text hash and problems. `facts/<sha256 of the URI>.json` holds what dependency tracing needs about one file's text of
 * that hash (its id, definitions, references and entity names); it is read only for files that changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace, check, dependentUris, docFacts, type DocFacts, type Problem } from '../core/index.js';
import { forEachConcurrently } from '../host/index.js';
import type { Lint, LintResult, SourceFile } from './lint.js';
import { parseFiles, type ParsedFile, type ParseLimits } from './parseFiles.js';

/** The name of the cache folder, relative to the workspace root; `.gitignore` lists it. */
export const CACHE_DIR_NAME = '.gloss-cache';

/** The layout of the files below; a cache written in another layout is ignored and replaced. */
const FORMAT = 2;

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

/** The contents of one facts file. */
interface FactsFile {
  uri: string;
  hash: string;
  version: string;
  facts: DocFacts;
}

/**
 * A Lint that reuses the results of the last run kept in `dir`. When no file, the version, the rule configuration or the
 * parse budget changed, it returns the stored problems without parsing anything. Otherwise it parses every file (the
 * problems of any document can depend on any other, so checking needs the whole workspace) but checks again only the
 * documents that the core's `dependentUris` says a changed, new or removed file can affect, plus every document whose
 * stored problems point into such a file; the others keep their stored problems. The output is the same as without the
 * cache; a missing, corrupt or unwritable cache only costs time.
 */
export function cachedLint(dir: string, version: string, limits: ParseLimits): Lint {
  return async (files, config) => {
    const hashes = files.map((file) => sha256(file.text));
    const key = sha256(JSON.stringify([FORMAT, version, config.rules, limits.budgetMs]));
    const stored = await readManifest(dir);
    // Facts and risk flags depend on the version alone, stored problems also on the configuration.
    const sameVersion = stored?.version === version ? stored : null;
    const reusable = sameVersion?.key === key ? sameVersion : null;
    const current = new Set(files.map((file) => file.uri));
    const changed = files.filter((file, i) => entryOf(reusable, file.uri)?.hash !== hashes[i]).map((file) => file.uri);
    const removed = reusable ? Object.keys(reusable.files).filter((uri) => !current.has(uri)) : [];
    if (reusable && changed.length === 0 && removed.length === 0) {
      return files.map((file) => ({ uri: file.uri, problems: (entryOf(reusable, file.uri) as Entry).problems }));
    }

    const unchangedSince = (i: number): Entry | undefined => {
      const entry = entryOf(sameVersion, (files[i] as SourceFile).uri);
      return entry?.hash === hashes[i] ? entry : undefined;
    };
    const parsed = await parseFiles(files, limits, (i) => unchangedSince(i)?.risky === false);
    const ws = Workspace.build(parsed.map((file) => file.doc));
    const touched = [...changed, ...removed];
    // When most files changed (a checkout, a first run on a subset), tracing would only end where checking everything does.
    const affected = reusable && touched.length <= files.length / 2 ? await affectedUris(dir, reusable, touched, ws) : null;
    const results: LintResult[] = files.map((file) => ({
      uri: file.uri,
      problems: affected === null || affected.has(file.uri) ? check(ws, file.uri, config) : (entryOf(reusable, file.uri) as Entry).problems,
    }));

    await mkdir(join(dir, 'facts'), { recursive: true }).catch(() => undefined);
    const newFacts = files.flatMap((file, i) => (unchangedSince(i) ? [] : [{ uri: file.uri, hash: hashes[i] as string, version, facts: docFacts(ws, file.uri) as DocFacts }]));
    await forEachConcurrently(newFacts, FILE_CONCURRENCY, (facts) => writeAtomically(factsPath(dir, facts.uri), JSON.stringify(facts satisfies FactsFile)));
    const gone = sameVersion ? Object.keys(sameVersion.files).filter((uri) => !current.has(uri)) : [];
    await forEachConcurrently(gone, FILE_CONCURRENCY, (uri) => unlink(factsPath(dir, uri)).catch(() => undefined));
    const entries: Record<string, Entry> = {};
    for (const [i, file] of files.entries()) {
      entries[file.uri] = { hash: hashes[i] as string, problems: (results[i] as LintResult).problems, risky: (parsed[i] as ParsedFile).risky };
    }
    await writeAtomically(join(dir, 'check.json'), JSON.stringify({ format: FORMAT, version, key, files: entries } satisfies Manifest));
    // Caches of the first layout held a parsed Doc per file: hundreds of megabytes that nothing reads any more.
    await Promise.all(['docs', 'results'].map((folder) => rm(join(dir, folder), { recursive: true, force: true }).catch(() => undefined)));
    return results;
  };
}

/**
 * The documents to check again after the files `touched` changed, appeared or vanished since `manifest` was written,
 * or null (check everything) when the stored facts of a touched file cannot be read.
 */
async function affectedUris(dir: string, manifest: Manifest, touched: readonly string[], ws: Workspace): Promise<Set<string> | null> {
  const affected = new Set<string>();
  for (const uri of touched) {
    const entry = entryOf(manifest, uri);
    const before = entry ? await readFacts(dir, uri, entry.hash, manifest.version) : undefined;
    if (entry && !before) return null;
    for (const dependent of dependentUris(uri, before, ws)) affected.add(dependent);
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

function factsPath(dir: string, uri: string): string {
  return join(dir, 'facts', `${sha256(uri)}.json`);
}

async function readManifest(dir: string): Promise<Manifest | null> {
  const value = await readJson(join(dir, 'check.json'));
  return isManifest(value) ? value : null;
}

/** The stored facts of `uri` when they describe the text with `hash` under `version`, else undefined. */
async function readFacts(dir: string, uri: string, hash: string, version: string): Promise<DocFacts | undefined> {
  const value = (await readJson(factsPath(dir, uri))) as Partial<FactsFile> | undefined;
  if (typeof value !== 'object' || value === null || value.uri !== uri || value.hash !== hash || value.version !== version) return undefined;
  const facts = value.facts as Partial<DocFacts> | undefined;
  const valid = typeof facts === 'object' && facts !== null && typeof facts.id === 'string' && typeof facts.names === 'string' && isStrings(facts.defs) && isStrings(facts.refs);
  return valid ? (facts as DocFacts) : undefined;
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

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
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

/** How many small cache files are written or removed at once: enough to keep the disk busy, few enough to keep descriptors. */
const FILE_CONCURRENCY = 32;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
