/**
 * The Docs most recently parsed again from a `DocSource`, shared by every Workspace value. Keeping a few means that one
 * request or one check, which may ask for the same document several times, parses it once; keeping only a few is what
 * lets a workspace of summaries stay small.
 */
import type { DocSource } from './docSummary.js';
import type { Doc } from './model.js';

/**
 * How many loaded Docs are kept: as many as one check or request touches (a check parses its own document; a request
 * may read a linked one and a registry), and no more. A kept Doc outlives the next few young-generation collections, so
 * V8 moves it to the old generation, where it stays as garbage until the next full collection: with sixteen kept,
 * `gloss check` over 10,000 files peaked about 40 MB higher than with four.
 */
const CAPACITY = 4;

/**
 * The kept Docs, in a ring: the newest replaces the oldest. A search of a few slots costs about what a Map lookup
 * does, and a Map that has one entry added and one deleted per document checked made `gloss check` hold far more memory:
 * over 10,000 files its peak ranged from 570 MB to 1,000 MB, whether it kept one Doc or 128, against 460 MB with this
 * ring.
 */
const slots: { source: DocSource; doc: Doc }[] = [];

/** Where the next Doc goes. */
let next = 0;

/** The Doc of `source`, parsed again unless it is among the last ones parsed. */
export function loadDoc(source: DocSource): Doc {
  for (const slot of slots) if (slot.source === source) return slot.doc;
  const doc = source.load();
  slots[next] = { source, doc };
  next = (next + 1) % CAPACITY;
  return doc;
}
