import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, compareRanges, stripBom } from '../../server/src/core/text.js';

test('positions count UTF-16 code units, so an emoji before a word shifts it by two', () => {
  const lines = new LineIndex('😀 x\n👩‍👩‍👧 x 😀 [a](b.md)');
  assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
  assert.deepEqual(lines.positionAt('😀 x\n👩‍👩‍👧 x 😀 '.length), { line: 1, character: 14 });
});

test('CRLF, LF and a lone CR each end a line, and no position lands between CR and LF', () => {
  const lines = new LineIndex('a\r\nb\rc\nd');
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.positionAt(2), { line: 0, character: 1 });
  assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(5), { line: 2, character: 0 });
  assert.deepEqual(lines.positionAt(7), { line: 3, character: 0 });
  assert.equal(lines.lineText(0), 'a');
  assert.equal(lines.lineText(1), 'b');
});

test('a text with LF line ends only has a line after each LF, including an empty last line', () => {
  const lines = new LineIndex('a\n\nbc\n');
  assert.equal(lines.lineCount, 4);
  assert.deepEqual([0, 1, 2, 3].map((line) => lines.lineText(line)), ['a', '', 'bc', '']);
  assert.deepEqual(lines.positionAt(4), { line: 2, character: 1 });
  assert.equal(new LineIndex('').lineCount, 1);
  assert.equal(new LineIndex('no break').lineCount, 1);
});

test('lines are the same whether a text has CRs or not, once its CRLFs become LFs', () => {
  const chunk = fc.oneof(fc.string(), fc.constant('\n'), fc.constant('\r\n'));
  fc.assert(
    fc.property(fc.array(chunk), (parts) => {
      const crlf = new LineIndex(parts.join(''));
      const lf = new LineIndex(parts.join('').replaceAll('\r\n', '\n'));
      assert.equal(crlf.lineCount, lf.lineCount);
      for (let line = 0; line < lf.lineCount; line++) assert.equal(crlf.lineText(line), lf.lineText(line));
    }),
  );
});

test('offsets outside the text clamp to its ends, and positions past a line end clamp to the line', () => {
  const lines = new LineIndex('ab\r\ncd');
  assert.deepEqual(lines.positionAt(-4), { line: 0, character: 0 });
  assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
  assert.equal(lines.offsetAt({ line: 0, character: 40 }), 2);
  assert.equal(lines.offsetAt({ line: 9, character: 0 }), 6);
});

test('offsetAt and positionAt round-trip at every offset that is not inside a line break', () => {
  const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
  const chunk = fc.oneof(fc.string({ unit: 'binary' }), lineBreak, fc.constantFrom('😀', '中文', 'é'));
  fc.assert(
    fc.property(fc.array(chunk), (parts) => {
      const text = parts.join('');
      const lines = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const insideCrLf = text[offset - 1] === '\r' && text[offset] === '\n';
        if (insideCrLf) continue;
        assert.equal(lines.offsetAt(lines.positionAt(offset)), offset);
      }
    }),
  );
});

test('a BOM is stripped once and only at the start', () => {
  assert.equal(stripBom('\uFEFFa\uFEFF'), 'a\uFEFF');
  assert.equal(stripBom('a'), 'a');
});

test('ranges compare by start, then by end', () => {
  const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });
  assert.ok(compareRanges(r(0, 1, 0, 2), r(0, 2, 0, 3)) < 0);
  assert.ok(compareRanges(r(1, 0, 1, 5), r(1, 0, 1, 2)) > 0);
  assert.equal(compareRanges(r(2, 2, 2, 2), r(2, 2, 2, 2)), 0);
});
