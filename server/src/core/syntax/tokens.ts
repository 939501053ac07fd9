/**
 * The micromark token types that the Gloss syntax extension emits, registered with micromark's types,
 * and the fields it stashes on tokens to hand information from the tokenizer to the resolver and the compiler.
 */
import type { GlossCitationItem } from './types.js';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    glossSpan: 'glossSpan';
    glossSpanMarker: 'glossSpanMarker';
    glossAttributes: 'glossAttributes';
    glossAttributesMarker: 'glossAttributesMarker';
    glossAttributeWhitespace: 'glossAttributeWhitespace';
    glossAttributeId: 'glossAttributeId';
    glossAttributeClass: 'glossAttributeClass';
    glossAttributeSpecial: 'glossAttributeSpecial';
    glossAttributePair: 'glossAttributePair';
    glossAttributeMarker: 'glossAttributeMarker';
    glossAttributeName: 'glossAttributeName';
    glossAttributeValueMarker: 'glossAttributeValueMarker';
    glossAttributeValue: 'glossAttributeValue';
    glossAttributeValueText: 'glossAttributeValueText';
    glossAttributeLineEnding: 'glossAttributeLineEnding';
    glossCitation: 'glossCitation';
    glossCitationMarker: 'glossCitationMarker';
    glossCitationContent: 'glossCitationContent';
    glossCitationText: 'glossCitationText';
    glossCitationLineEnding: 'glossCitationLineEnding';
  }

  interface Token {
    /** On the `]` marker of a span: the `labelLink` token of the `[` that opens it. */
    _glossOpen?: Token | undefined;
    /** On a `glossCitation` token: its items, with offsets already mapped to the source. */
    _glossCitationItems?: GlossCitationItem[] | undefined;
  }

  interface TokenizeContext {
    /**
     * Spans closed so far in this text, innermost last, as `[start offset, nesting depth]`:
     * how the span tokenizer knows the depth of a new span without walking the events.
     */
    _glossSpanDepths?: Array<[number, number]> | undefined;
    /**
     * For each kind of attribute value (`unquoted`, and the code of each quote), the earliest offset from which
     * a value of that kind ran into the end of the text without closing.
     */
    _glossEndlessValues?: Record<string, number> | undefined;
  }
}

