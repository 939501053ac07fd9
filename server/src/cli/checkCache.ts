/**
 * The cache of `gloss check`: each file's problems by the hash of its text, so that a run after an edit checks again only
 * the documents the edit can affect. It lives in `.gloss-cache/` at the workspace root; deleting it is always safe, and an
 * unreadable or inconsistent entry only costs time.
 *
 * Layout: `check.json` holds, for the Gloss version, rule configuration and parse budget it was made with, every file's
 * text hash and problems; it is all a run reads when nothing changed. `index.json` (see `host/summaryStore.ts`) holds
 * every file's summary (its id, symbols, definitions and entity names: what the workspace index and dependency tracing
 * need), so that a run after a change builds the index of the unchanged files without parsing them.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace, dependentUris, type Problem } from '../core/index.js';
import { readRecordFile, recordLine, RecordFileWriter } from '../host/recordFile.js';
import { readSummaries, summaryLine, textHash, writeSummaries, type StoredSummaryEntry } from '../host/summaryStore.js';
import { checkToKeep, plainRun, type Lint, type LintResult, type SourceFile } from './lint.js';
import { parseFiles, type ParsedFile, type ParseLimits } from './parseFiles.js';

/** The layout of the files below; a cache written in another layout is ignored and replaced. */
const FORMAT = 5;

/** What the cache knows about one file's problems, from `check.json`. */
interface Entry {
  /** The sha256 of the file's text. */
  hash: string;
  /** Whether its text looked like it might parse slowly, so it was parsed in a child. */
  risky: boolean;
  problems: Problem[];
  /** The record's line, to write back unchanged. */
  line: string;
}

/** `check.json`: a header, then one record `[uri, hash, risky, problems]` per file. */
interface Manifest {
  version: string;
  /** The hash of everything besides the texts that problems depend on: version, rule configuration, parse budget. */
  key: string;
  files: Map<string, Entry>;
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
    const hashes = files.map((file) => textHash(file.utf8 ?? file.text));
    const key = textHash(JSON.stringify([FORMAT, version, config.rules, limits.budgetMs]));
    const stored = await readManifest(dir);
    // Summaries and risk flags depend on the version alone, stored problems also on the configuration.
    const sameVersion = stored?.version === version ? stored : null;
    const reusable = sameVersion?.key === key ? sameVersion : null;
    const current = new Set(files.map((file) => file.uri));
    const changed = files.filter((file, i) => reusable?.files.get(file.uri)?.hash !== hashes[i]).map((file) => file.uri);
    const removed = reusable ? [...reusable.files.keys()].filter((uri) => !current.has(uri)) : [];
    if (reusable && changed.length === 0 && removed.length === 0) {
      return plainRun(files.map((file) => ({ uri: file.uri, problems: (reusable.files.get(file.uri) as Entry).problems })));
    }

    const index = sameVersion ? await readSummaries(dir, version) : new Map<string, StoredSummaryEntry>();
    const unchanged = (i: number): StoredSummaryEntry | undefined => {
      const uri = (files[i] as SourceFile).uri;
      const summary = index.get(uri);
      const entry = sameVersion?.files.get(uri);
      return summary && entry && summary.hash === hashes[i] && entry.hash === hashes[i] && !entry.risky ? summary : undefined;
    };
    const parsed = await parseFiles(files, limits, (i) => unchanged(i)?.summary);
    const ws = Workspace.build(parsed.map((file) => file.doc));
    const touched = [...changed, ...removed];
    // When most files changed (a checkout, a first run on a subset), tracing would only end where checking everything does.
    const affected = reusable && touched.length <= files.length / 2 ? affectedUris(reusable, index, touched, ws) : null;
    const checked = (uri: string): boolean => affected === null || affected.has(uri);

    // The lines are made as they are written: for a large corpus, holding them all would add a third to the run's memory.
    function* indexLines(): Generator<string> {
      for (const [i, file] of files.entries()) {
        const { risky, summary } = parsed[i] as ParsedFile;
        // The store holds only texts that parse quickly, which is what lets a reader parse them again in process.
        if (!risky) yield unchanged(i)?.line ?? summaryLine(file.uri, hashes[i] as string, summary);
      }
    }
    await writeSummaries(dir, version, indexLines());

    // Each file's record is written as its result is taken, so the problems of the corpus are never all held.
    const manifest = new RecordFileWriter(join(dir, 'check.json'), { format: FORMAT, version, key });
    let complete = false;
    function* results(): Generator<LintResult> {
      for (const [i, file] of files.entries()) {
        if (checked(file.uri)) {
          const problems = checkToKeep(ws, file.uri, config);
          manifest.add(recordLine([file.uri, hashes[i], (parsed[i] as ParsedFile).risky, problems]));
          yield { uri: file.uri, problems };
        } else {
          const stored = reusable?.files.get(file.uri) as Entry;
          manifest.add(stored.line);
          yield { uri: file.uri, problems: stored.problems };
        }
      }
      complete = true;
    }
    return {
      results: results(),
      finish: async () => {
        if (!complete) return manifest.abandon();
        manifest.commit();
        // Earlier layouts kept a parsed Doc, a result or the dependency facts per file in these folders; nothing reads them now.
        await Promise.all(['docs', 'results', 'facts'].map((folder) => rm(join(dir, folder), { recursive: true, force: true }).catch(() => undefined)));
      },
    };
  };
}

/**
 * The documents to check again after the files `touched` changed, appeared or vanished since `manifest` was written,
 * or null (check everything) when the stored summary of a touched file is missing.
 */
function affectedUris(manifest: Manifest, index: ReadonlyMap<string, StoredSummaryEntry>, touched: readonly string[], ws: Workspace): Set<string> | null {
  const affected = new Set<string>();
  for (const uri of touched) {
    const entry = manifest.files.get(uri);
    const stored = index.get(uri);
    if (entry && stored?.hash !== entry.hash) return null;
    for (const dependent of dependentUris(uri, stored?.summary, ws)) affected.add(dependent);
  }
  // The dependency rules already cover every related location the rules produce; this keeps a stored range that points
  // into a changed file from ever being shown stale, whatever rule made it.
  const into = new Set(touched);
  for (const [uri, entry] of manifest.files) {
    if (!affected.has(uri) && entry.problems.some((problem) => problem.related?.some((location) => into.has(location.uri)))) affected.add(uri);
  }
  return affected;
}

/** The stored problems, or null when `check.json` is missing or of another layout; records of another shape are left out. */
async function readManifest(dir: string): Promise<Manifest | null> {
  const file = await readRecordFile(join(dir, 'check.json'));
  const header = file?.header as { format?: unknown; version?: unknown; key?: unknown } | null | undefined;
  if (!file || header?.format !== FORMAT || typeof header.version !== 'string' || typeof header.key !== 'string') return null;
  const files = new Map<string, Entry>();
  for (const [uri, { value, line }] of file.records) {
    const [, hash, risky, problems] = value;
    if (typeof hash === 'string' && typeof risky === 'boolean' && areProblems(problems)) files.set(uri, { hash, risky, problems, line });
  }
  return { version: header.version, key: header.key, files };
}

/** Whether a stored value has the shape of a list of problems, as far as reporting them reads it. */
function areProblems(value: unknown): value is Problem[] {
  return Array.isArray(value) && value.every((p: Partial<Problem> | null) => typeof p?.code === 'string' && typeof p.message === 'string' && typeof p.range === 'object' && p.range !== null);
}

