/**
 * Test helper: the bundled server as the extension starts it — `dist/server.cjs` forked as a Node module and spoken
 * to over IPC (`TransportKind.ipc`) — on `samples/`, ready once its initial scan has ended.
 * Needs `dist/`, which `npm run build` (and so `npm test`) writes first.
 */
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPCMessageReader, IPCMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-languageserver/node';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER = `${ROOT}dist/server.cjs`;

/** The `file:` URI of `samples/`. */
export const SAMPLES = pathToFileURL(`${ROOT}samples`).href;

/** A running bundled server and its connection. */
export interface BundledServer {
  connection: MessageConnection;
  stop(): Promise<void>;
}

/** Starts the bundled server on the samples and resolves once its initial scan has ended. */
export async function startBundledServer(): Promise<BundledServer> {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first.`);
  // The same arguments vscode-languageclient passes for TransportKind.ipc.
  const child: ChildProcess = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  // The initial scan reports work-done progress; the requests read the index it builds, so tests start at its end.
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
  return {
    connection,
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
