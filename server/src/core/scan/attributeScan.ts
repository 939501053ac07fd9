/**
 * The scanner's reader of a Pandoc attribute block `{#id .class key=value key="quoted"}` in a string.
 * It accepts exactly what the micromark tokenizer in ../syntax/attributeBlock.ts accepts and yields the same items,
 * but only for blocks on one line and without backslashes or character references, which it leaves to the full
 * parser (the differential tests hold the two readers to the same result).
 */
import type { GlossAttributeItem } from '../syntax/index.js';
import { isIdentifierCode, isLetterCode } from '../syntax/characters.js';

/** A block read from `content`: its items with content indices, and the index just after its `}`. */
export interface ScannedAttributes {
  items: GlossAttributeItem[];
  end: number;
}

/**
 * Reads the block whose `{` is at `open`. Returns null when it is no attribute block, and `'unsupported'` when it
 * holds what only the full parser reads (a backslash, a character reference, a line ending).
 */
export function scanAttributes(content: string, open: number): ScannedAttributes | null | 'unsupported' {
  const items: GlossAttributeItem[] = [];
  let i = open + 1;
  for (;;) {
    while (content.charCodeAt(i) === 32) i++;
    const c = content.charCodeAt(i);
    if (c === 125 /* } */) return { items, end: i + 1 };
    const start = i;
    if (c === 35 /* # */ || c === 46 /* . */) {
      if (!isLetterCode(content.charCodeAt(i + 1))) return null;
      i = nameEnd(content, i + 2);
      const name = content.slice(start + 1, i);
      items.push({ kind: c === 35 ? 'id' : 'class', name, value: '', start, end: i, valueStart: start + 1, valueEnd: i });
    } else if (c === 45 /* - */) {
      i++;
      items.push({ kind: 'class', name: 'unnumbered', value: '', start, end: i, valueStart: start, valueEnd: i });
    } else if (isLetterCode(c)) {
      i = nameEnd(content, i + 1);
      const name = content.slice(start, i);
      if (content.charCodeAt(i) !== 61 /* = */) return null;
      const pair = scanValue(content, i + 1);
      if (pair === null || pair === 'unsupported') return pair;
      i = pair.end;
      items.push({ kind: 'pair', name, value: pair.value, start, end: i, valueStart: pair.valueStart, valueEnd: pair.valueEnd });
    } else {
      return c === 10 || c === 13 ? 'unsupported' : null;
    }
  }
}

function nameEnd(content: string, from: number): number {
  let i = from;
  while (isIdentifierCode(content.charCodeAt(i))) i++;
  return i;
}

interface ScannedValue {
  value: string;
  valueStart: number;
  valueEnd: number;
  end: number;
}

/** Reads a value after `=`: empty, unquoted up to a space or `}`, or quoted. */
function scanValue(content: string, from: number): ScannedValue | null | 'unsupported' {
  const quote = content.charCodeAt(from);
  if (quote === 34 /* " */ || quote === 39 /* ' */) {
    const first = content.charCodeAt(from + 1);
    // Pandoc refuses an opening quote followed by whitespace.
    if (first === 32 || first === 10 || first === 13 || Number.isNaN(first)) return null;
    const close = content.indexOf(String.fromCharCode(quote), from + 1);
    if (close < 0) return null;
    const value = content.slice(from + 1, close);
    if (/[\r\n\\&]/.test(value)) return 'unsupported';
    return { value, valueStart: from + 1, valueEnd: close, end: close + 1 };
  }
  let i = from;
  for (;;) {
    const c = content.charCodeAt(i);
    if (Number.isNaN(c)) return null;
    if (c === 10 || c === 13 || c === 92 /* \ */) return 'unsupported';
    if (c === 32 || c === 125) break;
    i++;
  }
  if (i === from) return { value: '', valueStart: from, valueEnd: from, end: from };
  return { value: content.slice(from, i), valueStart: from, valueEnd: i, end: i };
}
