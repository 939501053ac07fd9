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
