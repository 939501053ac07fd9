/**
 * `gloss/readingView` from the bundled server (`dist/server.cjs`) over IPC, as the reading view asks for it:
 * the sanitised fragment of a sample with the source ranges of its annotations, and unsaved edits reflected.
 * Needs `dist/`, which `npm run build` (and so `npm test`) writes first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { MessageConnection } from 'vscode-languageserver/node';
import { SAMPLES, startBundledServer, type BundledServer } from './bundledServer.js';

const CDM = `${SAMPLES}/cdm-2023-07-03.gloss.md`;
const TITLE = 'Iranian Resistance Calls On U.S. And Albanian Officials To Clarify If MEK Computers Were Turned Over To The Iranian Regime';

interface ReadingView {
  html: string;
  title: string;
  version: number | null;
}

let server: BundledServer;
let connection: MessageConnection;

before(async () => {
  server = await startBundledServer();
  connection = server.connection;
});

after(() => server.stop());

test('gloss/readingView renders a sample with its annotations’ classes and source ranges, and no script', async () => {
  const view = await connection.sendRequest<ReadingView>('gloss/readingView', { uri: CDM });
  assert.equal(view.title, TITLE);
  assert.equal(view.version, null);
  assert.ok(view.html.startsWith('<article class="gloss-reading">'), view.html.slice(0, 80));
  assert.ok(view.html.includes('<span class="gloss-mention gloss-type-place" tabindex="0" data-entity="iran" data-range="10:115-10:128">Iran<'));
  assert.ok(
    view.html.includes(
      '<span class="gloss-claim gloss-sourced gloss-status-unverified gloss-quote" id="user-content-claim-lead-quote-received" tabindex="0" data-status="unverified" data-claim="lead-quote-received" data-by="khalaji" data-range="10:175-10:303">',
    ),
  );
  assert.doesNotMatch(view.html, /<script/i);
});

test('gloss/readingView shows the unsaved text of an open document, at its version', async () => {
  const text = readFileSync(fileURLToPath(CDM), 'utf8');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: CDM, languageId: 'gloss', version: 1, text } });
  // Line 10 begins “In a shocking announcement, ”; the edit annotates “shocking” (characters 5 to 13) as an unsourced
  // claim without saving. The second change counts from the text after the first, so its position is 13 + 1.
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: CDM, version: 2 },
    contentChanges: [
      { range: { start: { line: 10, character: 5 }, end: { line: 10, character: 5 } }, text: '[' },
      { range: { start: { line: 10, character: 14 }, end: { line: 10, character: 14 } }, text: ']{.claim #shocking}' },
    ],
  });
  const view = await connection.sendRequest<ReadingView>('gloss/readingView', { uri: CDM });
  assert.equal(view.version, 2);
  assert.ok(
    view.html.includes(
      'In a <span class="gloss-claim gloss-unsourced gloss-status-unverified" id="user-content-claim-shocking" tabindex="0" data-status="unverified" data-claim="shocking" data-range="10:5-10:33">shocking<',
    ),
    view.html.slice(0, 3000),
  );
  // The mention after the edit moved right by the 20 inserted characters.
  assert.ok(view.html.includes('data-entity="iran" data-range="10:135-10:148">Iran<'));
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: CDM } });
});

test('gloss/readingView answers null for a document the server does not know', async () => {
  assert.equal(await connection.sendRequest('gloss/readingView', { uri: `${SAMPLES}/missing.gloss.md` }), null);
});
