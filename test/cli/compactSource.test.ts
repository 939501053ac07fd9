import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactSource } from '../../server/src/cli/compactSource.js';

test('a compact source gives back its text exactly on every read, astral characters and all', () => {
  const text = '---\ntitle: “Quoted” 😀\n---\nCRLF\r\nline\u2028end\n';
  const source = compactSource('file:///c/a.gloss.md', 'a.gloss.md', Buffer.from(text, 'utf8'));
  assert.equal(source.text, text);
  assert.equal(source.text, text);
  assert.equal(source.uri, 'file:///c/a.gloss.md');
  assert.equal(source.relativePath, 'a.gloss.md');
  assert.deepEqual(Buffer.from(source.utf8 as Uint8Array), Buffer.from(text, 'utf8'));
});
