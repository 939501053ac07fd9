import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Location } from 'vscode-languageserver/node';
import { LspClient, summarize } from './lspClient.js';
import { lineRange } from '../ranges.js';

let client: LspClient;
let asianews: string;
let cdm: string;

// A client like Neovim without dynamic registration: it watches no files, so the server looks at the disk itself
// when a document is opened or saved.
before(async () => {
  client = await LspClient.start({ fixture: 'corpus', capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
  asianews = client.uri('asianews.gloss.md');
  cdm = client.uri('cdm.gloss.md');
  await client.diagnostics(asianews, (d) => d.length === 2);
  await client.open(cdm, await readFile(client.path('cdm.gloss.md'), 'utf8'), 1);
});
after(() => client.stop());

const unused = (line: number) =>
  `${line}:2-${line}:9 unused-definition The entity “someone” is defined here, but nothing in the workspace references it. Mention it ([text]{#someone}) or use it in by=, outlet or publisher; or remove it if it is no longer needed.`;
const UNSOURCED =
  '9:1-9:34 unsourced-claim The claim “The computers were seized in June” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.';
const NOBODY_UNRESOLVED =
  '11:11-11:17 unresolved-reference “nobody” in a mention names nothing: no entity, source or document of the workspace has this id. Fix the id, or create entity “nobody” under “entities:” in a front matter.';
const nobodyAt = { textDocument: { uri: '' }, position: { line: 11, character: 12 } };

test('the server registers no file watchers with a client that cannot watch files', () => {
  assert.deepEqual(client.registrations, []);
});

test('a file created on disk is found when another document is saved, and its definitions resolve', async () => {
  const people = client.uri('people.gloss.md');
  await writeFile(client.path('people.gloss.md'), '---\nentities:\n  nobody:\n    name: Nobody\n  someone:\n    name: Someone\n---\n');
  await client.save(cdm);
  assert.deepEqual(summarize(await client.diagnostics(people)), [unused(4)]);
  assert.deepEqual(summarize(await client.diagnostics(asianews, (d) => d.length === 1)), [UNSOURCED]);
  const target = await client.request<Location[]>('textDocument/definition', { ...nobodyAt, textDocument: { uri: asianews } });
  assert.deepEqual(target, [{ uri: people, range: lineRange(2, 2, 8) }]);
});

test('a file changed on disk is read again when a document is saved', async () => {
  const people = client.uri('people.gloss.md');
  await writeFile(client.path('people.gloss.md'), '---\nentities:\n  someone:\n    name: Someone\n---\n');
  await client.save(cdm);
  assert.deepEqual(summarize(await client.diagnostics(people, (d) => d[0]?.range.start.line === 2)), [unused(2)]);
  assert.deepEqual(summarize(await client.diagnostics(asianews, (d) => d.length === 2)), [UNSOURCED, NOBODY_UNRESOLVED]);
});

test('a file deleted on disk leaves the workspace when a document is opened', async () => {
  await rm(client.path('people.gloss.md'));
  await client.open(asianews, await readFile(client.path('asianews.gloss.md'), 'utf8'), 1);
  assert.deepEqual(await client.diagnostics(client.uri('people.gloss.md'), (d) => d.length === 0), []);
});
