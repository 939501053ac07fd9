import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { Location } from 'vscode-languageserver/node';
import { LspClient, summarize } from './lspClient.js';

const FILES = ['asianews.gloss.md', 'cdm.gloss.md', 'registry.gloss.md'];
const STORED = /^Stored the summaries of (\d+) documents in /;
/** Stands for the temporary root's URI in a stored index, since every start runs in a new root. */
const ROOT = '@ROOT@/';
const UNSOURCED =
  '9:1-9:34 unsourced-claim The claim “The computers were seized in June” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.';

interface Start {
  client: LspClient;
  /** The stored index, with the root's URI replaced by `ROOT`. */
  index: string;
  diagnostics: string[][];
}

/**
 * Starts a server on the corpus fixture, with `index` (if any) as the stored summaries, waits until it has stored them
 * again, and returns them and every file's diagnostics.
 */
async function start(index?: string): Promise<Start> {
  const client = await LspClient.start({
    fixture: 'corpus',
    prepare: async (root) => {
      if (index === undefined) return;
      await mkdir(join(root, '.gloss-cache'));
      await writeFile(join(root, '.gloss-cache', 'index.json'), index.replaceAll(ROOT, `${pathToFileURL(root).href}/`));
    },
  });
  assert.equal(STORED.exec(await client.logged((message) => STORED.test(message)))?.[1], String(FILES.length));
  const diagnostics: string[][] = [];
  for (const name of FILES) diagnostics.push(summarize(await client.diagnostics(client.uri(name))));
  const stored = await readFile(client.path('.gloss-cache/index.json'), 'utf8');
  return { client, index: stored.replaceAll(client.uri(''), ROOT), diagnostics };
}

test('a server stores every document’s summary, and a second start from them publishes the same diagnostics', async () => {
  const first = await start();
  await first.client.stop();
  assert.deepEqual(first.index.split('\n').slice(1).map((line) => (JSON.parse(line) as string[])[0]).sort(), FILES.map((name) => `${ROOT}${name}`));
  const second = await start(first.index);
  try {
    assert.deepEqual(second.diagnostics, first.diagnostics);
    assert.equal(second.index, first.index);
    assert.deepEqual(await readdir(second.client.path('.gloss-cache')), ['index.json']);
  } finally {
    await second.client.stop();
  }
});

test('a second start takes unchanged documents from the stored summaries instead of parsing them', async () => {
  const first = await start();
  await first.client.stop();
  // A definition of “nobody” that cdm.gloss.md's text does not hold: the index has it only if the summary was used.
  const planted = first.index
    .split('\n')
    .map((line) => {
      if (!line.startsWith(`["${ROOT}cdm.gloss.md"`)) return line;
      const record = JSON.parse(line) as [string, string, [string, string, string[], unknown[], unknown[]]];
      record[2][4].push('entity', 'nobody', 0, 0, 0, 6);
      return JSON.stringify(record);
    })
    .join('\n');
  const second = await start(planted);
  try {
    const asianews = second.client.uri('asianews.gloss.md');
    assert.deepEqual(second.diagnostics[0], [UNSOURCED]);
    const target = await second.client.request<Location[]>('textDocument/definition', { textDocument: { uri: asianews }, position: { line: 11, character: 12 } });
    assert.deepEqual(target, [{ uri: second.client.uri('cdm.gloss.md'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } }]);
  } finally {
    await second.client.stop();
  }
});
