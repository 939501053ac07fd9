import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse.js';
import { Workspace } from '../../server/src/core/workspace.js';

const IDS = ['a', 'b', 'c', 'khalaji', 'fars', 'doc1', 'doc2'];
const URIS = ['file:///w/doc1.gloss.md', 'file:///w/doc2.gloss.md', 'file:///w/registry.gloss.md', 'file:///w/x.gloss.md'];

/** A small Gloss document that defines and references ids drawn from a shared pool, so documents collide. */
const docText = fc
  .record({
    id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    entities: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }),
    sources: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 2 }),
    mentions: fc.array(fc.constantFrom(...IDS), { maxLength: 4 }),
    claims: fc.array(fc.record({ id: fc.constantFrom('x', 'y'), by: fc.constantFrom(...IDS), same: fc.constantFrom(...IDS) }), { maxLength: 3 }),
  })
  .map(({ id, entities, sources, mentions, claims }) => {
    const yaml = [
      ...(id ? [`id: ${id}`] : []),
      ...(entities.length ? ['entities:', ...entities.map((e) => `  ${e}: {name: ${e.toUpperCase()}}`)] : []),
      ...(sources.length ? ['sources:', ...sources.map((s) => `  ${s}: {title: T}`)] : []),
    ];
    const body = [
      ...mentions.map((m) => `[${m}]{#${m}}`),
      ...claims.map((c) => `[said]{.claim #${c.id} by=${c.by} same=${c.same}#${c.id}}`),
    ].join(' ');
    return `---\n${yaml.join('\n')}\n---\n${body}\n`;
  });

const edit = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), uri: fc.constantFrom(...URIS), text: docText }),
  fc.record({ kind: fc.constant('delete' as const), uri: fc.constantFrom(...URIS) }),
);

/** Everything a Workspace answers, as plain data. */
function observe(ws: Workspace): unknown {
  const ids = ws.definedIds();
  return {
    uris: [...ws.docs.keys()].sort(),
    ids,
    definitions: IDS.map((id) => ws.definitions(id)),
    defining: IDS.map((id) => ws.definingUris(id)),
    referencing: IDS.map((id) => ws.referencingUris(id)),
    referenced: IDS.map((id) => ws.isReferenced(id)),
    claims: IDS.flatMap((id) => ['x', 'y'].map((claim) => ws.claim(id, claim)?.span.range ?? null)),
  };
}

test('a workspace updated by any sequence of edits answers exactly as one built from scratch', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      let incremental = Workspace.empty();
      const current = new Map<string, string>();
      for (const step of edits) {
        if (step.kind === 'put') {
          incremental = incremental.withDoc(parse(step.text, step.uri));
          current.set(step.uri, step.text);
        } else {
          incremental = incremental.withoutDoc(step.uri);
          current.delete(step.uri);
        }
      }
      const rebuilt = Workspace.build([...current].map(([uri, text]) => parse(text, uri)));
      assert.deepEqual(observe(incremental), observe(rebuilt));
    }),
    { numRuns: 400 },
  );
});

test('Workspace.build equals withDoc folded over the empty workspace, whatever the order', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...URIS), docText), { maxLength: 8 }), (pairs) => {
      const docs = pairs.map(([uri, text]) => parse(text, uri));
      const folded = docs.reduce((ws, doc) => ws.withDoc(doc), Workspace.empty());
      assert.deepEqual(observe(Workspace.build(docs)), observe(folded));
    }),
    { numRuns: 300 },
  );
});

test('an edit that keeps a document’s symbols leaves the index objects shared, and the old value unchanged', () => {
  const uri = 'file:///w/doc1.gloss.md';
  const before = Workspace.build([parse('---\nentities:\n  a: {name: A}\n---\n[A]{#a} said.\n', uri)]);
  const typed = before.withDoc(parse('---\nentities:\n  a: {name: A}\n---\n[A]{#a} said more words.\n', uri));
  assert.equal(typed.symbols(uri), before.symbols(uri));
  assert.notEqual(typed.doc(uri), before.doc(uri));

  const renamed = typed.withDoc(parse('---\nentities:\n  b: {name: B}\n---\n[B]{#b} said.\n', uri));
  assert.notEqual(renamed.symbols(uri), typed.symbols(uri));
  assert.deepEqual(typed.definedIds(), ['a', 'doc1']);
  assert.deepEqual(renamed.definedIds(), ['b', 'doc1']);
  assert.deepEqual(before.referencingUris('a'), [uri]);
  assert.deepEqual(renamed.referencingUris('a'), []);
});

test('withoutDoc of an unknown URI returns the same workspace', () => {
  const ws = Workspace.build([parse('x', 'file:///w/doc1.gloss.md')]);
  assert.equal(ws.withoutDoc('file:///w/none.gloss.md'), ws);
});
