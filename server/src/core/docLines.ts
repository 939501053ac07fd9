/**
 * The LineIndex of each Doc, shared by everything that turns the Doc's offsets into positions.
 */
import type { Doc } from './model.js';
import { LineIndex } from './text.js';

/**
 * Kept per Doc: a Doc never changes, a refresh checks the same Docs again and again, and the Doc's compact values
 * already hold the index the parser made, which `parse` registers here so that it is not made twice.
 */
const lineIndexes = new WeakMap<Doc, LineIndex>();

/** Registers the index a Doc was parsed with. */
export function setLineIndex(doc: Doc, lines: LineIndex): void {
  lineIndexes.set(doc, lines);
}

/** The line index of a Doc's text: the one it was parsed with, or one made now for a Doc made otherwise. */
export function lineIndexOf(doc: Doc): LineIndex {
  let lines = lineIndexes.get(doc);
  if (!lines) lineIndexes.set(doc, (lines = new LineIndex(doc.text)));
  return lines;
}
