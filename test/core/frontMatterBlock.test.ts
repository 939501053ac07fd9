import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFrontMatterBlock } from '../../server/src/core/frontMatterBlock.js';

test('the block between the fences is found with the offset of its first YAML character', () => {
  const text = '---\nid: a\ntitle: T\n---\nBody';
  assert.deepEqual(findFrontMatterBlock(text), { yaml: 'id: a\ntitle: T', yamlStart: 4, end: 22 });
});

test('CRLF fences and trailing spaces on a fence are accepted', () => {
  const text = '--- \r\nid: a\r\n---\r\nBody';
  assert.deepEqual(findFrontMatterBlock(text), { yaml: 'id: a', yamlStart: 6, end: 16 });
});

test('an empty block, an unclosed block and a block not on the first line are handled', () => {
  assert.deepEqual(findFrontMatterBlock('---\n---\n'), { yaml: '', yamlStart: 4, end: 7 });
  assert.equal(findFrontMatterBlock('---\nid: a\n'), null);
  assert.equal(findFrontMatterBlock('\n---\nid: a\n---\n'), null);
  assert.equal(findFrontMatterBlock('----\nid: a\n---\n'), null);
});
