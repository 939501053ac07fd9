import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeWord, wordDiff } from '../../../server/src/core/features/wordDiff.js';

test('a word difference keeps common words and marks removed words before added ones', () => {
  assert.deepEqual(wordDiff('the drives were returned', 'the casings were returned today'), [
    { word: 'the', change: 'same' },
    { word: 'drives', change: 'removed' },
    { word: 'casings', change: 'added' },
    { word: 'were', change: 'same' },
    { word: 'returned', change: 'same' },
    { word: 'today', change: 'added' },
  ]);
});

test('case, surrounding punctuation and quotation marks do not make words differ', () => {
  assert.equal(normalizeWord('“Received.”'), 'received');
  assert.deepEqual(
    wordDiff('“Part, received.”', 'part received')?.map((c) => c.change),
    ['same', 'same'],
  );
});

test('texts longer than the comparison bound are not compared', () => {
  assert.equal(wordDiff('a '.repeat(1001), 'a'), null);
});
