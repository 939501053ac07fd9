/**
 * Turns benchmark results into the tables that `npm run bench` prints and `docs/performance.md` quotes:
 * Gloss beside each peer, and the ratio Gloss / peer (below 1 means Gloss is faster or smaller).
 */
import { CHECK_ONE_CHANGED, CHECK_UNCHANGED, type BenchResults, type SizeResults } from './results.js';
import type { Summary } from './stats.js';

const MB = 1024 * 1024;

/** One goal of issues 3 and 5 and whether this run met it. */
export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean | null;
}

/** The printed report: one table per corpus size, then the goals. */
export function renderReport(results: BenchResults): string {
  const parts = [`Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${Math.round(results.machine.memoryBytes / MB / 1024)} GB, Node ${results.machine.node}`];
  for (const size of results.sizes) parts.push(renderSize(size));
  parts.push(table(['goal', 'measured', 'met'], evaluateGoals(results).map((g) => [g.goal, g.measured, g.met === null ? 'not measured' : g.met ? 'yes' : 'NO'])));
  return parts.join('\n\n');
}

function renderSize(size: SizeResults): string {
  const { gloss, remarkParse, markdownService: mls } = size;
  const rows: string[][] = [
    ['cold index (ms)', ms(gloss.coldIndexMs), ms(remarkParse.coldIndexMs), ms(mls.coldIndexMs), ratio(gloss.coldIndexMs, remarkParse.coldIndexMs), ratio(gloss.coldIndexMs, mls.coldIndexMs)],
    ['second start from stored summaries (ms)', typeof gloss.secondStartMs === 'number' ? ms(gloss.secondStartMs) : 'not measured', '', '', '', ''],
    ['check of every document after the cold index (ms)', typeof gloss.checkAllMs === 'number' ? ms(gloss.checkAllMs) : 'not measured', '', '', '', ''],
    ['peak RSS (MB)', mb(gloss.memory.peakRss), mb(remarkParse.memory.peakRss), mb(mls.memory.peakRss), ratio(gloss.memory.peakRss, remarkParse.memory.peakRss), ratio(gloss.memory.peakRss, mls.memory.peakRss)],
    ['retained heap (MB)', mb(gloss.memory.retainedHeap), mb(remarkParse.memory.retainedHeap), mb(mls.memory.retainedHeap), ratio(gloss.memory.retainedHeap, remarkParse.memory.retainedHeap), ratio(gloss.memory.retainedHeap, mls.memory.retainedHeap)],
    ['definition p50 / p99 (ms)', pair(gloss.definition), '', pair(mls.definition), '', ratio(gloss.definition.p99, mls.definition?.p99)],
    ['references p50 / p99 (ms)', pair(gloss.references), '', pair(mls.references), '', ratio(gloss.references.p99, mls.references?.p99)],
    ['hover p50 / p99 (ms)', pair(gloss.hover), '', '', '', ''],
    ...Object.entries(gloss.keystroke).map(([name, s]) => [`keystroke ${name} (${Math.round(s.bytes / 1000)} KB) p50 / p99 (ms)`, pair(s), '', '', '', '']),
    [`refresh after editing a definition (${gloss.refresh.referencingDocuments} docs), worst of ${gloss.refresh.runs.length} (ms)`, ms(Math.max(...gloss.refresh.runs)), '', '', '', ''],
  ];
  const engine = table(['measure', 'Gloss', 'remark-parse', 'md-languageservice', 'Gloss / remark', 'Gloss / md-ls'], rows);
  const summaries = size.glossSummaries ? `\n\n${summariesTable(size.glossSummaries, mls)}` : '';
  const check = size.cli['gloss check'];
  const tools = Object.entries(size.cli).map(([name, run]) => {
    if ('skipped' in run) return [name, 'skipped', '', '', run.skipped];
    const glossRun = check && !('skipped' in check) ? check : null;
    const peer = glossRun && run !== glossRun && name !== CHECK_UNCHANGED && name !== CHECK_ONE_CHANGED;
    return [name, ms(run.wallMs), mb(run.peakRss), String(run.exitCode), glossRun && peer ? `time ${ratio(glossRun.wallMs, run.wallMs)}, memory ${ratio(glossRun.peakRss, run.peakRss)}` : ''];
  });
  const cli = table(['command line', 'wall (ms)', 'peak RSS (MB)', 'exit', 'gloss check / tool'], tools);
  return `${size.documents} documents (${mb(size.corpusBytes)} MB), ${gloss.parseProblems} parse problems\n\n${engine}${summaries}\n\n${cli}`;
}

/** The engine holding summaries and parsing Docs again on demand, as `gloss check` does, beside md-languageservice. */
function summariesTable(lazy: SizeResults['gloss'], mls: SizeResults['markdownService']): string {
  const rows: string[][] = [
    ['cold index (ms)', ms(lazy.coldIndexMs), ms(mls.coldIndexMs), ratio(lazy.coldIndexMs, mls.coldIndexMs)],
    ['peak RSS (MB)', mb(lazy.memory.peakRss), mb(mls.memory.peakRss), ratio(lazy.memory.peakRss, mls.memory.peakRss)],
    ['retained heap (MB)', mb(lazy.memory.retainedHeap), mb(mls.memory.retainedHeap), ratio(lazy.memory.retainedHeap, mls.memory.retainedHeap)],
    ['definition p50 / p99 (ms)', pair(lazy.definition), pair(mls.definition), ratio(lazy.definition.p99, mls.definition?.p99)],
    ['references p50 / p99 (ms)', pair(lazy.references), pair(mls.references), ratio(lazy.references.p99, mls.references?.p99)],
    ['hover p50 / p99 (ms)', pair(lazy.hover), '', ''],
    [`refresh after editing a definition (${lazy.refresh.referencingDocuments} docs), worst of ${lazy.refresh.runs.length} (ms)`, ms(Math.max(...lazy.refresh.runs)), '', ''],
  ];
  return table(['summaries kept, Docs parsed on demand', 'Gloss', 'md-languageservice', 'Gloss / md-ls'], rows);
}

/** Checks each measurable goal of issues 3 and 5 on the largest corpus of the run. */
export function evaluateGoals(results: BenchResults): GoalCheck[] {
  const size = results.sizes[results.sizes.length - 1];
  if (!size) return [];
  const { gloss, markdownService: mls } = size;
  const n = `${size.documents} docs`;
  const keystroke = (name: string, limit: number): GoalCheck => {
    const s = gloss.keystroke[name];
    return { goal: `keystroke on ${name} re-analysed < ${limit} ms (p99)`, measured: s ? `${ms(s.p99)} ms` : 'missing', met: s ? s.p99 < limit : null };
  };
  const refresh = Math.max(...gloss.refresh.runs);
  const check = size.cli['gloss check'];
  const lint = size.cli['markdownlint-cli2'];
  const cliGoals: GoalCheck[] =
    check && lint && !('skipped' in check) && !('skipped' in lint)
      ? [
          { goal: `gloss check < ½ markdownlint-cli2 time (${n})`, measured: `${ms(check.wallMs)} vs ${ms(lint.wallMs)} ms (${ratio(check.wallMs, lint.wallMs)})`, met: check.wallMs < lint.wallMs / 2 },
          { goal: `gloss check peak memory < markdownlint-cli2 (${n})`, measured: `${mb(check.peakRss)} vs ${mb(lint.peakRss)} MB (${ratio(check.peakRss, lint.peakRss)})`, met: check.peakRss < lint.peakRss },
        ]
      : [{ goal: 'gloss check < ½ markdownlint-cli2 time and under its memory', measured: 'gloss check not run', met: null }];
  return [
    { goal: `cold index faster than md-languageservice (${n})`, measured: `${ms(gloss.coldIndexMs)} vs ${ms(mls.coldIndexMs)} ms (${ratio(gloss.coldIndexMs, mls.coldIndexMs)})`, met: gloss.coldIndexMs < mls.coldIndexMs },
    secondStartGoal(gloss),
    { goal: `peak memory < ½ md-languageservice (${n})`, measured: `${mb(gloss.memory.peakRss)} vs ${mb(mls.memory.peakRss)} MB (${ratio(gloss.memory.peakRss, mls.memory.peakRss)})`, met: gloss.memory.peakRss < mls.memory.peakRss / 2 },
    { goal: `hover p99 < 5 ms (${n})`, measured: `${ms(gloss.hover.p99)} ms`, met: gloss.hover.p99 < 5 },
    { goal: `definition p99 < 5 ms (${n})`, measured: `${ms(gloss.definition.p99)} ms`, met: gloss.definition.p99 < 5 },
    keystroke('keystroke-5k', 20),
    keystroke('keystroke-100k', 150),
    {
      goal: `diagnostics of ${gloss.refresh.referencingDocuments} referencing docs refreshed < 1 s`,
      measured: `${ms(refresh)} ms`,
      met: refresh < 1000,
    },
    ...cliGoals,
    againGoal(size.cli[CHECK_ONE_CHANGED]),
  ];
}

/** A plain-text table with columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** `a / b` to two decimals, or empty when either side is missing. */
export function ratio(a: number | null | undefined, b: number | null | undefined): string {
  return a == null || b == null || b === 0 ? '' : `${(a / b).toFixed(2)}×`;
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
}

function mb(bytes: number | null): string {
  return bytes === null ? '' : (bytes / MB).toFixed(0);
}

function pair(summary: Summary | undefined): string {
  return summary ? `${ms(summary.p50)} / ${ms(summary.p99)}` : '';
}

/** The second start, from summaries stored after the first; runs before it existed stored none, so it was a cold index. */
function secondStartGoal(gloss: SizeResults['gloss']): GoalCheck {
  const goal = 'second start on an unchanged corpus < 2 s';
  if (typeof gloss.secondStartMs !== 'number') return { goal, measured: `no stored summaries: a second start is a cold index, ${ms(gloss.coldIndexMs)} ms`, met: gloss.coldIndexMs < 2000 };
  return { goal, measured: `${ms(gloss.secondStartMs)} ms (read, hash, stored summaries, index)`, met: gloss.secondStartMs < 2000 };
}

/** The goal for `gloss check` after one change, from the third run of the benchmark. */
function againGoal(run: SizeResults['cli'][string] | undefined): GoalCheck {
  const goal = 'gloss check again after changing one file < 3 s';
  if (!run || 'skipped' in run) return { goal, measured: 'not run', met: null };
  return { goal, measured: `${ms(run.wallMs)} ms`, met: run.wallMs < 3000 };
}
