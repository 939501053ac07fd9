/**
 * The mdast nodes that the Gloss syntax extension adds, and the offsets they carry.
 * Offsets are UTF-16 indices into the parsed text, as unist positions count them.
 */
import type { Parent, PhrasingContent } from 'mdast';

/** One item inside `{…}`: `#id`, `.class` or `key=value`, with its offsets. */
export interface GlossAttributeItem {
  kind: 'id' | 'class' | 'pair';
  /** The id or class name, or the key of a pair. */
  name: string;
  /** The value of a pair (quotes removed, escapes resolved); empty for ids and classes. */
  value: string;
  /** Offsets of the whole item. */
  start: number;
  end: number;
  /** Offsets of the value as written (inside the quotes when quoted); for ids and classes, the name. */
  valueStart: number;
  valueEnd: number;
}

/** A bracketed span: `[children]{attributes}`. */
export interface GlossSpan extends Parent {
  type: 'glossSpan';
  children: PhrasingContent[];
  attributes: GlossAttributeItem[];
  /** Offsets of the text between `[` and `]`. */
  contentStart: number;
  contentEnd: number;
}

/** One `@key` of a bracketed citation. */
export interface GlossCitationItem {
  key: string;
  /** Offsets of the key, without the `@`. */
  keyStart: number;
  keyEnd: number;
  prefix: string;
  suffix: string;
  suppressAuthor: boolean;
}

/** A bracketed citation: `[@a]`, `[see @a, p. 3; @b]`. */
export interface GlossCitation {
  type: 'glossCitation';
  items: GlossCitationItem[];
  position?: Parent['position'];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    glossSpan: GlossSpan;
    glossCitation: GlossCitation;
  }
  interface RootContentMap {
    glossSpan: GlossSpan;
    glossCitation: GlossCitation;
  }
}
