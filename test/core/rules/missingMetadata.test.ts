import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingMetadata } from '../../../server/src/core/rules/missingMetadata.js';
import { problemsOf, range } from './ruleTest.js';

const WHY = 'statistics, exports and hovers describe articles by them';

test('an article without front matter is reported at the start of the file with every field', () => {
  assert.deepEqual(problemsOf(missingMetadata, { 'a.gloss.md': 'Text with [a claim]{.claim}.\n' }, 'a.gloss.md'), [
    {
      code: 'missing-metadata',
      severity: 'warning',
      message: `This article has no front matter, so it has no title, outlet, published or url; ${WHY}. Add a front matter block between “---” lines at the top with title (the headline), outlet (an entity id), published (an ISO date such as 2023-07-05) and url (the article’s address).`,
      range: range(0, 0, 0, 0),
    },
  ]);
});

test('one problem on the opening fence lists the missing fields, and a blank value counts as missing', () => {
  const text = '---\ntitle: "  "\noutlet: asianews\nurl: https://example.org/a\n---\n[“It was received.”]{.quote}\n';
  assert.deepEqual(
    problemsOf(missingMetadata, { 'a.gloss.md': text }, 'a.gloss.md').map((p) => [p.range, p.message]),
    [[range(0, 0, 0, 3), `This article’s front matter has no title or published; ${WHY}. Add title (the headline) and published (an ISO date such as 2023-07-05).`]],
  );
});

test('complete articles, registries and files whose only spans have no meaning to Gloss are not reported', () => {
  const complete = '---\ntitle: T\noutlet: asianews\npublished: 2023-07-05\nurl: https://example.org/a\n---\n[Khalaji]{#khalaji}\n';
  const files = { 'a.gloss.md': complete, 'b.gloss.md': '---\nentities:\n  k:\n    name: K\n---\n', 'c.gloss.md': 'A [highlight]{.highlight} and [@a].\n' };
  for (const name of Object.keys(files)) assert.deepEqual(problemsOf(missingMetadata, files, name), [], name);
});
