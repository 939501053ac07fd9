import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateId } from '../../../server/src/core/rules/duplicateId.js';
import { problemsOf, range, uriOf } from './ruleTest.js';

const NAMESPACE = 'Documents, entities and sources share one namespace, so a reference to “fars” is ambiguous. Rename all but one.';

const files = {
  'a.gloss.md': '---\nentities:\n  fars:\n    name: Fars News Agency\n---\n',
  'b.gloss.md': '---\nsources:\n  fars:\n    title: A statement\n---\n',
  'fars.gloss.md': '# A document whose file name gives it the id fars\n',
};

test('a global id defined in three files is reported at each definition, pointing at the two others', () => {
  assert.deepEqual(problemsOf(duplicateId, files, 'a.gloss.md'), [
    {
      code: 'duplicate-id',
      severity: 'error',
      message: `“fars” is defined 3 times: here as an entity, and as a source in b.gloss.md, as a document in fars.gloss.md. ${NAMESPACE}`,
      range: range(2, 2, 2, 6),
      related: [
        { uri: uriOf('b.gloss.md'), range: range(2, 2, 2, 6), message: '“fars” is also defined here, as a source.' },
        { uri: uriOf('fars.gloss.md'), range: range(0, 0, 0, 0), message: '“fars” is also defined here, as a document.' },
      ],
    },
  ]);
  assert.deepEqual(
    problemsOf(duplicateId, files, 'fars.gloss.md').map((p) => [p.range, p.message, p.related?.map((r) => r.uri)]),
    [
      [
        range(0, 0, 0, 0),
        `“fars” is defined 3 times: here as a document, and as an entity in a.gloss.md, as a source in b.gloss.md. ${NAMESPACE}`,
        [uriOf('a.gloss.md'), uriOf('b.gloss.md')],
      ],
    ],
  );
});

test('two definitions in one file are both reported, each pointing at the other in the same file', () => {
  const text = '---\nid: fars\nentities:\n  fars:\n    name: Fars News Agency\n---\n';
  assert.deepEqual(problemsOf(duplicateId, { 'x.gloss.md': text }, 'x.gloss.md'), [
    {
      code: 'duplicate-id',
      severity: 'error',
      message: `“fars” is defined 2 times: here as a document, and as an entity also in this file. ${NAMESPACE}`,
      range: range(1, 4, 1, 8),
      related: [{ uri: uriOf('x.gloss.md'), range: range(3, 2, 3, 6), message: '“fars” is also defined here, as an entity.' }],
    },
    {
      code: 'duplicate-id',
      severity: 'error',
      message: `“fars” is defined 2 times: here as an entity, and as a document also in this file. ${NAMESPACE}`,
      range: range(3, 2, 3, 6),
      related: [{ uri: uriOf('x.gloss.md'), range: range(1, 4, 1, 8), message: '“fars” is also defined here, as a document.' }],
    },
  ]);
});

test('a message names three other definitions and counts the rest, while the related locations list them all', () => {
  const many: Record<string, string> = {};
  for (const name of ['a', 'b', 'c', 'd', 'e']) many[`${name}.gloss.md`] = '---\nentities:\n  fars:\n    name: Fars\n---\n';
  const [problem] = problemsOf(duplicateId, many, 'c.gloss.md');
  assert.equal(
    problem?.message,
    `“fars” is defined 5 times: here as an entity, and as an entity in a.gloss.md, as an entity in b.gloss.md, as an entity in d.gloss.md and 1 more. ${NAMESPACE}`,
  );
  assert.deepEqual(problem?.related?.map((r) => r.uri), ['a', 'b', 'd', 'e'].map((name) => uriOf(`${name}.gloss.md`)));
});

test('claim ids repeat across documents freely, but not within one; claims without ids never clash', () => {
  const text = '[One]{.claim #c1} [two]{.quote #c1} [three]{.claim} [four]{.claim} [five]{.claim #c1}\n';
  const problems = problemsOf(duplicateId, { 'a.gloss.md': text, 'b.gloss.md': '[One]{.claim #c1}\n' }, 'a.gloss.md');
  const message = 'The claim id “c1” is used 3 times in this document, so “a#c1” is ambiguous. Give each claim or quote its own id.';
  const at = (start: number) => range(0, start, 0, start + 2);
  const also = (start: number) => ({ uri: uriOf('a.gloss.md'), range: at(start), message: 'The claim id “c1” is also used here.' });
  assert.deepEqual(problems, [
    { code: 'duplicate-id', severity: 'error', message, range: at(14), related: [also(32), also(82)] },
    { code: 'duplicate-id', severity: 'error', message, range: at(32), related: [also(14), also(82)] },
    { code: 'duplicate-id', severity: 'error', message, range: at(82), related: [also(14), also(32)] },
  ]);
  assert.deepEqual(problemsOf(duplicateId, { 'a.gloss.md': text, 'b.gloss.md': '[One]{.claim #c1}\n' }, 'b.gloss.md'), []);
});
