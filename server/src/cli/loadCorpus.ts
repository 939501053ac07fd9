/**
 * Reads the corpus a read-only command (`stats`, `export`) works on: configuration, files and one workspace.
 */
import { relative } from 'node:path';
import { Workspace, parse } from '../core/index.js';
import { discoverFiles, formatConfigError, loadConfig, readGlossFile, type GlossConfig } from '../host/index.js';
import type { CliIo } from './cliIo.js';
import type { SourceFile } from './lint.js';

/** A corpus read from disk: every readable file, parsed into one workspace. */
export interface Corpus {
  config: GlossConfig;
  /** Sorted by relative path. */
  files: SourceFile[];
  ws: Workspace;
}

/**
 * Loads gloss.json from `io.cwd`, finds the files of `paths` as `gloss check` does and parses them.
 * On a configuration error, a missing file or an unmatched glob it prints one line each on stderr and resolves to 2.
 * Files that cannot be read are left out with a note on stderr, as `gloss check` skips them.
 */
export async function loadCorpus(io: CliIo, paths: string[]): Promise<Corpus | 2> {
  const loaded = await loadConfig(io.cwd);
  if (!loaded.ok) {
    io.stderr.write(`gloss: ${formatConfigError({ ...loaded.error, path: relative(io.cwd, loaded.error.path) })}\n`);
    return 2;
  }
  const discovery = await discoverFiles({ root: io.cwd, paths, config: loaded.config });
  const errors = [
    ...discovery.missing.map((path) => `gloss: cannot read '${path}': no such file`),
    ...discovery.unmatched.map((glob) => `gloss: no files match '${glob}'`),
  ];
  if (errors.length > 0) {
    io.stderr.write(`${errors.join('\n')}\n`);
    return 2;
  }
  const files: SourceFile[] = [];
  for (const skip of discovery.skipped) io.stderr.write(`gloss: skipped '${skip.relativePath}': ${skip.reason}\n`);
  for (const found of discovery.files) {
    const content = await readGlossFile(found.path);
    if (content.kind === 'skipped') io.stderr.write(`gloss: skipped '${found.relativePath}': ${content.reason}\n`);
    else files.push({ uri: found.uri, relativePath: found.relativePath, text: content.text });
  }
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  return { config: loaded.config, files, ws: Workspace.build(files.map((file) => parse(file.text, file.uri))) };
}
