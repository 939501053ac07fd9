/**
 * Semantic tokens: mentions coloured by their entity's type, claims, quotes and citations.
 */
import type { EntityType } from '../model.js';
import type { LineIndex } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import type { Workspace } from '../workspace.js';
import { isSourced } from '../sourcing.js';
import { entityOf } from './lookup.js';

/** The token types, in the order of an LSP legend. */
export const SEMANTIC_TOKEN_TYPES = ['person', 'organization', 'place', 'event', 'group', 'work', 'other', 'claim', 'quote', 'citation'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** The modifiers: a mention whose entity nothing defines, a claim or quote without a source. */
export const SEMANTIC_TOKEN_MODIFIERS = ['unresolved', 'unsourced'] as const;
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** One token on one line; `character` and `length` count UTF-16 code units. */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}

/** A coloured stretch of text between two offsets, before it is cut at line breaks and around inner stretches. */
interface Stretch {
  start: number;
  end: number;
  /** Null for a hole: text that no token covers. */
  type: SemanticTokenType | null;
  modifiers: SemanticTokenModifier[];
}

/**
 * The tokens of the document at `uri`, sorted, single-line and non-overlapping.
 * A mention covers its text; a claim or quote covers its text except the spans and citations inside,
 * which keep their own colour; a citation covers its brackets. Looks up only the entities this Doc mentions. Pure.
 */
export function semanticTokens(ws: Workspace, uri: string): SemanticToken[] {
  const doc = ws.doc(uri);
  if (!doc) return [];
  const lines = lineIndexOf(doc);
  const types = new Map<string, EntityType | null | undefined>();
  const stretches: Stretch[] = [];
  for (const span of doc.spans) {
    if (span.kind === 'other') continue;
    // The whole span is a hole in whatever encloses it; only its text gets its own colour, not its brackets or attributes.
    stretches.push({ start: lines.offsetAt(span.range.start), end: lines.offsetAt(span.range.end), type: null, modifiers: [] });
    const start = lines.offsetAt(span.contentRange.start);
    const end = lines.offsetAt(span.contentRange.end);
    if (span.kind === 'mention' && span.id !== null) {
      if (!types.has(span.id)) types.set(span.id, entityOf(ws, span.id)?.entity.type);
      const type = types.get(span.id);
      stretches.push({ start, end, type: type ?? 'other', modifiers: type === undefined ? ['unresolved'] : [] });
    } else if (span.kind === 'claim' || span.kind === 'quote') {
      stretches.push({ start, end, type: span.kind, modifiers: isSourced(ws, doc, span) ? [] : ['unsourced'] });
    }
  }
  for (const citation of doc.citations) {
    stretches.push({ start: lines.offsetAt(citation.range.start), end: lines.offsetAt(citation.range.end), type: 'citation', modifiers: [] });
  }
  return flatten(stretches).flatMap((stretch) => (stretch.type === null ? [] : onLines(lines, stretch.type, stretch)));
}

/**
 * Cuts nested stretches into disjoint pieces where the innermost wins.
 * Spans nest properly, so a stack of open stretches in start order is enough.
 */
function flatten(stretches: Stretch[]): Stretch[] {
  const sorted = stretches.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Stretch[] = [];
  const stack: Stretch[] = [];
  let at = 0;
  const emitUntil = (limit: number): void => {
    while (stack.length > 0 && at < limit) {
      const top = stack[stack.length - 1] as Stretch;
      const until = Math.min(top.end, limit);
      if (until > at) result.push({ ...top, start: at, end: until });
      at = Math.max(at, until);
      if (top.end <= at) stack.pop();
    }
    at = Math.max(at, limit);
  };
  for (const stretch of sorted) {
    emitUntil(stretch.start);
    while (stack.length > 0 && (stack[stack.length - 1] as Stretch).end <= stretch.start) stack.pop();
    stack.push(stretch);
    at = stretch.start;
  }
  emitUntil(Infinity);
  return result;
}

/** One token per line a stretch covers, leaving out line breaks. */
function onLines(lines: LineIndex, type: SemanticTokenType, stretch: Stretch): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const start = lines.positionAt(stretch.start);
  const end = lines.positionAt(stretch.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : lines.lineText(line).length;
    if (to > from) tokens.push({ line, character: from, length: to - from, type, modifiers: stretch.modifiers });
  }
  return tokens;
}
