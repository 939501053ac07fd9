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
