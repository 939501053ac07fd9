import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { generateCorpus } from '../../../bench/generateCorpus.js';
import { readComposed } from '../../../server/src/core/frontMatter.js';
import { composeFlat } from '../../../server/src/core/frontMatter/flatYaml.js';
import { findFrontMatterBlock } from '../../../server/src/core/frontMatterBlock.js';
import { LineIndex } from '../../../server/src/core/text.js';

/** Every node of a composed tree with what the readers look at: kind, value, type, source and range. */
function shape(node: unknown): unknown {
  if (isMap(node)) return { map: node.items.map((pair) => [shape(pair.key), shape(pair.value)]), range: node.range };
  if (isSeq(node)) return { seq: node.items.map(shape), flow: node.flow, range: node.range };
  if (isScalar(node)) return { value: node.value, type: node.type, source: node.source, range: node.range };
  return node;
}

/** When the flat composer reads `yaml`, asserts that it composes and reads exactly as `parseDocument`. Returns whether it did. */
function flatAsYaml(yaml: string): boolean {
  const flat = composeFlat(yaml);
  if (flat === null) return false;
  const full = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, merge: false });
  assert.deepEqual(shape(flat), shape(full.contents as Node), JSON.stringify(yaml));
  const text = `---\n${yaml}\n---\n`;
  const lines = new LineIndex(text);
  assert.deepEqual(readComposed({ contents: flat, errors: [], warnings: [] }, yaml, 4, lines), readComposed(full, yaml, 4, lines));
  return true;
}

test('the flat composer reads every generated article’s front matter exactly as the yaml package does', () => {
  const { files } = generateCorpus({ documents: 200, seed: 11 });
  let read = 0;
  for (const [name, text] of files) {
    const block = findFrontMatterBlock(text);
    assert.ok(block, name);
    if (flatAsYaml(block.yaml)) read++;
  }
  // Every article; the registry nests its definitions and goes to the yaml package.
  assert.equal(read, files.size - 1);
});

const KEYS = ['id', 'title', 'outlet', 'author', 'published', 'url', 'related', 'language', 'translated-from', 'x_y', 'id', 'Key9'];
const VALUES = [
  'cdm-2023-07-03', 'Darius Ivanova', '"Flood defences: what the documents show"', "'single'", '"a \\"b\\""', '""', "''",
  'true', 'False', 'null', '~', '123', '1.5', '2024-01-01', '2024-1-1', 'a: b', 'a #c', 'a#c', 'a:', 'a ', ' a',
  '[article-1, article-2]', '[a,b]', '[]', '[a, 1]', '[a, true]', '[a]', 'https://example.org/a?b=c#d', 'é', 'x😀',
  '-a', '*a', '&a', '!tag x', '@x', '|', '>', '"a', "it's", 'yes', 'No', '.inf', 'a\tb', '{a: b}', 'a, b',
];

test('on random flat front matter, the flat composer either gives up or reads exactly as the yaml package does', () => {
  let read = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...VALUES.slice(0, 3)), fc.constantFrom(...VALUES)), fc.oneof(fc.constant(': '), fc.constantFrom(':  ', ':', ' : '))), { minLength: 1, maxLength: 6 }), (fields) => {
      if (flatAsYaml(fields.map(([key, value, colon]) => `${key}${colon}${value}`).join('\n'))) read++;
    }),
    { numRuns: 3000 },
  );
  assert.ok(read > 100, `${read} of 3000 read`);
});

test('the flat composer gives up on nesting, comments, blank and continued lines, and escapes', () => {
  for (const yaml of ['entities:\n  a: b', 'a: b\n# c', 'a: b\n\nc: d', 'a: b\n  c', 'a: "b\\n"', '- a', 'a: b\r\nc: d', 'a: [b, [c]]', 'a: &x b']) {
    assert.equal(composeFlat(yaml), null, JSON.stringify(yaml));
  }
});
