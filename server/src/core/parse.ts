/**
 * `parse`: text in, Doc out. Never throws; every problem in the input becomes a Problem.
 */
import type { Citation, Doc, Problem, Range, Reference, Span, TextRun } from './model.js';
import { LineIndex, compareRanges, stripBom } from './text.js';
import { findFrontMatterBlock } from './frontMatterBlock.js';
import { emptyFrontMatter, readFrontMatter, type FrontMatter } from './frontMatter.js';
import { idFromUri } from './docId.js';
import { isValidId, splitTarget } from './ids.js';
import { parseTree } from './syntax/index.js';
import type { Body, BodyCitation, BodySpan } from './body.js';
import { bodyFromTree } from './treeBody.js';
import { scanBody } from './scan/scanBody.js';
import { readSpanAttributes } from './spanAttributes.js';
import { CompactCitation, CompactCitationItem, CompactReference, CompactSpan } from './compactValues.js';
import { readSuppressions } from './suppressions.js';
import { setLineIndex } from './docLines.js';

/** Limits that keep one file from taking the whole process down. */
export interface ParseOptions {
  /** Texts longer than this (in UTF-16 code units) get their front matter read and nothing else. */
  maxLength?: number;
}

/** The default of `ParseOptions.maxLength`: about 1 MB of text. */
export const DEFAULT_MAX_LENGTH = 1_000_000;

/**
 * Parses one Gloss file into a Doc.
 * A leading BOM is dropped so that positions match what editors show.
 */
export function parse(input: string, uri: string, options: ParseOptions = {}): Doc {
  const text = stripBom(input);
  const lines = new LineIndex(text);
  try {
    const doc = build(text, uri, lines, options.maxLength ?? DEFAULT_MAX_LENGTH);
    setLineIndex(doc, lines);
    return doc;
  } catch (error) {
    // Reaching this is a bug in Gloss, not in the file; the Doc still says what happened.
    const reason = error instanceof Error ? error.message : String(error);
    const doc = emptyDoc(uri, idFromUri(uri), emptyFrontMatter(), null, text);
    doc.problems.push({
      code: 'analysis-limit',
      severity: 'warning',
      message: `Gloss could not analyse this file (${reason}). Nothing in it is indexed; please report this file as a bug.`,
      range: lines.rangeOf(0, 0),
    });
    return doc;
  }
}

function build(text: string, uri: string, lines: LineIndex, maxLength: number): Doc {
  const block = findFrontMatterBlock(text);
  const frontMatter = block ? readFrontMatter(block.yaml, block.yamlStart, lines) : emptyFrontMatter();
  const fileId = idFromUri(uri);
  const doc = emptyDoc(uri, frontMatter.id ?? fileId, frontMatter, block ? lines.rangeOf(0, block.end) : null, text);
  if (frontMatter.id === null && !isValidId(fileId)) {
    doc.problems.push({
      code: 'invalid-front-matter',
      severity: 'error',
      message: `The file name gives the document id “${fileId}”, which is not a valid id. Add an “id:” field to the front matter, or rename the file.`,
      range: lines.rangeOf(0, 0),
    });
  }
  if (text.length > maxLength) {
    doc.problems.push({
      code: 'analysis-limit',
      severity: 'info',
      message: `This file has ${text.length} characters, more than the ${maxLength} that Gloss analyses; only its front matter was read. Split the file to annotate it.`,
      range: lines.rangeOf(0, 0),
    });
    return finish(doc);
  }
  const body = scanBody(text, block ? block.end : 0, lines) ?? bodyFromTree(parseTree(text), text, lines);
  readBody(body, doc, text, lines);
  return finish(doc);
}

function emptyDoc(uri: string, id: string, frontMatter: FrontMatter, frontMatterRange: Range | null, text: string): Doc {
  return {
    uri,
    id,
    idRange: frontMatter.idRange,
    meta: frontMatter.meta,
    entities: frontMatter.entities,
    sources: frontMatter.sources,
    spans: [],
    citations: [],
    references: [...frontMatter.references],
    problems: [...frontMatter.problems],
    frontMatterRange,
    suppressions: [],
    text,
    prose: NO_RUNS,
  };
}

/** The prose of a Doc that has none. */
const NO_RUNS = new Uint32Array(0);

/** Runs as `Doc.prose` holds them: start and end offsets, one after the other. */
function packed(runs: readonly TextRun[]): Uint32Array {
  const offsets = new Uint32Array(runs.length * 2);
  runs.forEach((run, i) => {
    offsets[2 * i] = run.start;
    offsets[2 * i + 1] = run.end;
  });
  return offsets;
}

/** Adds what the body holds to `doc`: the scanner's reading when it can vouch for it, else the full parser's. */
function readBody(body: Body, doc: Doc, text: string, lines: LineIndex): void {
  // Made by `map`, which sizes each array exactly, where `push` would leave room to spare in every Doc of the corpus.
  doc.spans = body.spans.map((span) => readSpan(span, doc, text, lines));
  doc.citations = body.citations.map((citation) => readCitation(citation, doc, lines));
  for (const run of body.texts) reportStrayMarkers(run.start, run.end, doc, text, lines);
  doc.prose = packed(body.prose);
  const citationStarts = new Map(body.citations.map((citation, index) => [citation.start, index]));
  body.spans.forEach((span, index) => {
    (doc.spans[index] as Span).citation = citationStarts.get(skipSpaces(text, span.end)) ?? null;
  });
  doc.suppressions = readSuppressions(body.comments, lines.lineCount - 1);
}

function readSpan(span: BodySpan, doc: Doc, text: string, lines: LineIndex): Span {
  const read = readSpanAttributes(span.attributes, doc.id, text, lines);
  doc.references.push(...read.references);
  doc.problems.push(...read.problems);
  const fields = {
    kind: read.kind,
    id: read.id,
    classes: read.classes,
    attributes: read.attributes,
    attributeList: read.attributeList,
    text: span.text,
    parent: span.parent,
    citation: null,
  };
  return new CompactSpan(lines, fields, span, { start: span.contentStart, end: span.contentEnd }, read.idAt);
}

function readCitation(citation: BodyCitation, doc: Doc, lines: LineIndex): Citation {
  const items = citation.items.map((item) => {
    const at = { start: item.keyStart, end: item.keyEnd };
    const target = splitTarget(item.key, doc.id);
    if (target) {
      doc.references.push(new CompactReference(lines, { target: item.key, id: target.id, fragment: target.fragment, role: 'citation' }, at));
    } else {
      doc.problems.push({
        code: 'malformed-citation',
        severity: 'warning',
        message: `“@${item.key}” cannot name a source: a citation key is an id (a letter, then letters, digits, “_”, “.”, “:” or “-”). Fix the key.`,
        range: lines.rangeOf(at.start, at.end),
      });
    }
    return new CompactCitationItem(lines, item, at);
  });
  return new CompactCitation(lines, items, citation);
}

/**
 * A `]{` or `[@` left in plain text is almost always an annotation that did not parse.
 * The raw source is searched, not the text value, so that escaped brackets (`\]{`) stay silent.
 */
function reportStrayMarkers(start: number, end: number, doc: Doc, text: string, lines: LineIndex): void {
  const raw = text.slice(start, end);
  for (let i = raw.indexOf(']{'); i >= 0; i = raw.indexOf(']{', i + 2)) {
    if (isEscaped(raw, i)) continue;
    doc.problems.push({
      code: 'malformed-span',
      severity: 'warning',
      message:
        'This “]{” does not make a span: either its “{…}” is not a valid attribute block (#id, .class, key=value, key="quoted value") or no “[” opens it. Fix the annotation, or write “\\]{” to keep the text.',
      range: lines.rangeOf(start + i, start + i + 2),
    });
  }
  for (let i = raw.indexOf('[@'); i >= 0; i = raw.indexOf('[@', i + 2)) {
    if (isEscaped(raw, i)) continue;
    doc.problems.push({
      code: 'malformed-citation',
      severity: 'warning',
      message:
        'This “[@” does not make a citation: a citation is “[@id]”, “[@id, p. 3]” or “[@a; @b]” with a closing “]”. Fix it, or write “\\[@” to keep the text.',
      range: lines.rangeOf(start + i, start + i + 2),
    });
  }
}

function isEscaped(raw: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && raw[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/**
 * Sorts references and problems into document order, so that output is stable. Each reference's range is made once
 * for the sort, since a compact reference makes a new one each time it is read.
 */
function finish(doc: Doc): Doc {
  doc.references = doc.references
    .map((reference): [Range, Reference] => [reference.range, reference])
    .sort((a, b) => compareRanges(a[0], b[0]))
    .map(([, reference]) => reference);
  doc.problems.sort((a: Problem, b: Problem) => compareRanges(a.range, b.range) || a.code.localeCompare(b.code));
  return doc;
}
