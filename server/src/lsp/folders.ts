/**
 * The workspace folders: each root's `gloss.json` and the Gloss files found under it, through the host layer.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultConfig, discoverFiles, loadConfig, readGlossFile, type ConfigError, type GlossConfig, type ReadOptions } from '../host/index.js';

/** One workspace folder as last loaded. */
export interface Folder {
  /** The folder's `file:` URI, ending in `/`. */
  uri: string;
  path: string;
  /** The configuration in force: `gloss.json`, or the defaults when it is missing or broken. */
  config: GlossConfig;
  /** Why `gloss.json` could not be used, or null. */
  configError: ConfigError | null;
  /** The Gloss files discovery found: each one's URI, and its path. */
  files: ReadonlyMap<string, string>;
}

/** What reading a file gave: its text and reading problems, or nothing when it cannot be read as text. */
export type ReadResult = Awaited<ReturnType<typeof readGlossFile>>;

/**
 * Stateful list of the workspace folders; `load` replaces a folder's entry with a fresh one, never changes it.
 * Only `file:` folders are scanned: other schemes have no file system here.
 */
export class Folders {
  #folders: Folder[] = [];

  constructor(uris: readonly string[]) {
    this.#folders = fileFolders(uris);
  }

  /** Adds the folders at `uris` that are not listed yet, unloaded; returns the ones added. */
  add(uris: readonly string[]): Folder[] {
    const added = fileFolders(uris).filter((folder, i, all) => !this.#has(folder.uri) && all.findIndex((f) => f.uri === folder.uri) === i);
    this.#folders = [...this.#folders, ...added];
    return added;
  }

  /** Removes the folders at `uris`; returns the entries removed, as last loaded. */
  remove(uris: readonly string[]): Folder[] {
    const gone = new Set(fileFolders(uris).map((folder) => folder.uri));
    const removed = this.#folders.filter((folder) => gone.has(folder.uri));
    this.#folders = this.#folders.filter((folder) => !gone.has(folder.uri));
    return removed;
  }

  /** Every folder, in the order the client listed them. */
  get all(): readonly Folder[] {
    return this.#folders;
  }

  /** The innermost folder that contains `uri`. */
  folderOf(uri: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.#folders) {
      if (uri.startsWith(folder.uri) && (!best || folder.uri.length > best.uri.length)) best = folder;
    }
    return best;
  }

  /** Whether discovery found the file at `uri` in some folder. */
  isWorkspaceFile(uri: string): boolean {
    return this.folderOf(uri)?.files.has(uri) ?? false;
  }

  /**
   * Reads the file at a `file:` URI as Gloss text, through the path discovery found for it when there is one: turning
   * the URI back into a path costs a URL parse, a measurable part of a scan of 10,000 files. Never throws.
   */
  read(uri: string, options: ReadOptions = {}): Promise<ReadResult> {
    return readGlossFile(this.folderOf(uri)?.files.get(uri) ?? fileURLToPath(uri), options);
  }

  #has(uri: string): boolean {
    return this.#folders.some((folder) => folder.uri === uri);
  }

  /**
   * Reloads a folder's `gloss.json` and rediscovers its files; returns the new entry. A folder removed meanwhile
   * stays removed. Never throws.
   */
  async load(folder: Folder): Promise<Folder> {
    const result = await loadConfig(folder.path);
    const config = result.ok ? result.config : defaultConfig();
    const discovery = await discoverFiles({ root: folder.path, config });
    const next: Folder = {
      ...folder,
      config,
      configError: result.ok ? null : result.error,
      files: new Map(discovery.files.map((file) => [file.uri, file.path])),
    };
    this.#folders = this.#folders.map((f) => (f.uri === folder.uri ? next : f));
    return next;
  }
}

/** Unloaded entries for the `file:` URIs among `uris`, each ending in `/`; other schemes have no file system here. */
function fileFolders(uris: readonly string[]): Folder[] {
  return uris
    .filter((uri) => uri.startsWith('file:'))
    .map((uri) => {
      const path = fileURLToPath(uri);
      return { uri: pathToFileURL(path).href.replace(/\/?$/, '/'), path, config: defaultConfig(), configError: null, files: new Map<string, string>() };
    });
}

