import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/core/check.js';
import { RULES } from '../../../server/src/core/rules/index.js';
import { brief, uriOf, workspaceOf } from './ruleTest.js';

for (const rule of RULES) {
  for (const example of rule.examples) {
    test(`${rule.code}: the documented example “${example.title}” reports exactly what its docs say`, () => {
      const ws = workspaceOf({ ...example.workspace, 'example.gloss.md': example.text });
      const problems = check(ws, uriOf('example.gloss.md'), {}, [rule]).filter((problem) => problem.code === rule.code);
      assert.deepEqual(problems.map(brief), example.problems);
      for (const problem of problems) assert.equal(problem.severity, rule.defaultSeverity);
    });
  }
}

test('every code of the model is documented once, with a one-line description and prose docs', () => {
  const codes = RULES.map((rule) => rule.code);
  assert.deepEqual(codes, [
    'unsourced-claim',
    'unresolved-reference',
    'duplicate-id',
    'reference-kind',
    'invalid-attribute',
    'invalid-front-matter',
    'missing-metadata',
    'quote-mismatch',
    'unlinked-mention',
    'unused-definition',
    'malformed-span',
    'malformed-citation',
    'analysis-limit',
    'invalid-encoding',
  ]);
  for (const rule of RULES) {
    assert.doesNotMatch(rule.description, /\n/, rule.code);
    assert.ok(rule.docs.length > rule.description.length, rule.code);
  }
});

test('the codes the parser and the host report are documented with their severities and have no check', () => {
  assert.deepEqual(
    RULES.filter((rule) => rule.check === undefined).map((rule) => [rule.code, rule.defaultSeverity]),
    [
      ['invalid-attribute', 'warning'],
      ['invalid-front-matter', 'error'],
      ['malformed-span', 'warning'],
      ['malformed-citation', 'warning'],
      ['analysis-limit', 'info'],
      ['invalid-encoding', 'warning'],
    ],
  );
});

test('the lint rules have the default severities of DESIGN §3 and every lint rule documents a clean and a failing example', () => {
  const lint = RULES.filter((rule) => rule.check !== undefined);
  assert.deepEqual(
    lint.map((rule) => [rule.code, rule.defaultSeverity]),
    [
      ['unsourced-claim', 'warning'],
      ['unresolved-reference', 'error'],
      ['duplicate-id', 'error'],
      ['reference-kind', 'warning'],
      ['missing-metadata', 'warning'],
      ['quote-mismatch', 'info'],
      ['unlinked-mention', 'hint'],
      ['unused-definition', 'hint'],
    ],
  );
  for (const rule of lint) {
    assert.ok(rule.examples.some((example) => example.problems.length === 0), rule.code);
    assert.ok(rule.examples.some((example) => example.problems.length > 0), rule.code);
  }
});
