import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteMismatch } from '../../../server/src/core/rules/quoteMismatch.js';
import { problemsOf, range, uriOf } from './ruleTest.js';

const ADVICE =
  'Quotes linked by same= should be the same words: check both against the original and correct the one that differs, or make a paraphrase a claim linked with supports=.';

const cdm = '[“Part of the hard drives and casings have been received,” he said.]{.quote #drives}\n[A claim.]{.claim #claim}\n';

test('a linked quote with other words is reported on this quote, with a word diff and the linked quote as related location', () => {
  const text = 'He said [“Part of the drives and the cases have been received”]{.quote same=cdm#drives}\n';
  assert.deepEqual(problemsOf(quoteMismatch, { 'cdm.gloss.md': cdm, 'a.gloss.md': text }, 'a.gloss.md'), [
    {
      code: 'quote-mismatch',
      severity: 'info',
      message: `These words differ from the quote “cdm#drives” they are linked to by same=: +“hard”; −“the cases” +“casings”; +“he said” (− only here, + only there). ${ADVICE}`,
      range: range(0, 9, 0, 62),
      related: [{ uri: uriOf('cdm.gloss.md'), range: range(0, 1, 0, 67), message: 'The linked quote.' }],
    },
  ]);
});

test('case, punctuation, curly and straight quotation marks and white space do not count as differences', () => {
  const text = "[\"PART of the hard   drives, and casings; have been received\" -- He said]{.quote same=cdm#drives}\n";
  assert.deepEqual(problemsOf(quoteMismatch, { 'cdm.gloss.md': cdm, 'a.gloss.md': text }, 'a.gloss.md'), []);
  const apostrophes = { 'x.gloss.md': '[don’t]{.quote #q}\n', 'a.gloss.md': "[Don't]{.quote same=x#q}\n" };
  assert.deepEqual(problemsOf(quoteMismatch, apostrophes, 'a.gloss.md'), []);
});

test('links to claims, to missing claims and from claims are not compared; each differing link of a quote is reported', () => {
  const text = [
    '[Other words entirely]{.quote same=cdm#claim,cdm#missing,#self}',
    '[Other words]{.claim same=cdm#drives}',
    '[Self]{.quote #self same=#self}',
    '[Two links]{.quote same=cdm#drives,#self}',
    '',
  ].join('\n');
  const problems = problemsOf(quoteMismatch, { 'cdm.gloss.md': cdm, 'a.gloss.md': text }, 'a.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.range, p.message.slice(0, p.message.indexOf(' (− only'))]),
    [
      [range(0, 1, 0, 21), 'These words differ from the quote “#self” they are linked to by same=: −“Other words entirely” +“Self”'],
      [range(3, 1, 3, 10), 'These words differ from the quote “#self” they are linked to by same=: −“Two links” +“Self”'],
      [range(3, 1, 3, 10), 'These words differ from the quote “cdm#drives” they are linked to by same=: −“Two links” +“Part of the hard drives and casings have been received," he said”'],
    ],
  );
});
