/**
 * The micromark tokenizer of a Pandoc attribute block `{#id .class key=value key="quoted value"}`.
 * It follows Pandoc's `attributes` parser: items may follow one another with or without whitespace
 * (spaces, tabs, line endings), `-` is the class `unnumbered`, a quoted value may not start with whitespace,
 * and a backslash escapes the next character inside a value.
 * Every line ending gets a token of its own: micromark's subtokenizer maps text back onto the lines of a paragraph
 * by finding the tokens that span lines, and expects each of those to be one line ending.
 * Anything else makes the whole block fail, so the text stays what CommonMark reads.
 * The tokenizer never looks back and stops at the first character that cannot belong to a block.
 * A value is the one item that can run far (to whitespace or `}`, or to its closing quote), so when one runs
 * into the end of the text, the tokenizer remembers where it started: every later value of that kind would
 * run into the end too and fails at once, and a run of unterminated blocks costs linear time.
 */
import type { Code, Construct, Effects, State, TokenizeContext, TokenType } from 'micromark-util-types';
import { markdownLineEnding } from 'micromark-util-character';
import { isIdentifierCode, isLetterCode, isSpaceOrEolCode } from './characters.js';
import './tokens.js';

const LEFT_BRACE = 123;
const RIGHT_BRACE = 125;
const NUMBER_SIGN = 35;
const DOT = 46;
const DASH = 45;
const EQUALS = 61;
const QUOTATION_MARK = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;

/**
 * Starts tokenizing an attribute block at `{`; calls `ok` after the closing `}` and `nok` when the block does not parse.
 * Holds no state beyond one call.
 */
export function tokenizeAttributeBlock(self: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const endless = (self._glossEndlessValues ??= {});
  let quote: Code = null;
  let valueFrom = 0;
  let inText = false;
  return start;

  /** Fails a value that starts where a value of the same kind already ran into the end of the text. */
  function knownEndless(kind: string): boolean {
    const from = endless[kind];
    return from !== undefined && self.now().offset >= from;
  }

  function markEndless(kind: string, from: number): void {
    endless[kind] = Math.min(endless[kind] ?? from, from);
  }

  function start(code: Code): State | undefined {
    if (code !== LEFT_BRACE) return nok(code);
    effects.enter('glossAttributes');
    single('glossAttributesMarker', code);
    return between;
  }

  function single(type: TokenType, code: Code): void {
    effects.enter(type);
    effects.consume(code);
    effects.exit(type);
  }

  function between(code: Code): State | undefined {
    if (markdownLineEnding(code)) {
      single('glossAttributeLineEnding', code);
      return between;
    }
    if (isSpaceOrEolCode(code)) {
      effects.enter('glossAttributeWhitespace');
      return whitespace(code);
    }
    return item(code);
  }

  function whitespace(code: Code): State | undefined {
    if (isSpaceOrEolCode(code) && !markdownLineEnding(code)) {
      effects.consume(code);
      return whitespace;
    }
    effects.exit('glossAttributeWhitespace');
    return between(code);
  }

  function item(code: Code): State | undefined {
    if (code === RIGHT_BRACE) {
      single('glossAttributesMarker', code);
      effects.exit('glossAttributes');
      return ok;
    }
    if (code === NUMBER_SIGN || code === DOT) {
      const type = code === NUMBER_SIGN ? 'glossAttributeId' : 'glossAttributeClass';
      effects.enter(type);
      single('glossAttributeMarker', code);
      return (next: Code) => nameStart(next, type);
    }
    if (code === DASH) {
      effects.enter('glossAttributeSpecial');
      effects.consume(code);
      effects.exit('glossAttributeSpecial');
      return between;
    }
    if (isLetterCode(code)) {
      effects.enter('glossAttributePair');
      effects.enter('glossAttributeName');
      effects.consume(code);
      return key;
    }
    return nok(code);
  }

  function nameStart(code: Code, type: TokenType): State | undefined {
    if (!isLetterCode(code)) return nok(code);
    effects.enter('glossAttributeName');
    effects.consume(code);
    return function nameRest(next: Code): State | undefined {
      if (isIdentifierCode(next)) {
        effects.consume(next);
        return nameRest;
      }
      effects.exit('glossAttributeName');
      effects.exit(type);
      return between(next);
    };
  }

  function key(code: Code): State | undefined {
    if (isIdentifierCode(code)) {
      effects.consume(code);
      return key;
    }
    effects.exit('glossAttributeName');
    if (code !== EQUALS) return nok(code);
    single('glossAttributeMarker', code);
    return valueStart;
  }

  function valueStart(code: Code): State | undefined {
    if (code === QUOTATION_MARK || code === APOSTROPHE) {
      quote = code;
      single('glossAttributeValueMarker', code);
      return quotedStart;
    }
    if (code === null || code === RIGHT_BRACE || isSpaceOrEolCode(code)) return pairEnd(code);
    if (knownEndless('unquoted')) return nok(code);
    valueFrom = self.now().offset;
    effects.enter('glossAttributeValue');
    return unquoted(code);
  }

  function unquoted(code: Code): State | undefined {
    if (code === null) {
      markEndless('unquoted', valueFrom);
      return nok(code);
    }
    if (code === RIGHT_BRACE || isSpaceOrEolCode(code)) {
      effects.exit('glossAttributeValue');
      return pairEnd(code);
    }
    effects.consume(code);
    return code === BACKSLASH ? unquotedEscaped : unquoted;
  }

  function unquotedEscaped(code: Code): State | undefined {
    if (code === null) {
      markEndless('unquoted', valueFrom);
      return nok(code);
    }
    effects.consume(code);
    return unquoted;
  }

  function quotedStart(code: Code): State | undefined {
    // Pandoc's `enclosed` refuses an opening quote followed by whitespace.
    if (code === null || isSpaceOrEolCode(code)) return nok(code);
    if (code === quote) return quotedEnd(code);
    if (knownEndless(String(quote))) return nok(code);
    valueFrom = self.now().offset;
    effects.enter('glossAttributeValue');
    return quoted(code);
  }

  function quoted(code: Code): State | undefined {
    if (code === null) {
      markEndless(String(quote), valueFrom);
      return nok(code);
    }
    if (code === quote) {
      if (inText) effects.exit('glossAttributeValueText');
      inText = false;
      effects.exit('glossAttributeValue');
      return quotedEnd(code);
    }
    if (markdownLineEnding(code)) {
      if (inText) effects.exit('glossAttributeValueText');
      inText = false;
      single('glossAttributeLineEnding', code);
      return quoted;
    }
    if (!inText) effects.enter('glossAttributeValueText');
    inText = true;
    effects.consume(code);
    return code === BACKSLASH ? quotedEscaped : quoted;
  }

  function quotedEscaped(code: Code): State | undefined {
    if (code === null) {
      markEndless(String(quote), valueFrom);
      return nok(code);
    }
    // A backslash before a line ending escapes nothing; the line ending gets its own token.
    if (markdownLineEnding(code)) return quoted(code);
    effects.consume(code);
    return quoted;
  }

  function quotedEnd(code: Code): State | undefined {
    single('glossAttributeValueMarker', code);
    return pairEnd;
  }

  function pairEnd(code: Code): State | undefined {
    effects.exit('glossAttributePair');
    return between(code);
  }
}

/** The attribute block as a partial construct, for `effects.check` and `effects.attempt`. */
export const attributeBlock: Construct = {
  name: 'glossAttributes',
  partial: true,
  tokenize(effects, ok, nok) {
    return tokenizeAttributeBlock(this, effects, ok, nok);
  },
};
