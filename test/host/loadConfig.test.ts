import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig, formatConfigError, loadConfig, readConfigText } from '../../server/src/host/index.js';
import { makeTree, removeTree } from './tempTree.js';

test('a workspace without gloss.json gets the defaults', async () => {
  const root = await makeTree({ 'a.gloss.md': '' });
  try {
    assert.deepEqual(await loadConfig(root), { ok: true, config: { include: ['**/*.gloss.md'], exclude: [], rules: {} }, path: null });
  } finally {
    await removeTree(root);
  }
});

test('gloss.json sets include, exclude and rule severities', async () => {
  const text = '\uFEFF{ "include": ["articles/**/*.md"], "exclude": ["drafts/"], "rules": { "unsourced-claim": "error", "unused-definition": "off" } }';
  const root = await makeTree({ 'gloss.json': text });
  try {
    assert.deepEqual(await loadConfig(root), {
      ok: true,
      config: { include: ['articles/**/*.md'], exclude: ['drafts/'], rules: { 'unsourced-claim': 'error', 'unused-definition': 'off' } },
      path: join(root, 'gloss.json'),
    });
  } finally {
    await removeTree(root);
  }
});

test('a trailing comma is reported with its line and column', () => {
  const result = readConfigText('{\n  "include": ["**/*.md"],\n}\n', 'ws/gloss.json');
  assert.deepEqual(result, {
    ok: false,
    error: { path: 'ws/gloss.json', line: 3, column: 1, message: 'is not valid JSON: expected a property name in double quotes but found “}”' },
  });
  assert.ok(!result.ok);
  assert.equal(formatConfigError(result.error), 'ws/gloss.json:3:1: is not valid JSON: expected a property name in double quotes but found “}”');
});

test('an unclosed object is reported at the end of the file', () => {
  assert.deepEqual(readConfigText('{ "rules": {', 'gloss.json'), {
    ok: false,
    error: { path: 'gloss.json', line: 1, column: 13, message: 'is not valid JSON: expected a property name in double quotes but found the end of the file' },
  });
});

test('a misspelt severity is reported on its value', () => {
  assert.deepEqual(readConfigText('{\n  "rules": {\n    "unsourced-claim": "warn"\n  }\n}', 'gloss.json'), {
    ok: false,
    error: { path: 'gloss.json', line: 3, column: 24, message: 'the rule “unsourced-claim” is set to "warn"; use one of "error", "warning", "info", "hint" or "off"' },
  });
});

test('an unknown field and a non-array include are errors, not silently ignored', () => {
  assert.deepEqual(readConfigText('{"inclde": []}', 'gloss.json'), {
    ok: false,
    error: { path: 'gloss.json', line: 1, column: 12, message: 'has an unknown field “inclde”; the fields are “include”, “exclude” and “rules”' },
  });
  assert.deepEqual(readConfigText('{"include": "**/*.md"}', 'gloss.json'), {
    ok: false,
    error: { path: 'gloss.json', line: 1, column: 13, message: '“include” must be an array of glob strings, such as ["**/*.gloss.md"]' },
  });
  assert.deepEqual(readConfigText('[1]', 'gloss.json'), {
    ok: false,
    error: { path: 'gloss.json', line: 1, column: 1, message: 'must hold a JSON object such as { "include": ["**/*.gloss.md"] }' },
  });
});

test('a gloss.json that is a folder gives an error value instead of throwing', async () => {
  const root = await makeTree({ 'gloss.json/x': '' });
  try {
    assert.deepEqual(await loadConfig(root), { ok: false, error: { path: join(root, 'gloss.json'), line: 1, column: 1, message: 'cannot be read (EISDIR)' } });
  } finally {
    await removeTree(root);
  }
});

test('the defaults are a fresh value each time', () => {
  const a = defaultConfig();
  a.include.push('x');
  assert.deepEqual(defaultConfig().include, ['**/*.gloss.md']);
});
