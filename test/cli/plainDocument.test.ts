import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, plainTextOf } from '../../server/src/core/index.js';

test('plainTextOf drops the front matter and markup and separates blocks by a blank line', () => {
  const doc = parse('---\ntitle: T\n---\n\n# Head *line*\n\nOne `code` and [a link](http://x)  \nbroken.\n\n- item <b>x</b>\n', 'file:///c/a.gloss.md');
  assert.equal(plainTextOf(doc).text, 'Head line\n\nOne code and a link\nbroken.\n\nitem x');
});

test('plainTextOf places nested spans and citations at their offsets in the plain text', () => {
  const doc = parse('[The [NCRI]{#ncri} said\nso]{.claim #c} [@s1; @s2].\n', 'file:///c/a.gloss.md');
  const plain = plainTextOf(doc);
  assert.equal(plain.text, 'The NCRI said\nso [@s1; @s2].');
  assert.deepEqual(doc.spans.map((s) => s.id), ['c', 'ncri']);
  assert.deepEqual(plain.spans, [{ start: 0, end: 16 }, { start: 4, end: 8 }]);
  assert.deepEqual(plain.citations, [{ start: 17, end: 27 }]);
});

test('plainTextOf gives empty text, not an exception, when the Markdown parser gives up', () => {
  const doc = parse(`${'>'.repeat(10000)} [x]{.claim}\n`, 'file:///c/deep.gloss.md');
  assert.deepEqual(doc.problems.map((p) => p.code), ['analysis-limit']);
  assert.deepEqual(plainTextOf(doc), { text: '', spans: [], citations: [] });
});
