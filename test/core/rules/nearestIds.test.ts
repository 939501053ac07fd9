import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, nearestClaimIds, nearestIds } from '../../../server/src/core/rules/nearestIds.js';
import { workspaceOf } from './ruleTest.js';

const ws = workspaceOf({
  'registry.gloss.md': [
    '---',
    'entities:',
    '  khalaji: {name: Sepehr Khalaji}',
    '  Khalaji2: {name: Another Khalaji}',
    '  khalil: {name: Khalil}',
    '  fars: {name: Fars News Agency}',
    'sources:',
    '  fars-2023-07-03: {title: Khalaji on the computers}',
    '  fras: {title: A typo-like source}',
    '---',
    '',
  ].join('\n'),
  'cdm-2023-07-03.gloss.md': '[a]{.claim #ncri-statement} [b]{.quote #received} [c]{.claim #receipt}\n',
});

test('the nearest ids come best first: case-only differences, then fewer edits, then prefixes', () => {
  assert.deepEqual(nearestIds(ws, 'Khalaji'), ['khalaji', 'Khalaji2']);
  assert.deepEqual(nearestIds(ws, 'fars-2023-07-30'), ['fars-2023-07-03', 'fars']);
  assert.deepEqual(nearestIds(ws, 'cdm'), ['cdm-2023-07-03']);
  assert.deepEqual(nearestIds(ws, 'fars-2023'), ['fars', 'fars-2023-07-03']);
});

test('kinds filter the candidates, a transposition counts as one edit, and the limit cuts the list', () => {
  assert.deepEqual(nearestIds(ws, 'frs', ['entity']), ['fars']);
  assert.deepEqual(nearestIds(ws, 'frs', ['source']), ['fras']);
  assert.deepEqual(nearestIds(ws, 'fasr'), ['fars']);
  assert.deepEqual(nearestIds(ws, 'Khalaji', ['document', 'entity', 'source'], 1), ['khalaji']);
  assert.deepEqual(nearestIds(ws, 'zzzzzz'), []);
});

test('claim candidates come from the claims and quotes of the target document only', () => {
  assert.deepEqual(nearestClaimIds(ws, 'cdm-2023-07-03', 'recieved'), ['received']);
  assert.deepEqual(nearestClaimIds(ws, 'cdm-2023-07-03', 'receit'), ['receipt']);
  assert.deepEqual(nearestClaimIds(ws, 'no-such-doc', 'received'), []);
});

test('the edit distance stops at the budget', () => {
  assert.equal(editDistance('kitten', 'sitting', 5), 3);
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('ab', 'ba', 1), 1);
  assert.equal(editDistance('', 'abc', 5), 3);
});

/** The textbook optimal-string-alignment distance over the whole matrix, to check the banded one against. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

test('the banded edit distance equals the full one whenever that is within the budget, and exceeds the budget otherwise', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
  fc.assert(
    fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, budget) => {
      const full = fullDistance(a, b);
      assert.equal(editDistance(a, b, budget), full <= budget ? full : budget + 1);
    }),
    { numRuns: 2000 },
  );
});
