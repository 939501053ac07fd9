/**
 * Helpers for the front matter tests: whole documents around a YAML block, and ranges.
 */
import { readFrontMatter, type FrontMatter } from '../../../server/src/core/frontMatter.js';
import type { Range } from '../../../server/src/core/model.js';
import { LineIndex } from '../../../server/src/core/text.js';

/**
 * Reads `yaml` as the front matter of the document `---⏎<yaml>---⏎`, with `eol` as every line break of the
 * fences. The YAML's first line is line 1 of the document.
 */
export function readDocument(yaml: string, eol = '\n'): FrontMatter {
  const text = `---${eol}${yaml}---${eol}`;
  return readFrontMatter(yaml, 3 + eol.length, new LineIndex(text));
}

/** A range from 0-based lines and UTF-16 characters. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}
