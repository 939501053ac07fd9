/**
 * A fixed check report for the reporters' golden tests.
 */
import type { CheckReport, FileReport } from '../../server/src/cli/report/checkReport.js';
import type { RuleInfo } from '../../server/src/cli/report/sarifReporter.js';

/** The root the sample pretends to have been checked in. */
export const SAMPLE_ROOT = '/work/corpus';

/** Two checked files with problems (one with a related location in the other), a clean file and a skipped file. */
export const SAMPLE: CheckReport & { files: FileReport[] } = {
  root: SAMPLE_ROOT,
  files: [
    {
      path: 'articles/a,b.gloss.md',
      uri: 'file:///work/corpus/articles/a,b.gloss.md',
      source: { text: '---\ntitle: T\n---\n😀 [Tehran]{.claim}\tsaid: "100%".\n' },
      problems: [
        {
          code: 'unsourced-claim',
          severity: 'warning',
          message: 'The claim has no source.\nAdd src=.',
          range: { start: { line: 3, character: 3 }, end: { line: 3, character: 19 } },
        },
        {
          code: 'duplicate-id',
          severity: 'error',
          message: 'The id “t” is defined twice: 100% sure.',
          range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
          related: [{ uri: 'file:///work/corpus/registry.gloss.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'Also defined here.' }],
        },
      ],
      skipped: null,
    },
    { path: 'clean.gloss.md', uri: 'file:///work/corpus/clean.gloss.md', source: { text: 'fine\n' }, problems: [], skipped: null },
    { path: 'image.gloss.md', uri: '', source: null, problems: [], skipped: 'a PNG image, not text' },
    {
      path: 'registry.gloss.md',
      uri: 'file:///work/corpus/registry.gloss.md',
      source: { text: 'abc\n' },
      problems: [{ code: 'unused-definition', severity: 'hint', message: 'Nothing uses “abc”.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } }],
      skipped: null,
    },
  ],
};

/** A small rule list, so the SARIF golden text does not change when the core's rule docs do. */
export const SAMPLE_RULES: RuleInfo[] = [
  { code: 'unsourced-claim', defaultSeverity: 'warning', description: 'A claim without a source.' },
  { code: 'duplicate-id', defaultSeverity: 'error', description: 'One id defined twice.' },
  { code: 'unused-definition', defaultSeverity: 'hint', description: 'A definition nothing uses.' },
];
