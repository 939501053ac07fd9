/**
 * The debounce that the client's views and status bar refresh through, on mocked timers.
 */
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { debounce } from '../../client/src/debounce.js';

test('a burst of calls runs the function once, after the last call’s delay', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const fn = mock.fn();
  const debounced = debounce(fn, 300);
  debounced();
  t.mock.timers.tick(200);
  debounced();
  t.mock.timers.tick(299);
  assert.equal(fn.mock.callCount(), 0);
  t.mock.timers.tick(1);
  assert.equal(fn.mock.callCount(), 1);
  t.mock.timers.tick(1000);
  assert.equal(fn.mock.callCount(), 1);
});

test('cancel drops the pending call', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const fn = mock.fn();
  const debounced = debounce(fn, 300);
  debounced();
  debounced.cancel();
  t.mock.timers.tick(1000);
  assert.equal(fn.mock.callCount(), 0);
  debounced();
  t.mock.timers.tick(300);
  assert.equal(fn.mock.callCount(), 1);
});
