import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareRename, rename } from '../../../server/src/core/features/rename.js';
import { CORPUS, fixture, range } from './fixture.js';

const REGISTRY = 'file:///c/registry.gloss.md';
const CDM = 'file:///c/articles/cdm.gloss.md';
const AN = 'file:///c/articles/an.gloss.md';

function cursorAt(uri: string, find: string, extra = 0) {
  const text = CORPUS[uri] as string;
  const index = text.indexOf(find);
  return fixture({ ...CORPUS, [uri]: text.slice(0, index + extra) + '$0' + text.slice(index + extra) });
}

test('renaming an entity edits its key and every reference across three files, and nothing else', () => {
  const { ws, uri, position } = cursorAt(CDM, 'by=khalaji', 5);
  assert.deepEqual(prepareRename(ws, uri, position), { range: range(6, 101, 6, 108), placeholder: 'khalaji' });
  assert.deepEqual(rename(ws, uri, position, 'sepehr'), {
    edits: {
      [AN]: [
        { range: range(6, 16, 6, 23), newText: 'sepehr' },
        { range: range(6, 102, 6, 109), newText: 'sepehr' },
      ],
      [CDM]: [
        { range: range(6, 18, 6, 25), newText: 'sepehr' },
        { range: range(6, 101, 6, 108), newText: 'sepehr' },
        { range: range(8, 61, 8, 68), newText: 'sepehr' },
      ],
      [REGISTRY]: [{ range: range(3, 2, 3, 9), newText: 'sepehr' }],
    },
  });
});

test('renaming a document edits its id: value and the document part of every doc#claim', () => {
  const { ws, uri, position } = cursorAt(AN, 'cdm#q', 1);
  assert.deepEqual(rename(ws, uri, position, 'corriere'), {
    edits: {
      [AN]: [
        { range: range(4, 10, 4, 13), newText: 'corriere' },
        { range: range(6, 83, 6, 86), newText: 'corriere' },
        { range: range(8, 76, 8, 79), newText: 'corriere' },
      ],
      [CDM]: [{ range: range(1, 4, 1, 7), newText: 'corriere' }],
    },
  });
});

test('renaming a claim edits its #id and the fragment of every reference, and keeps the document part', () => {
  const { ws, uri, position } = cursorAt(AN, 'cdm#hard-drives', 6);
  assert.deepEqual(prepareRename(ws, uri, position), { range: range(6, 87, 6, 98), placeholder: 'hard-drives' });
  assert.deepEqual(rename(ws, uri, position, 'drives-received'), {
    edits: {
      [AN]: [{ range: range(6, 87, 6, 98), newText: 'drives-received' }],
      [CDM]: [{ range: range(6, 86, 6, 97), newText: 'drives-received' }],
    },
  });
});

test('a #claim reference in the same document is renamed with the claim', () => {
  const { ws, uri, position } = fixture({ 'file:///c/a.gloss.md': '[it]{.claim #c$0} then [that]{.claim src=#c}\n' });
  assert.deepEqual(rename(ws, uri, position, 'first'), {
    edits: { [uri]: [{ range: range(0, 13, 0, 14), newText: 'first' }, { range: range(0, 40, 0, 41), newText: 'first' }] },
  });
});

test('rename refuses an invalid id, a name already defined and a claim id already used', () => {
  const entity = cursorAt(CDM, 'by=khalaji', 5);
  assert.deepEqual(rename(entity.ws, entity.uri, entity.position, '9lives'), {
    error: '“9lives” is not a valid id: an id starts with a letter and continues with letters, digits, “_”, “.”, “:” or “-”.',
  });
  assert.deepEqual(rename(entity.ws, entity.uri, entity.position, 'cds'), {
    error: '“cds” is already defined as an entity in ../registry.gloss.md. Choose another name.',
  });
  const claim = cursorAt(CDM, '#hard-drives', 2);
  assert.deepEqual(rename(claim.ws, claim.uri, claim.position, 'q'), {
    error: 'Document “cdm” already has a claim or quote “#q”. Choose another name.',
  });
});

test('a document whose id comes from its file name cannot be renamed by text edits', () => {
  const { ws, uri, position } = fixture({
    'file:///c/notes.gloss.md': 'Text.\n',
    'file:///c/b.gloss.md': '[x]{.claim src=no$0tes}\n',
  });
  assert.deepEqual(rename(ws, uri, position, 'memo'), {
    error: 'The document “notes” takes its id from its file name, which a rename cannot change. Add “id: notes” to its front matter first, or rename the file.',
  });
});

test('a quoted YAML key is renamed inside its quotes, and mention text cannot be renamed', () => {
  const { ws, uri, position } = fixture({ 'file:///c/a.gloss.md': '---\nentities:\n  "k":\n    name: K\n---\n[K]{#k$0}\n' });
  assert.deepEqual(rename(ws, uri, position, 'kay'), {
    edits: { [uri]: [{ range: range(2, 3, 2, 4), newText: 'kay' }, { range: range(5, 5, 5, 6), newText: 'kay' }] },
  });
  const text = fixture({ 'file:///c/a.gloss.md': '[K$0]{#k}\n' });
  assert.equal(prepareRename(text.ws, text.uri, text.position), null);
});
