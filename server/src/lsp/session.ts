/**
 * One server session's corpus lifecycle: the initial scan, open documents, files changed outside the editor,
 * configuration, and when diagnostics are refreshed. Protocol wiring lives in `server.ts`.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { FileChangeType, type Diagnostic, type FileEvent, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleConfig } from '../core/index.js';
import { CONFIG_FILE_NAME } from '../host/index.js';
import { configErrorToDiagnostic } from './convert.js';
import { dependentUris } from './dependents.js';
import { DiagnosticsScheduler } from './diagnostics.js';
import { Folders, readUri, type Folder } from './folders.js';
import type { ParsePool } from './parsePool.js';
import { DEFAULT_SETTINGS, ruleConfigOf, type ClientSettings } from './settings.js';
import { WorkspaceState, type DocChange, type TextInput } from './state.js';

/** What the session needs from the connection. */
export interface SessionHost {
  publish: (uri: string, diagnostics: Diagnostic[], version: number | undefined) => void;
  log: (message: string) => void;
  specUrl: string | null;
  /** Milliseconds of quiet before diagnostics are refreshed, and before a burst of file events is handled. */
  delayMs: number;
}

/** More changed documents than this at once (a scan, a checkout) re-check everything instead of tracing dependents. */
const BULK_CHANGE = 50;
/** Files read from disk at once during a scan. */
const READ_CONCURRENCY = 16;

/** Stateful: owns the workspace state, the folders, the open documents' texts and the diagnostics scheduler. */
export class Session {
  readonly state: WorkspaceState;
  readonly #host: SessionHost;
  readonly #folders: Folders;
  readonly #open = new Map<string, TextDocument>();
  readonly #scheduler: DiagnosticsScheduler;
  #settings: ClientSettings = DEFAULT_SETTINGS;
  #events: FileEvent[] = [];
  #eventTimer: NodeJS.Timeout | null = null;
  #configErrors = new Set<string>();

  constructor(pool: ParsePool, folderUris: readonly string[], host: SessionHost) {
    this.#host = host;
    this.#folders = new Folders(folderUris);
    this.state = new WorkspaceState(pool, (changes) => this.#changed(changes));
    this.#scheduler = new DiagnosticsScheduler(
      {
        snapshot: () => this.state.snapshot,
        ruleConfig: (uri) => this.ruleConfig(uri),
        publish: host.publish,
        isOpen: (uri) => this.#open.has(uri),
        log: host.log,
        specUrl: host.specUrl,
      },
      host.delayMs,
    );
  }

  /** The rule configuration in force for the file at `uri`. */
  ruleConfig(uri: string): RuleConfig {
    return ruleConfigOf(this.#settings, this.#folders.folderOf(uri)?.config);
  }

  /** Scans every folder, reporting progress, then checks the whole corpus. */
  async scan(progress: WorkDoneProgressReporter): Promise<void> {
    const folders = this.#folders.all;
    progress.begin('Indexing Gloss files', 0, `${folders.length} folder(s)`, false);
    try {
      for (const folder of folders) await this.#rescan(folder, new Set(), (done, total) => progress.report(Math.floor((100 * done) / Math.max(total, 1)), `${done}/${total} files`));
    } finally {
      progress.done();
    }
    this.#scheduler.recheckAll();
  }

  /** Takes new client settings; a changed size limit re-analyses every file, and every file is checked again. */
  async setSettings(settings: ClientSettings): Promise<void> {
    const resize = settings.maxFileSize !== this.#settings.maxFileSize;
    this.#settings = settings;
    if (resize) {
      for (const folder of this.#folders.all) await this.#rescan(folder, new Set(folder.files));
      await Promise.all([...this.#open.values()].map((doc) => this.opened(doc)));
    }
    this.#scheduler.recheckAll();
  }

  /** An editor opened or changed a document: its text wins over the disk. */
  async opened(doc: TextDocument): Promise<void> {
    this.#open.set(doc.uri, doc);
    await this.state.setTexts([{ uri: doc.uri, text: doc.getText(), version: doc.version, problems: [], maxLength: this.#settings.maxFileSize }]);
  }

  /** Whether a document the client opens is a Gloss file the server should analyse. */
  accepts(doc: TextDocument): boolean {
    return doc.languageId === 'gloss' || doc.uri.endsWith('.gloss.md') || this.#folders.isWorkspaceFile(doc.uri);
  }

  /** An editor closed a document: the disk's text applies again, or the file leaves the workspace. */
  async closed(uri: string): Promise<void> {
    this.#open.delete(uri);
    if (!this.#folders.isWorkspaceFile(uri)) {
      this.state.remove(uri);
      return;
    }
    const input = await this.#read(uri);
    if (this.#open.has(uri)) return;
    if (input) await this.state.setTexts([input]);
    else this.state.remove(uri);
  }

  /** Files changed on disk; events arriving within the quiet time are handled together. */
  filesChanged(events: readonly FileEvent[]): void {
    this.#events.push(...events);
    if (this.#eventTimer !== null) return;
    this.#eventTimer = setTimeout(() => void this.#flushEvents().catch((e) => this.#host.log(`Handling file changes failed: ${String(e)}`)), this.#host.delayMs);
  }

  async #flushEvents(): Promise<void> {
    this.#eventTimer = null;
    const events = this.#events;
    this.#events = [];
    const changed = new Set(events.filter((e) => e.type === FileChangeType.Changed).map((e) => e.uri));
    const structural = events.some((e) => e.type !== FileChangeType.Changed || e.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    if (structural) {
      const touched = this.#folders.all.filter((f) => events.some((e) => e.uri.startsWith(f.uri)));
      for (const folder of touched) await this.#rescan(folder, changed);
      if (events.some((e) => e.uri.endsWith(`/${CONFIG_FILE_NAME}`))) this.#scheduler.recheckAll();
      return;
    }
    const inputs = await Promise.all([...changed].filter((uri) => this.#folders.isWorkspaceFile(uri) && !this.#open.has(uri)).map((uri) => this.#read(uri)));
    await this.state.setTexts(inputs.filter((input): input is TextInput => input !== null));
  }

  /**
   * Reloads a folder's configuration and file list, reads the files that are new or in `changed`,
   * and drops the Docs of files that are gone. Open documents keep their editor text.
   */
  async #rescan(folder: Folder, changed: ReadonlySet<string>, progress?: (done: number, total: number) => void): Promise<void> {
    const loaded = await this.#folders.load(folder);
    this.#publishConfigError(loaded);
    const workspace = this.state.snapshot.workspace;
    for (const uri of workspace.docs.keys()) {
      if (this.#folders.folderOf(uri) === loaded && !loaded.files.has(uri) && !this.#open.has(uri)) this.state.remove(uri);
    }
    const wanted = [...loaded.files].filter((uri) => !this.#open.has(uri) && (changed.has(uri) || !workspace.doc(uri)));
    const inputs: TextInput[] = [];
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < wanted.length) {
        const input = await this.#read(wanted[next++] as string);
        if (input) inputs.push(input);
        progress?.(++done, wanted.length);
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    // A document opened while the disk was read keeps its editor text.
    await this.state.setTexts(inputs.filter((input) => !this.#open.has(input.uri)));
  }

  async #read(uri: string): Promise<TextInput | null> {
    const content = await readUri(uri);
    if (content.kind !== 'text') {
      if (content.errno === null) this.#host.log(`Skipped ${uri}: ${content.reason}.`);
      return null;
    }
    return { uri, text: content.text, version: null, problems: content.problems, maxLength: this.#settings.maxFileSize };
  }

  #publishConfigError(folder: Folder): void {
    const uri = pathToFileURL(join(folder.path, CONFIG_FILE_NAME)).href;
    if (folder.configError) {
      this.#configErrors.add(uri);
      this.#scheduler.publishExternal(uri, [configErrorToDiagnostic(folder.configError)]);
    } else if (this.#configErrors.delete(uri)) {
      this.#scheduler.publishExternal(uri, []);
    }
  }

  #changed(changes: readonly DocChange[]): void {
    if (changes.length > BULK_CHANGE) {
      this.#scheduler.recheckAll();
      return;
    }
    for (const change of changes) this.#scheduler.recheck(dependentUris(change));
  }
}
