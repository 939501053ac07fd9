import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCitationContent } from '../../../server/src/core/syntax/index.js';

test('a citation item has a prefix, a key and a suffix with the key position', () => {
  assert.deepEqual(parseCitationContent('see @a, pp. 33-35; also -@b'), [
    { key: 'a', keyStart: 5, keyEnd: 6, prefix: 'see', suffix: ', pp. 33-35', suppressAuthor: false },
    { key: 'b', keyStart: 26, keyEnd: 27, prefix: 'also', suffix: '', suppressAuthor: true },
  ]);
});

test('trailing punctuation is not part of a key, internal punctuation is', () => {
  assert.deepEqual(
    parseCitationContent('@a:b.c-d.')?.map((item) => [item.key, item.suffix]),
    [['a:b.c-d', '.']],
  );
});

test('content with an item without a key, or with an @ inside a word, is not a citation', () => {
  assert.equal(parseCitationContent('no key; @a'), null);
  assert.equal(parseCitationContent('@a;'), null);
  assert.equal(parseCitationContent('x@a'), null);
  assert.equal(parseCitationContent('@'), null);
  assert.equal(parseCitationContent('\\@a'), null);
});

test('escapes in prefix and suffix are resolved and whitespace is collapsed', () => {
  assert.deepEqual(parseCitationContent('a\\*  b\n @k ,  p.\\]'), [
    { key: 'k', keyStart: 9, keyEnd: 10, prefix: 'a* b', suffix: ', p.]', suppressAuthor: false },
  ]);
});
