/**
 * Measures the Gloss engine on one corpus in a fresh process: cold index, memory, request latencies,
 * keystroke re-analysis and the refresh after editing a definition that thousands of documents reference.
 * Usage: `node --expose-gc glossEngine.js '{"corpus":…,"keystroke":…,"hubId":…,"samples":…,"seed":…}'`; prints a GlossResult as JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../../server/src/core/parse.js';
import { Workspace } from '../../server/src/core/workspace.js';
import { hover } from '../../server/src/core/features/hover.js';
import { definition } from '../../server/src/core/features/definition.js';
import { references } from '../../server/src/core/features/references.js';
import { check } from '../../server/src/core/check.js';
import type { Doc, Position } from '../../server/src/core/model.js';
import { summarise as summariseDoc, type DocSource, type DocSummary } from '../../server/src/core/docSummary.js';
import { listFiles, readCorpus } from '../corpusFiles.js';
import { SCAN_SLICE_MS, SYNC_FILE_OPS, forEachInSlices, readGlossFile, tuneHeap } from '../../server/src/host/index.js';
import { fileUriOf } from '../../server/src/host/fileUri.js';
import { readSummaries, summaryLine, textHash, writeSummaries } from '../../server/src/host/summaryStore.js';
import { readMemory } from '../memory.js';
import { createRandom, type Random } from '../random.js';
import { REGISTRY_FILE } from '../registry.js';
import type { GlossResult } from '../results.js';
import { summarise, timed, type Summary } from '../stats.js';

/** What the parent process asks for. */
export interface GlossOptions {
  corpus: string;
  keystroke: string;
  hubId: string;
  samples: number;
  keystrokes: Record<string, number>;
  seed: number;
  /**
   * Keep each document's summary and text instead of its Doc, parsing again on demand (`DocSource`), as `gloss check`
   * does: how a server that held summaries would fare.
   */
  summariesOnly?: boolean;
}

// The engine runs with the heap settings the server and the command line start with.
tuneHeap();
const options = JSON.parse(process.argv[2] ?? '{}') as GlossOptions;
const random = createRandom(options.seed);

const start = performance.now();
const read = timed(() => readCorpus(options.corpus));
let parseProblems = 0;
const parsed = timed(() =>
  read.value.map((file): Doc | DocSource => {
    const doc = parse(file.text, file.uri);
    parseProblems += doc.problems.length;
    return options.summariesOnly ? { uri: file.uri, summary: summariseDoc(doc), load: () => parse(file.text, file.uri) } : doc;
  }),
);
const built = timed(() => Workspace.build(parsed.value));
const coldIndexMs = performance.now() - start;
let ws = built.value;
const uris = parsed.value.map((item) => item.uri);
// The server checks every document once it has indexed them, to publish their diagnostics, and keeps what the rules
// cache per document; memory is read after that, and every later measure starts from that state.
const checkedAll = timed(() => uris.reduce((count, uri) => count + check(ws, uri).length, 0));
const memory = readMemory();

const positions = samplePositions(options.samples, random);
const requests = {
  hover: measureRequests(positions, (uri, position) => hover(ws, uri, position)),
  definition: measureRequests(positions, (uri, position) => definition(ws, uri, position)),
  references: measureRequests(positions, (uri, position) => references(ws, uri, position, true)),
};

const keystroke: GlossResult['keystroke'] = {};
for (const [name, count] of Object.entries(options.keystrokes)) {
  const path = join(options.keystroke, name);
  keystroke[basename(name, '.gloss.md')] = { bytes: readFileSync(path).length, ...measureTyping(readFileSync(path, 'utf8'), pathToFileURL(path).href, count) };
}

const result: GlossResult = {
  documents: uris.length,
  coldIndexMs,
  readMs: read.ms,
  parseMs: parsed.ms,
  buildMs: built.ms,
  parseProblems,
  checkAllMs: checkedAll.ms,
  memory,
  ...requests,
  keystroke,
  refresh: measureRefresh(),
  secondStartMs: options.summariesOnly ? null : await measureSecondStart(),
};
process.stdout.write(`${JSON.stringify(result)}\n`);

/** Positions one character into randomly chosen references of randomly chosen documents that have some. */
function samplePositions(count: number, random: Random): { uri: string; position: Position }[] {
  const withReferences = uris.filter((uri) => (ws.symbols(uri)?.refs.length ?? 0) > 0);
  const positions: { uri: string; position: Position }[] = [];
  while (positions.length < count && withReferences.length > 0) {
    const doc = ws.doc(random.pick(withReferences)) as Doc;
    const reference = random.pick(doc.references);
    positions.push({ uri: doc.uri, position: { line: reference.range.start.line, character: reference.range.start.character + 1 } });
  }
  return positions;
}

/** Times one request per position after a short warm-up, so that the figures describe a running server. */
function measureRequests(positions: readonly { uri: string; position: Position }[], request: (uri: string, position: Position) => unknown): Summary {
  for (const { uri, position } of positions.slice(0, 50)) request(uri, position);
  return summarise(positions.map(({ uri, position }) => timed(() => request(uri, position)).ms));
}

/**
 * Types `count` letters into the document, six at a time at random places in its prose, and times each keystroke:
 * parse the whole new text, put it into the workspace and check it, as the server does on `didChange`.
 */
function measureTyping(initial: string, uri: string, count: number): Summary {
  let text = initial;
  ws = ws.withDoc(parse(text, uri));
  const samples: number[] = [];
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  while (samples.length < count) {
    let offset = bodyStart + random.int(text.length - bodyStart);
    while (offset < text.length && !isProseSpace(text, offset)) offset++;
    if (offset >= text.length) continue;
    for (const letter of 'glossy') {
      if (samples.length >= count) break;
      text = `${text.slice(0, offset)}${letter}${text.slice(offset)}`;
      offset++;
      samples.push(
        timed(() => {
          ws = ws.withDoc(parse(text, uri));
          return check(ws, uri);
        }).ms,
      );
    }
  }
  return summarise(samples);
}

/** A space in running text, outside any attribute block, where typing a word keeps the markup valid. */
function isProseSpace(text: string, offset: number): boolean {
  if (text[offset] !== ' ') return false;
  const line = text.lastIndexOf('\n', offset);
  const segment = text.slice(line + 1, offset);
  return !segment.startsWith('#') && segment.lastIndexOf('{') <= segment.lastIndexOf('}');
}

/**
 * Renames the hub entity's definition in the registry (and back), as an annotator fixing its id would,
 * and times parsing the registry, updating the workspace and checking the registry and every document that
 * references the hub: the documents whose diagnostics the edit changes.
 */
function measureRefresh(): GlossResult['refresh'] {
  const registry = ws.doc(uris.find((uri) => uri.endsWith(`/${REGISTRY_FILE}`)) as string) as Doc;
  const referencing = ws.referencingUris(options.hubId).length;
  const runs: number[] = [];
  for (let run = 0; run < 2; run++) {
    const text = run % 2 === 0 ? registry.text.replace(`  ${options.hubId}:\n`, `  ${options.hubId}-renamed:\n`) : registry.text;
    runs.push(
      timed(() => {
        ws = ws.withDoc(parse(text, registry.uri));
        return [registry.uri, ...ws.referencingUris(options.hubId)].map((uri) => check(ws, uri));
      }).ms,
    );
  }
  return { referencingDocuments: referencing, runs };
}

/**
 * A second start on the unchanged corpus, the way the language server makes it: with the summaries stored after the
 * first start, every file read again synchronously, a slice of time at a time, and hashed, its URI made as discovery
 * makes it, the store read, and the workspace built from the stored summaries without parsing anything. The store goes
 * to a temporary folder, so the corpus stays as it was.
 */
async function measureSecondStart(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-store-'));
  try {
    const version = 'bench';
    const texts = new Map(read.value.map((file) => [file.uri, file.text]));
    await writeSummaries(dir, version, uris.map((uri) => summaryLine(uri, textHash(texts.get(uri) as string), ws.summary(uri) as DocSummary)));
    const start = performance.now();
    const paths = listFiles(options.corpus, '.gloss.md');
    const sources: DocSource[] = [];
    const stored = await readSummaries(dir, version);
    await forEachInSlices(paths, SCAN_SLICE_MS, async (path) => {
      const content = await readGlossFile(path, { ops: SYNC_FILE_OPS });
      if (content.kind !== 'text') return;
      const uri = fileUriOf(path);
      const entry = stored.get(uri);
      if (entry?.hash !== textHash(content.utf8)) throw new Error(`No stored summary for ${uri}`);
      sources.push({ uri, summary: entry.summary, load: () => parse(content.text, uri) });
    });
    Workspace.build(sources);
    return performance.now() - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
