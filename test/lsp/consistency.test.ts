import assert from 'node:assert/strict';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Diagnostic, Location } from 'vscode-languageserver/node';
import { LspClient } from './lspClient.js';
import { lineRange } from '../ranges.js';

let client: LspClient;
let asianews: string;

before(async () => {
  client = await LspClient.start({ fixture: 'corpus' });
  asianews = client.uri('asianews.gloss.md');
  await client.diagnostics(asianews, (d) => d.length === 2);
});
after(() => client.stop());

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).join(',');

test('an open document that differs from the disk wins until it is closed', async () => {
  await client.open(asianews, await readFile(client.path('asianews.gloss.md'), 'utf8'), 1);
  // Types ` src=fars-2023-07-03` into the unsourced claim's attributes, before its closing brace.
  await client.change(asianews, 2, [{ range: lineRange(9, 61, 61), text: ' src=fars-2023-07-03' }]);
  assert.equal(codes(await client.diagnostics(asianews, (d) => codes(d) === 'unresolved-reference')), 'unresolved-reference');
  await client.close(asianews);
  assert.equal(codes(await client.diagnostics(asianews, (d) => d.length === 2)), 'unsourced-claim,unresolved-reference');
});

test('a definition edited in an open registry refreshes the documents that use it', async () => {
  const registry = client.uri('registry.gloss.md');
  const cdm = client.uri('cdm.gloss.md');
  await client.open(registry, await readFile(client.path('registry.gloss.md'), 'utf8'), 1);
  await client.change(registry, 2, [{ range: lineRange(3, 2, 9), text: 'khalaji2' }]);
  const broken = await client.diagnostics(cdm, (d) => d.length > 0);
  assert.deepEqual(
    broken.map((d) => [d.code, d.range]),
    [['unresolved-reference', lineRange(7, 48, 55)]],
  );
  await client.close(registry);
  assert.deepEqual(await client.diagnostics(cdm, (d) => d.length === 0), []);
});

test('files created, renamed and deleted on disk update their dependents', async () => {
  const people = client.uri('people.gloss.md');
  await writeFile(client.path('people.gloss.md'), '---\nentities:\n  nobody:\n    name: Nobody\n---\n');
  await client.filesChanged([{ uri: people, type: 1 }]);
  assert.equal(codes(await client.diagnostics(asianews, (d) => d.length === 1)), 'unsourced-claim');

  const folks = client.uri('folks.gloss.md');
  await rename(client.path('people.gloss.md'), client.path('folks.gloss.md'));
  await client.filesChanged([
    { uri: people, type: 3 },
    { uri: folks, type: 1 },
  ]);
  await client.diagnostics(folks);
  const target = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: asianews }, position: { line: 11, character: 12 } });
  assert.deepEqual(target, [{ uri: folks, range: lineRange(2, 2, 8) }]);

  await rm(client.path('folks.gloss.md'));
  await client.filesChanged([{ uri: folks, type: 3 }]);
  assert.equal(codes(await client.diagnostics(asianews, (d) => d.length === 2)), 'unsourced-claim,unresolved-reference');
});

test('a file changed on disk is analysed again', async () => {
  const cdm = client.uri('cdm.gloss.md');
  const text = await readFile(client.path('cdm.gloss.md'), 'utf8');
  await writeFile(client.path('cdm.gloss.md'), text.replace('same=asianews#received', 'same=asianews#gone'));
  await client.filesChanged([{ uri: cdm, type: 2 }]);
  const diagnostics = await client.diagnostics(cdm, (d) => d.length === 1);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range]),
    [['unresolved-reference', lineRange(7, 61, 74)]],
  );
});

test('gloss.json written at the root reconfigures the rules, and a broken one is reported on the file', async () => {
  const config = client.uri('gloss.json');
  await writeFile(client.path('gloss.json'), '{ "rules": { "unsourced-claim": "off" } }\n');
  await client.filesChanged([{ uri: config, type: 1 }]);
  assert.equal(codes(await client.diagnostics(asianews, (d) => d.length === 1)), 'unresolved-reference');

  await writeFile(client.path('gloss.json'), '{ "rules": { "unsourced-claim": "loud" } }\n');
  await client.filesChanged([{ uri: config, type: 2 }]);
  const problems = await client.diagnostics(config, (d) => d.length === 1);
  assert.deepEqual(
    problems.map((d) => [d.code, d.range.start, d.message]),
    [
      [
        'invalid-config',
        { line: 0, character: 32 },
        'gloss.json: the rule “unsourced-claim” is set to "loud"; use one of "error", "warning", "info", "hint" or "off". Gloss uses its default configuration until this is fixed.',
      ],
    ],
  );
  assert.equal(codes(await client.diagnostics(asianews, (d) => d.length === 2)), 'unsourced-claim,unresolved-reference');
  await rm(client.path('gloss.json'));
  await client.filesChanged([{ uri: config, type: 3 }]);
  assert.deepEqual(await client.diagnostics(config, (d) => d.length === 0), []);
});
