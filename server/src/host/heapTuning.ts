/**
 * V8 settings for a process that reads a whole corpus: the language server and the `gloss` command line.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring, which moves the objects of a place in the code straight into the old
 * generation once it sees most of them survive a collection. Indexing a corpus misleads it, as far as V8's traces show:
 * now and then it samples a parser function just as a collection catches a document mid-parse, judges its short-lived
 * objects long-lived, and from then on such objects go to the old generation as garbage and keep the young objects they
 * point to alive. On the 10,000-article benchmark corpus (docs/performance.md) about one cold index in ten then peaked
 * near 750 MB instead of 410 MB; with pretenuring off none of forty did, and the index was a tenth faster.
 * Call it first thing: it applies to the collections that follow.
 */
export function tuneHeap(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
