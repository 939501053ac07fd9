/**
 * A pure parser for the text between the brackets of a Pandoc citation, `see @a, p. 3; -@b`.
 * It follows Pandoc's `citeList`: `;`-separated items, each an optional prefix, a key after `@`
 * (`-@` suppresses the author), and an optional suffix; every item must have a key.
 */
import { isAlphaNumeric, isAsciiPunctuation, isWhitespace } from './characters.js';

/** One item, with the key's position as UTF-16 indices into the parsed string. */
export interface CitationItemAt {
  key: string;
  keyStart: number;
  keyEnd: number;
  prefix: string;
  suffix: string;
  suppressAuthor: boolean;
}

/** Punctuation that may stand inside a key when a letter, digit or `_` follows it (Pandoc's `internal`). */
const INTERNAL = ':.#$%&-+?<>~/';

/** What `matchKey` finds: where the key text is and where the whole `-@key` ends. */
interface KeyMatch {
  suppressAuthor: boolean;
  keyStart: number;
  keyEnd: number;
  end: number;
}

/**
 * Parses citation content; returns its items, or null when it is not a citation.
 * Pure, holds no state, linear in the length of the content.
 */
export function parseCitationContent(content: string): CitationItemAt[] | null {
  const items: CitationItemAt[] = [];
  let position = skipWhitespace(content, 0);
  for (;;) {
    const prefixStart = position;
    let key: KeyMatch | null = null;
    while (position < content.length) {
      const char = content[position];
      if (char === '\\') {
        position += 2;
        continue;
      }
      if (char === ';' && matchKey(content, skipWhitespace(content, position + 1)) !== null) return null;
      if (!isAlphaNumeric(previousChar(content, position))) key = matchKey(content, position);
      if (key !== null) break;
      position++;
    }
    if (key === null) return null;
    const prefixEnd = position;
    position = key.end;
    while (position < content.length && content[position] !== ';') position += content[position] === '\\' ? 2 : 1;
    items.push({
      key: content.slice(key.keyStart, key.keyEnd),
      keyStart: key.keyStart,
      keyEnd: key.keyEnd,
      prefix: plain(content.slice(prefixStart, prefixEnd)),
      suffix: plain(content.slice(key.end, Math.min(position, content.length))),
      suppressAuthor: key.suppressAuthor,
    });
    if (position >= content.length) return items;
    position = skipWhitespace(content, position + 1);
  }
}

/** Matches `@key`, `-@key`, `@{key}` or `-@{key}` at `start`, as Pandoc's `citeKey` does. */
function matchKey(content: string, start: number): KeyMatch | null {
  let position = start;
  const suppressAuthor = content[position] === '-';
  if (suppressAuthor) position++;
  if (content[position] !== '@') return null;
  position++;
  if (content[position] === '{') return matchBracedKey(content, position, suppressAuthor);
  const first = codePointAt(content, position);
  if (!(first === '_' || isAlphaNumeric(first))) return null;
  const keyStart = position;
  position += first.length;
  for (;;) {
    const char = codePointAt(content, position);
    if (char === '_' || isAlphaNumeric(char)) {
      position += char.length;
    } else if (INTERNAL.includes(char) && char !== '' && isWordChar(codePointAt(content, position + 1))) {
      position += 1;
    } else if ((char === ':' || char === '/') && content[position + 1] === '/') {
      position += 1;
    } else {
      break;
    }
  }
  return { suppressAuthor, keyStart, keyEnd: position, end: position };
}

/** Matches `{…}` with balanced braces and no whitespace, Pandoc's braced key for keys with odd characters. */
function matchBracedKey(content: string, open: number, suppressAuthor: boolean): KeyMatch | null {
  let depth = 0;
  for (let position = open; position < content.length; position++) {
    const char = content[position] as string;
    if (isWhitespace(char)) return null;
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      if (position === open + 1) return null;
      return { suppressAuthor, keyStart: open + 1, keyEnd: position, end: position + 1 };
    }
  }
  return null;
}

function isWordChar(char: string): boolean {
  return char === '_' || isAlphaNumeric(char);
}

/** The code point at a UTF-16 index as a string (two units for an astral character), or '' past the end. */
function codePointAt(content: string, index: number): string {
  const point = content.codePointAt(index);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/** The code point that ends just before `index`, or '' at the start. */
function previousChar(content: string, index: number): string {
  if (index === 0) return '';
  const low = content.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return content.slice(index - 2, index);
  return content[index - 1] as string;
}

function skipWhitespace(content: string, from: number): number {
  let position = from;
  while (isWhitespace(content[position])) position++;
  return position;
}

/** Prefix and suffix text: backslash escapes resolved, whitespace runs collapsed, ends trimmed. */
function plain(raw: string): string {
  let out = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] as string;
    if (char === '\\' && isAsciiPunctuation(raw[index + 1])) {
      out += raw[++index];
    } else {
      out += isWhitespace(char) ? ' ' : char;
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
