/**
 * Tells binary files from text before anyone tries to read them as Markdown.
 */

/** How many leading bytes are examined, as git and most editors do. */
export const SNIFF_BYTES = 8192;

/** File signatures of common binary formats that may carry a `.md` name by mistake. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

/**
 * Names what kind of binary file the bytes start with ("a PNG image", "a binary file"), or returns null for text.
 * A NUL byte in the first 8 KB marks a binary file, except in UTF-16 text with a BOM, where NULs are normal. Pure.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) return signature.name;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return null;
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? 'a binary file' : null;
}
