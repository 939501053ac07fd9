import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../server/src/cli/main.js';
import { CORPUS, TEST_VERSION } from './corpusFixture.js';
import { memoryIo } from './memoryIo.js';

async function stats(args: string[], cwd = CORPUS): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await main(['stats', ...args], { version: TEST_VERSION, io });
  return { code, out: io.out(), err: io.err() };
}

test('gloss stats prints aligned tables per document and per outlet', async () => {
  assert.deepEqual(await stats([]), {
    code: 0,
    err: '',
    out: [
      'Documents',
      'document  outlet  mentions  entities  claims  quotes  sourced  ratio  unresolved',
      'daily-1   daily          2         2       1       1        2   1.00           1',
      'weekly-1  weekly         1         1       1       0        0   0.00           1',
      '',
      'Outlets',
      'outlet  name             documents  mentions  entities  claims  quotes  sourced  ratio  unresolved',
      'daily   The Daily, Inc.          1         2         2       1       1        2   1.00           1',
      'weekly                           1         1         1       1       0        0   0.00           1',
      '',
    ].join('\n'),
  });
});

test('gloss stats --format csv quotes fields with commas and ends lines with CRLF', async () => {
  assert.deepEqual(await stats(['--format', 'csv']), {
    code: 0,
    err: '',
    out: [
      'level,id,path,outlet,name,documents,mentions,entities,claims,quotes,sourced,ratio,unresolved',
      'document,daily-1,daily-1.gloss.md,daily,,1,2,2,1,1,2,1,1',
      'document,weekly-1,weekly-1.gloss.md,weekly,,1,1,1,1,0,0,0,1',
      'outlet,daily,,daily,"The Daily, Inc.",1,2,2,1,1,2,1,1',
      'outlet,weekly,,weekly,,1,1,1,1,0,0,0,1',
      '',
    ].join('\r\n'),
  });
});

test('gloss stats --format json gives fixed keys, counts and ratios', async () => {
  const result = await stats(['--format', 'json']);
  assert.equal(result.code, 0);
  const counts = { mentions: 1, entities: 1, claims: 1, quotes: 0, sourced: 0, sourcedRatio: 0, unresolved: 1 };
  assert.deepEqual(JSON.parse(result.out), {
    documents: [
      { path: 'daily-1.gloss.md', document: 'daily-1', outlet: 'daily', mentions: 2, entities: 2, claims: 1, quotes: 1, sourced: 2, sourcedRatio: 1, unresolved: 1 },
      { path: 'weekly-1.gloss.md', document: 'weekly-1', outlet: 'weekly', ...counts },
    ],
    outlets: [
      { outlet: 'daily', name: 'The Daily, Inc.', documents: 1, mentions: 2, entities: 2, claims: 1, quotes: 1, sourced: 2, sourcedRatio: 1, unresolved: 1 },
      { outlet: 'weekly', name: null, documents: 1, ...counts },
    ],
  });
  assert.equal(result.out, `${JSON.stringify(JSON.parse(result.out), null, 2)}\n`);
});

test('gloss stats gives the same bytes on a second run', async () => {
  for (const format of ['table', 'json', 'csv']) assert.equal((await stats(['--format', format])).out, (await stats(['--format', format])).out);
});

test('gloss stats counts one path alone, with what that file sees', async () => {
  const result = await stats(['--format', 'csv', 'weekly-1.gloss.md']);
  assert.equal(result.out.split('\r\n')[1], 'document,weekly-1,weekly-1.gloss.md,weekly,,1,1,1,1,0,0,0,2');
});

test('gloss stats rejects an unknown format, a missing file and an unknown option with exit 2', async () => {
  assert.deepEqual(await stats(['--format', 'xml']), { code: 2, out: '', err: "gloss: unknown format 'xml'; use one of table, json, csv\n" });
  assert.deepEqual(await stats(['gone.gloss.md']), { code: 2, out: '', err: "gloss: cannot read 'gone.gloss.md': no such file\n" });
  assert.deepEqual(await stats(['--fast']), { code: 2, out: '', err: "gloss: unknown option '--fast' for 'gloss stats'; see 'gloss stats --help'\n" });
});

test('gloss stats --help describes the command', async () => {
  const result = await stats(['--help']);
  assert.equal(result.code, 0);
  assert.match(result.out, /^Usage: gloss stats \[options\] \[paths…\]\n/);
});
