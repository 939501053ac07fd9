/**
 * `gloss render FILE… -o DIR`: the annotated reading view as self-contained static HTML pages.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { Workspace, parse, type Doc } from '../core/index.js';
import { discoverFiles, formatConfigError, loadConfig, readGlossFile, type FoundFile } from '../host/index.js';
import { renderIndexPage, renderPage } from '../render/index.js';
import type { Command, CommandContext } from './command.js';
import { commandArgs } from './commandArgs.js';
import { UsageError } from './usageError.js';

const HELP = `Usage: gloss render [options] FILE…

Writes the annotated reading view of each FILE as a self-contained HTML page
(DIR/<document id>.html) and an index of the corpus (DIR/index.html). Mentions,
claims, quotes and citations resolve against every Gloss file under the current
folder, as 'gloss check' finds them. The pages hold no script.

Options:
  -o, --output <dir>  the folder to write to (created when missing; required)
  -h, --help          show this help

Exit status: 0 written, 2 a usage error or a file that cannot be read or written.
`;

const OPTIONS = { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;

/** Where the style sheet lives relative to the package root, in the source tree and in the published extension. */
const STYLE_SHEET = join('media', 'reading.css');

/** Reads the reading view's style sheet; injected so tests and other launchers can supply it. */
export type LoadCss = () => Promise<string>;

/**
 * Finds media/reading.css in the nearest folder above the running script that has one: the script is
 * out/server/src/cli/entry.js from the TypeScript build and server/bin/gloss.cjs when installed, both inside the package.
 */
export const loadReadingCss: LoadCss = async () => {
  const script = process.argv[1];
  let folder = script ? dirname(realpathSync(script)) : process.cwd();
  for (;;) {
    const candidate = join(folder, STYLE_SHEET);
    if (existsSync(candidate)) return readFile(candidate, 'utf8');
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the style sheet ${STYLE_SHEET} of the reading view`);
    folder = parent;
  }
};

/**
 * Runs `gloss render`: builds the workspace from the current folder's corpus plus the named files, renders each
 * named file and the index into the output folder, and prints one line per page written.
 */
export async function runRender(args: string[], context: CommandContext, loadCss: LoadCss): Promise<number> {
  const { values, positionals } = commandArgs('render', args, OPTIONS, true);
  const { io } = context;
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return 0;
  }
  const output = values['output'] as string | undefined;
  if (output === undefined) throw new UsageError(`'gloss render' needs an output folder: -o DIR`);
  if (positionals.length === 0) throw new UsageError(`'gloss render' needs at least one file to render`);
  const loaded = await loadConfig(io.cwd);
  if (!loaded.ok) {
    io.stderr.write(`gloss: ${formatConfigError({ ...loaded.error, path: relative(io.cwd, loaded.error.path) })}\n`);
    return 2;
  }
  const named = await discoverFiles({ root: io.cwd, paths: positionals, config: loaded.config });
  const problems = [
    ...named.missing.map((path) => `gloss: cannot read '${path}': no such file`),
    ...named.unmatched.map((glob) => `gloss: no files match '${glob}'`),
    ...named.skipped.map((skip) => `gloss: cannot read '${skip.relativePath}': ${skip.reason}`),
  ];
  if (problems.length > 0) {
    io.stderr.write(`${problems.join('\n')}\n`);
    return 2;
  }
  const corpus = await discoverFiles({ root: io.cwd, config: loaded.config });
  const docs = new Map<string, Doc>();
  for (const found of uniqueFiles([...named.files, ...corpus.files])) {
    const content = await readGlossFile(found.path);
    if (content.kind === 'text') docs.set(found.uri, parse(content.text, found.uri));
    else if (named.files.some((file) => file.uri === found.uri)) {
      io.stderr.write(`gloss: cannot read '${found.relativePath}': ${content.reason}\n`);
      return 2;
    }
  }
  const ws = Workspace.build([...docs.values()]);
  const pages = pageNames(named.files.map((file) => docs.get(file.uri)).filter((doc): doc is Doc => doc !== undefined));
  const pageHref = (doc: Doc): string | null => pages.get(doc.uri) ?? null;
  const css = await loadCss();
  const folder = resolve(io.cwd, output);
  await mkdir(folder, { recursive: true });
  for (const [uri, name] of pages) {
    const html = renderPage(ws, uri, { css, pageHref });
    if (html === null) continue;
    await writeFile(join(folder, name), html, 'utf8');
    io.stdout.write(`${relative(io.cwd, join(folder, name))}\n`);
  }
  await writeFile(join(folder, 'index.html'), renderIndexPage(ws, { css, pageHref }), 'utf8');
  io.stdout.write(`${relative(io.cwd, join(folder, 'index.html'))}\n`);
  return 0;
}

function uniqueFiles(files: FoundFile[]): FoundFile[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.realPath) && seen.add(file.realPath));
}

/**
 * A file name for each document's page: its id with characters that some file systems refuse replaced,
 * and a number added when two documents would share a name (or one would be called `index`).
 */
export function pageNames(docs: Doc[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>(['index.html']);
  for (const doc of docs) {
    const stem = doc.id.replace(/[^\w.-]/g, '_');
    let name = `${stem}.html`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.html`;
    taken.add(name.toLowerCase());
    names.set(doc.uri, name);
  }
  return names;
}

/** The `render` command, with the style sheet from `loadCss`. */
export function renderCommand(loadCss: LoadCss = loadReadingCss): Command {
  return { name: 'render', summary: 'write the annotated reading view as static HTML pages', help: HELP, run: (args, context) => runRender(args, context, loadCss) };
}
