/**
 * The status-bar text of the client.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusText } from '../../client/src/statusText.js';

test('a document with unsourced claims shows a warning and the sourced ratio', () => {
  assert.equal(statusText({ claims: 5, quotes: 2, sourced: 5, unsourced: 2 }), '$(warning) 5/7 claims sourced');
});

test('a document whose claims are all sourced shows a check', () => {
  assert.equal(statusText({ claims: 4, quotes: 3, sourced: 7, unsourced: 0 }), '$(check) 7/7 claims sourced');
});

test('a single claim is counted in the singular', () => {
  assert.equal(statusText({ claims: 1, quotes: 0, sourced: 0, unsourced: 1 }), '$(warning) 0/1 claim sourced');
});
