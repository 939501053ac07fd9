import assert from 'node:assert/strict';
import { access, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { cachedLint } from '../../server/src/cli/checkCache.js';
import { main } from '../../server/src/cli/main.js';
import { defaultConfig } from '../../server/src/host/glossConfig.js';
import { withTree } from '../host/tempTree.js';
import { TEST_VERSION } from './corpusFixture.js';
import { memoryIo } from './memoryIo.js';

const REGISTRY = `---
id: registry
entities:
  khalaji:
    name: Sepehr Khalaji
    type: person
  fars:
    name: Fars News
    type: organization
sources:
  fars-2023-07-03:
    title: Khalaji on the computers
    publisher: fars
---
`;

const A = `---
id: a
title: The computers
outlet: fars
published: 2023-07-05
url: https://example.org/a
---

[Khalaji]{#khalaji} said [it was done]{.claim #said by=khalaji}.

He said [“Part of the hard drives and casings.”]{.quote #drives by=khalaji src=fars-2023-07-03}.
`;

const B = `---
id: b
entities:
  tehran:
    name: Tehran
---

[Khalaji]{#khalaj} said [“Part of the hard drives.”]{.quote same=a#drives src=fars-2023-07-03}.
`;

const C = `---
id: c
entities:
  tehran:
    name: Tehran City
---

A note on [Tehran]{#tehran}.
`;

const D = `Sepehr Khalaji spoke, says [the agency]{#fars-2023} [@fars-2023].
`;

const FILES = { 'registry.gloss.md': REGISTRY, 'a.gloss.md': A, 'b.gloss.md': B, 'c.gloss.md': C, 'd.gloss.md': D };

interface Run {
  code: number;
  out: string;
  err: string;
}

async function check(root: string, args: string[] = []): Promise<Run> {
  const io = memoryIo(root);
  const code = await main(['check', '--format', 'json', ...args], { version: TEST_VERSION, io });
  return { code, out: io.out(), err: io.err() };
}

/** A cache file as its lines: the header and one record per file. */
interface Records {
  header: unknown;
  records: unknown[][];
}

async function readRecords(root: string, name: string): Promise<Records> {
  const [header, ...records] = (await readFile(join(root, '.gloss-cache', name), 'utf8')).split('\n').map((line) => JSON.parse(line) as unknown);
  return { header, records: records as unknown[][] };
}

async function writeRecords(root: string, name: string, { header, records }: Records): Promise<void> {
  await writeFile(join(root, '.gloss-cache', name), [header, ...records].map((value) => JSON.stringify(value)).join('\n'));
}

/** The record of the file `name` in `records`. */
function recordOf(root: string, records: Records, name: string): unknown[] {
  const uri = pathToFileURL(join(root, name)).href;
  return records.records.find((record) => record[0] === uri) as unknown[];
}

/** Adds a made-up problem to the stored problems of `name`, so a test can tell whether its result was reused. */
async function plant(root: string, name: string): Promise<void> {
  const manifest = await readRecords(root, 'check.json');
  (recordOf(root, manifest, name)[3] as unknown[]).unshift({ code: 'malformed-span', message: 'Planted.', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
  await writeRecords(root, 'check.json', manifest);
}

function messagesOf(run: Run, path: string): string[] {
  const files = JSON.parse(run.out) as Array<{ path: string; problems: Array<{ message: string }> }>;
  return files.find((file) => file.path === path)?.problems.map((p) => p.message) ?? [];
}

function codesOf(run: Run): Array<[string, string[]]> {
  const files = JSON.parse(run.out) as Array<{ path: string; problems: Array<{ code: string }> }>;
  return files.map((file) => [file.path, file.problems.map((p) => p.code)]);
}

/** Runs the cached check, then the uncached one, and asserts that they print the same bytes; returns the cached run. */
async function assertSameAsUncached(root: string, step: string): Promise<Run> {
  const cached = await check(root);
  assert.deepEqual(cached, await check(root, ['--no-cache']), step);
  return cached;
}

async function edit(root: string, name: string, change: (text: string) => string): Promise<void> {
  await writeFile(join(root, name), change(await readFile(join(root, name), 'utf8')));
}

test('a second cached run prints byte-identical output, and matches a run without the cache', () =>
  withTree(FILES, async (root) => {
    const first = await check(root);
    assert.equal(first.code, 1);
    assert.deepEqual((await readdir(join(root, '.gloss-cache'))).sort(), ['check.json', 'index.json']);
    assert.equal((await readRecords(root, 'check.json')).records.length, 5);
    assert.equal((await readRecords(root, 'index.json')).records.length, 5);
    assert.deepEqual(await check(root), first);
    assert.deepEqual(await check(root, ['--no-cache']), first);
  }),
);

test('after every kind of edit the cached run prints exactly what a run without the cache prints', () =>
  withTree(FILES, async (root) => {
    const initial = await assertSameAsUncached(root, 'initial');
    // The corpus has a problem of each kind that points into, or depends on, another file.
    assert.deepEqual(codesOf(initial), [
      ['a.gloss.md', ['unsourced-claim']],
      ['b.gloss.md', ['missing-metadata', 'duplicate-id', 'unresolved-reference', 'quote-mismatch']],
      ['c.gloss.md', ['missing-metadata', 'duplicate-id']],
      ['d.gloss.md', ['missing-metadata', 'unlinked-mention', 'unresolved-reference', 'unresolved-reference']],
      ['registry.gloss.md', []],
    ]);
    const steps: Array<[string, string, (text: string) => string]> = [
      ['prose only', 'a.gloss.md', (t) => `${t}\nThe ministry did not answer.\n`],
      ['a line shift above a duplicated id', 'c.gloss.md', (t) => t.replace('id: c\n', 'id: c\n# a note\n# another\n')],
      ['a line shift above a linked quote', 'a.gloss.md', (t) => t.replace('---\n\n', '---\n\nFirst line.\n\nSecond line.\n\n')],
      ['the words of a linked quote', 'a.gloss.md', (t) => t.replace('and casings', 'and the casings')],
      ['a definition that resolves a reference', 'registry.gloss.md', (t) => t.replace('  fars:\n', '  khalaj:\n    name: K.\n  fars:\n')],
      ['a definition near an unresolved id', 'c.gloss.md', (t) => t.replace('entities:\n', 'sources:\n  fars-2024:\n    title: A report\nentities:\n')],
      ['a duplicate id', 'c.gloss.md', (t) => t.replace('entities:\n', 'entities:\n  khalaji:\n    name: Another Khalaji\n')],
      ['an entity name', 'registry.gloss.md', (t) => t.replace('Sepehr Khalaji', 'S. Khalaji')],
      ['a document id', 'a.gloss.md', (t) => t.replace('id: a\n', 'id: a2\n')],
      ['a removed file', 'c.gloss.md', () => ''],
    ];
    for (const [step, name, change] of steps) {
      if (step === 'a removed file') await rm(join(root, name));
      else await edit(root, name, change);
      await assertSameAsUncached(root, step);
    }
    await writeFile(join(root, 'e.gloss.md'), '---\nentities:\n  tehran:\n    name: Teheran\n---\n');
    await assertSameAsUncached(root, 'a new file');
  }),
);

test('a prose edit checks again the edited document and those that link to it, and reuses the others', () =>
  withTree(FILES, async (root) => {
    await check(root);
    for (const name of ['a.gloss.md', 'b.gloss.md', 'd.gloss.md']) await plant(root, name);
    await edit(root, 'a.gloss.md', (t) => `${t}\nThe ministry did not answer.\n`);
    const run = await check(root);
    assert.equal(messagesOf(run, 'a.gloss.md')[0], 'The claim “it was done” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.');
    assert.notEqual(messagesOf(run, 'b.gloss.md')[0], 'Planted.');
    assert.equal(messagesOf(run, 'd.gloss.md')[0], 'Planted.');
  }),
);

test('after an edit, the unchanged files enter the index through their stored summaries, without being parsed', () =>
  withTree(FILES, async (root) => {
    const before = await check(root);
    assert.ok(messagesOf(before, 'b.gloss.md').some((m) => m.startsWith('“khalaj” in a mention names nothing')));
    // Had c.gloss.md been parsed again, this definition, which its text does not hold, would not be in the index.
    const index = await readRecords(root, 'index.json');
    ((recordOf(root, index, 'c.gloss.md')[2] as unknown[])[4] as unknown[]).push('entity', 'khalaj', 3, 2, 3, 8);
    await writeRecords(root, 'index.json', index);
    await edit(root, 'b.gloss.md', (t) => `${t}\nMore words.\n`);
    assert.ok(!messagesOf(await check(root), 'b.gloss.md').some((m) => m.includes('“khalaj”')));
  }),
);

test('when nothing changed, the stored problems are printed without parsing', () =>
  withTree(FILES, async (root) => {
    await check(root);
    await plant(root, 'c.gloss.md');
    assert.equal(messagesOf(await check(root), 'c.gloss.md')[0], 'Planted.');
  }),
);

test('corrupt cache files are ignored and replaced', () =>
  withTree(FILES, async (root) => {
    const first = await check(root);
    await writeFile(join(root, '.gloss-cache', 'check.json'), '{"format": 2, "files": ');
    assert.deepEqual(await check(root), first);
    // Summaries of the wrong shape are not used: their files are parsed again.
    const index = await readRecords(root, 'index.json');
    for (const record of index.records) record[2] = ['x', 3];
    await writeRecords(root, 'index.json', index);
    await edit(root, 'c.gloss.md', (t) => t.replace('id: c\n', 'id: c\n# a note\n'));
    assert.deepEqual(await check(root), await check(root, ['--no-cache']));
    // Records that are not JSON, or not of the record's shape, are left out: their files count as changed.
    const manifest = (await readFile(join(root, '.gloss-cache', 'check.json'), 'utf8')).split('\n');
    await writeFile(join(root, '.gloss-cache', 'check.json'), [manifest[0], '[1, 2', '["file:///x", 1]', ...manifest.slice(3)].join('\n'));
    await edit(root, 'a.gloss.md', (t) => `${t}\nMore.\n`);
    assert.deepEqual(await check(root), await check(root, ['--no-cache']));
    await writeFile(join(root, '.gloss-cache', 'check.json'), JSON.stringify({ format: 5, version: TEST_VERSION, key: 'x' }));
    assert.deepEqual(await check(root), await check(root, ['--no-cache']));
  }),
);

test('the folders of earlier cache layouts are removed on the next run', () =>
  withTree(FILES, async (root) => {
    for (const folder of ['docs', 'results', 'facts']) {
      await mkdir(join(root, '.gloss-cache', folder), { recursive: true });
      await writeFile(join(root, '.gloss-cache', folder, 'x.json'), '{}');
    }
    await check(root);
    assert.deepEqual((await readdir(join(root, '.gloss-cache'))).sort(), ['check.json', 'index.json']);
  }),
);

test('--no-cache neither reads nor writes the cache folder', () =>
  withTree(FILES, async (root) => {
    assert.equal((await check(root, ['--no-cache'])).code, 1);
    await assert.rejects(access(join(root, '.gloss-cache')), { code: 'ENOENT' });
  }),
);

test('gloss check --help and gloss help check both list --no-cache and the parse budget', async () => {
  const viaOption = memoryIo(process.cwd());
  assert.equal(await main(['check', '--help'], { version: TEST_VERSION, io: viaOption }), 0);
  const viaHelp = memoryIo(process.cwd());
  assert.equal(await main(['help', 'check'], { version: TEST_VERSION, io: viaHelp }), 0);
  assert.equal(viaOption.out(), viaHelp.out());
  assert.match(viaOption.out(), /\n {2}--no-cache {13}neither read nor write the cache in \.gloss-cache\/\n {2}-h, --help/);
  assert.match(viaOption.out(), /\n\nA file whose parse takes longer than GLOSS_PARSE_BUDGET_MS \(default 2000\) milliseconds\nis checked for its front matter only, with an analysis-limit note\.\n\nExit status:/);
});

test('changing the rule configuration changes the cached result', () =>
  withTree({ 'a.gloss.md': A, 'gloss.json': '{ "rules": { "missing-metadata": "off" } }\n' }, async (root) => {
    assert.equal((await check(root)).code, 1);
    await writeFile(join(root, 'gloss.json'), '{ "rules": { "unresolved-reference": "off", "unsourced-claim": "off", "unused-definition": "off" } }\n');
    assert.deepEqual(await check(root), {
      code: 0,
      out: '[\n  {\n    "path": "a.gloss.md",\n    "skipped": null,\n    "problems": []\n  }\n]\n',
      err: '1 file checked, 0 errors, 0 warnings, 0 infos/hints, 0 skipped\n',
    });
  }),
);

test('a run stopped before its last result keeps the cache of the run before, and leaves no temporary file', () =>
  withTree(FILES, async (root) => {
    await check(root);
    const before = await readFile(join(root, '.gloss-cache', 'check.json'), 'utf8');
    await edit(root, 'a.gloss.md', (t) => `${t}\nThe ministry did not answer.\n`);
    const files = await Promise.all(
      Object.keys(FILES)
        .sort()
        .map(async (name) => ({ uri: pathToFileURL(join(root, name)).href, relativePath: name, text: await readFile(join(root, name), 'utf8') })),
    );
    const lint = cachedLint(join(root, '.gloss-cache'), TEST_VERSION, { workerScript: null, budgetMs: 2000, log: () => undefined });
    const run = await lint(files, defaultConfig());
    const first = run.results[Symbol.iterator]().next();
    assert.equal(first.done, false);
    await run.finish();
    assert.equal(await readFile(join(root, '.gloss-cache', 'check.json'), 'utf8'), before);
    assert.deepEqual((await readdir(join(root, '.gloss-cache'))).sort(), ['check.json', 'index.json']);
  }),
);
