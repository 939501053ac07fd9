import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unsourcedClaim } from '../../../server/src/core/rules/unsourcedClaim.js';
import { REGISTRY, problemsOf, range } from './ruleTest.js';

const NO_SOURCE =
  'has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.';
const FIX = 'Fix the id, or define the source under “sources:” in a front matter.';
const UNKNOWN = 'is not a source, a document or a claim of this workspace';

test('a claim with neither src= nor a citation is underlined from its first to its last character', () => {
  const problems = problemsOf(unsourcedClaim, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': 'He said [the drives were returned]{.claim by=khalaji}.\n' }, 'a.gloss.md');
  assert.deepEqual(problems, [
    { code: 'unsourced-claim', severity: 'warning', message: `The claim “the drives were returned” ${NO_SOURCE}`, range: range(0, 9, 0, 33) },
  ]);
});

test('sources, documents, existing claims, URLs and resolving citations right after the span all source a claim or quote', () => {
  const text = [
    '[a]{.claim #a src=fars-2023-07-03}',
    '[b]{.claim src=registry}',
    '[c]{.claim src=a#a}',
    '[d]{.quote src="https://example.org/d"}',
    '[e]{.claim}  [@fars-2023-07-03]',
    '[f]{.claim} [@registry, p. 3]',
    '[g]{.claim src="https://example.org/g, fars-2023-07-03"}',
    '',
  ].join('\n');
  assert.deepEqual(problemsOf(unsourcedClaim, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md'), []);
});

test('entities, unknown ids, missing claims and unresolved citation keys leave a claim unsourced, and the message names each', () => {
  const text = [
    '[g]{.claim src=khalaji}',
    '[h]{.claim src=x,y}',
    '[i]{.claim} [@nowhere]',
    '[j]{.claim src=fars-2023-07-03,x}',
    '[k]{.claim src=a#missing}',
    '[l]{.claim} and [@fars-2023-07-03]',
    '[m]{.claim src=x} [@y]',
    '',
  ].join('\n');
  const problems = problemsOf(unsourcedClaim, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': '[a]{.claim #a}\n', 'b.gloss.md': text }, 'b.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.range, p.message]),
    [
      [range(0, 1, 0, 2), `The claim “g” is not sourced: src= entry “khalaji” ${UNKNOWN}. ${FIX}`],
      [range(1, 1, 1, 2), `The claim “h” is not sourced: src= entries “x”, “y” are not sources, documents or claims of this workspace. ${FIX}`],
      [range(2, 1, 2, 2), `The claim “i” is not sourced: the citation key “@nowhere” ${UNKNOWN}. ${FIX}`],
      [range(3, 1, 3, 2), `The claim “j” is not sourced: src= entry “x” ${UNKNOWN}. ${FIX}`],
      [range(4, 1, 4, 2), `The claim “k” is not sourced: src= entry “a#missing” ${UNKNOWN}. ${FIX}`],
      [range(5, 1, 5, 2), `The claim “l” ${NO_SOURCE}`],
      [range(6, 1, 6, 2), `The claim “m” is not sourced: src= entry “x” ${UNKNOWN}; the citation key “@y” ${UNKNOWN}. ${FIX}`],
    ],
  );
});

test('a quote is checked like a claim, long text is cut at a word, and an empty claim is underlined as a whole', () => {
  const text = [
    '[“Part of the hard drives and casings have been received by the ministry.”]{.quote}',
    '[]{.claim}',
    '[Khalaji]{#khalaji} and [a highlight]{.highlight} are not claims.',
    '',
  ].join('\n');
  const problems = problemsOf(unsourcedClaim, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.range, p.message]),
    [
      [range(0, 1, 0, 74), `The quote ““Part of the hard drives and casings…” ${NO_SOURCE}`],
      [range(1, 0, 1, 10), `This empty claim ${NO_SOURCE}`],
    ],
  );
});

test('a claim nested in another claim is checked on its own', () => {
  const text = '[Khalaji said [the drives came back]{.claim #back} yesterday]{.claim src=fars-2023-07-03}\n';
  const problems = problemsOf(unsourcedClaim, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.range, p.message]),
    [[range(0, 15, 0, 35), `The claim “the drives came back” ${NO_SOURCE}`]],
  );
});
