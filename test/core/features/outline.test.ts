import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols } from '../../../server/src/core/features/documentSymbols.js';
import { workspaceSymbols } from '../../../server/src/core/features/workspaceSymbols.js';
import { foldingRanges } from '../../../server/src/core/features/foldingRanges.js';
import { codeLenses } from '../../../server/src/core/features/codeLenses.js';
import { semanticTokens } from '../../../server/src/core/features/semanticTokens.js';
import { parse } from '../../../server/src/core/parse.js';
import { CORPUS, fixture, range } from './fixture.js';

const REGISTRY = 'file:///c/registry.gloss.md';
const CDM = 'file:///c/articles/cdm.gloss.md';
const AN = 'file:///c/articles/an.gloss.md';

test('the outline holds the front matter with its definitions, then claims with nested quotes', () => {
  const doc = parse('---\nid: d\nentities:\n  k:\n    name: K\n    type: person\n---\n[a [“b”]{.quote #b} c]{.claim #a} and [plain claim]{.claim}\n', 'file:///c/d.gloss.md');
  assert.deepEqual(documentSymbols(doc), [
    {
      name: 'd',
      detail: '',
      kind: 'document',
      range: range(0, 0, 6, 3),
      selectionRange: range(1, 4, 1, 5),
      children: [{ name: 'k', detail: 'person — K', kind: 'entity', range: range(3, 2, 5, 16), selectionRange: range(3, 2, 3, 3), children: [] }],
    },
    {
      name: '#a',
      detail: 'a “b” c',
      kind: 'claim',
      range: range(7, 0, 7, 33),
      selectionRange: range(7, 31, 7, 32),
      children: [{ name: '#b', detail: '“b”', kind: 'quote', range: range(7, 3, 7, 19), selectionRange: range(7, 17, 7, 18), children: [] }],
    },
    { name: 'plain claim', detail: 'claim', kind: 'claim', range: range(7, 38, 7, 59), selectionRange: range(7, 39, 7, 50), children: [] },
  ]);
});

test('workspace symbols match ids and names, prefix matches first', () => {
  const { ws } = fixture(CORPUS);
  assert.deepEqual(
    workspaceSymbols(ws, 'khal').map((s) => [s.name, s.kind, s.containerName, s.location.uri, s.location.range]),
    [
      ['khalaji', 'entity', 'Sepehr Khalaji', REGISTRY, range(3, 2, 3, 9)],
      ['fars-2023-07-03', 'source', 'Khalaji on the return of the seized computers', REGISTRY, range(13, 2, 13, 17)],
    ],
  );
  assert.deepEqual(workspaceSymbols(ws, 'cdmhd').map((s) => s.name), ['cdm#hard-drives']);
});

test('folding covers the front matter, the definition blocks and heading sections', () => {
  const doc = parse(
    '---\nentities:\n  k:\n    name: K\n\n    type: person\n---\n# One\n\ntext\n## Two\nmore\n```\n# not a heading\n```\n\n# Three\nend\n',
    'file:///c/d.gloss.md',
  );
  assert.deepEqual(foldingRanges(doc), [
    { startLine: 0, endLine: 6, kind: 'region' },
    { startLine: 1, endLine: 5, kind: 'region' },
    { startLine: 2, endLine: 5, kind: 'region' },
    { startLine: 7, endLine: 14, kind: 'region' },
    { startLine: 10, endLine: 14, kind: 'region' },
    { startLine: 16, endLine: 17, kind: 'region' },
  ]);
});

test('code lenses count mentions, citations and unsourced claims from the whole workspace', () => {
  const { ws } = fixture(CORPUS);
  assert.deepEqual(codeLenses(ws, REGISTRY), [
    { range: range(3, 2, 3, 9), title: '2 mentions in 2 documents', command: { kind: 'showReferences', id: 'khalaji', roles: ['mention'], position: { line: 3, character: 2 } } },
    { range: range(9, 2, 9, 5), title: '0 mentions in 0 documents', command: { kind: 'showReferences', id: 'cds', roles: ['mention'], position: { line: 9, character: 2 } } },
    {
      range: range(13, 2, 13, 17),
      title: 'cited 2 times in 2 documents',
      command: { kind: 'showReferences', id: 'fars-2023-07-03', roles: ['src', 'citation'], position: { line: 13, character: 2 } },
    },
  ]);
  assert.deepEqual(codeLenses(ws, CDM), [{ range: range(0, 0, 0, 0), title: '2 claims · 1 unsourced', command: { kind: 'showUnsourcedClaims' } }]);
});

test('semantic tokens colour mentions by entity type, split at line breaks and cut around inner mentions', () => {
  const { ws } = fixture({
    ...CORPUS,
    [AN]: '[Khalaji]{#khalaji} said [the [Corriere]{#cds}\nstory]{.claim src=fars-2023-07-03} [@an] [x]{#nobody}\n',
  });
  assert.deepEqual(semanticTokens(ws, AN), [
    { line: 0, character: 1, length: 7, type: 'person', modifiers: [] },
    { line: 0, character: 26, length: 4, type: 'claim', modifiers: [] },
    { line: 0, character: 31, length: 8, type: 'organization', modifiers: [] },
    { line: 1, character: 0, length: 5, type: 'claim', modifiers: [] },
    { line: 1, character: 35, length: 5, type: 'citation', modifiers: [] },
    { line: 1, character: 42, length: 1, type: 'other', modifiers: ['unresolved'] },
  ]);
});
