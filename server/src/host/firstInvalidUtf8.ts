/**
 * Finds where a byte sequence stops being UTF-8.
 */

/**
 * The index of the first byte that starts an ill-formed UTF-8 sequence, or -1 when every byte is well-formed.
 * Follows the Unicode Standard's table of well-formed sequences (no overlong forms, no surrogates,
 * nothing above U+10FFFF), which is what `TextDecoder` replaces with U+FFFD. Pure.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      // Only the second byte has a narrowed range; later continuation bytes are always 80..BF.
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
