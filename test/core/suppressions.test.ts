import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSuppressed, readSuppressions } from '../../server/src/core/suppressions.js';

const at = (value: string, line: number) => ({ value, startLine: line, endLine: line });

test('disable … enable covers the lines between the two comments for the named codes', () => {
  const s = readSuppressions([at('<!-- gloss-disable unsourced-claim -->', 3), at('<!-- gloss-enable unsourced-claim -->', 7)], 20);
  assert.deepEqual(s, [{ codes: ['unsourced-claim'], fromLine: 3, toLine: 7 }]);
  assert.equal(isSuppressed(s, 'unsourced-claim', 5), true);
  assert.equal(isSuppressed(s, 'unsourced-claim', 8), false);
  assert.equal(isSuppressed(s, 'duplicate-id', 5), false);
});

test('disable-next-line covers only the following line, and a bare disable runs to the end and covers every code', () => {
  const s = readSuppressions([at('<!-- gloss-disable-next-line unlinked-mention, unused-definition -->', 2), at('<!--gloss-disable-->', 10)], 12);
  assert.deepEqual(s, [
    { codes: ['unlinked-mention', 'unused-definition'], fromLine: 3, toLine: 3 },
    { codes: [], fromLine: 10, toLine: 12 },
  ]);
  assert.equal(isSuppressed(s, 'anything', 11), true);
  assert.equal(isSuppressed(s, 'unlinked-mention', 4), false);
});

test('comments that are not directives are ignored', () => {
  assert.deepEqual(readSuppressions([at('<!-- a note about gloss-disable -->', 1), at('<!-- gloss-disabled x -->', 2)], 5), []);
});
