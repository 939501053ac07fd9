/**
 * The bundled server as the extension starts it: `dist/server.cjs` forked as a Node module and spoken to over IPC
 * (`TransportKind.ipc`), answering the custom requests that `client/src/protocol.ts` mirrors, on the samples.
 * Needs `dist/`, which `npm run build` (and so `npm test`) writes first.
 */
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPCMessageReader, IPCMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-languageserver/node';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER = `${ROOT}dist/server.cjs`;
const SAMPLES = pathToFileURL(`${ROOT}samples`).href;
const ASIANEWS = `${SAMPLES}/asianews-2023-07-05.gloss.md`;

let child: ChildProcess;
let connection: MessageConnection;

before(async () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first.`);
  // The same arguments vscode-languageclient passes for TransportKind.ipc.
  child = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  // The initial scan reports work-done progress; the lists read the index it builds, so the tests start at its end.
  const scanned = new Promise<void>((resolve) => {
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      if (params.value.kind === 'end') resolve();
    });
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: SAMPLES,
    workspaceFolders: [{ uri: SAMPLES, name: 'samples' }],
    capabilities: { window: { workDoneProgress: true } },
  });
  await connection.sendNotification('initialized', {});
  await scanned;
});

after(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
});

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
