/**
 * vscode-markdown-languageservice, the engine of VS Code's own Markdown support, on the same corpus:
 * an in-memory workspace and a markdown-it parser as in its own tests, then its cross-file index is forced by a
 * references request and definition and references are timed on links to headings of other articles.
 * Usage: `node --expose-gc markdownService.js '{"corpus":…,"samples":…,"seed":…}'`; prints a PeerResult as JSON.
 */
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  createLanguageService,
  githubSlugifier,
  type IMdParser,
  type ITextDocument,
  type IWorkspace,
  type LogLevel,
} from 'vscode-markdown-languageservice';
import { readCorpus } from '../corpusFiles.js';
import { readMemory } from '../memory.js';
import { createRandom } from '../random.js';
import type { PeerResult } from '../results.js';
import { summarise, timedAsync } from '../stats.js';

const options = JSON.parse(process.argv[2] ?? '{}') as { corpus: string; samples: number; seed: number };
const random = createRandom(options.seed);

/** A cancellation token that never fires: every request runs to the end. */
const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

const start = performance.now();
const documents = readCorpus(options.corpus).map((file) => TextDocument.create(file.uri, 'markdown', 1, file.text));
const byUri = new Map(documents.map((doc) => [URI.parse(doc.uri).toString(), doc]));
const service = createLanguageService({ workspace: inMemoryWorkspace(), parser: markdownItParser(), logger: { level: 0 as LogLevel, log: () => undefined } });

const links = documents.flatMap((doc) => linkPositions(doc));
// The first references request on a link computes the links of every document: the service's workspace index.
const first = links[0] as { doc: TextDocument; line: number; character: number };
await service.getReferences(first.doc, first, { includeDeclaration: true }, never);
const coldIndexMs = performance.now() - start;
const memory = readMemory();

const sample = Array.from({ length: options.samples }, () => random.pick(links));
const definition = await measure((at) => service.getDefinition(at.doc, at, never));
const references = await measure((at) => service.getReferences(at.doc, at, { includeDeclaration: true }, never));
const result: PeerResult = { documents: documents.length, coldIndexMs, memory, definition, references };
process.stdout.write(`${JSON.stringify(result)}\n`);
service.dispose();

async function measure(request: (at: { doc: TextDocument; line: number; character: number }) => Promise<unknown>) {
  for (const at of sample.slice(0, 50)) await request(at);
  const times: number[] = [];
  for (const at of sample) times.push((await timedAsync(() => request(at))).ms);
  return summarise(times);
}

/** Positions inside the heading fragment of every relative link such as `(article-00017.gloss.md#background)`. */
function linkPositions(doc: TextDocument): { doc: TextDocument; line: number; character: number }[] {
  const text = doc.getText();
  const found: { doc: TextDocument; line: number; character: number }[] = [];
  for (let i = text.indexOf('](article-'); i >= 0; i = text.indexOf('](article-', i + 1)) {
    const hash = text.indexOf('#', i);
    found.push({ doc, ...doc.positionAt(hash + 2) });
  }
  return found;
}

function markdownItParser(): IMdParser {
  const md = new MarkdownIt({ html: true });
  return { slugifier: githubSlugifier, tokenize: async (document: ITextDocument) => md.parse(document.getText(), {}) };
}

/** A workspace whose files are the corpus in memory; it never changes, so its events never fire. */
function inMemoryWorkspace(): IWorkspace {
  const silent = () => ({ dispose: () => undefined });
  const folders = new Map<string, [string, { isDirectory: boolean }][]>();
  for (const uri of byUri.keys()) {
    const parsed = URI.parse(uri);
    const folder = parsed.with({ path: parsed.path.slice(0, parsed.path.lastIndexOf('/')) }).toString();
    const entries = folders.get(folder) ?? [];
    entries.push([parsed.path.slice(parsed.path.lastIndexOf('/') + 1), { isDirectory: false }]);
    folders.set(folder, entries);
  }
  return {
    workspaceFolders: [URI.file(options.corpus)],
    onDidChangeMarkdownDocument: silent,
    onDidCreateMarkdownDocument: silent,
    onDidDeleteMarkdownDocument: silent,
    getAllMarkdownDocuments: async () => documents,
    hasMarkdownDocument: (resource: URI) => byUri.has(resource.toString()),
    openMarkdownDocument: async (resource: URI) => byUri.get(resource.toString()),
    stat: async (resource: URI) => (byUri.has(resource.toString()) ? { isDirectory: false } : folders.has(resource.toString()) ? { isDirectory: true } : undefined),
    readDirectory: async (resource: URI) => folders.get(resource.toString()) ?? [],
  };
}
