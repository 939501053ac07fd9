import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse.js';
import { LineIndex } from '../../server/src/core/text.js';
import { CompactAttribute, CompactCitation, CompactCitationItem, CompactReference, CompactSpan } from '../../server/src/core/compactValues.js';
import type { Range } from '../../server/src/core/model.js';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

// CRLF line ends and an astral character before the span: the offsets must come back as LSP positions.
const TEXT = 'x\r\n😀 [it]{.claim #c by=k note="n"} [@s, p. 2]\r\n';

test('compact values make the ranges of their offsets, a new plain object at each read', () => {
  const lines = new LineIndex(TEXT);
  const attribute = new CompactAttribute(lines, 'by', 'k', { start: 20, end: 23 }, { start: 22, end: 23 });
  const span = new CompactSpan(
    lines,
    { kind: 'claim', id: 'c', classes: ['claim'], attributes: { by: 'k' }, attributeList: [attribute], text: 'it', parent: null, citation: 0 },
    { start: 6, end: 33 },
    { start: 7, end: 9 },
    { start: 18, end: 19 },
  );
  assert.deepEqual(span.range, r(1, 3, 1, 30));
  assert.deepEqual(span.contentRange, r(1, 4, 1, 6));
  assert.deepEqual(span.idRange, r(1, 15, 1, 16));
  assert.notEqual(span.range, span.range);
  assert.equal(Object.getPrototypeOf(span.range), Object.prototype);
  assert.deepEqual(attribute.range, r(1, 17, 1, 20));
  assert.deepEqual(attribute.valueRange, r(1, 19, 1, 20));
  const noId = new CompactSpan(lines, { ...span.toJSON(), id: null }, { start: 6, end: 33 }, { start: 7, end: 9 }, null);
  assert.equal(noId.idRange, null);
  const reference = new CompactReference(lines, { target: 'k', id: 'k', fragment: null, role: 'by' }, { start: 22, end: 23 });
  assert.deepEqual(reference.range, r(1, 19, 1, 20));
  const item = new CompactCitationItem(lines, { key: 's', prefix: '', suffix: ', p. 2', suppressAuthor: false }, { start: 36, end: 37 });
  const citation = new CompactCitation(lines, [item], { start: 34, end: 44 });
  assert.deepEqual(citation.keys, ['s']);
  assert.deepEqual(citation.range, r(1, 31, 1, 41));
  assert.deepEqual(item.range, r(1, 33, 1, 34));
});

test('as JSON, the parsed values have the plain shape of the model, fields in its order', () => {
  const doc = parse(TEXT, 'file:///c/d.gloss.md');
  const json = JSON.parse(JSON.stringify({ spans: doc.spans, citations: doc.citations, references: doc.references })) as Record<string, unknown[]>;
  assert.deepEqual(json, {
    spans: [
      {
        kind: 'claim',
        id: 'c',
        idRange: r(1, 16, 1, 17),
        classes: ['claim'],
        attributes: { by: 'k', note: 'n' },
        attributeList: [
          { key: 'by', value: 'k', range: r(1, 18, 1, 22), valueRange: r(1, 21, 1, 22) },
          { key: 'note', value: 'n', range: r(1, 23, 1, 31), valueRange: r(1, 29, 1, 30) },
        ],
        text: 'it',
        range: r(1, 3, 1, 32),
        contentRange: r(1, 4, 1, 6),
        parent: null,
        citation: 0,
      },
    ],
    citations: [{ keys: ['s'], items: [{ key: 's', range: r(1, 35, 1, 36), prefix: '', suffix: ', p. 2', suppressAuthor: false }], range: r(1, 33, 1, 43) }],
    references: [
      { target: 'k', id: 'k', fragment: null, role: 'by', range: r(1, 21, 1, 22) },
      { target: 's', id: 's', fragment: null, role: 'citation', range: r(1, 35, 1, 36) },
    ],
  });
  assert.deepEqual(Object.keys(json.spans?.[0] as object), ['kind', 'id', 'idRange', 'classes', 'attributes', 'attributeList', 'text', 'range', 'contentRange', 'parent', 'citation']);
});
