/**
 * The problem that tells a user their file is not valid UTF-8 (or UTF-16).
 */
import { LineIndex, type Problem } from '../core/index.js';
import type { DecodedText } from './decodeText.js';

/**
 * The `invalid-encoding` problem for a decoded text, placed on the first replacement character,
 * or null when the text decoded cleanly. Pure.
 */
export function invalidEncodingProblem(decoded: DecodedText): Problem | null {
  if (decoded.invalidAt < 0) return null;
  const lines = new LineIndex(decoded.text);
  const byte = decoded.invalidByte === null ? '' : ` (the byte 0x${decoded.invalidByte.toString(16).toUpperCase().padStart(2, '0')})`;
  const name = decoded.encoding === 'utf-8' ? 'UTF-8' : decoded.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  return {
    code: 'invalid-encoding',
    severity: 'warning',
    message: `This file is not valid ${name}: the text from here on${byte} was read with “\uFFFD” in place of every undecodable sequence, so names and quotes may not match. Save the file as UTF-8.`,
    range: lines.rangeOf(decoded.invalidAt, decoded.invalidAt + 1),
  };
}
