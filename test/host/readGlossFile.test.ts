import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { SYNC_FILE_OPS, readGlossFile } from '../../server/src/host/index.js';
import { stat } from 'node:fs/promises';
import { textHash } from '../../server/src/host/summaryStore.js';
import { withTree } from './tempTree.js';

/** Reads a file and leaves out the stamp of a text, whose modification time no test can know in advance. */
async function read(path: string): Promise<unknown> {
  const content = await readGlossFile(path);
  if (content.kind !== 'text') return content;
  return { kind: content.kind, text: content.text, encoding: content.encoding, problems: content.problems };
}

function withFile<T>(content: string | Uint8Array, body: (path: string) => Promise<T>): Promise<T> {
  return withTree({ 'a.gloss.md': content }, (root) => body(join(root, 'a.gloss.md')));
}

test('a UTF-8 BOM is removed and the text is otherwise unchanged', async () => {
  const result = await withFile('\uFEFF# Title\r\n😀 [x]{#k}\n', read);
  assert.deepEqual(result, { kind: 'text', text: '# Title\r\n😀 [x]{#k}\n', encoding: 'utf-8', problems: [] });
});

test('UTF-16 LE and BE files with a BOM are decoded', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße 😀\n', 'utf16le')]);
  assert.deepEqual(await withFile(le, read), { kind: 'text', text: 'Grüße 😀\n', encoding: 'utf-16le', problems: [] });
  const be = Buffer.from(Buffer.from('Grüße 😀\n', 'utf16le').swap16());
  const result = await withFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), read);
  assert.deepEqual(result, { kind: 'text', text: 'Grüße 😀\n', encoding: 'utf-16be', problems: [] });
});

test('invalid UTF-8 reads as U+FFFD with one invalid-encoding problem on the first bad sequence', async () => {
  const bytes = Buffer.concat([Buffer.from('ok\n😀 a'), Buffer.from([0xc3, 0x28]), Buffer.from(' b '), Buffer.from([0xff]), Buffer.from('\n')]);
  const result = await withFile(bytes, read);
  assert.deepEqual(result, {
    kind: 'text',
    text: 'ok\n😀 a\uFFFD( b \uFFFD\n',
    encoding: 'utf-8',
    problems: [
      {
        code: 'invalid-encoding',
        severity: 'warning',
        message:
          'This file is not valid UTF-8: the text from here on (the byte 0xC3) was read with “\uFFFD” in place of every undecodable sequence, so names and quotes may not match. Save the file as UTF-8.',
        range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } },
      },
    ],
  });
});

test('overlong forms and encoded surrogates count as invalid UTF-8', async () => {
  for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
    const result = await withFile(Buffer.concat([Buffer.from('ab'), Buffer.from(bad)]), readGlossFile);
    assert.equal(result.kind, 'text');
    assert.deepEqual(result.kind === 'text' ? result.problems.map((p) => p.range.start) : null, [{ line: 0, character: 2 }]);
  }
});

test('a file with a NUL byte in its first 8 KB is skipped as binary', async () => {
  assert.deepEqual(await withFile(Buffer.from('text\u0000more'), readGlossFile), { kind: 'skipped', reason: 'a binary file, not text', errno: null });
});

test('a PNG renamed to .gloss.md is skipped and named', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41]);
  assert.deepEqual(await withFile(png, readGlossFile), { kind: 'skipped', reason: 'a PNG image, not text', errno: null });
});

test('a file over the size cap is skipped without being read', async () => {
  const result = await withFile('x'.repeat(2048), (path) => readGlossFile(path, { maxBytes: 1024 }));
  assert.deepEqual(result, { kind: 'skipped', reason: 'larger than the 1.0 KB limit (2.0 KB)', errno: null });
  assert.equal((await withFile('x'.repeat(1024), (path) => readGlossFile(path, { maxBytes: 1024 }))).kind, 'text');
});

test('a missing file, a folder and a FIFO are skipped with their reasons, and the FIFO is not waited on', () =>
  withTree({ 'dir/x': '' }, async (root) => {
    execFileSync('mkfifo', [join(root, 'pipe.gloss.md')]);
    assert.deepEqual(await readGlossFile(join(root, 'missing.gloss.md')), { kind: 'skipped', reason: 'no such file', errno: 'ENOENT' });
    assert.deepEqual(await readGlossFile(join(root, 'dir')), { kind: 'skipped', reason: 'is a directory', errno: 'EISDIR' });
    assert.deepEqual(await readGlossFile(join(root, 'pipe.gloss.md')), { kind: 'skipped', reason: 'not a regular file', errno: null });
  }),
);

test('an unreadable file is skipped with “permission denied” (root may read it anyway)', () =>
  withTree({ 'secret.gloss.md': 'hidden' }, async (root) => {
    const path = join(root, 'secret.gloss.md');
    await chmod(path, 0o000);
    const result = await read(path);
    // Tests often run as root, whom permissions do not stop; then the file is simply read.
    const expected = process.getuid?.() === 0 ? { kind: 'text', text: 'hidden', encoding: 'utf-8', problems: [] } : { kind: 'skipped', reason: 'permission denied', errno: 'EACCES' };
    assert.deepEqual(result, expected);
  }),
);

test('synchronous reading gives exactly what reading through the thread pool gives, whatever the file', () =>
  withTree({ 'dir/x': '', 'bom.gloss.md': '\uFEFFtext', 'nul.gloss.md': Buffer.from('a\u0000b'), 'bad.gloss.md': Buffer.from([0x61, 0xff, 0x62]), 'big.gloss.md': 'x'.repeat(2048) }, async (root) => {
    execFileSync('mkfifo', [join(root, 'pipe.gloss.md')]);
    for (const name of ['bom.gloss.md', 'nul.gloss.md', 'bad.gloss.md', 'big.gloss.md', 'pipe.gloss.md', 'dir', 'missing.gloss.md']) {
      const path = join(root, name);
      assert.deepEqual(await readGlossFile(path, { maxBytes: 1024, ops: SYNC_FILE_OPS }), await readGlossFile(path, { maxBytes: 1024 }), name);
    }
    assert.equal((await readGlossFile(join(root, 'bom.gloss.md'), { ops: SYNC_FILE_OPS })).kind, 'text');
  }),
);

test('a text carries the size and modification time its file had when it was read', async () => {
  await withFile('twelve bytes', async (path) => {
    const content = await readGlossFile(path);
    assert.equal(content.kind, 'text');
    assert.deepEqual(content.kind === 'text' && content.stamp, { size: 12, modifiedMs: (await stat(path)).mtimeMs });
  });
});

test('utf8 is the text encoded as UTF-8, whatever the file held, and hashes as the text does', async () => {
  const files: (string | Uint8Array)[] = [
    'plain “quoted” 😀\n',
    '\uFEFFwith a BOM\n',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße 😀\n', 'utf16le')]),
    Buffer.concat([Buffer.from('bad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
  ];
  for (const file of files) {
    const content = await withFile(file, readGlossFile);
    assert.equal(content.kind, 'text');
    if (content.kind !== 'text') continue;
    assert.deepEqual(Buffer.from(content.utf8), Buffer.from(content.text, 'utf8'));
    assert.equal(textHash(content.utf8), textHash(content.text));
  }
});
