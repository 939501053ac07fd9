/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on the diff.
 */
import type { Severity } from '../../core/index.js';
import { counting, noTotals, summaryLine, type CheckReport } from './checkReport.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message as the runner expects: `%`, CR and LF. Pure. */
export function escapeGithubData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a command property value: the message escapes plus `:` and `,`, which separate properties. Pure. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * Formats a sorted report as one `::error|warning|notice file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::message`
 * line per problem (1-based lines and columns), a `::notice` per skipped file, then the summary line. Yields the text
 * a file at a time. Pure.
 */
export function* githubReporter(report: CheckReport): Generator<string> {
  const counts = noTotals();
  for (const file of counting(report.files, counts)) {
    const lines: string[] = [];
    const path = escapeGithubProperty(file.path);
    if (file.skipped !== null) lines.push(`::notice file=${path},title=skipped::${escapeGithubData(`Not checked: ${file.skipped}.`)}\n`);
    for (const problem of file.problems) {
      const { start, end } = problem.range;
      const properties = [
        `file=${path}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeGithubProperty(problem.code)}`,
      ];
      lines.push(`::${COMMANDS[problem.severity]} ${properties.join(',')}::${escapeGithubData(problem.message)}\n`);
    }
    yield lines.join('');
  }
  yield `${summaryLine(counts)}\n`;
}
