import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile, summarise } from '../../bench/stats.js';
import { ratio, table } from '../../bench/report.js';
import { createRandom } from '../../bench/random.js';

test('percentiles are nearest-rank values that were actually measured', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(values, 50), 50);
  assert.equal(percentile(values, 99), 99);
  assert.equal(percentile([3, 7], 50), 3);
  assert.equal(percentile([3, 7], 99), 7);
});

test('a summary does not depend on the order of the samples', () => {
  assert.deepEqual(summarise([4, 1, 3, 2]), { count: 4, p50: 2, p99: 4, max: 4, mean: 2.5 });
});

test('ratios read Gloss over the peer with two decimals, and stay empty when a side is missing', () => {
  assert.equal(ratio(50, 200), '0.25×');
  assert.equal(ratio(null, 200), '');
  assert.equal(ratio(5, 0), '');
});

test('tables pad every column to its widest cell', () => {
  assert.equal(table(['a', 'bb'], [['ccc', 'd']]), '| a   | bb |\n|-----|----|\n| ccc | d  |');
});

test('the random stream is the same for one seed and stays within its bounds', () => {
  const a = createRandom(42);
  const b = createRandom(42);
  const drawn = Array.from({ length: 1000 }, () => a.int(10));
  assert.deepEqual(Array.from({ length: 1000 }, () => b.int(10)), drawn);
  assert.deepEqual([...new Set(drawn)].sort(), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(createRandom(42).sample(['x', 'y', 'z'], 5).sort(), ['x', 'y', 'z']);
});
