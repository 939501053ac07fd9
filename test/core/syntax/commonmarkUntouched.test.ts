import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkGloss } from '../../../server/src/core/syntax/index.js';

interface SpecExample {
  number: number;
  markdown: string;
}

// commonmark-spec is CommonJS and ships no types; it exports the examples of spec 0.31.2 as `tests`.
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
const commonmark = unified().use(remarkParse).freeze();
const withGloss = unified().use(remarkParse).use(remarkGloss).freeze();

function withoutPositions(markdown: string, processor: typeof commonmark): string {
  return JSON.stringify(processor.parse(markdown), (key, value: unknown) => (key === 'position' ? undefined : value));
}

/** Examples whose Markdown holds `]{` or `[@`, the only ones Gloss may read differently: spec 0.31.2 has none. */
const MAY_DIFFER: number[] = [];

test('the CommonMark spec has 652 examples', () => {
  assert.equal(spec.tests.length, 652);
});

test('the examples that hold “]{” or “[@” are exactly the listed ones', () => {
  const holding = spec.tests.filter((example) => /\]\{|\[@/.test(example.markdown)).map((example) => example.number);
  assert.deepEqual(holding, MAY_DIFFER);
});

test('every other CommonMark example gives the same mdast with and without Gloss', () => {
  const differing = spec.tests
    .filter((example) => !MAY_DIFFER.includes(example.number))
    .filter((example) => withoutPositions(example.markdown, commonmark) !== withoutPositions(example.markdown, withGloss))
    .map((example) => example.number);
  assert.deepEqual(differing, []);
});
