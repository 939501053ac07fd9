import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Workspace, parse } from '../../server/src/core/index.js';
import { definitionKinds } from '../../server/src/core/rules/definitionKinds.js';
import { nearestIds } from '../../server/src/core/rules/nearestIds.js';
import { heapAfterGc } from '../heapAfterGc.js';

const ws = Workspace.build([parse('---\nid: registry\nentities:\n  a-person-of-some-note: {name: A}\n---\n', 'file:///c/registry.gloss.md')]);

/**
 * The heap's growth after asking `ask` about an id cut from each of eight texts of half a megabyte, which are then
 * dropped: a memo that keys its answers by the id as given would keep all eight. One text may stay alive as the input
 * of the last regular expression match, so a memo that copies its keys lets the heap grow by one text at most.
 */
function retainedByAsking(ask: (id: string) => unknown): number {
  const before = heapAfterGc();
  for (let n = 0; n < 8; n++) {
    const text = `${'x'.repeat(512 * 1024)} an-id-nobody-defines-${n} and more`;
    const start = text.indexOf('an-id');
    ask(text.slice(start, start + 'an-id-nobody-defines-0'.length));
  }
  return heapAfterGc() - before;
}

test('the memos of definition kinds, nearest ids and document URIs keep no text their ids were cut from', () => {
  assert.deepEqual(definitionKinds(ws, 'a-person-of-some-note'), ['entity']);
  for (const ask of [(id: string) => definitionKinds(ws, id), (id: string) => nearestIds(ws, id), (id: string) => ws.docById(id)]) {
    const bytes = retainedByAsking(ask);
    assert.ok(bytes < 1024 * 1024, `${bytes} bytes kept by ${ask.toString()}`);
  }
});
