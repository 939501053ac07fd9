import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../../server/src/core/features/definition.js';
import { references } from '../../../server/src/core/features/references.js';
import { documentHighlights } from '../../../server/src/core/features/documentHighlights.js';
import { findTarget } from '../../../server/src/core/features/target.js';
import { CORPUS, fixture, range } from './fixture.js';

const REGISTRY = 'file:///c/registry.gloss.md';
const CDM = 'file:///c/articles/cdm.gloss.md';
const AN = 'file:///c/articles/an.gloss.md';

/** The corpus with the cursor put before the `nth` occurrence of `find` in `uri`, moved by `extra` characters. */
function cursorAt(uri: string, find: string, extra = 0) {
  const text = CORPUS[uri] as string;
  const index = text.indexOf(find);
  assert.ok(index >= 0);
  return fixture({ ...CORPUS, [uri]: text.slice(0, index + extra) + '$0' + text.slice(index + extra) });
}

test('definition from same=cdm#hard-drives goes to the claim id in the other file', () => {
  const { ws, uri, position } = cursorAt(AN, 'cdm#hard-drives', 6);
  assert.deepEqual(definition(ws, uri, position), [{ uri: CDM, range: range(6, 86, 6, 97) }]);
});

test('definition from the document part of doc#claim goes to the id: value of that document', () => {
  const { ws, uri, position } = cursorAt(AN, 'cdm#hard-drives', 1);
  assert.deepEqual(definition(ws, uri, position), [{ uri: CDM, range: range(1, 4, 1, 7) }]);
});

test('definition from a citation key, a YAML outlet and a mention text reaches the registry', () => {
  const citation = cursorAt(AN, '@fars', 2);
  assert.deepEqual(definition(citation.ws, citation.uri, citation.position), [{ uri: REGISTRY, range: range(13, 2, 13, 17) }]);
  const outlet = cursorAt(CDM, 'outlet: cds', 9);
  assert.deepEqual(definition(outlet.ws, outlet.uri, outlet.position), [{ uri: REGISTRY, range: range(9, 2, 9, 5) }]);
  const text = cursorAt(AN, '[Khalaji]', 2);
  assert.deepEqual(definition(text.ws, text.uri, text.position), [{ uri: REGISTRY, range: range(3, 2, 3, 9) }]);
});

test('definition of a duplicated id gives every definition, in URI order', () => {
  const { ws, uri, position } = fixture({
    'file:///c/a.gloss.md': '---\nentities:\n  dup:\n    name: A\n---\n',
    'file:///c/b.gloss.md': '---\nsources:\n  dup:\n    title: B\n---\n[x]{#d$0up}\n',
  });
  assert.deepEqual(definition(ws, uri, position), [
    { uri: 'file:///c/a.gloss.md', range: range(2, 2, 2, 5) },
    { uri: 'file:///c/b.gloss.md', range: range(2, 2, 2, 5) },
  ]);
});

test('definition of a file-name document id points at the start of that file', () => {
  const { ws, uri, position } = fixture({
    'file:///c/notes.gloss.md': 'Text.\n',
    'file:///c/b.gloss.md': '[x]{.claim src=no$0tes}\n',
  });
  assert.deepEqual(definition(ws, uri, position), [{ uri: 'file:///c/notes.gloss.md', range: range(0, 0, 0, 0) }]);
});

test('references to an entity list every mention and by= across files, with the definition when asked', () => {
  const { ws, uri, position } = cursorAt(REGISTRY, 'khalaji:', 3);
  const expected = [
    { uri: AN, range: range(6, 16, 6, 23) },
    { uri: AN, range: range(6, 102, 6, 109) },
    { uri: CDM, range: range(6, 18, 6, 25) },
    { uri: CDM, range: range(6, 101, 6, 108) },
    { uri: CDM, range: range(8, 61, 8, 68) },
  ];
  assert.deepEqual(references(ws, uri, position, false), expected);
  assert.deepEqual(references(ws, uri, position, true), [...expected, { uri: REGISTRY, range: range(3, 2, 3, 9) }]);
});

test('references to a claim list every doc#claim that names it, and its #id as the declaration', () => {
  const { ws, uri, position } = cursorAt(CDM, '#hard-drives', 3);
  assert.deepEqual(references(ws, uri, position, true), [
    { uri: AN, range: range(6, 83, 6, 98) },
    { uri: CDM, range: range(6, 86, 6, 97) },
  ]);
});

test('references to a document name only the document part of doc#claim', () => {
  const { ws, uri, position } = cursorAt(CDM, 'id: cdm', 5);
  assert.deepEqual(references(ws, uri, position, false), [
    { uri: AN, range: range(4, 10, 4, 13) },
    { uri: AN, range: range(6, 83, 6, 86) },
    { uri: AN, range: range(8, 76, 8, 79) },
  ]);
});

test('findTarget tells the document part of doc#claim from the claim part', () => {
  const onDoc = cursorAt(AN, 'cdm#hard-drives', 3);
  const onClaim = cursorAt(AN, 'cdm#hard-drives', 4);
  const a = findTarget(onDoc.ws, onDoc.uri, onDoc.position);
  const b = findTarget(onClaim.ws, onClaim.uri, onClaim.position);
  assert.deepEqual(a && { kind: a.kind, id: a.id, fragment: a.fragment, range: a.range }, { kind: 'reference', id: 'cdm', fragment: 'hard-drives', range: range(6, 83, 6, 86) });
  assert.equal(a?.kind === 'reference' && a.part, 'id');
  assert.equal(b?.kind === 'reference' && b.part, 'fragment');
  assert.deepEqual(b?.range, range(6, 87, 6, 98));
});

test('document highlights mark the id in this file: definitions as write, uses as read', () => {
  const { ws, uri, position } = fixture({
    'file:///c/a.gloss.md': '---\nentities:\n  k:\n    name: K\n---\n[K]{#k} and [it]{.claim #c by=k$0} then [that]{.claim src=#c}\n',
  });
  assert.deepEqual(documentHighlights(ws, uri, position), [
    { range: range(2, 2, 2, 3), kind: 'write' },
    { range: range(5, 5, 5, 6), kind: 'read' },
    { range: range(5, 30, 5, 31), kind: 'read' },
  ]);
  const onClaim = fixture({ 'file:///c/a.gloss.md': '[it]{.claim #$0c} then [that]{.claim src=#c}\n' });
  assert.deepEqual(documentHighlights(onClaim.ws, onClaim.uri, onClaim.position), [
    { range: range(0, 13, 0, 14), kind: 'write' },
    { range: range(0, 39, 0, 41), kind: 'read' },
  ]);
});

test('positions stay exact with CRLF line endings and an emoji before the cursor', () => {
  const { ws, uri, position } = fixture({
    'file:///c/a.gloss.md': '---\r\nentities:\r\n  k:\r\n    name: K\r\n---\r\n😀 [K]{#k} 👩‍👩‍👧 [it]{.claim by=$0k}\r\n',
  });
  assert.deepEqual(position, { line: 5, character: 35 });
  assert.deepEqual(definition(ws, uri, position), [{ uri, range: range(2, 2, 2, 3) }]);
  assert.deepEqual(references(ws, uri, position, false), [
    { uri, range: range(5, 8, 5, 9) },
    { uri, range: range(5, 35, 5, 36) },
  ]);
});
