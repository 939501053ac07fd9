/**
 * Ranges as the tests write their expectations: 0-based line and character numbers, as LSP counts them.
 */
import type { Range } from '../server/src/core/model.js';

/** A range from its start's and end's line and character numbers. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** A range within one line, from character `from` to character `to`. */
export function lineRange(line: number, from: number, to: number): Range {
  return range(line, from, line, to);
}
