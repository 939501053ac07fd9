import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { fileUriOf } from '../../server/src/host/fileUri.js';

test('the file URI of a path equals pathToFileURL’s, for plain and for awkward paths', () => {
  for (const path of ['/work/corpus/a.gloss.md', '/w/a b.gloss.md', '/w/100%.gloss.md', '/w/./a.gloss.md', '/w//a.gloss.md', '/w/x/../a.gloss.md', '/w/ä/😀.gloss.md', '/w/a#b?.gloss.md', '/']) {
    assert.equal(fileUriOf(path), pathToFileURL(path).href, path);
  }
  const segment = fc.stringMatching(/^[a-z0-9._~ %#?äA\\-]{0,6}$/);
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
      const path = `/${segments.join('/')}`;
      assert.equal(fileUriOf(path), pathToFileURL(path).href);
    }),
    { numRuns: 2000 },
  );
});
