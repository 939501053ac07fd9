/**
 * The micromark syntax extension for Gloss: bracketed spans and bracketed citations.
 */
import type { Extension } from 'micromark-util-types';
import { citation } from './citation.js';
import { spanEnd } from './spanEnd.js';

/**
 * The micromark extension. Its constructs go before CommonMark's: a citation is tried at `[` before a link start,
 * a span end at `]` before a label end. Stateless.
 */
export function glossSyntax(): Extension {
  return {
    text: {
      91: citation,
      93: spanEnd,
    },
  };
}
