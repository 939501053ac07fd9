import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth } from '../../../server/src/cli/report/displayWidth.js';

test('display width counts one cell per narrow character, two per wide one and none per combining mark', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['Khalaji said “no”.', 18],
    ['Ünïcödé café', 12],
    ['e\u0301', 1],
    ['東京で', 6],
    ['한국', 4],
    ['ＡＢ', 4],
    ['👍', 2],
    ['👍🏽', 2],
    ['a👍b', 4],
    ['𠀀x', 3],
    ['\u200bzero', 4],
    ['\ud83d', 1],
  ];
  for (const [text, width] of cases) assert.equal(displayWidth(text), width, JSON.stringify(text));
});
