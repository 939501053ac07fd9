import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Progress } from '../../server/src/cli/progress.js';
import { memoryIo } from './memoryIo.js';

test('progress is drawn on a terminal stderr at most every 100 ms, always at the end, and erased when done', () => {
  let now = 1000;
  const io = memoryIo('/', { stderrIsTTY: true });
  const progress = new Progress(io, () => now);
  progress.update('reading', 0, 3);
  now += 50;
  progress.update('reading', 1, 3);
  now += 60;
  progress.update('reading', 2, 3);
  progress.update('reading', 3, 3);
  progress.done();
  assert.equal(io.err(), '\r\u001b[Kgloss: reading 0/3\r\u001b[Kgloss: reading 2/3\r\u001b[Kgloss: reading 3/3\r\u001b[K');
  assert.equal(io.out(), '');
});

test('progress writes nothing when stderr is not a terminal', () => {
  const io = memoryIo('/');
  const progress = new Progress(io, () => 0);
  progress.update('reading', 1, 2);
  progress.done();
  assert.equal(io.err(), '');
});

test('output written above the progress line erases it first, and the next update draws it again', async () => {
  let log = '';
  const io = memoryIo('/', { stderrIsTTY: true, stderr: { write: (text: string) => (log += text) } });
  let now = 0;
  const progress = new Progress(io, () => now);
  let drains = 0;
  const out = progress.writingAbove({ write: (text: string) => (log += text), drained: async () => void drains++ });
  progress.update('checking', 1, 3);
  out.write('a.gloss.md:1:1  warning\n');
  now += 200;
  progress.update('checking', 2, 3);
  await out.drained?.();
  assert.equal(log, '\r\u001b[Kgloss: checking 1/3\r\u001b[Ka.gloss.md:1:1  warning\n\r\u001b[Kgloss: checking 2/3');
  assert.equal(drains, 1);
});
