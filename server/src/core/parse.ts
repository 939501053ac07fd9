/**
 * `parse`: text in, Doc out. Never throws; every problem in the input becomes a Problem.
 */
import type { Nodes, Root } from 'mdast';
import type { Citation, Doc, Problem, Range, Reference, Span } from './model.js';
import { LineIndex, compareRanges, stripBom } from './text.js';
import { findFrontMatterBlock } from './frontMatterBlock.js';
import { emptyFrontMatter, readFrontMatter, type FrontMatter } from './frontMatter.js';
import { idFromUri } from './docId.js';
import { isValidId, splitTarget } from './ids.js';
import { parseTree } from './syntax/index.js';
import type { GlossCitation, GlossSpan } from './syntax/types.js';
import { plainText } from './plainText.js';
import { readSpanAttributes } from './spanAttributes.js';
import { readSuppressions, type CommentAt } from './suppressions.js';

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
    return build(text, uri, lines, options.maxLength ?? DEFAULT_MAX_LENGTH);
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
  readBody(parseTree(text), doc, text, lines);
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
    prose: [],
  };
}

/** One node still to visit, with the innermost span around it and whether a link encloses it. */
interface Visit {
  node: Nodes;
  parent: number | null;
  inLink: boolean;
}

/** Walks the tree iteratively (deeply nested input must not overflow the stack) and collects spans, citations and comments. */
function readBody(tree: Root, doc: Doc, text: string, lines: LineIndex): void {
  const comments: CommentAt[] = [];
  const citationStarts = new Map<number, number>();
  const spanEnds: number[] = [];
  const stack: Visit[] = [{ node: tree, parent: null, inLink: false }];
  while (stack.length > 0) {
    const { node, parent, inLink } = stack.pop() as Visit;
    let childParent = parent;
    if (node.type === 'glossSpan') {
      childParent = doc.spans.length;
      spanEnds.push(node.position?.end.offset ?? 0);
      doc.spans.push(readSpan(node, parent, doc, text, lines));
    } else if (node.type === 'glossCitation') {
      citationStarts.set(node.position?.start.offset ?? -1, doc.citations.length);
      doc.citations.push(readCitation(node, doc, lines));
    } else if (node.type === 'html' && node.value.startsWith('<!--')) {
      comments.push({
        value: node.value,
        startLine: lines.positionAt(node.position?.start.offset ?? 0).line,
        endLine: lines.positionAt(node.position?.end.offset ?? 0).line,
      });
    } else if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? 0;
      reportStrayMarkers(start, end, doc, text, lines);
      if (parent === null && !inLink) doc.prose.push({ start, end });
    }
    if ('children' in node) {
      const childInLink = inLink || node.type === 'link' || node.type === 'linkReference';
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push({ node: node.children[i] as Nodes, parent: childParent, inLink: childInLink });
      }
    }
  }
  doc.spans.forEach((span, index) => {
    span.citation = citationStarts.get(skipSpaces(text, spanEnds[index] as number)) ?? null;
  });
  doc.suppressions = readSuppressions(comments, lines.lineCount - 1);
}

function readSpan(node: GlossSpan, parent: number | null, doc: Doc, text: string, lines: LineIndex): Span {
  const read = readSpanAttributes(node.attributes, doc.id, text, lines);
  doc.references.push(...read.references);
  doc.problems.push(...read.problems);
  return {
    kind: read.kind,
    id: read.id,
    idRange: read.idRange,
    classes: read.classes,
    attributes: read.attributes,
    attributeList: read.attributeList,
    text: plainText(node, text),
    range: lines.rangeOf(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0),
    contentRange: lines.rangeOf(node.contentStart, node.contentEnd),
    parent,
    citation: null,
  };
}

function readCitation(node: GlossCitation, doc: Doc, lines: LineIndex): Citation {
  const items = node.items.map((item) => {
    const range = lines.rangeOf(item.keyStart, item.keyEnd);
    const target = splitTarget(item.key, doc.id);
    if (target) {
      doc.references.push({ target: item.key, id: target.id, fragment: target.fragment, role: 'citation', range });
    } else {
      doc.problems.push({
        code: 'malformed-citation',
        severity: 'warning',
        message: `“@${item.key}” cannot name a source: a citation key is an id (a letter, then letters, digits, “_”, “.”, “:” or “-”). Fix the key.`,
        range,
      });
    }
    return { key: item.key, range, prefix: item.prefix, suffix: item.suffix, suppressAuthor: item.suppressAuthor };
  });
  return {
    keys: items.map((item) => item.key),
    items,
    range: lines.rangeOf(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0),
  };
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

/** Sorts references and problems into document order, so that output is stable. */
function finish(doc: Doc): Doc {
  doc.references.sort((a: Reference, b: Reference) => compareRanges(a.range, b.range));
  doc.problems.sort((a: Problem, b: Problem) => compareRanges(a.range, b.range) || a.code.localeCompare(b.code));
  return doc;
}
