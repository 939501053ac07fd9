import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { packSummary, unpackSummary } from '../../server/src/host/storedSummary.js';
import { parse, summarise } from '../../server/src/core/index.js';
import { generateCorpus } from '../../bench/generateCorpus.js';

test('a stored summary reads back equal to the summary, for the samples and a generated corpus', () => {
  const samples = readdirSync('samples').filter((name) => name.endsWith('.gloss.md'));
  const texts = [...samples.map((name) => readFileSync(join('samples', name), 'utf8')), ...generateCorpus({ documents: 60, seed: 7 }).files.values()];
  for (const [i, text] of texts.entries()) {
    const summary = summarise(parse(text, `file:///c/${i}.gloss.md`));
    assert.deepEqual(unpackSummary(JSON.parse(JSON.stringify(packSummary(summary)))), summary);
  }
});

test('a stored summary of another shape reads as nothing', () => {
  const good = packSummary(summarise(parse('---\nentities:\n  a: {name: A}\n---\n[A]{#a}\n', 'file:///c/x.gloss.md')));
  assert.notEqual(unpackSummary(good), undefined);
  for (const bad of [null, 3, [], ['x', '[]', [], [], []].slice(0, 4), ['x', '[]', [], ['a', 'mention'], []], ['x', '[]', [], ['a', 'shout', 1], []], ['x', '[]', [], [], ['entity', 'a', 0, 0, 0]], ['x', '[]', [], [], ['thing', 'a', 0, 0, 0, 1]], ['x', 1, [], [], []], ['x', '[]', [2], [], []]]) {
    assert.equal(unpackSummary(bad), undefined, JSON.stringify(bad));
  }
});

test('unpacking passes the document id and every used and defined id through the intern it is given', () => {
  const summary = summarise(parse('---\nid: d\nentities:\n  a: {name: A}\n---\n[A]{#a} [B]{#b .claim by=a src=s}\n', 'file:///c/d.gloss.md'));
  const seen: string[] = [];
  const unpacked = unpackSummary(JSON.parse(JSON.stringify(packSummary(summary))), (text) => (seen.push(text), text));
  assert.deepEqual(unpacked, summary);
  assert.deepEqual(seen.sort(), [summary.id, ...[...summary.symbols.uses].map((use) => use.id), ...summary.definitions.map((def) => def.id)].sort());
});
