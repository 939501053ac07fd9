import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readRecordFile, recordLine, writeRecordFile } from '../../server/src/host/recordFile.js';
import { withTree } from './tempTree.js';

test('a record file written line by line over several chunks reads back exactly, with each line kept', async () => {
  await withTree({}, async (root) => {
    const path = join(root, 'check.json');
    // About 3 MB of two-byte text, so that the writer flushes several chunks and one partial chunk at the end.
    const values = Array.from({ length: 6000 }, (_, i) => [`file:///c/${i}.gloss.md`, i, '“quoted” '.repeat(25 + (i % 7))]);
    let given = 0;
    function* lines(): Generator<string> {
      for (const value of values) {
        given++;
        yield recordLine(value);
      }
    }
    await writeRecordFile(path, { format: 1, version: 'test' }, lines());
    assert.equal(given, values.length);
    const text = await readFile(path, 'utf8');
    assert.equal(text, [JSON.stringify({ format: 1, version: 'test' }), ...values.map((value) => JSON.stringify(value))].join('\n'));
    const file = await readRecordFile(path);
    assert.deepEqual(file?.header, { format: 1, version: 'test' });
    assert.equal(file?.records.size, values.length);
    assert.deepEqual(file?.records.get('file:///c/4321.gloss.md'), { value: values[4321], line: JSON.stringify(values[4321]) });
    assert.deepEqual(await readdir(root), ['check.json']);
  });
});

test('a record file that cannot be written leaves nothing behind and does not reject', async () => {
  await withTree({ 'taken/file': 'x' }, async (root) => {
    // A path below a regular file can never be opened, so the write fails at once.
    await writeRecordFile(join(root, 'taken', 'file', 'check.json'), { format: 1 }, ['["a"]']);
    assert.deepEqual(await readdir(root), ['taken']);
    assert.equal(await readFile(join(root, 'taken', 'file'), 'utf8'), 'x');
  });
});
