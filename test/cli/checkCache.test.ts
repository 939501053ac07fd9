import assert from 'node:assert/strict';
import { access, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../server/src/cli/main.js';
import { makeTree, removeTree } from '../host/tempTree.js';
import { TEST_VERSION } from './corpusFixture.js';
import { memoryIo } from './memoryIo.js';

const FILES = {
  'gloss.json': '{ "rules": { "missing-metadata": "off" } }\n',
  'a.gloss.md': '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n---\n\n[Khalaji]{#khalaji} said [it]{.claim #said}.\n',
  'b.gloss.md': '[Khalaji]{#khalaji} met [Nobody]{#nobody}.\n',
};

async function check(root: string, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(root);
  const code = await main(['check', '--format', 'json', ...args], { version: TEST_VERSION, io });
  return { code, out: io.out(), err: io.err() };
}

async function cacheFiles(root: string, folder: 'docs' | 'results'): Promise<string[]> {
  return (await readdir(join(root, '.gloss-cache', folder))).sort();
}

test('a second cached run prints byte-identical output, and matches a run without the cache', async () => {
  const root = await makeTree(FILES);
  try {
    const first = await check(root);
    assert.equal(first.code, 1);
    assert.equal((await cacheFiles(root, 'docs')).length, 2);
    assert.equal((await cacheFiles(root, 'results')).length, 1);
    assert.deepEqual(await check(root), first);
    assert.deepEqual(await check(root, ['--no-cache']), first);
  } finally {
    await removeTree(root);
  }
});

test('parsed documents come from the cache: a planted problem in a cached Doc is reported', async () => {
  const root = await makeTree(FILES);
  try {
    await check(root);
    for (const name of await cacheFiles(root, 'results')) await writeFile(join(root, '.gloss-cache', 'results', name), '');
    for (const name of await cacheFiles(root, 'docs')) {
      const path = join(root, '.gloss-cache', 'docs', name);
      const doc = JSON.parse(await readFile(path, 'utf8')) as { uri: string; problems: unknown[] };
      if (!doc.uri.endsWith('/a.gloss.md')) continue;
      doc.problems.push({ code: 'malformed-span', severity: 'error', message: 'Planted.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
      await writeFile(path, JSON.stringify(doc));
    }
    const planted = (JSON.parse((await check(root)).out) as Array<{ path: string; problems: Array<{ message: string }> }>).find((file) => file.path === 'a.gloss.md');
    assert.deepEqual(planted?.problems.map((p) => p.message.slice(0, 9)), ['Planted.', 'The claim']);
  } finally {
    await removeTree(root);
  }
});

test('corrupt cache files are ignored and replaced', async () => {
  const root = await makeTree(FILES);
  try {
    const first = await check(root);
    for (const folder of ['docs', 'results'] as const) {
      for (const name of await cacheFiles(root, folder)) await writeFile(join(root, '.gloss-cache', folder, name), folder === 'docs' ? '{"uri": 3' : '[{"uri": "x"}]');
    }
    assert.deepEqual(await check(root), first);
    assert.deepEqual(await check(root), first);
  } finally {
    await removeTree(root);
  }
});

test('changing one file changes its result and parses only that file again', async () => {
  const root = await makeTree(FILES);
  try {
    const first = JSON.parse((await check(root)).out) as Array<{ path: string; problems: Array<{ code: string }> }>;
    assert.deepEqual(first.map((file) => [file.path, file.problems.map((p) => p.code)]), [
      ['a.gloss.md', ['unsourced-claim']],
      ['b.gloss.md', ['unresolved-reference']],
    ]);
    const before = await cacheFiles(root, 'docs');
    await writeFile(join(root, 'b.gloss.md'), '[Khalaji]{#khalaji} met nobody.\n');
    const second = JSON.parse((await check(root)).out) as Array<{ path: string; problems: Array<{ code: string }> }>;
    assert.deepEqual(second.map((file) => [file.path, file.problems.map((p) => p.code)]), [
      ['a.gloss.md', ['unsourced-claim']],
      ['b.gloss.md', []],
    ]);
    const after = await cacheFiles(root, 'docs');
    assert.equal(after.length, 3);
    assert.deepEqual(after.filter((name) => before.includes(name)), before);
    assert.equal((await cacheFiles(root, 'results')).length, 1);
  } finally {
    await removeTree(root);
  }
});

test('--no-cache neither reads nor writes the cache folder', async () => {
  const root = await makeTree(FILES);
  try {
    assert.equal((await check(root, ['--no-cache'])).code, 1);
    await assert.rejects(access(join(root, '.gloss-cache')), { code: 'ENOENT' });
  } finally {
    await removeTree(root);
  }
});

test('gloss check --help and gloss help check both list --no-cache', async () => {
  const viaOption = memoryIo(process.cwd());
  assert.equal(await main(['check', '--help'], { version: TEST_VERSION, io: viaOption }), 0);
  const viaHelp = memoryIo(process.cwd());
  assert.equal(await main(['help', 'check'], { version: TEST_VERSION, io: viaHelp }), 0);
  assert.equal(viaOption.out(), viaHelp.out());
  assert.match(viaOption.out(), /\n {2}--no-cache {13}neither read nor write the cache in \.gloss-cache\/\n {2}-h, --help/);
});

test('changing the rule configuration changes the cached result', async () => {
  const root = await makeTree(FILES);
  try {
    assert.equal((await check(root)).code, 1);
    await writeFile(join(root, 'gloss.json'), '{ "rules": { "missing-metadata": "off", "unresolved-reference": "off", "unsourced-claim": "off" } }\n');
    assert.deepEqual(await check(root), { code: 0, out: '[\n  {\n    "path": "a.gloss.md",\n    "skipped": null,\n    "problems": []\n  },\n  {\n    "path": "b.gloss.md",\n    "skipped": null,\n    "problems": []\n  }\n]\n', err: '2 files checked, 0 errors, 0 warnings, 0 infos/hints, 0 skipped\n' });
  } finally {
    await removeTree(root);
  }
});
