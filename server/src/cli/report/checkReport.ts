/**
 * The result of `gloss check`, in the one order every reporter prints.
 */
import type { Problem } from '../../core/index.js';
import { compareStrings } from '../../host/index.js';

/** One file of a check: its problems, or the reason it was skipped. */
export interface FileReport {
  /** Relative to the workspace root, `/`-separated. */
  path: string;
  uri: string;
  /**
   * What holds the text that was checked, for source excerpts; null for a skipped file. The report keeps the holder, not
   * the text, so that a reporter reads one file's text at a time.
   */
  source: { readonly text: string } | null;
  problems: Problem[];
  /** Why the file was not checked, or null. */
  skipped: string | null;
}

/**
 * Everything a reporter needs; `files` come sorted by path (see `compareFiles`) and each file's problems by position,
 * code and message (see `compareProblems`). The files may be made as they are taken, so a reporter takes them once, in
 * order.
 */
export interface CheckReport {
  /** The absolute workspace root, for making related locations relative. */
  root: string;
  files: Iterable<FileReport>;
}

/** Problem totals; `infos` counts info and hint problems together. */
export interface Totals {
  checked: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Orders problems by start line, start column, code and message, so output is byte-identical between runs. Pure. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message) ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character
  );
}

/** Orders files by path, then by URI. Pure. */
export function compareFiles(a: Pick<FileReport, 'path' | 'uri'>, b: Pick<FileReport, 'path' | 'uri'>): number {
  return compareStrings(a.path, b.path) || compareStrings(a.uri, b.uri);
}

/** The file with its error-level problems only, for `--quiet`. Pure. */
export function errorsOnly(file: FileReport): FileReport {
  return { ...file, problems: file.problems.filter((p) => p.severity === 'error') };
}

/** Totals of no files, to count files into. */
export function noTotals(): Totals {
  return { checked: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 };
}

/** Adds one file and its problems to `counts`. */
export function countFile(counts: Totals, file: FileReport): void {
  if (file.skipped !== null) counts.skipped++;
  else counts.checked++;
  for (const problem of file.problems) {
    if (problem.severity === 'error') counts.errors++;
    else if (problem.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
}

/** The files, each added to `counts` as it is taken: totals of a report that is made as it is printed. */
export function* counting(files: Iterable<FileReport>, counts: Totals): Generator<FileReport> {
  for (const file of files) {
    countFile(counts, file);
    yield file;
  }
}

/** The summary line: `3 files checked, 1 error, 2 warnings, 0 infos/hints, 1 skipped`. Pure. */
export function summaryLine(counts: Totals): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return [
    `${plural(counts.checked, 'file', 'files')} checked`,
    plural(counts.errors, 'error', 'errors'),
    plural(counts.warnings, 'warning', 'warnings'),
    `${counts.infos} infos/hints`,
    `${counts.skipped} skipped`,
  ].join(', ');
}
