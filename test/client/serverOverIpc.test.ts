/**
 * The bundled server as the extension starts it: `dist/server.cjs` forked as a Node module and spoken to over IPC
 * (`TransportKind.ipc`), answering the custom requests that `client/src/protocol.ts` mirrors, on the samples.
 * Needs `dist/`, which `npm run build` (and so `npm test`) writes first.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { MessageConnection } from 'vscode-languageserver/node';
import { SAMPLES, startBundledServer, type BundledServer } from './bundledServer.js';

const ASIANEWS = `${SAMPLES}/asianews-2023-07-05.gloss.md`;

let server: BundledServer;
let connection: MessageConnection;

before(async () => {
  server = await startBundledServer();
  connection = server.connection;
});

after(() => server.stop());

test('gloss/entities lists the registry’s entities with names, types and locations', async () => {
  const entities = await connection.sendRequest<{ id: string }[]>('gloss/entities', {});
  assert.equal(entities.length, 28);
  assert.deepEqual(
    entities.find((e) => e.id === 'tehran'),
    {
      id: 'tehran',
      name: 'Tehran',
      type: 'place',
      location: { uri: `${SAMPLES}/registry.gloss.md`, range: { start: { line: 107, character: 2 }, end: { line: 107, character: 8 } } },
    },
  );
});

test('gloss/documentStats counts the article’s claims and quotes as the status bar shows them', async () => {
  const stats = await connection.sendRequest('gloss/documentStats', { textDocument: { uri: ASIANEWS } });
  assert.deepEqual(stats, { claims: 27, quotes: 17, sourced: 31, unsourced: 13 });
});

test('gloss/claims marks each claim sourced or not, with its document id', async () => {
  const claims = await connection.sendRequest<{ id: string | null; location: { uri: string } }[]>('gloss/claims', { uri: ASIANEWS });
  assert.equal(claims.length, 44);
  assert.deepEqual(claims[0], {
    id: 'raid-seizure',
    kind: 'claim',
    text: 'In a June 20 raid, Albanian police seized hundreds of computers and hard drives.',
    docId: 'asianews-2023-07-05',
    sourced: false,
    location: { uri: ASIANEWS, range: { start: { line: 12, character: 0 }, end: { line: 12, character: 142 } } },
  });
});
