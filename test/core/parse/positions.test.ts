import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse.js';
import type { Doc, Range } from '../../../server/src/core/model.js';

/** The ranges of a Doc's spans, ids and references, as comparable tuples. */
function ranges(doc: Doc): Range[] {
  return [
    ...doc.spans.flatMap((s) => [s.range, s.contentRange, ...(s.idRange ? [s.idRange] : []), ...s.attributeList.map((a) => a.valueRange)]),
    ...doc.references.map((ref) => ref.range),
    ...doc.citations.map((c) => c.range),
  ];
}

const lf = '---\nid: d\noutlet: o\n---\n😀 中文 [Khalaji 👩‍👩‍👧]{#khalaji} x\n[said]{.claim by=khalaji src=s} [@s]\n';

test('CRLF line endings give the same positions as LF', () => {
  const a = parse(lf, 'file:///d.gloss.md');
  const b = parse(lf.replaceAll('\n', '\r\n'), 'file:///d.gloss.md');
  assert.deepEqual(ranges(b), ranges(a));
  assert.deepEqual(b.spans.map((s) => s.text), a.spans.map((s) => s.text));
});

test('a BOM does not shift any position', () => {
  assert.deepEqual(ranges(parse(`\uFEFF${lf}`, 'file:///d.gloss.md')), ranges(parse(lf, 'file:///d.gloss.md')));
});

test('emoji and CJK before and inside a span count as UTF-16 code units', () => {
  const doc = parse(lf, 'file:///d.gloss.md');
  const mention = doc.spans[0];
  assert.ok(mention);
  // “😀 中文 ” is 2 + 1 + 2 + 1 code units; the family emoji inside is 8.
  assert.deepEqual(mention.range, { start: { line: 4, character: 6 }, end: { line: 4, character: 34 } });
  assert.deepEqual(mention.idRange, { start: { line: 4, character: 26 }, end: { line: 4, character: 33 } });
  assert.equal(mention.text, 'Khalaji 👩‍👩‍👧');
});
