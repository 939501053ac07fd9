/**
 * A word-level difference between two quotations, for the claim card and the `quote-mismatch` message.
 */

/** One word of a difference: in both texts, only in the first (`removed`) or only in the second (`added`). */
export interface WordChange {
  word: string;
  change: 'same' | 'removed' | 'added';
}

/** Quotes with more words than this are compared as unequal without a word list, to bound the quadratic work. */
const MAX_WORDS = 1000;

/** A word as compared: lower case, without surrounding punctuation or quotation marks. */
export function normalizeWord(word: string): string {
  // A scan from both ends instead of an anchored regular expression, whose trailing part would be quadratic.
  const chars = [...word.toLowerCase()];
  let start = 0;
  let end = chars.length;
  while (start < end && !LETTER_OR_DIGIT.test(chars[start] as string)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(chars[end - 1] as string)) end--;
  return chars.slice(start, end).join('');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a text, split on white space. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => normalizeWord(word) !== '');
}

/**
 * The difference from `a` to `b` as a longest common subsequence of normalised words,
 * or null when the texts are too long to compare. Words are shown as written in the text they come from.
 */
export function wordDiff(a: string, b: string): WordChange[] | null {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length > MAX_WORDS || right.length > MAX_WORDS) return null;
  const l = left.map(normalizeWord);
  const r = right.map(normalizeWord);
  const width = r.length + 1;
  // lengths[i * width + j] is the length of the longest common subsequence of l[i..] and r[j..].
  const lengths = new Uint16Array((l.length + 1) * width);
  for (let i = l.length - 1; i >= 0; i--) {
    for (let j = r.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        l[i] === r[j]
          ? (lengths[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const result: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length || j < r.length) {
    if (i < l.length && j < r.length && l[i] === r[j]) {
      result.push({ word: left[i++] as string, change: 'same' });
      j++;
    } else if (i < l.length && (j === r.length || (lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number))) {
      result.push({ word: left[i++] as string, change: 'removed' });
    } else {
      result.push({ word: right[j++] as string, change: 'added' });
    }
  }
  return result;
}
