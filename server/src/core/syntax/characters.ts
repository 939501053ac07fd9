/**
 * Character classes of Pandoc's attribute and citation-key grammars, for micromark codes and for strings.
 * Letters and digits are Unicode ones, as Haskell's `isAlpha` and `isAlphaNum` read them.
 */
import type { Code } from 'micromark-util-types';

const LETTER = /^\p{L}$/u;
const WORD = /^[\p{L}\p{N}]$/u;

/** Whether a UTF-16 code unit is a letter (Pandoc's `letter`); surrogate halves are not. */
export function isLetterCode(code: Code): boolean {
  return code !== null && code >= 0 && LETTER.test(String.fromCharCode(code));
}

/** Whether a code may continue a Pandoc identifier: a letter, a digit, `-`, `_`, `:` or `.`. */
export function isIdentifierCode(code: Code): boolean {
  if (code === null || code < 0) return false;
  if (code === 45 || code === 95 || code === 58 || code === 46) return true;
  return WORD.test(String.fromCharCode(code));
}

/** Whether a code is a space, a tab (with its virtual spaces) or a line ending. */
export function isSpaceOrEolCode(code: Code): boolean {
  return code !== null && (code < 0 || code === 32);
}

/** Whether a character (one code point) is a letter or a digit, as Haskell's `isAlphaNum` says. */
export function isAlphaNumeric(char: string): boolean {
  return WORD.test(char);
}

/** Whether a character is a space, a tab or a line ending. */
export function isWhitespace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Whether a character is ASCII punctuation, which a backslash escapes. */
export function isAsciiPunctuation(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && ASCII_PUNCTUATION.includes(char);
}

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
