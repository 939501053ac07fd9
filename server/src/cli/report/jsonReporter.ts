/**
 * `--format json`: the check result as one JSON array, for scripts.
 */
import type { Range } from '../../core/index.js';
import type { CheckReport } from './checkReport.js';
import { relatedPath } from './relatedPath.js';

/** One problem as printed; ranges are 0-based line and UTF-16 character, as in `gloss parse`. */
export interface JsonProblem {
  code: string;
  severity: string;
  message: string;
  range: Range;
  related: Array<{ path: string; range: Range; message: string }>;
}

/** One file as printed; `skipped` is the reason a file was not checked, or null. */
export interface JsonFile {
  path: string;
  skipped: string | null;
  problems: JsonProblem[];
}

/**
 * Formats a sorted report as a JSON array of files (every file, clean ones too, in path order), each with its
 * problems in position order. Keys always appear in the order of `JsonFile` and `JsonProblem`. Two-space indent, final newline. Pure.
 */
export function jsonReporter(report: CheckReport): string {
  const files: JsonFile[] = Array.from(report.files, (file) => ({
    path: file.path,
    skipped: file.skipped,
    problems: file.problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      message: problem.message,
      range: copyRange(problem.range),
      related: (problem.related ?? []).map((related) => ({ path: relatedPath(related.uri, report.root), range: copyRange(related.range), message: related.message })),
    })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}

function copyRange(range: Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}
