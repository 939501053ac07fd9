/**
 * One server session's corpus lifecycle: the initial scan, open documents, files changed outside the editor,
 * configuration, and when diagnostics are refreshed. Protocol wiring lives in `server.ts`.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { FileChangeType, type Diagnostic, type FileEvent, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleConfig } from '../core/index.js';
import { CONFIG_FILE_NAME, forEachInSlices, SCAN_SLICE_MS, SYNC_FILE_OPS, type ReadOptions } from '../host/index.js';
import { CACHE_DIR_NAME, readSummaries, textHash, writeSummaries, type StoredSummaryEntry } from '../host/summaryStore.js';
import { configErrorToDiagnostic } from './convert.js';
import { dependentUris } from './dependents.js';
import { DiagnosticsScheduler } from './diagnostics.js';
import { FileStamps } from './fileStamps.js';
import { Folders, type Folder } from './folders.js';
import type { ParsePool } from '../host/parsePool.js';
import { DEFAULT_SETTINGS, ruleConfigOf, type ClientSettings } from './settings.js';
import { WorkspaceState, type DocChange, type TextInput } from './state.js';

/** What the session needs from the connection. */
export interface SessionHost {
  publish: (uri: string, diagnostics: Diagnostic[], version: number | undefined) => void;
  log: (message: string) => void;
  specUrl: string | null;
  /** Milliseconds of quiet before diagnostics are refreshed, and before a burst of file events is handled. */
  delayMs: number;
  /** The version under which summaries are stored in each folder's cache, or null to neither read nor store them. */
  storeVersion: string | null;
}

/** More changed documents than this at once (a scan, a checkout) re-check everything instead of tracing dependents. */
const BULK_CHANGE = 50;

/** The summaries of a folder without a store. */
const NO_STORE: ReadonlyMap<string, StoredSummaryEntry> = new Map();

/**
 * Stateful: owns the workspace state, the folders, the open documents' texts and the diagnostics scheduler.
 * Whatever scans folders (the initial scan, folder changes, file events, rescans) runs one at a time, in order,
 * so that a folder removed or rescanned meanwhile never receives the files of a scan that started before.
 */
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
  readonly #stamps = new FileStamps();
  /** The end of the last folder task queued; each task starts when the one before has ended. */
  #queue: Promise<void> = Promise.resolve();
  /** Whether a rescan is queued and not started yet, so that a burst of saves rescans once. */
  #rescanQueued = false;
  /** Whether the initial scan has been queued; a rescan before it would only read what it is about to read. */
  #scanQueued = false;

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

  /**
   * Scans every folder, reporting progress, then checks the whole corpus. Files whose summary the folder's cache holds
   * for their text enter the index without being parsed, so the index is ready sooner; they are parsed afterwards,
   * before the corpus is checked, and the summaries are stored again for the next start.
   */
  scan(progress: WorkDoneProgressReporter): Promise<void> {
    this.#scanQueued = true;
    return this.#serially(async () => {
      await this.#scanWithProgress(this.#folders.all, progress);
      await this.state.materialize();
      this.#scheduler.recheckAll();
      await this.#storeSummaries(this.#folders.all);
    });
  }

  /**
   * The client added and removed workspace folders. A removed folder's documents leave the workspace (except the
   * ones open in the editor, whose text the editor still owns) and their diagnostics are cleared; an added folder
   * is scanned with progress. The documents that depended on what came or went are checked again.
   */
  foldersChanged(added: readonly string[], removed: readonly string[], progress: () => Promise<WorkDoneProgressReporter>): Promise<void> {
    return this.#serially(async () => {
      for (const folder of this.#folders.remove(removed)) this.#publishConfigError({ ...folder, configError: null });
      const leaving = [...this.state.snapshot.workspace.uris()].filter((uri) => !this.#open.has(uri) && !this.#folders.isWorkspaceFile(uri));
      for (const uri of leaving) this.#stamps.forget(uri);
      this.state.remove(leaving);
      const fresh = this.#folders.add(added);
      if (fresh.length === 0) return;
      await this.#scanWithProgress(fresh, await progress());
      await this.state.materialize();
      // Loading a folder replaces its entry, so the entries with the files found are taken from `all`, not `fresh`.
      await this.#storeSummaries(this.#folders.all.filter((folder) => fresh.some((f) => f.uri === folder.uri)));
    });
  }

  /**
   * Brings the index up to date with the disk for a client that sends no file events: rediscovers every folder and
   * reads only the files that are new or whose size or modification time changed since they were read. Requests
   * made while one is queued share it; before the initial scan there is nothing to bring up to date.
   */
  rescan(): Promise<void> {
    if (!this.#scanQueued) return Promise.resolve();
    if (this.#rescanQueued) return this.#queue;
    this.#rescanQueued = true;
    return this.#serially(async () => {
      this.#rescanQueued = false;
      for (const folder of this.#folders.all) await this.#rescan(folder, null);
    });
  }

  /** Takes new client settings; a changed size limit re-analyses every file, and every file is checked again. */
  async setSettings(settings: ClientSettings): Promise<void> {
    const resize = settings.maxFileSize !== this.#settings.maxFileSize;
    this.#settings = settings;
    if (resize) {
      await this.#serially(async () => {
        for (const folder of this.#folders.all) await this.#rescan(folder, new Set(folder.files.keys()));
      });
      await Promise.all([...this.#open.values()].map((doc) => this.opened(doc)));
    }
    this.#scheduler.recheckAll();
  }

  /** An editor opened or changed a document: its text wins over the disk. */
  async opened(doc: TextDocument): Promise<void> {
    this.#open.set(doc.uri, doc);
    await this.state.setTexts([{ uri: doc.uri, text: doc.getText(), version: doc.version, problems: [], maxLength: this.#settings.maxFileSize, hash: null, stored: null }]);
  }

  /** Whether a document the client opens is a Gloss file the server should analyse. */
  accepts(doc: TextDocument): boolean {
    return doc.languageId === 'gloss' || doc.uri.endsWith('.gloss.md') || this.#folders.isWorkspaceFile(doc.uri);
  }

  /** An editor closed a document: the disk's text applies again, or the file leaves the workspace. */
  async closed(uri: string): Promise<void> {
    this.#open.delete(uri);
    const input = this.#folders.isWorkspaceFile(uri) ? await this.#read(uri) : null;
    // While the disk was read the document may have been opened again, or its folder have left the workspace.
    if (this.#open.has(uri)) return;
    if (input && this.#folders.isWorkspaceFile(uri)) await this.state.setTexts([input]);
    else this.state.remove([uri]);
  }

  /** Files changed on disk; events arriving within the quiet time are handled together. */
  filesChanged(events: readonly FileEvent[]): void {
    this.#events.push(...events);
    if (this.#eventTimer !== null) return;
    this.#eventTimer = setTimeout(
      () => void this.#serially(() => this.#flushEvents()).catch((e) => this.#host.log(`Handling file changes failed: ${String(e)}`)),
      this.#host.delayMs,
    );
  }

  /** Runs `task` after every folder task queued before it; a failed task does not stop the ones after it. */
  #serially(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #scanWithProgress(folders: readonly Folder[], progress: WorkDoneProgressReporter): Promise<void> {
    progress.begin('Indexing Gloss files', 0, `${folders.length} folder(s)`, false);
    try {
      for (const folder of folders) {
        // One report per percent: a message per file would cost a large corpus's scan a tenth of its time.
        let reported = -1;
        const report = (done: number, total: number): void => {
          const percentage = Math.floor((100 * done) / Math.max(total, 1));
          if (percentage === reported) return;
          reported = percentage;
          progress.report(percentage, `${done}/${total} files`);
        };
        await this.#rescan(folder, new Set(), report, this.#readStore(folder));
      }
    } finally {
      progress.done();
    }
  }

  /** The summaries stored in a folder's cache, or none when no version is known to key them by. */
  async #readStore(folder: Folder): Promise<ReadonlyMap<string, StoredSummaryEntry>> {
    const version = this.#host.storeVersion;
    return version === null ? NO_STORE : readSummaries(join(folder.path, CACHE_DIR_NAME), version);
  }

  /** Stores the summaries of the folders' documents read from disk, for the next start; a failure only costs that start time. */
  async #storeSummaries(folders: readonly Folder[]): Promise<void> {
    const version = this.#host.storeVersion;
    if (version === null) return;
    for (const folder of folders) {
      const dir = join(folder.path, CACHE_DIR_NAME);
      const stored = await writeSummaries(dir, version, this.state.storeLines(folder.files.keys()));
      this.#host.log(`Stored the summaries of ${stored} documents in ${dir}, for a faster next start.`);
    }
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
      return;
    }
    const inputs = await Promise.all([...changed].filter((uri) => this.#folders.isWorkspaceFile(uri) && !this.#open.has(uri)).map((uri) => this.#read(uri)));
    await this.state.setTexts(inputs.filter((input): input is TextInput => input !== null));
  }

  /**
   * Reloads a folder's configuration and file list, reads the files that are new or in `changed` (with null: the
   * files whose stamp differs from when they were read), and drops the Docs of files that are gone. Open documents
   * keep their editor text. A configuration that differs from the one in force checks the whole corpus again.
   * Files whose text has a summary in `store` enter the index from it.
   */
  async #rescan(
    folder: Folder,
    changed: ReadonlySet<string> | null,
    progress?: (done: number, total: number) => void,
    store?: Promise<ReadonlyMap<string, StoredSummaryEntry>>,
  ): Promise<void> {
    const loaded = await this.#folders.load(folder);
    this.#publishConfigError(loaded);
    if (JSON.stringify(loaded.config) !== JSON.stringify(folder.config)) this.#scheduler.recheckAll();
    const gone = [...this.state.snapshot.workspace.uris()].filter(
      (uri) => this.#folders.folderOf(uri) === loaded && !loaded.files.has(uri) && !this.#open.has(uri),
    );
    for (const uri of gone) this.#stamps.forget(uri);
    this.state.remove(gone);
    const workspace = this.state.snapshot.workspace;
    const closed = [...loaded.files.keys()].filter((uri) => !this.#open.has(uri));
    // Summaries, not Docs, say what the workspace holds: asking for a Doc could parse it.
    const stale = changed ?? (await this.#stamps.changed(closed.filter((uri) => workspace.summary(uri))));
    const wanted = closed.filter((uri) => stale.has(uri) || !workspace.summary(uri));
    const inputs: TextInput[] = [];
    let done = 0;
    await forEachInSlices(wanted, SCAN_SLICE_MS, async (uri) => {
      const input = await this.#read(uri, { ops: SYNC_FILE_OPS });
      if (input) inputs.push(input);
      progress?.(++done, wanted.length);
    });
    // The store was read while the files were; a summary is used only for the very text it was made from.
    const stored = await (store ?? NO_STORE);
    const withStored = inputs.map((input) => {
      const entry = stored.get(input.uri);
      return entry && entry.hash === input.hash ? { ...input, stored: entry.summary } : input;
    });
    // A document opened while the disk was read keeps its editor text.
    await this.state.setTexts(withStored.filter((input) => !this.#open.has(input.uri)));
  }

  async #read(uri: string, options: ReadOptions = {}): Promise<TextInput | null> {
    const content = await this.#folders.read(uri, options);
    this.#stamps.record(uri, content.kind === 'text' ? content.stamp : null);
    if (content.kind !== 'text') {
      if (content.errno === null) this.#host.log(`Skipped ${uri}: ${content.reason}.`);
      return null;
    }
    return { uri, text: content.text, version: null, problems: content.problems, maxLength: this.#settings.maxFileSize, hash: textHash(content.utf8), stored: null };
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
