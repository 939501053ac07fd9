import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Workspace, parse } from '../../server/src/core/index.js';
import { definitionKinds } from '../../server/src/core/rules/definitionKinds.js';
import { nearestIds } from '../../server/src/core/rules/nearestIds.js';
import { interned } from '../../server/src/core/interned.js';
import { BULKY_LENGTH, heapGrowthKeeping } from '../heapAfterGc.js';

const ws = Workspace.build([parse('---\nid: registry\nentities:\n  a-person-of-some-note: {name: A}\n---\n', 'file:///c/registry.gloss.md')]);

/**
 * What `heapGrowthKeeping` measures when `ask` is asked about an id cut from each bulky text, which is then dropped: a
 * memo that keys its answers by the id as given would keep every text.
 */
function retainedByAsking(ask: (id: string) => unknown): number {
  const id = (n: number): string => {
    const text = `${'x'.repeat(BULKY_LENGTH)} an-id-nobody-defines-${n} and more`;
    const start = text.indexOf('an-id');
    return text.slice(start, start + 'an-id-nobody-defines-0'.length);
  };
  return heapGrowthKeeping((n) => ask(id(n))).bytes;
}

test('the memos of definition kinds, nearest ids and document URIs, and the parser’s shared strings, keep no text their ids were cut from', () => {
  assert.deepEqual(definitionKinds(ws, 'a-person-of-some-note'), ['entity']);
  assert.equal(interned('an-id-nobody-defines-0'), 'an-id-nobody-defines-0');
  for (const ask of [interned, (id: string) => definitionKinds(ws, id), (id: string) => nearestIds(ws, id), (id: string) => ws.docById(id)]) {
    const bytes = retainedByAsking(ask);
    assert.ok(bytes < 1024 * 1024, `${bytes} bytes kept by ${ask.toString()}`);
  }
});
