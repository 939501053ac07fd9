import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachInSlices } from '../../server/src/host/inSlices.js';

/**
 * Runs ten items of 3 ms each in slices of `sliceMs`, on a clock that only the items move, so that the slices do not
 * depend on how busy the machine is; returns the order of the items and of a callback queued before.
 */
async function trace(sliceMs: number): Promise<string[]> {
  const events: string[] = [];
  let clock = 0;
  setImmediate(() => events.push('other work'));
  await forEachInSlices(
    Array.from({ length: 10 }, (_, i) => i),
    sliceMs,
    (i) => {
      clock += 3;
      events.push(String(i));
    },
    () => clock,
  );
  return events;
}

test('work in slices runs every item in order and lets other work in once a slice is over', async () => {
  // Slices of 5 ms: the first ends after the second item (6 ms), so the queued callback runs before the third.
  assert.deepEqual(await trace(5), ['0', '1', 'other work', '2', '3', '4', '5', '6', '7', '8', '9']);
  // Slices of 1 ms: every item ends a slice.
  assert.deepEqual((await trace(1)).slice(0, 3), ['0', 'other work', '1']);
});

test('work that fits in one slice lets nothing in', async () => {
  const events = await trace(10_000);
  assert.deepEqual(events.slice(0, 10), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
});
