/**
 * A SourceFile that holds its text as UTF-8 bytes, for `gloss check`, which keeps every file of a corpus from the first
 * read to the report.
 */
import type { SourceFile } from './lint.js';

/**
 * The file whose text is `utf8`, kept as those bytes and decoded again on each read of `text`. Prose with a single
 * typographic quote makes a JavaScript string two bytes a character, so the bytes take about half as much, and they lie
 * outside the JavaScript heap. Decoding gives back exactly the text: the bytes are the file's own when they are valid
 * UTF-8, else an encoding of a decoded text, which has no lone surrogates, the one thing UTF-8 cannot hold. Decoding a
 * file of a few kilobytes takes microseconds, and a check reads each text a handful of times.
 */
export function compactSource(uri: string, relativePath: string, utf8: Uint8Array): SourceFile {
  const bytes = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
  return {
    uri,
    relativePath,
    utf8,
    get text(): string {
      return bytes.toString('utf8');
    },
  };
}
