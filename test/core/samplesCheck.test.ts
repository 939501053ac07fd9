import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { check } from '../../server/src/core/check.js';
import { parse } from '../../server/src/core/parse.js';
import { Workspace } from '../../server/src/core/workspace.js';

const SAMPLES = new URL('../../../samples/', import.meta.url);

test('the samples corpus has no errors and no unresolved, duplicate or wrong-kind references', { skip: !existsSync(SAMPLES) }, () => {
  const names = readdirSync(SAMPLES).filter((name) => name.endsWith('.gloss.md')).sort();
  const ws = Workspace.build(names.map((name) => parse(readFileSync(new URL(name, SAMPLES), 'utf8'), new URL(name, SAMPLES).href)));
  const wrong = names.flatMap((name) =>
    check(ws, new URL(name, SAMPLES).href)
      .filter((p) => p.severity === 'error' || p.code === 'unresolved-reference' || p.code === 'duplicate-id' || p.code === 'reference-kind')
      .map((p) => `${name}:${p.range.start.line + 1}:${p.range.start.character + 1} ${p.code} ${p.message}`),
  );
  assert.deepEqual(wrong, []);
});
