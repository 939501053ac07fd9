import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { referencesTo } from '../../server/src/core/features/lookup.js';
import type { ReferenceRole } from '../../server/src/core/model.js';
import { parse } from '../../server/src/core/parse.js';
import { Workspace } from '../../server/src/core/workspace.js';

const IDS = ['a', 'b', 'c', 'khalaji', 'fars', 'doc1', 'doc2'];
const URIS = ['file:///w/doc1.gloss.md', 'file:///w/doc2.gloss.md', 'file:///w/registry.gloss.md', 'file:///w/x.gloss.md'];
/** The role sets that cards and lenses ask about, single roles, and every role the documents below can hold. */
const ROLE_SETS: ReferenceRole[][] = [
  ['mention'],
  ['src', 'citation'],
  ['by'],
  ['same'],
  ['outlet'],
  ['mention', 'by', 'src', 'same', 'citation', 'outlet'],
];

/** A small Gloss document that defines and references ids drawn from a shared pool, so documents collide. */
const docText = fc
  .record({
    id: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    outlet: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    entities: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 3 }),
    sources: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 2 }),
    mentions: fc.array(fc.constantFrom(...IDS), { maxLength: 4 }),
    claims: fc.array(
      fc.record({ id: fc.constantFrom('x', 'y'), by: fc.constantFrom(...IDS), same: fc.constantFrom(...IDS), src: fc.constantFrom(...IDS) }),
      { maxLength: 3 },
    ),
    citations: fc.array(fc.constantFrom(...IDS), { maxLength: 2 }),
  })
  .map(({ id, outlet, entities, sources, mentions, claims, citations }) => {
    const yaml = [
      ...(id ? [`id: ${id}`] : []),
      ...(outlet ? [`outlet: ${outlet}`] : []),
      ...(entities.length ? ['entities:', ...entities.map((e) => `  ${e}: {name: ${e.toUpperCase()}}`)] : []),
      ...(sources.length ? ['sources:', ...sources.map((s) => `  ${s}: {title: T}`)] : []),
    ];
    const body = [
      ...mentions.map((m) => `[${m}]{#${m}}`),
      ...claims.map((c) => `[said]{.claim #${c.id} by=${c.by} same=${c.same}#${c.id} src=${c.src}}`),
      ...citations.map((key) => `[@${key}]`),
    ].join(' ');
    return `---\n${yaml.join('\n')}\n---\n${body}\n`;
  });

/**
 * A whole new text, a deletion, or one more reference appended to the current text: the last kind often keeps the
 * document's set of referenced ids and changes only how many times it references one of them.
 */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), uri: fc.constantFrom(...URIS), text: docText }),
  fc.record({ kind: fc.constant('delete' as const), uri: fc.constantFrom(...URIS) }),
  fc.record({
    kind: fc.constant('append' as const),
    uri: fc.constantFrom(...URIS),
    text: fc.constantFrom(...IDS).chain((id) => fc.constantFrom(`[${id}]{#${id}}`, `[@${id}]`, `[said]{.claim by=${id}}`)),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** Applies `edits` one by one with withDoc and withoutDoc, and returns that workspace and the texts it should hold. */
function replay(edits: readonly Edit[]): { incremental: Workspace; current: Map<string, string> } {
  let incremental = Workspace.empty();
  const current = new Map<string, string>();
  for (const step of edits) {
    if (step.kind === 'delete') {
      incremental = incremental.withoutDoc(step.uri);
      current.delete(step.uri);
      continue;
    }
    const text = step.kind === 'put' ? step.text : `${current.get(step.uri) ?? ''}\n${step.text}\n`;
    incremental = incremental.withDoc(parse(text, step.uri));
    current.set(step.uri, text);
  }
  return { incremental, current };
}

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
    usage: IDS.map((id) => ROLE_SETS.map((roles) => ws.usage(id, roles))),
    claims: IDS.flatMap((id) => ['x', 'y'].map((claim) => ws.claim(id, claim)?.span.range ?? null)),
  };
}

test('a workspace updated by any sequence of edits answers exactly as one built from scratch', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      const { incremental, current } = replay(edits);
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

test('usage counts what walking every referencing document finds, after any sequence of edits', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      const ws = replay(edits).incremental;
      for (const id of IDS) {
        for (const roles of ROLE_SETS) {
          const found = referencesTo(ws, id, roles);
          assert.deepEqual(ws.usage(id, roles), { times: found.length, documents: new Set(found.map((f) => f.doc.uri)).size });
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('an edit that adds a second mention of an id updates its counts and leaves the older workspace’s counts alone', () => {
  const uri = 'file:///w/doc1.gloss.md';
  const other = 'file:///w/doc2.gloss.md';
  const once = Workspace.build([parse('[A]{#a} said.\n', uri), parse('[A]{#a} and [@a].\n', other)]);
  const twice = once.withDoc(parse('[A]{#a} said [A]{#a}.\n', uri));
  assert.deepEqual(twice.symbols(uri)?.refs, once.symbols(uri)?.refs);
  assert.deepEqual(once.usage('a', ['mention']), { times: 2, documents: 2 });
  assert.deepEqual(twice.usage('a', ['mention']), { times: 3, documents: 2 });
  assert.deepEqual(twice.usage('a', ['mention', 'citation']), { times: 4, documents: 2 });
  assert.deepEqual(twice.usage('a', ['citation']), { times: 1, documents: 1 });

  const cited = twice.withDoc(parse('Only [@a] now.\n', uri));
  assert.deepEqual(cited.usage('a', ['mention']), { times: 1, documents: 1 });
  assert.deepEqual(cited.usage('a', ['citation']), { times: 2, documents: 2 });
  assert.deepEqual(cited.usage('a', ['mention', 'citation']), { times: 3, documents: 2 });

  const gone = cited.withoutDoc(other);
  assert.deepEqual(gone.usage('a', ['mention']), { times: 0, documents: 0 });
  assert.deepEqual(gone.usage('a', ['mention', 'citation']), { times: 1, documents: 1 });
  assert.deepEqual(gone.withoutDoc(uri).usage('a', ['citation']), { times: 0, documents: 0 });
  assert.deepEqual(twice.usage('a', ['mention']), { times: 3, documents: 2 });
});

test('withoutDoc of an unknown URI returns the same workspace', () => {
  const ws = Workspace.build([parse('x', 'file:///w/doc1.gloss.md')]);
  assert.equal(ws.withoutDoc('file:///w/none.gloss.md'), ws);
});
