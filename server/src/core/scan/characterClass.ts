/**
 * The three classes of character that decide whether a run of `*` or `_` can open or close emphasis,
 * as micromark's `classifyCharacter` reads a UTF-16 code unit (so half of a surrogate pair is neither).
 */

export const OTHER = 0;
export const WHITESPACE = 1;
export const PUNCTUATION = 2;

const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** The class of the code unit `code`; NaN (before the start or after the end of the content) is whitespace. */
export function classifyCharacter(code: number): number {
  if (Number.isNaN(code)) return WHITESPACE;
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return OTHER;
  const char = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(char)) return WHITESPACE;
  if (UNICODE_PUNCTUATION.test(char)) return PUNCTUATION;
  return OTHER;
}
