import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { makeTree, removeTree } from '../host/tempTree.js';
import { lineRange } from '../ranges.js';

const ENTRY = fileURLToPath(new URL('../../server/src/cli/entry.js', import.meta.url));

/** A list marker run: remark takes tens of seconds on these 4.5 KB, far beyond the budget the test sets. */
const SLOW_BODY = `${'- '.repeat(1500)}x${'\n'.repeat(1500)}`;

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('a file that parses too slowly gets an analysis-limit problem, keeps its front matter, and the run finishes', async () => {
  const root = await makeTree({
    'gloss.json': '{ "rules": { "missing-metadata": "off" } }\n',
    'good.gloss.md': '[Khalaji]{#khalaji} met [Nobody]{#nobody}.\n',
    'slow.gloss.md': `---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n---\n${SLOW_BODY}`,
  });
  try {
    for (const [index, cache] of [['--no-cache'], [], []].entries()) {
      const run = spawnSync(process.execPath, [ENTRY, 'check', '--format', 'json', ...cache], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', GLOSS_PARSE_BUDGET_MS: '300' },
      });
      assert.equal(run.status, 1, run.stderr);
      const files = JSON.parse(run.stdout) as Array<{ path: string; problems: Array<{ code: string; severity: string; message: string; range: unknown }> }>;
      assert.deepEqual(
        files.map((file) => [file.path, file.problems.map((p) => [p.code, p.severity, p.message.slice(0, 60)])]),
        [
          ['good.gloss.md', [['unresolved-reference', 'error', '“nobody” in a mention names nothing: no entity, source or do']]],
          ['slow.gloss.md', [['analysis-limit', 'info', 'Gloss stopped analysing this file because parsing it took lo']]],
        ],
      );
      assert.deepEqual(files[1]?.problems[0], {
        code: 'analysis-limit',
        severity: 'info',
        message:
          'Gloss stopped analysing this file because parsing it took longer than its 300 ms budget; only its front matter was read, so its spans and citations are not checked. Very deep nesting or long runs of Markdown markers make parsing slow: simplify or split the file.',
        range: ORIGIN,
        related: [],
      });
      // The third run takes every result from the cache, so nothing is parsed and no child is stopped.
      const stopped = `gloss: Parsing ${pathToFileURL(join(root, 'slow.gloss.md')).href} took longer than its 300 ms budget; the child was stopped and only the front matter was read.\n`;
      assert.equal(run.stderr, `${index < 2 ? stopped : ''}2 files checked, 1 error, 0 warnings, 1 infos/hints, 0 skipped\n`);
    }
  } finally {
    await removeTree(root);
  }
});

test('a large annotated article, parsed in a child, gets the problems and ranges of a small one parsed in process', async () => {
  // The large article is over parseRisk's SIZE_LIMIT, so the pool parses it in a child and sends its Doc back over IPC.
  // Its filler is one line, so every annotation sits at the same position as in the small article.
  const article = (filler: string) => `[Khalaji]{#khalaji} spoke.\n\n${filler}\n\n[The drives arrived]{.claim #arrived by=khalaji} [@nowhere].\n`;
  const root = await makeTree({
    'gloss.json': '{ "rules": { "missing-metadata": "off" } }\n',
    'registry.gloss.md': '---\nentities:\n  khalaji: Sepehr Khalaji\n---\n',
    'large.gloss.md': article('Filler prose. '.repeat(20_000)),
    'small.gloss.md': article('Filler prose.'),
  });
  try {
    const run = spawnSync(process.execPath, [ENTRY, 'check', '--format', 'json', '--no-cache'], { cwd: root, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    assert.equal(run.status, 1, run.stderr);
    const files = JSON.parse(run.stdout) as Array<{ path: string; problems: Array<{ code: string; range: unknown }> }>;
    const problems = [
      ['unsourced-claim', lineRange(4, 1, 19)],
      ['unresolved-reference', lineRange(4, 51, 58)],
    ];
    assert.deepEqual(
      files.map((file) => [file.path, file.problems.map((p) => [p.code, p.range])]),
      [
        ['large.gloss.md', problems],
        ['registry.gloss.md', []],
        ['small.gloss.md', problems],
      ],
    );
  } finally {
    await removeTree(root);
  }
});
