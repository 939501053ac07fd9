/**
 * What the JavaScript heap holds after full collections, for tests that show a value does not keep another alive.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A new context made after the flag is set has `gc`; the test process itself was started without it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The bytes the heap uses once everything unreachable has been collected. */
export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** How many texts `heapGrowthKeeping` makes, and how long each is. */
export const BULKY_TEXTS = 8;
export const BULKY_LENGTH = 512 * 1024;

/**
 * The heap's growth while the result holds what `make` returns for `BULKY_TEXTS` calls, each of which makes a text of
 * `BULKY_LENGTH` characters and derives something from it (4 MB of texts in all). One text may stay alive whatever is
 * kept, as the input of the last regular expression match (`RegExp.input`), so a value that keeps none of them lets the
 * heap grow by one text at most.
 */
export function heapGrowthKeeping<T>(make: (n: number) => T): { bytes: number; kept: T[] } {
  const before = heapAfterGc();
  const kept: T[] = [];
  for (let n = 0; n < BULKY_TEXTS; n++) kept.push(make(n));
  return { bytes: heapAfterGc() - before, kept };
}
