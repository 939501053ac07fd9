import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactSource } from '../../server/src/cli/compactSource.js';
import { writeChunks } from '../../server/src/cli/cliIo.js';

test('a compact source gives back its text exactly on every read, astral characters and all', () => {
  const text = '---\ntitle: “Quoted” 😀\n---\nCRLF\r\nline\u2028end\n';
  const source = compactSource('file:///c/a.gloss.md', 'a.gloss.md', Buffer.from(text, 'utf8'));
  assert.equal(source.text, text);
  assert.equal(source.text, text);
  assert.equal(source.uri, 'file:///c/a.gloss.md');
  assert.equal(source.relativePath, 'a.gloss.md');
  assert.deepEqual(Buffer.from(source.utf8 as Uint8Array), Buffer.from(text, 'utf8'));
});

test('writeChunks writes every chunk in order, gathered into writes of about 64 KB', () => {
  const writes: string[] = [];
  const chunks = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(3, '0')}${'.'.repeat(1000)}\n`);
  writeChunks({ write: (text: string) => writes.push(text) }, chunks);
  assert.equal(writes.join(''), chunks.join(''));
  // 300 chunks of 1,004 characters: a write as soon as 64 KB are gathered, 66 chunks each, and the rest at the end.
  assert.deepEqual(writes.map((w) => w.length), [66, 66, 66, 66, 36].map((n) => n * 1004));
});

test('writeChunks writes nothing for no chunks', () => {
  const writes: string[] = [];
  writeChunks({ write: (text: string) => writes.push(text) }, []);
  assert.deepEqual(writes, []);
});
