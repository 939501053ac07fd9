import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions } from '../../../server/src/core/features/codeActions.js';
import type { Problem } from '../../../server/src/core/model.js';
import { CORPUS, fixture, range } from './fixture.js';

const REGISTRY = 'file:///c/registry.gloss.md';
const NOTE = 'file:///c/articles/note.gloss.md';

function problem(code: Problem['code'], r: Problem['range']): Problem {
  return { code, severity: 'error', message: 'm', range: r };
}

test('an unresolved entity gets “Replace with” the nearest id and “Create entity” in the registry', () => {
  const { ws, uri } = fixture({ ...CORPUS, [NOTE]: '[K]{#khalaj}\n' });
  const unresolved = problem('unresolved-reference', range(0, 5, 0, 11));
  assert.deepEqual(codeActions(ws, uri, range(0, 6, 0, 6), [unresolved]), [
    { title: 'Replace with “khalaji”', kind: 'quickfix', edits: { [NOTE]: [{ range: range(0, 5, 0, 11), newText: 'khalaji' }] }, diagnostic: unresolved, isPreferred: true },
    {
      title: 'Create entity “khalaj” in ../registry.gloss.md',
      kind: 'quickfix',
      edits: { [REGISTRY]: [{ range: range(12, 0, 12, 0), newText: '  khalaj:\n    name: khalaj\n' }] },
      diagnostic: unresolved,
    },
  ]);
});

test('a missing claim of an existing document is replaced by the nearest claim id, fragment only', () => {
  const { ws, uri } = fixture({ ...CORPUS, [NOTE]: '[x]{.claim same=cdm#hard-drive}\n' });
  const unresolved = problem('unresolved-reference', range(0, 16, 0, 30));
  assert.deepEqual(codeActions(ws, uri, range(0, 20, 0, 20), [unresolved])[0]?.edits, {
    [NOTE]: [{ range: range(0, 20, 0, 30), newText: 'hard-drives' }],
  });
});

test('creating a source adds the sources: mapping before the closing fence, in the file’s CRLF style', () => {
  const { ws, uri } = fixture({ 'file:///c/a.gloss.md': '---\r\ntitle: A\r\n---\r\n[x]{.claim src=afp}\r\n' });
  const unresolved = problem('unresolved-reference', range(3, 15, 3, 18));
  assert.deepEqual(codeActions(ws, uri, range(3, 15, 3, 15), [unresolved]), [
    {
      title: 'Create source “afp” in a.gloss.md',
      kind: 'quickfix',
      edits: { [uri]: [{ range: range(2, 0, 2, 0), newText: 'sources:\r\n  afp:\r\n    title: afp\r\n' }] },
      diagnostic: unresolved,
    },
  ]);
});

test('a file without front matter gets a new one, and a flow mapping is left alone', () => {
  const bare = fixture({ 'file:///c/a.gloss.md': '[K]{#k}\n' });
  const p = problem('unresolved-reference', range(0, 5, 0, 6));
  assert.deepEqual(codeActions(bare.ws, bare.uri, range(0, 5, 0, 5), [p])[0]?.edits, {
    [bare.uri]: [{ range: range(0, 0, 0, 0), newText: '---\nentities:\n  k:\n    name: k\n---\n' }],
  });
  const flow = fixture({ 'file:///c/a.gloss.md': '---\nentities: {}\n---\n[K]{#k}\n' });
  const q = problem('unresolved-reference', range(3, 5, 3, 6));
  assert.deepEqual(codeActions(flow.ws, flow.uri, range(3, 5, 3, 5), [q]), []);
});

test('an unlinked mention is linked, alone or with every other one in the file', () => {
  const text = 'Khalaji spoke. Later Sepehr Khalaji left, [Khalaji]{#khalaji} said.\n';
  const { ws, uri } = fixture({ ...CORPUS, [NOTE]: text });
  const unlinked = problem('unlinked-mention', range(0, 0, 0, 7));
  assert.deepEqual(codeActions(ws, uri, range(0, 0, 0, 0), [unlinked]), [
    {
      title: 'Link “Khalaji” to #khalaji',
      kind: 'quickfix',
      edits: { [NOTE]: [{ range: range(0, 0, 0, 0), newText: '[' }, { range: range(0, 7, 0, 7), newText: ']{#khalaji}' }] },
      diagnostic: unlinked,
      isPreferred: true,
    },
    {
      title: 'Link all unlinked mentions of #khalaji in this file',
      kind: 'quickfix',
      edits: {
        [NOTE]: [
          { range: range(0, 0, 0, 0), newText: '[' },
          { range: range(0, 7, 0, 7), newText: ']{#khalaji}' },
          { range: range(0, 21, 0, 21), newText: '[' },
          { range: range(0, 35, 0, 35), newText: ']{#khalaji}' },
        ],
      },
      diagnostic: unlinked,
    },
  ]);
});

test('a selection is annotated as a mention of the entity it names, as a claim or as a quote', () => {
  const { ws, uri, selection } = fixture({ ...CORPUS, [NOTE]: 'Then $0Sepehr Khalaji $1left.\n' });
  const wrap = (suffix: string) => ({ [NOTE]: [{ range: range(0, 5, 0, 5), newText: '[' }, { range: range(0, 19, 0, 19), newText: `]{${suffix}}` }] });
  assert.deepEqual(codeActions(ws, uri, selection, []), [
    { title: 'Annotate selection as mention of #khalaji', kind: 'refactor.rewrite', edits: wrap('#khalaji') },
    { title: 'Annotate selection as claim', kind: 'refactor.rewrite', edits: wrap('.claim') },
    { title: 'Annotate selection as quote', kind: 'refactor.rewrite', edits: wrap('.quote') },
  ]);
  const unknown = fixture({ 'file:///c/a.gloss.md': '$0Someone$1 left.\n' });
  assert.equal(codeActions(unknown.ws, unknown.uri, unknown.selection, [])[0]?.title, 'Annotate selection as mention…');
});

test('no refactor is offered for a selection that cuts a span, crosses paragraphs or lies in the front matter', () => {
  const cut = fixture({ 'file:///c/a.gloss.md': 'A $0[K]{#k$1} b\n' });
  assert.deepEqual(codeActions(cut.ws, cut.uri, cut.selection, []), []);
  const paragraphs = fixture({ 'file:///c/a.gloss.md': '$0one\n\ntwo$1\n' });
  assert.deepEqual(codeActions(paragraphs.ws, paragraphs.uri, paragraphs.selection, []), []);
  const yaml = fixture({ 'file:///c/a.gloss.md': '---\n$0title: T$1\n---\n' });
  assert.deepEqual(codeActions(yaml.ws, yaml.uri, yaml.selection, []), []);
});

test('“link all” leaves out names on lines where a comment turns the rule off', () => {
  const text = 'Khalaji spoke.\n\n<!-- gloss-disable-next-line unlinked-mention -->\nKhalaji again.\n\nKhalaji left.\n';
  const { ws, uri } = fixture({ ...CORPUS, [NOTE]: text });
  const unlinked = problem('unlinked-mention', range(0, 0, 0, 7));
  assert.deepEqual(codeActions(ws, uri, range(0, 0, 0, 0), [unlinked])[1]?.edits, {
    [NOTE]: [
      { range: range(0, 0, 0, 0), newText: '[' },
      { range: range(0, 7, 0, 7), newText: ']{#khalaji}' },
      { range: range(5, 0, 5, 0), newText: '[' },
      { range: range(5, 7, 5, 7), newText: ']{#khalaji}' },
    ],
  });
});
