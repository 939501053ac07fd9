import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCommand } from '../../server/src/cli/renderCommand.js';
import { UsageError } from '../../server/src/cli/usageError.js';
import { memoryIo } from '../cli/memoryIo.js';

const CSS = 'body{color:red}';
const command = renderCommand(async () => CSS);
const context = (cwd: string) => ({ io: memoryIo(cwd), version: '0.0.0', specUrl: null });

async function samplesCopy(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'gloss-render-'));
  for (const name of ['asianews-2023-07-05', 'cdm-2023-07-03', 'registry']) {
    await cp(new URL(`../../../samples/${name}.gloss.md`, import.meta.url), join(folder, `${name}.gloss.md`));
  }
  return folder;
}

test('gloss render writes one page per named file and an index, resolving against the corpus around them', async () => {
  const folder = await samplesCopy();
  try {
    const run = context(folder);
    const code = await command.run(['asianews-2023-07-05.gloss.md', '-o', 'site'], run);
    assert.equal(code, 0);
    assert.equal(run.io.out(), 'site/asianews-2023-07-05.html\nsite/index.html\n');
    assert.deepEqual((await readdir(join(folder, 'site'))).sort(), ['asianews-2023-07-05.html', 'index.html']);
    const page = await readFile(join(folder, 'site', 'asianews-2023-07-05.html'), 'utf8');
    assert.ok(page.includes(`<style>${CSS}</style>`));
    // khalaji is defined in registry.gloss.md, which was not named but is part of the corpus.
    assert.ok(page.includes('<span class="gloss-mention gloss-type-person" tabindex="0" data-entity="khalaji">Sepehr Khalaji<span class="gloss-card"'));
    // CDM has no page of its own in this run, so its claims are named, not linked.
    assert.ok(page.includes('<code>cdm-2023-07-03#khalaji-quote-received</code> (CDM)'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('gloss render links between the pages it writes', async () => {
  const folder = await samplesCopy();
  try {
    const code = await command.run(['asianews-2023-07-05.gloss.md', 'cdm-2023-07-03.gloss.md', '-o', 'out'], context(folder));
    assert.equal(code, 0);
    const page = await readFile(join(folder, 'out', 'asianews-2023-07-05.html'), 'utf8');
    assert.ok(page.includes('<a href="cdm-2023-07-03.html#user-content-claim-khalaji-quote-received">cdm-2023-07-03#khalaji-quote-received</a>'));
    const index = await readFile(join(folder, 'out', 'index.html'), 'utf8');
    assert.ok(index.includes('<a href="asianews-2023-07-05.html">'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('gloss render needs an output folder and at least one file', async () => {
  await assert.rejects(command.run(['a.gloss.md'], context(tmpdir())), new UsageError(`'gloss render' needs an output folder: -o DIR`));
  await assert.rejects(command.run(['-o', 'x'], context(tmpdir())), new UsageError(`'gloss render' needs at least one file to render`));
});

test('gloss render reports a missing file with exit status 2', async () => {
  const folder = await samplesCopy();
  try {
    const run = context(folder);
    assert.equal(await command.run(['nope.gloss.md', '-o', 'out'], run), 2);
    assert.equal(run.io.err(), "gloss: cannot read 'nope.gloss.md': no such file\n");
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
