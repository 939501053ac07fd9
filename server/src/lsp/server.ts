/**
 * The Gloss language server: capabilities, lifecycle and the registration of the handler table on a connection.
 */
import { availableParallelism } from 'node:os';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientCommandsOf } from './clientCommands.js';
import { SEMANTIC_TOKENS_LEGEND } from './convert.js';
import { faultsFromEnv, runGuarded } from './guard.js';
import { HANDLERS, type HandlerContext } from './handlers.js';
import { ParsePool } from '../host/parsePool.js';
import { Session } from './session.js';
import { readSettings } from './settings.js';

/** How a server is started; every field has a default suited to the stdio entry point. */
export interface ServerOptions {
  /** The script the parse children run; it must start `runParseWorker` on `PARSE_WORKER_FLAG`. Default: this process's main script. */
  workerScript?: string;
  /** Milliseconds one file's parse may take before it is stopped. Default 2000, or `GLOSS_PARSE_BUDGET_MS`. */
  parseBudgetMs?: number;
  /** The URL of docs/SPEC.md, for diagnostics' code links; the client may also pass `initializationOptions.specUrl`. */
  specUrl?: string | null;
  /**
   * The Gloss version, under which document summaries are stored in each folder's `.gloss-cache/index.json` and read
   * back at the next start. Default: none, and then no summaries are read or stored.
   */
  version?: string | null;
}

/** Characters after which a client should ask for completions: ids after `#`, `=`, `@`, `,`; classes after `.`; keys after a space. */
export const COMPLETION_TRIGGERS = ['#', '=', '@', ',', '.', ' '];

/**
 * What the server offers, whatever the client. Saves are asked for because a client that cannot watch files has the
 * server rescan the disk when a document is saved.
 */
export function serverCapabilities(): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
    codeLensProvider: { resolveProvider: true },
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    documentHighlightProvider: true,
    foldingRangeProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/**
 * Starts a server on `connection` (by default the process's stdio or IPC, as its command line says) and returns at
 * once; the connection keeps the process alive. Stateful: one session per call.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all), options: ServerOptions = {}): void {
  const log = (message: string): void => connection.console.error(message);
  const faults = faultsFromEnv(process.env);
  const documents = new TextDocuments(TextDocument);
  const pool = new ParsePool({
    script: options.workerScript ?? process.argv[1] ?? '',
    // Two children at least, so that one slow file never holds up the analysis of the others.
    size: Math.min(4, Math.max(2, availableParallelism() - 1)),
    budgetMs: options.parseBudgetMs ?? (Number(process.env['GLOSS_PARSE_BUDGET_MS']) || 2000),
    log,
  });
  let session: Session | null = null;
  let capabilities: ClientCapabilities = {};
  let context: HandlerContext | null = null;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    pool.warm();
    const specUrl = options.specUrl ?? specUrlOf(params.initializationOptions);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    session = new Session(pool, folders, {
      publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
      log,
      specUrl,
      delayMs: 30,
      storeVersion: options.version ?? null,
    });
    context = {
      state: session.state,
      versionedEdits: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      specUrl,
      clientCommands: clientCommandsOf(capabilities),
    };
    return { capabilities: serverCapabilities(), serverInfo: { name: 'gloss' } };
  });

  connection.onInitialized(() =>
    notify('initialized', async () => {
      const active = session as Session;
      if (watchesFiles()) {
        const watchers = [{ globPattern: '**/*.gloss.md' }, { globPattern: '**/gloss.json' }];
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      }
      if (capabilities.workspace?.workspaceFolders) {
        // The feature behind this event exists only once `initialize` has been answered, so it is subscribed here.
        connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) =>
          notify('workspace/didChangeWorkspaceFolders', () =>
            active.foldersChanged(
              added.map((f) => f.uri),
              removed.map((f) => f.uri),
              () => connection.window.createWorkDoneProgress(),
            ),
          ),
        );
      }
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'gloss' });
      }
      await active.setSettings(await fetchSettings(connection, capabilities, undefined));
      await active.scan(await connection.window.createWorkDoneProgress());
    }),
  );

  connection.onDidChangeConfiguration((params) =>
    notify('workspace/didChangeConfiguration', async () => session?.setSettings(await fetchSettings(connection, capabilities, params.settings))),
  );
  connection.onDidChangeWatchedFiles((params) => notify('workspace/didChangeWatchedFiles', () => session?.filesChanged(params.changes)));
  documents.onDidChangeContent(({ document }) => notify('textDocument/didChange', () => (session?.accepts(document) ? session.opened(document) : undefined), document.uri));
  documents.onDidClose(({ document }) => notify('textDocument/didClose', () => session?.closed(document.uri), document.uri));
  // Without file events, opening or saving a Gloss document is when the server looks at the disk again: files
  // created, changed or deleted outside the editor are found then, with no timer polling the disk.
  documents.onDidOpen(({ document }) => notify('textDocument/didOpen', () => (!watchesFiles() && session?.accepts(document) ? session.rescan() : undefined), document.uri));
  documents.onDidSave(({ document }) => notify('textDocument/didSave', () => (!watchesFiles() && session?.accepts(document) ? session.rescan() : undefined), document.uri));
  connection.onShutdown(() => pool.dispose());

  for (const handler of HANDLERS) {
    connection.onRequest(handler.method, (params: unknown, token) =>
      runGuarded(handler.method, uriOf(params), log, faults, () => handler.run(context as HandlerContext, params, token)),
    );
  }

  /** Whether the client sends file events, which it does once the server registers for them. */
  function watchesFiles(): boolean {
    return capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  }

  /** Notifications have no answer to carry an error, so a failure is logged and the session goes on. */
  function notify(method: string, run: () => unknown, uri?: string): void {
    void runGuarded(method, uri, log, faults, async () => {
      await run();
    });
  }

  documents.listen(connection);
  connection.listen();
}

/** The `gloss` settings: asked of the client when it can answer, else taken from the notification. */
async function fetchSettings(connection: Connection, capabilities: ClientCapabilities, pushed: unknown) {
  if (capabilities.workspace?.configuration) return readSettings(await connection.workspace.getConfiguration({ section: 'gloss' }));
  return readSettings((pushed as { gloss?: unknown } | undefined)?.gloss);
}

function specUrlOf(initializationOptions: unknown): string | null {
  const value = (initializationOptions as { specUrl?: unknown } | undefined)?.specUrl;
  return typeof value === 'string' ? value : null;
}

function uriOf(params: unknown): string | undefined {
  return (params as { textDocument?: { uri?: string } } | undefined)?.textDocument?.uri;
}
