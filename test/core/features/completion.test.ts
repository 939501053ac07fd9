import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completion } from '../../../server/src/core/features/completion.js';
import { CORPUS, fixture, range } from './fixture.js';

const NOTE = 'file:///c/articles/note.gloss.md';

function complete(text: string) {
  const { ws, uri, position } = fixture({ ...CORPUS, [NOTE]: text });
  return completion(ws, uri, position);
}

function labels(text: string): string[] {
  return complete(text).map((item) => item.label);
}

test('after by= the entities are offered with their type and name, replacing the partial id', () => {
  assert.deepEqual(complete('[x]{.claim by=kh$0}\n'), [
    { label: 'cds', kind: 'entity', detail: 'organization — Corriere della Sera', replaceRange: range(0, 14, 0, 16) },
    {
      label: 'khalaji',
      kind: 'entity',
      detail: 'person — Sepehr Khalaji',
      documentation: "Head of Iran's *Government Information Council*.",
      replaceRange: range(0, 14, 0, 16),
    },
  ]);
});

test('a comma list completes its next entry', () => {
  assert.deepEqual(complete('[x]{.claim by=khalaji,c$0 src=a}\n')[0]?.replaceRange, range(0, 22, 0, 23));
});

test('after { # in a mention the entities are offered, and none for a claim id', () => {
  assert.deepEqual(labels('[Sepehr]{#$0}\n'), ['cds', 'khalaji']);
  assert.deepEqual(labels('[x]{.claim #$0}\n'), []);
});

test('src= offers sources and documents, and claims once a document is named', () => {
  assert.deepEqual(labels('[x]{.claim src=$0}\n'), ['fars-2023-07-03', 'an', 'cdm', 'registry']);
  assert.deepEqual(labels('[x]{.claim src=cdm#$0}\n'), ['fars-2023-07-03', 'an', 'cdm', 'registry', 'cdm#hard-drives', 'cdm#q']);
});

test('same= offers claims as doc#claim, and #claim for this document', () => {
  const items = complete('[y]{.claim #mine}\n[x]{.claim same=$0}\n');
  assert.deepEqual(
    items.map((item) => [item.label, item.detail]),
    [
      ['#mine', 'claim — y'],
      ['an#drives', 'claim — the drives reached Tehran'],
      ['an#q2', 'quote — “Part of the hard drives and casings have been received.”'],
      ['cdm#hard-drives', 'claim — Tehran has received part of the hard drives'],
      ['cdm#q', 'quote — “Part of the hard drives have been received.”'],
    ],
  );
});

test('citations complete after [@ and after ; @ with sources and documents', () => {
  assert.deepEqual(labels('See [@fa$0].\n'), ['fars-2023-07-03', 'an', 'cdm', 'registry']);
  assert.deepEqual(complete('See [@an; @$0].\n')[0]?.replaceRange, range(0, 11, 0, 11));
  assert.deepEqual(labels('Mail me @$0\n'), []);
});

test('attribute keys, classes and status values complete inside the block', () => {
  assert.deepEqual(labels('[x]{.claim by=khalaji $0}\n'), ['src', 'date', 'status', 'same', 'supports', 'contradicts', 'note']);
  assert.deepEqual(complete('[x]{.claim s$0}\n')[1], {
    label: 'src',
    kind: 'attribute',
    detail: 'where it can be checked (sources, documents, doc#claim, a quoted URL)',
    insertText: 'src=',
    replaceRange: range(0, 11, 0, 12),
  });
  assert.deepEqual(labels('[x]{.q$0}\n'), ['.claim', '.quote']);
  assert.deepEqual(labels('[x]{.claim status=d$0}\n'), ['unverified', 'supported', 'disputed', 'refuted']);
  assert.deepEqual(labels('[x]{.claim note="a b $0'), []);
});

test('YAML top-level fields leave out the ones present, and outlet: offers organisations first', () => {
  assert.deepEqual(labels('---\ntitle: T\n$0\n---\n'), ['id', 'outlet', 'author', 'published', 'url', 'language', 'translated-from', 'related', 'entities', 'sources']);
  assert.deepEqual(
    complete('---\noutlet: $0\n---\n').map((item) => [item.label, item.sortText]),
    [['cds', '0cds'], ['khalaji', '1khalaji']],
  );
});

test('YAML values: entity types, source kinds, publishers and related documents', () => {
  assert.deepEqual(labels('---\nentities:\n  x:\n    type: p$0\n---\n'), ['person', 'organization', 'place', 'event', 'group', 'work', 'other']);
  assert.deepEqual(labels('---\nsources:\n  s:\n    kind: $0\n---\n'), ['article', 'statement', 'report', 'post', 'dataset', 'interview', 'other']);
  assert.deepEqual(labels('---\nsources:\n  s:\n    publisher: $0\n---\n'), ['cds', 'khalaji']);
  assert.deepEqual(complete('---\nrelated: [an, c$0]\n---\n').map((item) => [item.label, item.replaceRange]), [
    ['an', range(1, 14, 1, 15)],
    ['cdm', range(1, 14, 1, 15)],
    ['registry', range(1, 14, 1, 15)],
  ]);
  assert.deepEqual(labels('---\nrelated:\n  - $0\n---\n'), ['an', 'cdm', 'registry']);
});

test('YAML entity fields are offered under an entity, and nothing where a new id goes', () => {
  assert.deepEqual(labels('---\nentities:\n  x:\n    name: X\n    $0\n---\n'), ['name', 'type', 'aliases', 'description', 'wikidata', 'url']);
  assert.deepEqual(labels('---\nentities:\n  $0\n---\n'), []);
});

test('completion positions are exact after an emoji on a CRLF line', () => {
  assert.deepEqual(complete('---\r\nid: n\r\n---\r\n😀 [x]{.claim by=k$0}\r\n')[0]?.replaceRange, range(3, 17, 3, 18));
});
