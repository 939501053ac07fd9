import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from '../../../server/src/core/parse.js';
import { LineIndex } from '../../../server/src/core/text.js';
import type { Doc, Range } from '../../../server/src/core/model.js';

const root = new URL('../../../../', import.meta.url);
const samples = readdirSync(new URL('samples/', root))
  .filter((name) => name.endsWith('.gloss.md'))
  .map((name) => readFileSync(new URL(`samples/${name}`, root), 'utf8'));

function everyRange(doc: Doc): Range[] {
  return [
    ...doc.spans.flatMap((s) => [s.range, s.contentRange, ...(s.idRange ? [s.idRange] : []), ...s.attributeList.flatMap((a) => [a.range, a.valueRange])]),
    ...doc.citations.flatMap((c) => [c.range, ...c.items.map((i) => i.range)]),
    ...doc.references.map((r) => r.range),
    ...doc.problems.map((p) => p.range),
    ...doc.entities.map((e) => e.range),
    ...doc.sources.map((s) => s.range),
    ...(doc.idRange ? [doc.idRange] : []),
  ];
}

/** Every range lies inside the text, starts before it ends, and never points between a CR and its LF. */
function assertValidRanges(text: string, doc: Doc): void {
  const lines = new LineIndex(doc.text);
  assert.equal(doc.text, text.replace(/^\uFEFF/, ''));
  for (const range of everyRange(doc)) {
    const start = lines.offsetAt(range.start);
    const end = lines.offsetAt(range.end);
    assert.ok(start <= end, `range ${JSON.stringify(range)} is reversed`);
    assert.deepEqual(lines.positionAt(start), range.start, `start ${JSON.stringify(range.start)} is outside the text`);
    assert.deepEqual(lines.positionAt(end), range.end, `end ${JSON.stringify(range.end)} is outside the text`);
  }
}

const pieces = fc.constantFrom(
  '[', ']', '{', '}', '#', '.', '=', '"', ' ', '@', ';', ',', '\\', '\n', '\r\n', '\r', '---\n', 'claim', 'quote',
  'by=', 'src=', 'same=a#b', 'id: x\n', 'entities:\n  a:\n    type: person\n', '😀', '中', '*', '`', '<!--', '-->', '> ', '- ',
);

test('parse never throws and returns valid ranges for random Gloss-like text', () => {
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 80 }), fc.boolean(), (parts, bom) => {
      const text = (bom ? '\uFEFF' : '') + parts.join('');
      assertValidRanges(text, parse(text, 'file:///r.gloss.md'));
    }),
    { numRuns: 1500 },
  );
});

test('parse never throws on the samples cut, spliced and mutated at random places', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...samples),
      fc.nat(),
      fc.nat(),
      fc.string({ unit: 'binary', maxLength: 12 }),
      (sample, a, b, insert) => {
        const i = a % (sample.length + 1);
        const j = Math.min(sample.length, i + (b % 200));
        const text = sample.slice(0, i) + insert + sample.slice(j);
        assertValidRanges(text, parse(text, 'file:///m.gloss.md'));
      },
    ),
    { numRuns: 300 },
  );
});

test('every sample truncated at every line still parses with valid ranges', () => {
  for (const sample of samples) {
    const lines = sample.split('\n');
    for (let n = 0; n <= lines.length; n++) {
      const text = lines.slice(0, n).join('\n');
      assertValidRanges(text, parse(text, 'file:///t.gloss.md'));
    }
  }
});
