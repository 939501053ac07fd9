/**
 * `--format pretty`: the report for people at a terminal.
 */
import type { Problem, Severity } from '../../core/index.js';
import { LineIndex } from '../../core/index.js';
import { counting, noTotals, summaryLine, type CheckReport, type FileReport } from './checkReport.js';
import { displayWidth } from './displayWidth.js';
import { relatedPath } from './relatedPath.js';

/** Options of the pretty reporter. */
export interface PrettyOptions {
  /** ANSI colours; the caller decides (a terminal, and `NO_COLOR` unset). */
  color: boolean;
}

/** Excerpts show at most this many characters of a line, so a 2 MB line does not flood the terminal. */
const EXCERPT_WIDTH = 100;
/** How much of the line before the problem an excerpt keeps when it has to cut. */
const EXCERPT_LEAD = 30;

const COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '36' };

/**
 * Formats a sorted report: per file, one `path:line:col  severity  message  code` line per problem (1-based),
 * the source line with a caret underline, related locations as `note:` lines; a blank line between files;
 * skipped files as `path  skipped  reason`; then the summary line. Yields the text a file at a time, so that the report
 * of a large corpus is never held whole, and reads each file's text only while it formats that file. Pure.
 */
export function* prettyReporter(report: CheckReport, options: PrettyOptions): Generator<string> {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const counts = noTotals();
  for (const file of counting(report.files, counts)) {
    if (file.skipped !== null) yield `${clean(file.path)}  ${paint('2', 'skipped')}  ${clean(file.skipped)}\n\n`;
    else if (file.problems.length > 0) yield `${fileBlock(file, report.root, paint)}\n\n`;
  }
  yield `${summaryLine(counts)}\n`;
}

function fileBlock(file: FileReport, root: string, paint: (code: string, text: string) => string): string {
  const lines = new LineIndex(file.source?.text ?? '');
  const gutter = String(Math.max(...file.problems.map((p) => p.range.start.line + 1))).length;
  const out: string[] = [];
  for (const problem of file.problems) {
    const { start } = problem.range;
    const where = `${clean(file.path)}:${start.line + 1}:${start.character + 1}`;
    const message = clean(problem.message).split('\n').join('\n    ');
    out.push(`${where}  ${paint(COLORS[problem.severity], problem.severity)}  ${message}  ${paint('2', problem.code)}`);
    const excerpt = excerptOf(problem, lines);
    if (excerpt) {
      out.push(`  ${String(start.line + 1).padStart(gutter)} | ${excerpt.text}`);
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(excerpt.pad)}${paint(COLORS[problem.severity], '^'.repeat(excerpt.carets))}`);
    }
    for (const related of problem.related ?? []) {
      const at = `${clean(relatedPath(related.uri, root))}:${related.range.start.line + 1}:${related.range.start.character + 1}`;
      out.push(`  note: ${clean(related.message)} (${at})`);
    }
  }
  return out.join('\n');
}

/** The problem's first line, cut to fit, with the caret offset and count in terminal cells. */
function excerptOf(problem: Problem, lines: LineIndex): { text: string; pad: number; carets: number } | null {
  const { start, end } = problem.range;
  if (start.line >= lines.lineCount) return null;
  const line = lines.lineText(start.line);
  const endCharacter = end.line === start.line ? Math.max(end.character, start.character) : line.length;
  let from = 0;
  if (start.character > EXCERPT_WIDTH - 10) from = start.character - EXCERPT_LEAD;
  // Never cut a surrogate pair in half.
  if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from--;
  const visible = codePoints(line, from, from + 2 * EXCERPT_WIDTH);
  const prefix = from > 0 ? '…' : '';
  const suffix = from + visible.length < line.length ? '…' : '';
  const pad = displayWidth(line.slice(from, start.character)) + prefix.length;
  const underlined = codePoints(line, start.character, Math.min(endCharacter, start.character + 2 * EXCERPT_WIDTH));
  const carets = Math.max(1, displayWidth(underlined));
  return { text: `${prefix}${displayable(visible)}${suffix}`, pad, carets };
}

/**
 * At most `EXCERPT_WIDTH` code points of `line` from `from`, looking no further than `to`: a window twice the width in
 * UTF-16 units always holds the width in code points, without splitting a huge line. Text without surrogates, nearly
 * all of it, is cut directly.
 */
function codePoints(line: string, from: number, to: number): string {
  const window = line.slice(from, to);
  return SURROGATE.test(window) ? [...window].slice(0, EXCERPT_WIDTH).join('') : window.slice(0, EXCERPT_WIDTH);
}

const SURROGATE = /[\ud800-\udfff]/;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Tabs become one space (so carets stay aligned); other control characters could drive the terminal, so they are replaced. */
function displayable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replaceAll('\t', ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Like `displayable`, but keeps line breaks, for messages. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}
