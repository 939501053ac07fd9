/**
 * Parsing a corpus for `gloss check`, with a time limit on every file that might take long.
 *
 * Ordinary files are parsed in this process: the core parses them in well under a millisecond, while sending a text to a
 * child and its Doc back costs more than that, and forking for every file would make a large corpus several times slower.
 * Files that `mayParseSlowly` flags go to a pool of killable children with a time budget, as in the language server, so a
 * file that would keep remark busy for minutes ends with an `analysis-limit` problem and the run goes on.
 * The pool is started only when some file needs it, so an ordinary run forks nothing.
 */
import { availableParallelism } from 'node:os';
import { parse, summarise, type Doc, type DocSource, type DocSummary } from '../core/index.js';
import { ParsePool } from '../host/parsePool.js';
import { detachedSummary } from '../host/storedSummary.js';
import type { SourceFile } from './lint.js';
import { mayParseSlowly } from '../host/parseRisk.js';

/** The budget of one parse in a child, as in the language server. */
export const DEFAULT_PARSE_BUDGET_MS = 2000;

/** How long the in-process loop may run before it lets the pool's messages and timers through. */
const YIELD_EVERY_MS = 10;

/** How `parseFiles` limits slow parses. */
export interface ParseLimits {
  /** The script that serves parse children (`gloss` itself); null parses every file in process, without a budget. */
  workerScript: string | null;
  /** Milliseconds a parse in a child may take. */
  budgetMs: number;
  /** Where the pool reports a child it had to stop or could not start. */
  log: (message: string) => void;
}

/**
 * One file for the workspace. A file parsed in a child keeps its Doc, since parsing it again in this process could take
 * long; any other is a source that parses its text again when a check needs the Doc, so that a corpus of thousands of
 * files never holds all their Docs at once.
 */
export interface ParsedFile {
  doc: Doc | DocSource;
  summary: DocSummary;
  /** Whether its text was sent to a child because it might parse slowly. */
  risky: boolean;
}

/**
 * Reads every file into the workspace's terms, in order. `known(i)` is the summary of file `i` stored when its text was
 * found ordinary before (the text unchanged), which saves parsing it now. Never rejects for bad input: a file that runs
 * over the budget yields its front matter and an `analysis-limit` problem. Holds a pool of children only while it runs.
 */
export async function parseFiles(
  files: readonly SourceFile[],
  limits: ParseLimits,
  known: (index: number) => DocSummary | undefined = () => undefined,
): Promise<ParsedFile[]> {
  const summaries = files.map((_, i) => known(i));
  const risky = files.map((file, i) => limits.workerScript !== null && summaries[i] === undefined && mayParseSlowly(file.text));
  const pool = risky.includes(true) ? startPool(limits) : null;
  try {
    // The children start on the risky files first, so that they work while this process parses the rest.
    const inChildren = files.map((file, i) => (pool && risky[i] ? pool.parse(file.text, file.uri, undefined) : null));
    const parsed: ParsedFile[] = [];
    let lastYield = performance.now();
    for (const [i, file] of files.entries()) {
      if (inChildren[i]) continue;
      const load = (): Doc => parse(file.text, file.uri);
      const summary = summaries[i] ?? detachedSummary(summarise(load()));
      parsed[i] = { doc: { uri: file.uri, summary, load }, summary, risky: false };
      if (pool && performance.now() - lastYield > YIELD_EVERY_MS) {
        // Without this, a child's answer would wait behind the whole loop while its budget timer runs on.
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
    }
    for (const [i, pending] of inChildren.entries()) {
      if (!pending) continue;
      const doc = await pending;
      parsed[i] = { doc, summary: summarise(doc), risky: true };
    }
    return parsed;
  } finally {
    pool?.dispose();
  }
}

function startPool(limits: ParseLimits): ParsePool {
  const pool = new ParsePool({
    script: limits.workerScript as string,
    // One core stays with this process, which parses the ordinary files meanwhile; two children at least, so that one
    // slow file never holds up the others.
    size: Math.min(4, Math.max(2, availableParallelism() - 1)),
    budgetMs: limits.budgetMs,
    log: limits.log,
  });
  pool.warm();
  return pool;
}

/** The budget from `GLOSS_PARSE_BUDGET_MS` (milliseconds, as for the language server), or the default. */
export function parseBudgetFrom(env: Record<string, string | undefined>): number {
  const value = Number(env['GLOSS_PARSE_BUDGET_MS']);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_PARSE_BUDGET_MS;
}
