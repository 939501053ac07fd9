/**
 * “Did you mean …?” candidates for an id that does not resolve.
 * Shared by the `unresolved-reference` message and the quick fixes that replace a mistyped id.
 */
import { ownCopy } from '../ownCopy.js';
import type { DefinitionKind } from '../symbols.js';
import type { Workspace } from '../workspace.js';
import { definitionKinds } from './definitionKinds.js';
import { compareCodeUnits } from '../text.js';

/** How many candidates a message or a quick fix offers by default. */
export const NEAREST_LIMIT = 3;

/** Prefix matches shorter than this say too little to be offered. */
const MIN_PREFIX = 3;

/** How many ids that merely start with the wanted id are considered, so that a short prefix of a huge corpus stays cheap. */
const MAX_PREFIX_CANDIDATES = 50;

const ALL_KINDS: readonly DefinitionKind[] = ['document', 'entity', 'source'];

/** The defined ids of one definitions version of a Workspace, arranged for bounded look-ups. */
interface IdTable {
  sorted: string[];
  known: Set<string>;
  byLength: Map<number, string[]>;
  /** Answers already given, by kinds, limit and id: a missing id is often referenced from many documents. */
  answers: Map<string, string[]>;
}

/** Kept under `Workspace.definitionsVersion`: the ids, their kinds and so every answer depend on definitions alone. */
const tables = new WeakMap<object, IdTable>();

/**
 * The defined ids nearest to `id` among those of the given kinds, best first, at most `limit`.
 * Near means a small edit distance (ignoring case, a transposition counting as one edit) or a common prefix.
 * Only ids whose length is within the allowed distance are compared, so the cost does not grow with every id of the corpus.
 */
export function nearestIds(
  ws: Workspace,
  id: string,
  kinds: readonly DefinitionKind[] = ALL_KINDS,
  limit: number = NEAREST_LIMIT,
): string[] {
  const table = tableOf(ws);
  const key = `${kinds.join(',')}|${limit}|${id}`;
  const known = table.answers.get(key);
  if (known) return [...known];
  const budget = maxDistance(id);
  const scores = new Map<string, number>();
  for (let length = id.length - budget; length <= id.length + budget; length++) {
    for (const candidate of table.byLength.get(length) ?? []) consider(scores, id, candidate, budget);
  }
  for (const candidate of startingWith(table.sorted, id)) consider(scores, id, candidate, budget);
  for (let length = MIN_PREFIX; length < id.length; length++) {
    const prefix = id.slice(0, length);
    if (table.known.has(prefix)) consider(scores, id, prefix, budget);
  }
  const answer = ranked(scores)
    .filter((candidate) => definitionKinds(ws, candidate).some((kind) => kinds.includes(kind)))
    .slice(0, limit);
  table.answers.set(ownCopy(key), answer);
  return [...answer];
}

/** The claim and quote ids of document `docId` nearest to `claimId`, best first, at most `limit`. */
export function nearestClaimIds(ws: Workspace, docId: string, claimId: string, limit: number = NEAREST_LIMIT): string[] {
  const doc = ws.docById(docId);
  if (!doc) return [];
  const budget = maxDistance(claimId);
  const scores = new Map<string, number>();
  for (const span of doc.spans) {
    if ((span.kind === 'claim' || span.kind === 'quote') && span.id !== null) consider(scores, claimId, span.id, budget);
  }
  return ranked(scores).slice(0, limit);
}

function tableOf(ws: Workspace): IdTable {
  let table = tables.get(ws.definitionsVersion);
  if (!table) {
    const sorted = ws.definedIds();
    const byLength = new Map<number, string[]>();
    for (const id of sorted) {
      const bucket = byLength.get(id.length);
      if (bucket) bucket.push(id);
      else byLength.set(id.length, [id]);
    }
    table = { sorted, known: new Set(sorted), byLength, answers: new Map() };
    tables.set(ws.definitionsVersion, table);
  }
  return table;
}

/** Longer ids tolerate more typos: one edit up to seven characters, then one more per four characters. */
function maxDistance(id: string): number {
  return Math.max(1, Math.floor(id.length / 4));
}

/** The ids of a sorted list that start with `prefix`, by binary search, at most MAX_PREFIX_CANDIDATES. */
function startingWith(sorted: readonly string[], prefix: string): string[] {
  if (prefix.length < MIN_PREFIX) return [];
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  const result: string[] = [];
  for (let i = low; i < sorted.length && result.length < MAX_PREFIX_CANDIDATES; i++) {
    const candidate = sorted[i] as string;
    if (!candidate.startsWith(prefix)) break;
    result.push(candidate);
  }
  return result;
}

/**
 * Scores one candidate and keeps it when it is near enough: its edit distance,
 * half an edit for a difference in case only, and for a prefix match one edit more than the budget,
 * so that typos rank before truncations.
 */
function consider(scores: Map<string, number>, wanted: string, candidate: string, budget: number): void {
  if (candidate === wanted || scores.has(candidate)) return;
  const a = wanted.toLowerCase();
  const b = candidate.toLowerCase();
  let score = Infinity;
  const distance = editDistance(a, b, budget);
  if (distance <= budget) score = distance === 0 ? 0.5 : distance;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= MIN_PREFIX && (a.startsWith(b) || b.startsWith(a))) score = Math.min(score, budget + 1);
  if (score !== Infinity) scores.set(candidate, score);
}

function ranked(scores: Map<string, number>): string[] {
  return [...scores.entries()]
    .sort(([a, sa], [b, sb]) => sa - sb || compareCodeUnits(a, b))
    .map(([candidate]) => candidate);
}

/**
 * Scratch rows for `editDistance`, grown as needed and reused, so that comparing thousands of candidates allocates nothing.
 * Only `editDistance` touches them, and it finishes before anything else can run.
 */
let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The optimal-string-alignment distance between two strings, or `budget + 1` as soon as it must exceed `budget`.
 * Adjacent transpositions count as one edit, as in “fars” for “fras”.
 * Only the diagonal band of width `2 × budget + 1` is computed (Ukkonen), so a comparison costs O(length × budget).
 */
export function editDistance(a: string, b: string, budget: number): number {
  const n = a.length;
  const m = b.length;
  const far = budget + 1;
  if (Math.abs(n - m) > budget) return far;
  if ((rows[0] as Int32Array).length < m + 2) rows = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m + 1; j++) previous[j] = j <= budget ? j : far;
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - budget);
    const high = Math.min(m, i + budget);
    // The cells just outside the band are read by this row and the next, so they must say “too far”.
    current[low - 1] = low === 1 ? Math.min(i, far) : far;
    if (high < m) current[high + 1] = far;
    let rowMin = current[low - 1] as number;
    for (let j = low; j <= high; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      value = Math.min(value, far);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= far) return far;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[m] as number;
}
