/**
 * The inline nodes the scanner builds for one run, with indices into the run's content.
 */
import type { GlossAttributeItem, GlossCitationItem } from '../syntax/index.js';

/** Literal text `[start, end)`: characters, and brackets or emphasis markers that matched nothing. */
export interface TextNode {
  kind: 'text';
  start: number;
  end: number;
}

/** A backslash escape `\X` of ASCII punctuation at `start`: two characters of source, the one character `X` of text. */
export interface EscapeNode {
  kind: 'escape';
  start: number;
}

/** A code span; only its text matters to a Doc (a span's plain text includes it). */
export interface CodeNode {
  kind: 'code';
  value: string;
}

/** A run of `*` or `_` that may still open or close emphasis; it shrinks from the inside as it matches. */
export interface DelimiterNode {
  kind: 'delimiter';
  marker: number;
  start: number;
  end: number;
  open: boolean;
  close: boolean;
}

/** A `[` that may still start a link or a span. */
export interface BracketNode {
  kind: 'bracket';
  start: number;
  /** It closed nothing and never will (micromark's `_balanced`). */
  balanced: boolean;
  /** A link formed after it, so it can no longer start a link, only a span (micromark's `_inactive`). */
  inactive: boolean;
}

/** Emphasis or strong emphasis. */
export interface EmphasisNode {
  kind: 'emphasis';
  children: InlineNode[];
}

/** An inline link `[children](destination)`. */
export interface LinkNode {
  kind: 'link';
  children: InlineNode[];
}

/** A bracketed span. `end` is the index just after its `}`. */
export interface SpanNode {
  kind: 'span';
  children: InlineNode[];
  start: number;
  end: number;
  contentEnd: number;
  attributes: GlossAttributeItem[];
}

/** A bracketed citation; its item offsets are still content indices. */
export interface CitationNode {
  kind: 'citation';
  start: number;
  end: number;
  items: GlossCitationItem[];
}

export type InlineNode = TextNode | EscapeNode | CodeNode | DelimiterNode | BracketNode | EmphasisNode | LinkNode | SpanNode | CitationNode;
