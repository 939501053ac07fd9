/**
 * `gloss export [paths…]`: every annotation with the document's plain text, in a format other tools read.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command, CommandContext } from './command.js';
import { commandArgs } from './commandArgs.js';
import { exportedDocument, type ExportedDocument } from './export/annotations.js';
import { bratFiles } from './export/bratExport.js';
import { jsonlExport } from './export/jsonlExport.js';
import { w3cExport } from './export/w3cExport.js';
import { loadCorpus } from './loadCorpus.js';
import { UsageError } from './usageError.js';

/** The formats of `gloss export --format`. */
export const EXPORT_FORMATS = ['jsonl', 'w3c', 'brat'] as const;

const HELP = `Usage: gloss export --format <name> [options] [paths…]

Exports every mention, claim, quote and citation with the plain text of its document
(front matter dropped, paragraphs separated by blank lines); offsets count UTF-16 code
units of that text. Paths are found as 'gloss check' finds them.

Formats:
  jsonl  one JSON object per line: a "document" record with the text, then one
         "annotation" record per annotation (stdout, or DIR/annotations.jsonl)
  w3c    W3C Web Annotation JSON-LD: an array of AnnotationCollections, one per document
         (stdout, or DIR/annotations.jsonld)
  brat   brat standoff: DIR/<document id>.txt and DIR/<document id>.ann (needs -o)

Options:
  --format <name>   jsonl, w3c or brat (required)
  -o, --out <dir>   write files into this folder, created if missing
  -h, --help        show this help

Exit status: 0 exported, 2 a usage, configuration or missing-file error.
`;

/** Runs `gloss export` and resolves to the exit code. */
export async function runExport(args: string[], context: CommandContext): Promise<number> {
  const options = { format: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } as const;
  const { values, positionals } = commandArgs('export', args, options, true);
  const { io } = context;
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values['format'] as string | undefined;
  if (format === undefined) throw new UsageError(`'gloss export' needs --format with one of ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}'; use one of ${EXPORT_FORMATS.join(', ')}`);
  const out = values['out'] as string | undefined;
  if (format === 'brat' && out === undefined) throw new UsageError(`'gloss export --format brat' writes files and needs -o DIR`);
  const corpus = await loadCorpus(io, positionals);
  if (corpus === 2) return 2;
  const documents = corpus.files.flatMap((file) => {
    const doc = corpus.ws.doc(file.uri);
    return doc ? [exportedDocument(corpus.ws, doc, file.relativePath)] : [];
  });
  if (out === undefined) {
    io.stdout.write(format === 'jsonl' ? jsonlExport(documents) : w3cExport(documents));
    return 0;
  }
  const dir = resolve(io.cwd, out);
  await mkdir(dir, { recursive: true });
  if (format === 'jsonl') await writeFile(join(dir, 'annotations.jsonl'), jsonlExport(documents));
  else if (format === 'w3c') await writeFile(join(dir, 'annotations.jsonld'), w3cExport(documents));
  else await writeBrat(dir, documents);
  return 0;
}

/** Writes each document's brat pair; a document id seen before gets `-2`, `-3`, … so no file is overwritten. */
async function writeBrat(dir: string, documents: readonly ExportedDocument[]): Promise<void> {
  const used = new Set<string>();
  for (const doc of documents) {
    let name = doc.id;
    for (let n = 2; used.has(name); n++) name = `${doc.id}-${n}`;
    used.add(name);
    const files = bratFiles(doc);
    await writeFile(join(dir, `${name}.txt`), files.txt);
    await writeFile(join(dir, `${name}.ann`), files.ann);
  }
}

/** The `export` command. */
export function exportCommand(): Command {
  return { name: 'export', summary: 'export annotations as JSON Lines, W3C Web Annotations or brat', help: HELP, run: runExport };
}
