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

/** Everything a reporter needs; `files` are sorted by path and each file's problems by position, code and message. */
export interface CheckReport {
  /** The absolute workspace root, for making related locations relative. */
  root: string;
  files: FileReport[];
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

/** A report with files sorted by path and problems sorted within each file. Pure: the input is not changed. */
export function sortedReport(report: CheckReport): CheckReport {
  const files = report.files
    .map((file) => ({ ...file, problems: [...file.problems].sort(compareProblems) }))
    .sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.uri, b.uri));
  return { root: report.root, files };
}

/** A report that keeps only error-level problems, for `--quiet`. Pure. */
export function errorsOnly(report: CheckReport): CheckReport {
  return { root: report.root, files: report.files.map((file) => ({ ...file, problems: file.problems.filter((p) => p.severity === 'error') })) };
}

/** Counts files and problems by severity. Pure. */
export function totals(report: CheckReport): Totals {
  const result: Totals = { checked: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of report.files) {
    if (file.skipped !== null) result.skipped++;
    else result.checked++;
    for (const problem of file.problems) {
      if (problem.severity === 'error') result.errors++;
      else if (problem.severity === 'warning') result.warnings++;
      else result.infos++;
    }
  }
  return result;
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
