/**
 * A test client that starts the real server process over stdio and speaks JSON-RPC to it.
 * Waiting is always on an event (a notification that matches a predicate), never on a timer; the deadline only turns
 * a hang into a readable failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type ClientCapabilities,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

const SERVER = fileURLToPath(new URL('../../server/src/lsp/main.js', import.meta.url));
/** The fixture corpora, in the source tree (tests run from `out/test/lsp/`). */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/lsp/', import.meta.url));
/** How long a wait may take before the test fails with what was received instead. */
const DEADLINE_MS = 15_000;

/** What a test can change about the server it starts. */
export interface StartOptions {
  /** A folder under `test/fixtures/lsp/` to copy into a fresh temporary root. */
  fixture?: string;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  /** The `gloss` settings section the client answers `workspace/configuration` with. */
  settings?: unknown;
  /** Copies or writes files into the temporary root before the server starts. */
  prepare?: (root: string) => Promise<void>;
  /** The workspace folders, as paths relative to the root; default the root alone. */
  folders?: string[];
  /** The client capabilities to declare instead of the defaults (which include file watching). */
  capabilities?: ClientCapabilities;
}

/** What the test client declares unless a test says otherwise: a client much like VS Code. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  window: { workDoneProgress: true },
};

interface Waiter {
  uri: string;
  accept: (diagnostics: Diagnostic[]) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

/** One server process and its connection. Stateful; `stop` ends both and deletes the temporary root. */
export class LspClient {
  readonly root: string;
  readonly connection: MessageConnection;
  /** Every `window/logMessage` the server sent. */
  readonly logs: string[] = [];
  /** Every `$/progress` value the server sent, in order. */
  readonly progress: unknown[] = [];
  /** The methods of every registration the server asked for. */
  readonly registrations: string[] = [];
  readonly #process: ChildProcess;
  readonly #latest = new Map<string, PublishDiagnosticsParams>();
  #waiters: Waiter[] = [];
  #logWaiters: { accept: (message: string) => boolean; resolve: (message: string) => void }[] = [];
  #exited = false;

  private constructor(root: string, child: ChildProcess, settings: unknown) {
    this.root = root;
    this.#process = child;
    child.on('exit', () => (this.#exited = true));
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(coalescing(child.stdin!)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => this.#published(params));
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      const ready = this.#logWaiters.filter((w) => w.accept(params.message));
      this.#logWaiters = this.#logWaiters.filter((w) => !ready.includes(w));
      for (const waiter of ready) waiter.resolve(params.message);
    });
    this.connection.onNotification('$/progress', (params: { value: unknown }) => {
      this.progress.push(params.value);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings ?? null));
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  /** Copies a fixture corpus to a temporary root, starts the server on it and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const root = await mkdtemp(join(tmpdir(), 'gloss-lsp-'));
    if (options.fixture) await cp(join(FIXTURES, options.fixture), root, { recursive: true });
    await options.prepare?.(root);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = new LspClient(root, child, options.settings);
    const folders = options.folders ?? [''];
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: client.uri(folders[0] ?? ''),
      workspaceFolders: folders.map((folder) => client.folder(folder)),
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** The `file:` URI of a path relative to the root. */
  uri(relativePath: string): string {
    return pathToFileURL(join(this.root, relativePath)).href.replace(/\/?$/, relativePath === '' ? '/' : '');
  }

  /** The workspace folder at a path relative to the root, named after it. */
  folder(relativePath: string): { uri: string; name: string } {
    return { uri: this.uri(relativePath), name: relativePath === '' ? 'corpus' : relativePath };
  }

  /** The absolute path of a path relative to the root. */
  path(relativePath: string): string {
    return join(this.root, relativePath);
  }

  /** Whether the server process has exited. */
  get exited(): boolean {
    return this.#exited;
  }

  /** Sends a request. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Opens a document with the given text. */
  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gloss', version, text } });
  }

  /** Sends incremental changes to an open document. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Tells the server that an open document was saved. */
  save(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  /** Tells the server that workspace folders (paths relative to the root) were added and removed. */
  changeFolders(added: string[], removed: string[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: added.map((f) => this.folder(f)), removed: removed.map((f) => this.folder(f)) },
    });
  }

  /** Closes a document. */
  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Tells the server that files changed on disk (1 created, 2 changed, 3 deleted). */
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /**
   * The diagnostics of `uri` once a publication matches `accept`: the latest one already received, or the next.
   * Fails after the deadline with the last diagnostics received for the URI.
   */
  diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const latest = this.#latest.get(uri);
    if (latest && accept(latest.diagnostics)) return Promise.resolve(latest.diagnostics);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { uri, accept, resolve };
      this.#waiters.push(waiter);
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`No matching diagnostics for ${uri}; last: ${JSON.stringify(this.#latest.get(uri)?.diagnostics ?? null)}`));
      }, DEADLINE_MS);
      waiter.resolve = (diagnostics) => {
        clearTimeout(timer);
        resolve(diagnostics);
      };
    });
  }

  /** The first log message that matches `accept`: one already received, or the next. Fails after the deadline. */
  logged(accept: (message: string) => boolean): Promise<string> {
    const known = this.logs.find(accept);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No matching log message; received: ${JSON.stringify(this.logs)}`)), DEADLINE_MS);
      this.#logWaiters.push({
        accept,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  /** Shuts the server down, ends the process and deletes the temporary root. */
  async stop(): Promise<void> {
    if (!this.#exited) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
    }
    this.connection.dispose();
    this.#process.kill();
    await rm(this.root, { recursive: true, force: true });
  }

  #published(params: PublishDiagnosticsParams): void {
    this.#latest.set(params.uri, params);
    const ready = this.#waiters.filter((w) => w.uri === params.uri && w.accept(params.diagnostics));
    this.#waiters = this.#waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve(params.diagnostics);
  }
}

/** The diagnostics as `line:character-line:character code message` lines, for exact comparisons. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`);
}

/**
 * A stream that passes what is written to `target` in one write per turn of the event loop.
 * Messages sent together (a request and its `$/cancelRequest`) then reach the server in one read, so that the server
 * sees the cancellation before it starts the request, whatever the scheduling of the two processes.
 */
function coalescing(target: NodeJS.WritableStream): Writable {
  let pending: Buffer[] = [];
  return new Writable({
    write(chunk: Buffer, _encoding, done): void {
      if (pending.length === 0) {
        setImmediate(() => {
          const batch = Buffer.concat(pending);
          pending = [];
          target.write(batch);
        });
      }
      pending.push(chunk);
      done();
    },
  });
}
