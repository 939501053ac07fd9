import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { parseTree } from '../../../server/src/core/syntax/index.js';

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: Array<{ markdown: string }> };

const PIECES = ['[', ']', '{', '}', '#', '.', '=', '"', "'", ' ', '@', ';', '-', ',', '\\', '\n', '\r', '\r\n', '\t', '`', '(', ')', '>', '*', 'a', 'b', 'k', 'é', '日', '😀'];

/** Every offset a Gloss node carries, checked to lie within the text and in order. */
function checkOffsets(text: string): void {
  const stack: Nodes[] = [parseTree(text)];
  const within = (start: number, end: number, what: string): void => {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets are integers`);
    assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: ${start}..${end} lies within 0..${text.length}`);
  };
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'glossSpan') {
      within(node.position?.start.offset ?? -1, node.position?.end.offset ?? -1, 'span');
      within(node.contentStart, node.contentEnd, 'span content');
      for (const item of node.attributes) {
        within(item.start, item.end, 'attribute');
        within(item.valueStart, item.valueEnd, 'attribute value');
      }
    } else if (node.type === 'glossCitation') {
      within(node.position?.start.offset ?? -1, node.position?.end.offset ?? -1, 'citation');
      for (const item of node.items) within(item.keyStart, item.keyEnd, 'citation key');
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

test('parseTree never throws and keeps every Gloss offset within the text, on random bracket soup', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => {
      checkOffsets(pieces.join(''));
    }),
    { numRuns: 2000 },
  );
});

test('parseTree never throws and keeps every Gloss offset within the text, on mutated CommonMark examples', () => {
  const examples = spec.tests.map((example) => example.markdown);
  fc.assert(
    fc.property(
      fc.constantFrom(...examples),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES, ']{.x}', '[@a]', ']{#a k="v"}')), { minLength: 1, maxLength: 6 }),
      (markdown, insertions) => {
        let text = markdown;
        for (const [at, piece] of insertions) {
          const index = at % (text.length + 1);
          text = text.slice(0, index) + piece + text.slice(index);
        }
        checkOffsets(text);
      },
    ),
    { numRuns: 1500 },
  );
});

test('long runs of openers parse without throwing', () => {
  for (const text of ['['.repeat(20000), '[a]{'.repeat(5000), '[@'.repeat(10000), '[x]{#a '.repeat(5000), '[x]{k='.repeat(5000)]) {
    checkOffsets(text);
  }
});

test('spans nest up to the depth limit and deeper brackets stay text', () => {
  const depth = 70;
  const tree = parseTree('['.repeat(depth) + 'x' + ']{.a}'.repeat(depth));
  let spans = 0;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'glossSpan') spans++;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  assert.equal(spans, 64);
});
