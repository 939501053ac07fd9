/**
 * `gloss check [paths…]`: lints a corpus and reports in one of four formats.
 */
import { relative } from 'node:path';
import { RULES, type Problem } from '../core/index.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  discoverFiles,
  formatConfigError,
  loadConfig,
  readGlossFile,
  withConfiguredSeverities,
  SYNC_FILE_OPS,
} from '../host/index.js';
import type { Command, CommandContext } from './command.js';
import { commandArgs } from './commandArgs.js';
import { wantsColor, writeChunks } from './cliIo.js';
import { compactSource } from './compactSource.js';
import type { Lint, LintResult, SourceFile } from './lint.js';
import { parseSize } from './parseSize.js';
import { Progress } from './progress.js';
import { compareFiles, compareProblems, counting, errorsOnly, noTotals, summaryLine, type CheckReport, type FileReport, type Totals } from './report/checkReport.js';
import { githubReporter } from './report/githubReporter.js';
import { jsonReporter } from './report/jsonReporter.js';
import { prettyReporter } from './report/prettyReporter.js';
import { sarifReporter } from './report/sarifReporter.js';
import { UsageError } from './usageError.js';

/** The report formats of `--format`. */
export const CHECK_FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const HELP = `Usage: gloss check [options] [paths…]

Checks Gloss files and reports their problems. Paths are files, folders or globs
(default: the current folder); folders are searched for the "include" globs of
gloss.json (default **/*.gloss.md), skipping "exclude", .gitignore, node_modules and .git.

Options:
  --format <name>        pretty (default), json, sarif or github
  --max-warnings <n>     exit with 1 when there are more than n warnings
  --quiet                report errors only
  --max-file-size <size> skip larger files with a note (default 5MB)
  -h, --help             show this help

Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 a usage, configuration or internal error.
`;

const OPTIONS = {
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed options of `gloss check`. */
export interface CheckOptions {
  paths: string[];
  format: CheckFormat;
  maxWarnings: number | null;
  quiet: boolean;
  maxFileBytes: number;
}

/** Parses the arguments of `gloss check`, or throws a UsageError with a one-line message. Pure. */
export function checkOptions(args: string[]): CheckOptions | 'help' {
  const { values, positionals } = commandArgs('check', args, OPTIONS, true);
  if (values['help'] === true) return 'help';
  const format = (values['format'] as string | undefined) ?? 'pretty';
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}'; use one of ${CHECK_FORMATS.join(', ')}`);
  }
  const maxWarningsText = values['max-warnings'] as string | undefined;
  if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) {
    throw new UsageError(`the option '--max-warnings' takes a whole number of 0 or more, not '${maxWarningsText}'`);
  }
  const sizeText = values['max-file-size'] as string | undefined;
  return {
    paths: positionals,
    format: format as CheckFormat,
    maxWarnings: maxWarningsText === undefined ? null : Number(maxWarningsText),
    quiet: values['quiet'] === true,
    maxFileBytes: sizeText === undefined ? DEFAULT_MAX_FILE_BYTES : parseSize(sizeText, '--max-file-size'),
  };
}

/**
 * Runs `gloss check`: loads gloss.json from the current folder, finds and reads the files, lints them with
 * `lint`, prints the report on stdout, and resolves to the exit code. Usage and configuration errors print one line on stderr and give 2.
 */
export async function runCheck(args: string[], context: CommandContext, lint: Lint): Promise<number> {
  const options = checkOptions(args);
  const { io } = context;
  if (options === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  const loaded = await loadConfig(io.cwd);
  if (!loaded.ok) {
    // The file is named as the user would type it, relative to where they ran gloss.
    io.stderr.write(`gloss: ${formatConfigError({ ...loaded.error, path: relative(io.cwd, loaded.error.path) })}\n`);
    return 2;
  }
  const config = loaded.config;
  const discovery = await discoverFiles({ root: io.cwd, paths: options.paths, config });
  const argumentErrors = [
    ...discovery.missing.map((path) => `gloss: cannot read '${path}': no such file`),
    ...discovery.unmatched.map((glob) => `gloss: no files match '${glob}'`),
  ];
  if (argumentErrors.length > 0) {
    io.stderr.write(`${argumentErrors.join('\n')}\n`);
    return 2;
  }

  const progress = new Progress(io);
  const found: Found[] = discovery.skipped.map((skip) => ({ path: skip.relativePath, uri: '', skipped: skip.reason, source: null, hostProblems: [] }));
  // The reads are synchronous: the command has nothing to answer meanwhile, and for thousands of small files they are
  // several times faster than the thread pool. Each text is packed as soon as it is read, so the corpus is never held
  // as strings all at once.
  for (const [index, file] of discovery.files.entries()) {
    const content = await readGlossFile(file.path, { maxBytes: options.maxFileBytes, ops: SYNC_FILE_OPS });
    progress.update('reading', index + 1, discovery.files.length);
    if (content.kind === 'skipped') {
      found.push({ path: file.relativePath, uri: file.uri, skipped: content.reason, source: null, hostProblems: [] });
      continue;
    }
    const source = compactSource(file.uri, file.relativePath, content.utf8);
    found.push({ path: file.relativePath, uri: file.uri, skipped: null, source, hostProblems: withConfiguredSeverities(content.problems, config) });
  }
  // The files are put in report order before they are checked, so that each can be printed as soon as it is checked.
  found.sort(compareFiles);
  const sources = found.flatMap((file) => (file.source ? [file.source] : []));
  progress.update('checking', 0, sources.length);
  const run = await lint(sources, config);

  const all = noTotals();
  const shown = noTotals();
  let files = counting(fileReports(found, run.results, progress), all);
  if (options.quiet) files = map(files, errorsOnly);
  try {
    // The report is printed while the files are checked, so on a terminal it scrolls above the progress line.
    const out = io.stdoutIsTTY ? progress.writingAbove(io.stdout) : io.stdout;
    await writeChunks(out, formatReport({ root: io.cwd, files: counting(files, shown) }, options.format, context));
  } finally {
    progress.done();
    await run.finish();
  }
  if (options.format === 'json' || options.format === 'sarif') io.stderr.write(`${summaryLine(shown)}\n`);
  if (options.maxWarnings !== null && all.warnings > options.maxWarnings) {
    const exceeded = all.warnings === 1 ? '1 warning exceeds' : `${all.warnings} warnings exceed`;
    io.stderr.write(`gloss: ${exceeded} the limit of --max-warnings ${options.maxWarnings}\n`);
  }
  return exitCode(all, options.maxWarnings);
}

/** A file as found and read: a source to check, or the reason it was skipped, and the problems of reading it. */
interface Found {
  path: string;
  uri: string;
  skipped: string | null;
  source: SourceFile | null;
  hostProblems: Problem[];
}

/**
 * The report of each file in turn, in the order of `found`, taking the lint's result for each source as it comes to it,
 * so that the checks run as the report is printed; the progress line counts them.
 */
function* fileReports(found: readonly Found[], results: Iterable<LintResult>, progress: Progress): Generator<FileReport> {
  const pending = results[Symbol.iterator]();
  const total = found.filter((file) => file.source).length;
  let done = 0;
  for (const file of found) {
    if (!file.source) {
      yield { path: file.path, uri: file.uri, source: null, problems: [], skipped: file.skipped };
      continue;
    }
    const result = pending.next();
    if (result.done === true || result.value.uri !== file.uri) throw new Error(`the lint gave no result for ${file.uri} in its turn`);
    progress.update('checking', ++done, total);
    const problems = [...file.hostProblems, ...result.value.problems].sort(compareProblems);
    yield { path: file.path, uri: file.uri, source: file.source, problems, skipped: null };
  }
  // Taking the end of the results is what tells the lint that it has given them all, so it may keep its cache.
  if (pending.next().done !== true) throw new Error('the lint gave more results than there are files');
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * Formats a sorted report in the chosen format, in pieces to be written in order. The line formats come a file at a
 * time; JSON and SARIF, documents that are read whole anyway, in one piece. Pure.
 */
export function formatReport(report: CheckReport, format: CheckFormat, context: CommandContext): Iterable<string> {
  switch (format) {
    case 'pretty':
      return prettyReporter(report, { color: wantsColor(context.io) });
    case 'json':
      return [jsonReporter(report)];
    case 'sarif':
      return [sarifReporter(report, { version: context.version, specUrl: context.specUrl }, RULES)];
    case 'github':
      return githubReporter(report);
  }
}

/** 1 when there is an error or more warnings than allowed, else 0. Pure. */
export function exitCode(counts: Totals, maxWarnings: number | null): number {
  if (counts.errors > 0) return 1;
  if (maxWarnings !== null && counts.warnings > maxWarnings) return 1;
  return 0;
}

/** The `check` command, linting with the given Lint (the core's `check`, or a fake under test). */
export function checkCommand(lint: Lint): Command {
  return {
    name: 'check',
    summary: 'check Gloss files and report their problems',
    help: HELP,
    run: (args, context) => runCheck(args, context, lint),
  };
}
