/**
 * The workspace folders: each root's `gloss.json` and the Gloss files found under it, through the host layer.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultConfig, discoverFiles, loadConfig, readGlossFile, type ConfigError, type GlossConfig } from '../host/index.js';

/** One workspace folder as last loaded. */
export interface Folder {
  /** The folder's `file:` URI, ending in `/`. */
  uri: string;
  path: string;
  /** The configuration in force: `gloss.json`, or the defaults when it is missing or broken. */
  config: GlossConfig;
  /** Why `gloss.json` could not be used, or null. */
  configError: ConfigError | null;
  /** The URIs of the Gloss files discovery found. */
  files: ReadonlySet<string>;
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
    this.#folders = uris
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => {
        const path = fileURLToPath(uri);
        return { uri: pathToFileURL(path).href.replace(/\/?$/, '/'), path, config: defaultConfig(), configError: null, files: new Set<string>() };
      });
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

  /** Reloads a folder's `gloss.json` and rediscovers its files; returns the new entry. Never throws. */
  async load(folder: Folder): Promise<Folder> {
    const result = await loadConfig(folder.path);
    const config = result.ok ? result.config : defaultConfig();
    const discovery = await discoverFiles({ root: folder.path, config });
    const next: Folder = {
      ...folder,
      config,
      configError: result.ok ? null : result.error,
      files: new Set(discovery.files.map((file) => file.uri)),
    };
    this.#folders = this.#folders.map((f) => (f.uri === folder.uri ? next : f));
    return next;
  }
}

/** Reads the file at a `file:` URI as Gloss text. Never throws. */
export function readUri(uri: string, maxBytes?: number): Promise<ReadResult> {
  return readGlossFile(fileURLToPath(uri), maxBytes === undefined ? {} : { maxBytes });
}
