/**
 * Turns the bytes of a file into text, the way editors do.
 */
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from './firstInvalidUtf8.js';

/** The encodings Gloss reads: UTF-8 (with or without a BOM), and UTF-16 with a BOM. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decoded text without a BOM; `invalidAt` is the UTF-16 offset in `text` of the first replaced sequence, or -1. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
  invalidAt: number;
  /** The first ill-formed byte, for messages; null when the text decoded cleanly. */
  invalidByte: number | null;
}

/**
 * Decodes a file's bytes: a BOM picks UTF-8 or UTF-16 and is dropped; without a BOM the bytes are UTF-8,
 * and ill-formed sequences become U+FFFD, with the first one located so it can be reported. Pure.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  // The decoder must not strip a BOM itself: only the one we found above is dropped, so offsets stay honest.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  // Node's native check answers for nearly every file; only an ill-formed one is searched byte by byte.
  const bad = isUtf8(body) ? -1 : firstInvalidUtf8(body);
  if (bad < 0) return { text, encoding: 'utf-8', hadBom, invalidAt: -1, invalidByte: null };
  const invalidAt = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, bad)).length;
  return { text, encoding: 'utf-8', hadBom, invalidAt, invalidByte: body[bad] as number };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  // An odd byte count or a lone surrogate is what can go wrong in UTF-16; both decode to U+FFFD.
  const surrogate = firstLoneSurrogate(body, encoding);
  const invalidAt = surrogate >= 0 ? surrogate : body.length % 2 === 1 ? text.length - 1 : -1;
  return { text, encoding, hadBom: true, invalidAt, invalidByte: invalidAt < 0 ? null : (body[invalidAt * 2] ?? null) };
}

function firstLoneSurrogate(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const unit = (i: number): number =>
    encoding === 'utf-16le' ? (body[2 * i] as number) | ((body[2 * i + 1] as number) << 8) : ((body[2 * i] as number) << 8) | (body[2 * i + 1] as number);
  const count = body.length >> 1;
  for (let i = 0; i < count; i++) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 1 < count ? unit(i + 1) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return -1;
}
