import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceKind } from '../../../server/src/core/rules/referenceKind.js';
import { REGISTRY, problemsOf, range } from './ruleTest.js';

test('each place reports an id of the wrong kind with what it takes and how to fix it', () => {
  const text = [
    '---',
    'outlet: fars-2023-07-03',
    'related: [khalaji]',
    'sources:',
    '  s1:',
    '    title: A statement',
    '    publisher: registry',
    '---',
    '[Fars]{#fars-2023-07-03} and [the notes]{#registry} said',
    '[it]{.claim #it by=registry src=khalaji same=registry supports=khalaji contradicts=#it} [@khalaji].',
    '',
  ].join('\n');
  const problems = problemsOf(referenceKind, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.severity, p.range, p.message]),
    [
      ['warning', range(1, 8, 1, 23), 'outlet: names the entity that published the article, but “fars-2023-07-03” is a source. Use the id of an entity defined under “entities:”.'],
      ['warning', range(2, 10, 2, 17), 'related: lists other documents, but “khalaji” is an entity. Use document ids.'],
      ['warning', range(6, 15, 6, 23), 'publisher: names the entity that published the source, but “registry” is a document. Use the id of an entity defined under “entities:”.'],
      ['warning', range(8, 8, 8, 23), 'A mention names an entity, but “fars-2023-07-03” is a source. Link an entity here, or cite the source with [@fars-2023-07-03].'],
      ['warning', range(8, 42, 8, 50), 'A mention names an entity, but “registry” is a document. Link an entity here, or cite the document with [@registry].'],
      ['warning', range(9, 19, 9, 27), 'by= names who makes the claim, so it takes an entity, but “registry” is a document. Put the entity that made the claim in by=, and the source in src=.'],
      ['warning', range(9, 32, 9, 39), 'src= says where the claim can be checked, so it takes a source, a document or doc#claim, but “khalaji” is an entity. Put the speaker in by=, and what they said or wrote in src=.'],
      ['warning', range(9, 45, 9, 53), 'same= links to a claim, but “registry” is a document. Write “registry#<claim-id>” to name one of its claims.'],
      ['warning', range(9, 63, 9, 70), 'supports= links to a claim, but “khalaji” is an entity. Write doc#claim-id, or #claim-id for a claim of this document.'],
      ['warning', range(9, 90, 9, 97), 'A citation cites a source or a document, but “khalaji” is an entity. Cite a source, or link the entity as a mention [text]{#khalaji}.'],
    ],
  );
});

test('unresolved ids and claim references are left to unresolved-reference', () => {
  const text = '[it]{.claim by=nobody src=registry#x,nothing same=khalaji#x}\n';
  assert.deepEqual(problemsOf(referenceKind, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md'), []);
});
