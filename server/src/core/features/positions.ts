/**
 * Small range helpers shared by the editor features. Pure functions over model ranges.
 */
import type { Position, Range, Reference } from '../model.js';

/** The empty range at the start of a document, where a file-name document id is said to be defined. */
export const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Orders two positions. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `position` lies in `range`, both ends included, so that a cursor just after a token still finds it. */
export function touches(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** Whether two ranges share at least one position. */
export function intersects(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/**
 * The range of the global id as written in a reference: all of `id`, the `doc` of `doc#claim`,
 * or null for `#claim`, which names its document only implicitly.
 * Targets are ids without line breaks, so the arithmetic stays on one line.
 */
export function idPartRange(reference: Reference): Range | null {
  const hash = reference.target.indexOf('#');
  if (hash === 0) return null;
  if (hash < 0) return reference.range;
  const { start } = reference.range;
  return { start, end: { line: start.line, character: start.character + hash } };
}

/** The range of the claim id after `#` in a reference, or null when it has none. */
export function fragmentRange(reference: Reference): Range | null {
  const hash = reference.target.indexOf('#');
  if (hash < 0) return null;
  const { start, end } = reference.range;
  return { start: { line: start.line, character: start.character + hash + 1 }, end };
}
