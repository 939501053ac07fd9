import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Location } from 'vscode-languageserver/node';
import { LspClient, summarize } from './lspClient.js';
import { lineRange } from '../ranges.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
/** A note in the registry folder whose diagnostics are not empty while it is indexed. */
const NOTE = '---\ntitle: Reading notes\n---\n\n[Fars reported it first.]{.claim #first}\n';

let client: LspClient;
let cdm: string;
let note: string;
before(async () => {
  client = await LspClient.start({
    folders: ['articles'],
    prepare: async (root) => {
      await mkdir(join(root, 'articles'));
      await mkdir(join(root, 'registry'));
      for (const name of ['asianews-2023-07-05.gloss.md', 'cdm-2023-07-03.gloss.md']) await copyFile(join(SAMPLES, name), join(root, 'articles', name));
      await copyFile(join(SAMPLES, 'registry.gloss.md'), join(root, 'registry', 'registry.gloss.md'));
      await writeFile(join(root, 'registry', 'note.gloss.md'), NOTE);
    },
  });
  cdm = client.uri('articles/cdm-2023-07-03.gloss.md');
  note = client.uri('registry/note.gloss.md');
});
after(() => client.stop());

const unresolved = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unresolved-reference').length;
const outletAt = { textDocument: { uri: '' }, position: { line: 3, character: 9 } };

const CDM_OUTLET_UNRESOLVED =
  '3:8-3:11 unresolved-reference “cdm” in the outlet field names nothing: no entity, source or document of the workspace has this id. Fix the id, or create entity “cdm” under “entities:” in a front matter.';
const NOTE_PROBLEMS = [
  '0:0-0:3 missing-metadata This article’s front matter has no outlet, published or url; statistics, exports and hovers describe articles by them. Add outlet (an entity id), published (an ISO date such as 2023-07-05) and url (the article’s address).',
  '4:1-4:24 unsourced-claim The claim “Fars reported it first.” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.',
];

test('a workspace folder added is scanned with progress, and references into it resolve; removed, its files leave', async () => {
  const alone = await client.diagnostics(cdm, (d) => unresolved(d) > 0);
  assert.equal(unresolved(alone), 55);
  assert.equal(summarize(alone)[1], CDM_OUTLET_UNRESOLVED);
  assert.deepEqual(await client.request<Location[]>('textDocument/definition', { ...outletAt, textDocument: { uri: cdm } }), []);
  const scans = client.progress.length;

  await client.changeFolders(['registry'], []);
  assert.deepEqual(summarize(await client.diagnostics(note)), NOTE_PROBLEMS);
  const joined = await client.diagnostics(cdm, (d) => unresolved(d) === 0);
  assert.deepEqual(summarize(joined).slice(0, 2), [
    '0:0-0:3 missing-metadata This article’s front matter has no url; statistics, exports and hovers describe articles by them. Add url (the article’s address).',
    '10:176-10:213 quote-mismatch These words differ from the quote “#khalaji-quote-received” they are linked to by same=: +“have been received” (− only here, + only there). Quotes linked by same= should be the same words: check both against the original and correct the one that differs, or make a paraphrase a claim linked with supports=.',
  ]);
  assert.equal(joined.length, 12);
  assert.deepEqual(await client.request<Location[]>('textDocument/definition', { ...outletAt, textDocument: { uri: cdm } }), [
    { uri: client.uri('registry/registry.gloss.md'), range: lineRange(10, 2, 5) },
  ]);
  assert.deepEqual(
    client.progress.slice(scans).map((p) => JSON.stringify(p)),
    [
      '{"kind":"begin","title":"Indexing Gloss files","message":"1 folder(s)","cancellable":false,"percentage":0}',
      '{"kind":"report","percentage":50,"message":"1/2 files"}',
      '{"kind":"report","percentage":100,"message":"2/2 files"}',
      '{"kind":"end"}',
    ],
  );

  await client.changeFolders([], ['registry']);
  assert.deepEqual(await client.diagnostics(note, (d) => d.length === 0), []);
  const left = await client.diagnostics(cdm, (d) => unresolved(d) > 0);
  assert.deepEqual(summarize(left), summarize(alone));
  assert.deepEqual(await client.request<Location[]>('textDocument/definition', { ...outletAt, textDocument: { uri: cdm } }), []);
});

test('a document open in the editor stays when its folder is removed, and leaves when it is closed', async () => {
  await client.changeFolders(['registry'], []);
  await client.diagnostics(note, (d) => d.length === 2);
  await client.open(note, NOTE, 1);
  await client.changeFolders([], ['registry']);
  // Open documents are checked before the others, so once cdm shows the registry gone, a note that had left would
  // already have had its diagnostics cleared.
  await client.diagnostics(cdm, (d) => unresolved(d) === 55);
  assert.deepEqual(summarize(await client.diagnostics(note)), NOTE_PROBLEMS);
  await client.close(note);
  assert.deepEqual(await client.diagnostics(note, (d) => d.length === 0), []);
});
