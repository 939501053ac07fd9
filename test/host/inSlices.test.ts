import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachInSlices } from '../../server/src/host/inSlices.js';

/** Keeps this thread busy for `ms` milliseconds, as a synchronous read does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Runs ten items of 3 ms each in slices of `sliceMs`, and returns the order of the items and of a callback queued before. */
async function trace(sliceMs: number): Promise<string[]> {
  const events: string[] = [];
  setImmediate(() => events.push('other work'));
  await forEachInSlices(Array.from({ length: 10 }, (_, i) => i), sliceMs, (i) => {
    busy(3);
    events.push(String(i));
  });
  return events;
}

test('work in slices runs every item in order and lets other work in once a slice is over', async () => {
  // Slices of 5 ms: the first ends after the second item (6 ms), so the queued callback runs before the third.
  assert.deepEqual(await trace(5), ['0', '1', 'other work', '2', '3', '4', '5', '6', '7', '8', '9']);
});

test('work that fits in one slice lets nothing in', async () => {
  const events = await trace(10_000);
  assert.deepEqual(events.slice(0, 10), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
});
