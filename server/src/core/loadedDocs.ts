/**
 * The Docs most recently parsed again from a `DocSource`, shared by every Workspace value. Keeping a few means that one
 * request or one check, which may ask for the same document several times, parses it once; keeping only a few is what
 * lets a workspace of summaries stay small.
 */
import type { DocSource } from './docSummary.js';
import type { Doc } from './model.js';

/** How many loaded Docs are kept: more than one check or request touches, far fewer than a corpus holds. */
const CAPACITY = 128;

/** Least recently used first: a Map iterates in insertion order, and a hit is moved to the end. */
const recent = new Map<DocSource, Doc>();

/** The Doc of `source`, parsed again unless it was among the last ones asked for. */
export function loadDoc(source: DocSource): Doc {
  const known = recent.get(source);
  if (known) {
    recent.delete(source);
    recent.set(source, known);
    return known;
  }
  const doc = source.load();
  recent.set(source, doc);
  if (recent.size > CAPACITY) recent.delete(recent.keys().next().value as DocSource);
  return doc;
}
