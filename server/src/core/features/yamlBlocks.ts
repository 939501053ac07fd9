/**
 * The extent of a YAML block in the front matter, found by indentation: a key's block runs over the
 * following lines that are blank, comments, or indented deeper than the key.
 */
import type { Range } from '../model.js';
import type { LineIndex } from '../text.js';

/** The last line of the block of the key at `keyRange`, never past `lastLine` (the line before the closing fence). */
export function blockEndLine(lines: LineIndex, keyRange: Range, lastLine: number): number {
  const keyLine = keyRange.start.line;
  const keyText = lines.lineText(keyLine);
  const indent = keyText.length - keyText.trimStart().length;
  let end = keyLine;
  for (let i = keyLine + 1; i <= lastLine; i++) {
    const text = lines.lineText(i);
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (text.length - trimmed.length <= indent) break;
    end = i;
  }
  return end;
}
