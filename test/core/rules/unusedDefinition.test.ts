import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unusedDefinition } from '../../../server/src/core/rules/unusedDefinition.js';
import { REGISTRY, problemsOf, range } from './ruleTest.js';

test('entities and sources that nothing references are reported at their definition; documents never are', () => {
  assert.deepEqual(problemsOf(unusedDefinition, { 'registry.gloss.md': REGISTRY }, 'registry.gloss.md'), [
    {
      code: 'unused-definition',
      severity: 'hint',
      message:
        'The entity “khalaji” is defined here, but nothing in the workspace references it. Mention it ([text]{#khalaji}) or use it in by=, outlet or publisher; or remove it if it is no longer needed.',
      range: range(2, 2, 2, 9),
    },
    {
      code: 'unused-definition',
      severity: 'hint',
      message:
        'The source “fars-2023-07-03” is defined here, but nothing in the workspace references it. Cite it ([@fars-2023-07-03]) or use it in src=; or remove it if it is no longer needed.',
      range: range(10, 2, 10, 17),
    },
  ]);
});

test('a reference from any file, of any role, counts as a use', () => {
  const files = { 'registry.gloss.md': REGISTRY, 'a.gloss.md': '[It]{.claim by=khalaji src=fars-2023-07-03#x}\n' };
  assert.deepEqual(problemsOf(unusedDefinition, files, 'registry.gloss.md'), []);
});
