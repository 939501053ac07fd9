import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { streamSink, writeChunks } from '../../server/src/cli/cliIo.js';

test('writeChunks writes every chunk in order, gathered into writes of about 64 KB', async () => {
  const writes: string[] = [];
  const chunks = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(3, '0')}${'.'.repeat(1000)}\n`);
  await writeChunks({ write: (text: string) => writes.push(text) }, chunks);
  assert.equal(writes.join(''), chunks.join(''));
  // 300 chunks of 1,004 characters: a write as soon as 64 KB are gathered, 66 chunks each, and the rest at the end.
  assert.deepEqual(writes.map((w) => w.length), [66, 66, 66, 66, 36].map((n) => n * 1004));
});

test('writeChunks writes nothing for no chunks', async () => {
  const writes: string[] = [];
  await writeChunks({ write: (text: string) => writes.push(text) }, []);
  assert.deepEqual(writes, []);
});

test('writeChunks makes no chunk past a write until the sink has drained', async () => {
  const made: number[] = [];
  const writes: number[] = [];
  let release = (): void => undefined;
  const sink = {
    write: () => writes.push(made.length),
    drained: () => new Promise<void>((resolve) => (release = resolve)),
  };
  function* chunks(): Generator<string> {
    for (let i = 0; i < 3; i += 1) {
      made.push(i);
      yield 'x'.repeat(70_000);
    }
  }
  const done = writeChunks(sink, chunks());
  assert.deepEqual(made, [0]);
  release();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(made, [0, 1]);
  release();
  await new Promise((resolve) => setImmediate(resolve));
  release();
  await done;
  assert.deepEqual(writes, [1, 2, 3]);
});

/** A stream that takes each write on a later turn of the event loop, as a pipe to a slower reader does. */
function slowStream(received: string[]): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      received.push(chunk);
      setImmediate(callback);
    },
  });
}

test('through a stream sink, the queue never holds more than one write however long the output', async () => {
  const received: string[] = [];
  const stream = slowStream(received);
  const sink = streamSink(stream);
  let largestQueue = 0;
  const measured = { write: (text: string) => (sink.write(text), (largestQueue = Math.max(largestQueue, stream.writableLength))), drained: sink.drained };
  const chunks = Array.from({ length: 2000 }, (_, i) => `${i}${'.'.repeat(999)}\n`);
  await writeChunks(measured, chunks);
  await new Promise((resolve) => stream.end(resolve));
  assert.equal(received.join(''), chunks.join(''));
  // Two megabytes in all; without the wait the queue would have held nearly all of it at once.
  assert.ok(largestQueue <= 70_000, `the queue held ${largestQueue} characters`);
});

test('a stream sink closed by its reader stops the wait instead of hanging the writer', async () => {
  const stream = slowStream([]);
  const sink = streamSink(stream);
  const chunks = Array.from({ length: 200 }, () => 'y'.repeat(1000));
  sink.write('z'.repeat(100_000));
  const waiting = sink.drained?.();
  stream.destroy();
  await waiting;
  await writeChunks(sink, chunks);
});
