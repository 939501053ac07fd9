import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Paragraph } from 'mdast';
import { parseTree, type GlossCitation, type GlossSpan } from '../../../server/src/core/syntax/index.js';

const TEXT = 'Emoji 😀 and 日本\r\n[span 😀 日本\r\ntext]{#é1 .c k="v 😀\r\nw" u=日本}\r\n[😀 @key, p. 😀; -@日本]\r\n';

function paragraph(text: string): Paragraph {
  return parseTree(text).children[0] as Paragraph;
}

test('a span after CRLF, emoji and CJK has exact UTF-16 offsets for itself, its content and every attribute', () => {
  const span = paragraph(TEXT).children[1] as GlossSpan;
  assert.equal(span.type, 'glossSpan');
  assert.deepEqual([span.position?.start.offset, span.position?.end.offset], [17, 60]);
  assert.deepEqual([span.contentStart, span.contentEnd], [18, 34]);
  assert.equal(TEXT.slice(span.contentStart, span.contentEnd), 'span 😀 日本\r\ntext');
  assert.deepEqual(span.attributes, [
    { kind: 'id', name: 'é1', value: '', start: 36, end: 39, valueStart: 37, valueEnd: 39 },
    { kind: 'class', name: 'c', value: '', start: 40, end: 42, valueStart: 41, valueEnd: 42 },
    { kind: 'pair', name: 'k', value: 'v 😀 w', start: 43, end: 54, valueStart: 46, valueEnd: 53 },
    { kind: 'pair', name: 'u', value: '日本', start: 55, end: 59, valueStart: 57, valueEnd: 59 },
  ]);
  assert.equal(TEXT.slice(46, 53), 'v 😀\r\nw');
});

test('a citation after emoji has exact UTF-16 offsets for itself and every key', () => {
  const citation = paragraph(TEXT).children[3] as GlossCitation;
  assert.equal(citation.type, 'glossCitation');
  assert.deepEqual([citation.position?.start.offset, citation.position?.end.offset], [62, 84]);
  assert.deepEqual(citation.items, [
    { key: 'key', keyStart: 67, keyEnd: 70, prefix: '😀', suffix: ', p. 😀', suppressAuthor: false },
    { key: '日本', keyStart: 81, keyEnd: 83, prefix: '', suffix: '', suppressAuthor: true },
  ]);
  assert.equal(TEXT.slice(81, 83), '日本');
});

test('offsets stay exact when a span and a citation cross lines inside a block quote', () => {
  const text = '> 😀 [a\r\n> b]{k="x\r\n> y"} [@k,\r\n> p]';
  const quote = parseTree(text).children[0];
  assert.equal(quote?.type, 'blockquote');
  const inner = (quote.children[0] as Paragraph).children;
  const span = inner[1] as GlossSpan;
  assert.deepEqual([span.position?.start.offset, span.position?.end.offset, span.contentStart, span.contentEnd], [5, 25, 6, 12]);
  assert.deepEqual(span.attributes, [{ kind: 'pair', name: 'k', value: 'x y', start: 14, end: 24, valueStart: 17, valueEnd: 23 }]);
  const citation = inner[3] as GlossCitation;
  assert.deepEqual(citation.items, [{ key: 'k', keyStart: 28, keyEnd: 29, prefix: '', suffix: ', p', suppressAuthor: false }]);
  assert.equal(text.slice(28, 29), 'k');
});

test('a braced key is read without its braces and its offsets point inside them', () => {
  const citation = paragraph('[@{odd key!}] [see @{a{b}c}, p. 1]').children;
  assert.equal(citation[0]?.type, 'text');
  const braced = citation[1] as GlossCitation;
  assert.deepEqual(braced.items, [{ key: 'a{b}c', keyStart: 21, keyEnd: 26, prefix: 'see', suffix: ', p. 1', suppressAuthor: false }]);
});
