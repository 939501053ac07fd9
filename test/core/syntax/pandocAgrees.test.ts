import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { glossFinds, pandocFinds } from './collect.js';

// Tests run from out/test/core/syntax; fixtures are read from the source tree, which tsc does not copy.
const fixtures = join(import.meta.dirname, '../../../../test/fixtures/syntax');

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.md'))) {
  test(`Gloss finds the same spans and citations as Pandoc in ${name}`, () => {
    const source = readFileSync(join(fixtures, name), 'utf8');
    const expected = pandocFinds(source);
    assert.ok(expected.length > 0, `the fixture ${name} should hold spans or citations`);
    assert.deepEqual(glossFinds(source), expected);
  });
}

test('a bare @name is a citation for Pandoc but stays text for Gloss, the one deliberate difference', () => {
  const source = 'Follow @handle and [@a].';
  assert.deepEqual(pandocFinds(source), [
    { kind: 'cite', items: [{ key: 'handle', prefix: '', suffix: '', suppressAuthor: false }] },
    { kind: 'cite', items: [{ key: 'a', prefix: '', suffix: '', suppressAuthor: false }] },
  ]);
  assert.deepEqual(glossFinds(source), [{ kind: 'cite', items: [{ key: 'a', prefix: '', suffix: '', suppressAuthor: false }] }]);
});

test('a span around a bare @name holds text for Gloss and an author-in-text citation for Pandoc', () => {
  const source = '[@a]{.x}';
  assert.deepEqual(glossFinds(source), [{ kind: 'span', id: '', classes: ['x'], pairs: [], text: '@a' }]);
  assert.deepEqual(pandocFinds(source), [
    { kind: 'span', id: '', classes: ['x'], pairs: [], text: '@a' },
    { kind: 'cite', items: [{ key: 'a', prefix: '', suffix: '', suppressAuthor: false }] },
  ]);
});
