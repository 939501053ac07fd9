/**
 * What a Doc takes from the Markdown body, in one shape for both readers of it:
 * the syntax tree (`bodyFromTree`) and the fast scanner (`scanBody`), which must give equal values.
 */
import type { TextRun } from './model.js';
import type { GlossAttributeItem, GlossCitationItem } from './syntax/index.js';
import type { CommentAt } from './suppressions.js';

/** A span as read from the body; offsets are UTF-16 indices into the text. */
export interface BodySpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  attributes: GlossAttributeItem[];
  /** The plain text inside the brackets. */
  text: string;
  /** Index in `Body.spans` of the innermost enclosing span, or null. */
  parent: number | null;
}

/** A citation as read from the body. */
export interface BodyCitation {
  start: number;
  end: number;
  items: GlossCitationItem[];
}

/** Everything a Doc needs from the body, in document order. */
export interface Body {
  /** Spans ordered by start; an enclosing span comes before the spans inside it. */
  spans: BodySpan[];
  citations: BodyCitation[];
  /** HTML comments, where `gloss-disable` directives live. */
  comments: CommentAt[];
  /** Every text node, where stray `]{` and `[@` are looked for. */
  texts: TextRun[];
  /** The text nodes outside any span and any link. */
  prose: TextRun[];
}
