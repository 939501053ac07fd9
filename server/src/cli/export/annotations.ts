/**
 * The annotations of a document as exports see them: every mention, claim, quote and citation,
 * anchored on the document's plain text.
 */
import { entityOf, isSourced, plainTextOf, type Doc, type EntityType, type Range, type Workspace } from '../../core/index.js';

/** What an annotation marks. */
export type AnnotationKind = 'mention' | 'claim' | 'quote' | 'citation';

/** One annotation, anchored on `ExportedDocument.text`. */
export interface Annotation {
  /** `a1`, `a2`, … in source order within the document. */
  key: string;
  kind: AnnotationKind;
  /** The span's `#id` (the entity of a mention, the claim id of a claim or quote), or null. */
  id: string | null;
  /** `text.slice(start, end)` of the plain text. */
  text: string;
  start: number;
  end: number;
  classes: string[];
  /** The span's `key=value` attributes, sorted by key; empty for a citation. */
  attributes: Record<string, string>;
  /** The cited keys of a citation; empty for a span. */
  keys: string[];
  /** Whether a claim or quote is sourced (as `unsourced-claim` decides); null for mentions and citations. */
  sourced: boolean | null;
  /** For a mention, the entity's name and type when the workspace defines it. */
  entity: { name: string; type: EntityType | null } | null;
  /** The range in the Markdown source. */
  range: Range;
}

/** A document with its plain text and its annotations. */
export interface ExportedDocument {
  id: string;
  uri: string;
  /** The path relative to the workspace root. */
  path: string;
  title: string | null;
  text: string;
  annotations: Annotation[];
}

/**
 * Collects the annotations of `doc`: spans of kind `other` and annotations that could not be placed in the plain text
 * are left out. Ordered by source position, an enclosing span before the spans it holds. Pure.
 */
export function exportedDocument(ws: Workspace, doc: Doc, path: string): ExportedDocument {
  const plain = plainTextOf(doc);
  const found: Array<Omit<Annotation, 'key'>> = [];
  doc.spans.forEach((span, index) => {
    const at = plain.spans[index];
    if (!at || span.kind === 'other') return;
    const def = span.kind === 'mention' && span.id !== null ? (entityOf(ws, span.id)?.entity ?? null) : null;
    found.push({
      kind: span.kind,
      id: span.id,
      text: plain.text.slice(at.start, at.end),
      start: at.start,
      end: at.end,
      classes: [...span.classes],
      attributes: Object.fromEntries(Object.entries(span.attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      keys: [],
      sourced: span.kind === 'mention' ? null : isSourced(ws, doc, span),
      entity: def ? { name: def.name, type: def.type } : null,
      range: span.range,
    });
  });
  doc.citations.forEach((citation, index) => {
    const at = plain.citations[index];
    if (!at) return;
    found.push({
      kind: 'citation',
      id: null,
      text: plain.text.slice(at.start, at.end),
      start: at.start,
      end: at.end,
      classes: [],
      attributes: {},
      keys: [...citation.keys],
      sourced: null,
      entity: null,
      range: citation.range,
    });
  });
  found.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      b.range.end.line - a.range.end.line ||
      b.range.end.character - a.range.end.character,
  );
  return {
    id: doc.id,
    uri: doc.uri,
    path,
    title: doc.meta.title,
    text: plain.text,
    annotations: found.map((annotation, i) => ({ key: `a${i + 1}`, ...annotation })),
  };
}

