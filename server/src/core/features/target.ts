/**
 * `findTarget`: what the cursor is on, the shared first step of hover, definition, references, rename and highlights.
 */
import type { Doc, Position, Range, Reference, Span } from '../model.js';
import type { DefinitionKind } from '../symbols.js';
import type { Workspace } from '../workspace.js';
import { fragmentRange, idPartRange, touches } from './positions.js';

/**
 * What is under the cursor. Every variant names the global id it is about, the claim id (`fragment`) when it is
 * about a claim, and the range of the token under the cursor.
 * - `reference`: an id as used (mention `#id`, `by=`, `src=`, `same=`…, a citation key, YAML `outlet`/`publisher`/`related`);
 *   `part` says whether the cursor is on the global id (`id`) or on the claim id after `#` (`fragment`).
 * - `definition`: an entity or source key in YAML, or the document `id:` value.
 * - `claim`: the `#id` of a claim or quote, where the claim id is defined.
 * - `mention-text`: the text of a mention, which stands for its entity.
 * - `claim-text`: anywhere else on a claim or quote; `fragment` is its id, or null when it has none.
 */
export type Target =
  | { kind: 'reference'; id: string; fragment: string | null; part: 'id' | 'fragment'; reference: Reference; range: Range }
  | { kind: 'definition'; definition: DefinitionKind; id: string; fragment: null; range: Range }
  | { kind: 'claim'; id: string; fragment: string; span: Span; range: Range }
  | { kind: 'mention-text'; id: string; fragment: null; span: Span; range: Range }
  | { kind: 'claim-text'; id: string; fragment: string | null; span: Span; range: Range };

/** Finds what is at `position` in the document at `uri`, or null when it is nothing Gloss knows. Pure. */
export function findTarget(ws: Workspace, uri: string, position: Position): Target | null {
  const doc = ws.doc(uri);
  if (!doc) return null;
  return definitionAt(doc, position) ?? referenceAt(doc, position) ?? spanAt(doc, position);
}

function definitionAt(doc: Doc, position: Position): Target | null {
  if (doc.idRange && touches(doc.idRange, position)) {
    return { kind: 'definition', definition: 'document', id: doc.id, fragment: null, range: doc.idRange };
  }
  for (const entity of doc.entities) {
    if (touches(entity.range, position)) return { kind: 'definition', definition: 'entity', id: entity.id, fragment: null, range: entity.range };
  }
  for (const source of doc.sources) {
    if (touches(source.range, position)) return { kind: 'definition', definition: 'source', id: source.id, fragment: null, range: source.range };
  }
  return null;
}

function referenceAt(doc: Doc, position: Position): Target | null {
  for (const reference of doc.references) {
    if (!touches(reference.range, position)) continue;
    const { id, fragment } = reference;
    const idRange = idPartRange(reference);
    if (idRange && (fragment === null || touches(idRange, position))) {
      return { kind: 'reference', id, fragment, part: 'id', reference, range: idRange };
    }
    const range = fragmentRange(reference) ?? reference.range;
    return { kind: 'reference', id, fragment, part: 'fragment', reference, range };
  }
  return null;
}

/** The innermost span around the position: its `#id` for a claim, else its text. */
function spanAt(doc: Doc, position: Position): Target | null {
  let innermost: Span | null = null;
  for (const span of doc.spans) {
    if (span.kind === 'other' || !touches(span.range, position)) continue;
    if (!innermost || startsAfter(span, innermost)) innermost = span;
  }
  if (!innermost) return null;
  const span = innermost;
  if (span.kind === 'mention') {
    if (span.id === null) return null;
    return { kind: 'mention-text', id: span.id, fragment: null, span, range: span.contentRange };
  }
  if (span.id !== null && span.idRange && touches(span.idRange, position)) {
    return { kind: 'claim', id: doc.id, fragment: span.id, span, range: span.idRange };
  }
  return { kind: 'claim-text', id: doc.id, fragment: span.id, span, range: span.range };
}

function startsAfter(a: Span, b: Span): boolean {
  return a.range.start.line > b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.character > b.range.start.character);
}
