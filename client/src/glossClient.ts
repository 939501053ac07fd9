/**
 * The one language client of the extension, which can be stopped and started again.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { RequestType } from 'vscode-languageclient/node';
import { LensCommandsFeature, codeLensMiddleware } from './codeLensMiddleware.js';

/**
 * Owns the `LanguageClient` that talks to `dist/server.cjs`. Holds state: the running client, replaced on restart.
 * Listeners of `onDidStart` hear each (re)start, so views can ask the new server for their data.
 */
export class GlossClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly started = new vscode.EventEmitter<void>();

  /** Fires after the server has started and answered `initialize`. */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly serverModule: string,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Starts the server; the document selector and the synchronised `gloss` settings are fixed here. */
  async start(): Promise<void> {
    const run = { module: this.serverModule, transport: TransportKind.ipc };
    const serverOptions: ServerOptions = { run, debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6009'] } } };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'gloss' },
        { scheme: 'untitled', language: 'gloss' },
      ],
      synchronize: { configurationSection: 'gloss' },
      outputChannel: this.output,
      middleware: codeLensMiddleware,
    };
    this.client = new LanguageClient('gloss', 'Gloss', serverOptions, clientOptions);
    this.client.registerFeature(new LensCommandsFeature());
    await this.client.start();
    this.started.fire();
  }

  /** Stops the server if it runs; a later `start` begins a fresh one. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  /** Stops and starts the server, for when it misbehaves or after its settings changed outside VS Code. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Whether a server is running and can answer requests. */
  get running(): boolean {
    return this.client?.isRunning() ?? false;
  }

  /** Sends a custom request; undefined when no server runs, so callers show nothing rather than fail. */
  async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R | undefined> {
    if (!this.client?.isRunning()) return undefined;
    return this.client.sendRequest<R>(type.method, params);
  }

  dispose(): void {
    void this.stop();
    this.started.dispose();
  }
}
