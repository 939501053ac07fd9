import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvedReference } from '../../../server/src/core/rules/unresolvedReference.js';
import { REGISTRY, problemsOf, range } from './ruleTest.js';

const NOTHING = 'names nothing: no entity, source or document of the workspace has this id.';

test('every kind of reference that names nothing is reported at the id, with the nearest ids of the right kind', () => {
  const text = [
    '---',
    'outlet: asianew',
    'related: [a, c-2023]',
    '---',
    '[Khalaj]{#khalaj} said [it]{.claim #said by=Khalaji src=fars-2023-07-30 same=a#recieved}.',
    'See [@fars-2023-07-03; @nothing-like-it] and [so]{.claim supports=#sad}.',
    '',
  ].join('\n');
  const files = { 'registry.gloss.md': REGISTRY, 'a.gloss.md': '[x]{.claim #received}\n', 'b.gloss.md': text };
  const problems = problemsOf(unresolvedReference, files, 'b.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.severity, p.range, p.message]),
    [
      ['error', range(1, 8, 1, 15), `“asianew” in the outlet field ${NOTHING} Did you mean “asianews”? Fix the id, or create entity “asianew” under “entities:” in a front matter.`],
      ['error', range(2, 13, 2, 19), `“c-2023” in the related field ${NOTHING} Fix the id, or add a document whose id is “c-2023”.`],
      ['error', range(4, 10, 4, 16), `“khalaj” in a mention ${NOTHING} Did you mean “khalaji”? Fix the id, or create entity “khalaj” under “entities:” in a front matter.`],
      ['error', range(4, 44, 4, 51), `“Khalaji” in by= ${NOTHING} Did you mean “khalaji”? Fix the id, or create entity “Khalaji” under “entities:” in a front matter.`],
      ['error', range(4, 56, 4, 71), `“fars-2023-07-30” in src= ${NOTHING} Did you mean “fars-2023-07-03”? Fix the id, or create source “fars-2023-07-30” under “sources:” in a front matter.`],
      ['error', range(4, 77, 4, 87), '“a#recieved” names no claim: document “a” has no claim or quote with the id “recieved”. Did you mean “a#received”? Give the claim that id ({.claim #recieved}), or fix the reference.'],
      ['error', range(5, 24, 5, 39), `“nothing-like-it” in a citation ${NOTHING} Fix the id, or create source “nothing-like-it” under “sources:” in a front matter.`],
      ['error', range(5, 66, 5, 70), '“#sad” names no claim: document “b” has no claim or quote with the id “sad”. Did you mean “#said”? Give the claim that id ({.claim #sad}), or fix the reference.'],
    ],
  );
});

test('a claim reference into an entity says that the entity is not a document', () => {
  const problems = problemsOf(unresolvedReference, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': '[x]{.claim same=khalaji#x}\n' }, 'a.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.range, p.message]),
    [[range(0, 16, 0, 25), '“khalaji#x” names no claim: “khalaji” is an entity, not a document. Write doc#claim with the id of the document that holds the claim.']],
  );
});

test('references that resolve, across files and within one, report nothing', () => {
  const text = [
    '---',
    'outlet: asianews',
    'related: [a]',
    '---',
    '[Khalaji]{#khalaji} said [it]{.claim #it by=khalaji src=fars-2023-07-03 same=a#received contradicts=#it} [@registry].',
    '',
  ].join('\n');
  const files = { 'registry.gloss.md': REGISTRY, 'a.gloss.md': '[x]{.quote #received}\n', 'b.gloss.md': text };
  assert.deepEqual(problemsOf(unresolvedReference, files, 'b.gloss.md'), []);
  assert.deepEqual(problemsOf(unresolvedReference, files, 'registry.gloss.md'), []);
});
