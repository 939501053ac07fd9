import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lspCommand } from '../../server/src/cli/lspCommand.js';
import { main } from '../../server/src/cli/main.js';
import { TEST_VERSION } from './corpusFixture.js';
import { memoryIo } from './memoryIo.js';

test('gloss lsp --stdio starts the server with the spec URL and the version, and exits 0 once it listens', async () => {
  const started: Array<{ specUrl: string | null; version: string }> = [];
  const io = memoryIo(process.cwd());
  const code = await main(['lsp', '--stdio'], { version: TEST_VERSION, specUrl: 'https://x/SPEC.md', io, commands: [lspCommand((options) => void started.push(options))] });
  assert.equal(code, 0);
  assert.deepEqual(started, [{ specUrl: 'https://x/SPEC.md', version: TEST_VERSION }]);
  assert.equal(io.out() + io.err(), '');
});

test('gloss lsp without --stdio, or with a stray argument, is a usage error', async () => {
  const commands = [lspCommand(() => assert.fail('the server must not start'))];
  const io = memoryIo(process.cwd());
  assert.equal(await main(['lsp'], { version: TEST_VERSION, io, commands }), 2);
  assert.equal(await main(['lsp', '--stdio', 'x'], { version: TEST_VERSION, io, commands }), 2);
  assert.equal(io.err(), "gloss: 'gloss lsp' needs --stdio; see 'gloss lsp --help'\ngloss: unexpected argument 'x' for 'gloss lsp'; see 'gloss lsp --help'\n");
});

test('the built gloss lsp --stdio answers initialize with the server capabilities and exits on exit', async () => {
  const entry = fileURLToPath(new URL('../../server/src/cli/entry.js', import.meta.url));
  const child = spawn(process.execPath, [entry, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (message: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let received = '';
  const initialized = new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const body = /\r\n\r\n(\{"jsonrpc":"2.0","id":1,.*)$/s.exec(received)?.[1];
      if (body !== undefined && received.length >= received.indexOf(body) + Number(/Content-Length: (\d+)/.exec(received)?.[1])) resolve(body);
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const reply = JSON.parse(await initialized) as { result: { capabilities: { hoverProvider: boolean; textDocumentSync: { change: number } } } };
  assert.equal(reply.result.capabilities.hoverProvider, true);
  assert.equal(reply.result.capabilities.textDocumentSync.change, 2);
  send({ id: 2, method: 'shutdown' });
  send({ method: 'exit' });
  assert.equal(await exited, 0);
});

test('gloss run as the server’s parse child answers a parse request over IPC, so gloss lsp keeps its parse budget', async () => {
  const { fork } = await import('node:child_process');
  const entry = fileURLToPath(new URL('../../server/src/cli/entry.js', import.meta.url));
  const child = fork(entry, ['--gloss-parse-worker'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
  const replies: Array<{ kind: string; doc?: { id: string; spans: unknown[] } }> = [];
  const parsed = new Promise<void>((resolve) => {
    child.on('message', (reply: { kind: string; doc?: { id: string; spans: unknown[] } }) => {
      replies.push(reply);
      if (reply.kind === 'ready') child.send({ id: 7, text: '[Khalaji]{#khalaji}', uri: 'file:///c/a.gloss.md', maxLength: undefined });
      else resolve();
    });
  });
  await parsed;
  child.disconnect();
  assert.deepEqual(
    replies.map((reply) => [reply.kind, reply.doc?.id, reply.doc?.spans.length]),
    [
      ['ready', undefined, undefined],
      ['doc', 'a', 1],
    ],
  );
});
