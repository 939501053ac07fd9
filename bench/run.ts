/**
 * `npm run bench`: generates the corpora, measures Gloss and its peers side by side on each, prints the tables
 * and writes `.bench/results.json`.
 * Options: `--sizes 1000,10000` (the default), `--seed N`, `--samples N` (requests timed per kind, default 1000).
 */
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generateCorpus.js';
import { runMeasurement, runTool, whyNotRunnable } from './processRun.js';
import { renderReport } from './report.js';
import { CHECK_ONE_CHANGED, CHECK_UNCHANGED, type BenchResults, type GlossResult, type PeerResult, type SizeResults } from './results.js';
import type { GlossOptions } from './measure/glossEngine.js';
import { writeCorpus } from './writeCorpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = join(ROOT, '.bench');
/** Keystrokes typed into each long document: enough for a p99 that is not just the maximum. */
const KEYSTROKES = { 'keystroke-5k.gloss.md': 200, 'keystroke-100k.gloss.md': 30 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    samples: { type: 'string', default: '1000' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const seed = Number(values.seed);
const samples = Number(values.samples);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(seed) || !Number.isInteger(samples) || samples < 1) {
  process.stderr.write('Usage: npm run bench -- [--sizes 1000,10000] [--seed N] [--samples N]; sizes are whole numbers of at least 2.\n');
  process.exit(2);
}

mkdirSync(OUTPUT, { recursive: true });
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, platform: process.platform },
  seed,
  sizes: [],
};
for (const documents of sizes) {
  results.sizes.push(await measureSize(documents));
  // Written after every size, so that a long run interrupted at 10,000 documents keeps what it measured.
  writeFileSync(join(OUTPUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
process.stdout.write(`\n${renderReport(results)}\n\nWrote ${join(OUTPUT, 'results.json')}\n`);

async function measureSize(documents: number): Promise<SizeResults> {
  const step = (what: string) => process.stderr.write(`[${documents}] ${what}\n`);
  step('generating the corpus');
  const disk = writeCorpus(OUTPUT, documents, seed);
  step('Gloss: cold index, requests, keystrokes, refresh');
  const glossOptions: GlossOptions = { corpus: disk.corpus, keystroke: disk.keystroke, hubId: disk.hubId, samples, keystrokes: KEYSTROKES, seed };
  const gloss = await runMeasurement<GlossResult>('glossEngine', glossOptions);
  step('Gloss with summaries kept instead of Docs');
  const glossSummaries = await runMeasurement<GlossResult>('glossEngine', { ...glossOptions, summariesOnly: true });
  step('remark-parse floor');
  const remarkParse = await runMeasurement<PeerResult>('remarkParse', { corpus: disk.corpus });
  step('vscode-markdown-languageservice');
  const markdownService = await runMeasurement<PeerResult>('markdownService', { corpus: disk.corpus, samples, seed });
  const cli: SizeResults['cli'] = {};
  const glossBin = join(ROOT, 'server/bin/gloss.cjs');
  const glossMissing = await whyNotRunnable(glossBin);
  if (glossMissing === null) {
    step('gloss check');
    cli['gloss check'] = await runTool('gloss', glossBin, ['check', '.'], disk.corpus);
  } else {
    step(`gloss check skipped: ${glossMissing}`);
    cli['gloss check'] = { skipped: glossMissing };
  }
  step('markdownlint-cli2');
  cli['markdownlint-cli2'] = await runTool('markdownlint-cli2', join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), ['**/*.md'], disk.corpus);
  step('remark-cli');
  cli['remark-cli'] = await runTool('remark', join(ROOT, 'node_modules/remark-cli/cli.js'), ['.', '--quiet', '--no-stdout'], disk.corpus);
  if (glossMissing === null) {
    // The first run wrote the check cache; these two measure it.
    step('gloss check again, nothing changed');
    cli[CHECK_UNCHANGED] = await runTool('gloss', glossBin, ['check', '.'], disk.corpus);
    const article = join(disk.corpus, 'articles', readdirSync(join(disk.corpus, 'articles')).sort()[0] as string);
    appendFileSync(article, '\nOne more sentence, added between two runs.\n');
    step('gloss check again, one article changed');
    cli[CHECK_ONE_CHANGED] = await runTool('gloss', glossBin, ['check', '.'], disk.corpus);
  }
  return { documents, corpusBytes: disk.bytes, gloss, glossSummaries, remarkParse, markdownService, cli };
}
