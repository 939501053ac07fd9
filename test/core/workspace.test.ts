import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { referencesTo } from '../../server/src/core/features/lookup.js';
import type { ReferenceRole } from '../../server/src/core/model.js';
import { parse } from '../../server/src/core/parse.js';
import { check } from '../../server/src/core/check.js';
import { summarise, type DocSource } from '../../server/src/core/docSummary.js';
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

/**
 * Applies `edits` one by one with withDoc and withoutDoc, and returns that workspace and the texts it should hold.
 * `afterEach` sees every workspace on the way, so that answers kept from one value to the next can be checked.
 */
function replay(
  edits: readonly Edit[],
  afterEach: (ws: Workspace, current: ReadonlyMap<string, string>) => void = () => undefined,
): { incremental: Workspace; current: Map<string, string> } {
  let incremental = Workspace.empty();
  const current = new Map<string, string>();
  for (const step of edits) {
    if (step.kind === 'delete') {
      incremental = incremental.withoutDoc(step.uri);
      current.delete(step.uri);
      afterEach(incremental, current);
      continue;
    }
    const text = step.kind === 'put' ? step.text : `${current.get(step.uri) ?? ''}\n${step.text}\n`;
    incremental = incremental.withDoc(parse(text, step.uri));
    current.set(step.uri, text);
    afterEach(incremental, current);
  }
  return { incremental, current };
}

/** Everything a Workspace answers, as plain data. */
function observe(ws: Workspace): unknown {
  const ids = ws.definedIds();
  return {
    uris: [...ws.uris()].sort(),
    ids,
    definitions: IDS.map((id) => ws.definitions(id)),
    defining: IDS.map((id) => ws.definingUris(id)),
    referencing: IDS.map((id) => ws.referencingUris(id)),
    referenced: IDS.map((id) => ws.isReferenced(id)),
    usage: IDS.map((id) => ROLE_SETS.map((roles) => ws.usage(id, roles))),
    claims: IDS.flatMap((id) => ['x', 'y'].map((claim) => ws.claim(id, claim)?.span.range ?? null)),
    hasClaim: IDS.flatMap((id) => ['x', 'y'].map((claim) => ws.hasClaim(id, claim))),
    hasDocument: IDS.map((id) => ws.hasDocument(id)),
    summaries: [...ws.uris()].sort().map((uri) => ws.summary(uri)),
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

test('after every edit, the workspace answers as one built from scratch, though it keeps answers from value to value', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
      replay(edits, (ws, current) => {
        assert.deepEqual(observe(ws), observe(Workspace.build([...current].map(([uri, text]) => parse(text, uri)))));
      });
    }),
    { numRuns: 150 },
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
  assert.deepEqual(typed.symbols(uri), before.symbols(uri));
  assert.equal(typed.definitionsVersion, before.definitionsVersion);
  assert.equal(typed.entitiesVersion, before.entitiesVersion);
  assert.notEqual(typed.doc(uri), before.doc(uri));

  const renamed = typed.withDoc(parse('---\nentities:\n  b: {name: B}\n---\n[B]{#b} said.\n', uri));
  assert.notEqual(renamed.definitionsVersion, typed.definitionsVersion);
  assert.notEqual(renamed.entitiesVersion, typed.entitiesVersion);
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

/** The documents as sources that parse their text again on demand, counting how often they do. */
function sourcesOf(texts: ReadonlyMap<string, string>, loads: string[]): DocSource[] {
  return [...texts].map(([uri, text]) => ({ uri, summary: summarise(parse(text, uri)), load: () => (loads.push(uri), parse(text, uri)) }));
}

test('a workspace of sources answers, and checks every document, exactly as one of Docs', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      const { current } = replay(edits);
      const eager = Workspace.build([...current].map(([uri, text]) => parse(text, uri)));
      const lazy = Workspace.build(sourcesOf(current, []));
      assert.deepEqual(observe(lazy), observe(eager));
      for (const uri of current.keys()) assert.deepEqual(check(lazy, uri), check(eager, uri));
      assert.deepEqual([...lazy.allDocs()].sort((a, b) => (a.uri < b.uri ? -1 : 1)), [...eager.allDocs()].sort((a, b) => (a.uri < b.uri ? -1 : 1)));
    }),
    { numRuns: 200 },
  );
});

test('the index answers from summaries: definitions, usage, claims and documents parse nothing again', () => {
  const texts = new Map([
    ['file:///w/doc1.gloss.md', '---\nentities:\n  a: {name: A}\nsources:\n  s: {title: S}\n---\n[A]{#a} [said]{.claim #x src=s}\n'],
    ['file:///w/doc2.gloss.md', '[A]{#a} [same]{.quote same=doc1#x}\n'],
  ]);
  const loads: string[] = [];
  const ws = Workspace.build(sourcesOf(texts, loads));
  assert.deepEqual(ws.definitions('a'), [{ kind: 'entity', id: 'a', uri: 'file:///w/doc1.gloss.md', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } } }]);
  assert.deepEqual(ws.usage('a', ['mention']), { times: 2, documents: 2 });
  assert.equal(ws.hasClaim('doc1', 'x'), true);
  assert.equal(ws.hasClaim('doc1', 'y'), false);
  assert.equal(ws.hasDocument('doc2'), true);
  assert.deepEqual(loads, []);
  // A check parses the Docs it reads: its own, and doc1 for the words of the claim its quote repeats. The entity
  // names for unlinked mentions come from the summaries.
  check(ws, 'file:///w/doc2.gloss.md');
  assert.deepEqual([...new Set(loads)].sort(), ['file:///w/doc1.gloss.md', 'file:///w/doc2.gloss.md']);
  loads.length = 0;
  check(Workspace.build(sourcesOf(new Map([...texts].map(([uri, text]) => [uri, text.replace(' [same]{.quote same=doc1#x}', '')])), loads)), 'file:///w/doc2.gloss.md');
  assert.deepEqual(loads, ['file:///w/doc2.gloss.md']);
  assert.equal(ws.claim('doc1', 'x')?.span.text, 'said');
});

test('withChanges equals withDoc and withoutDoc folded over the same changes, and keeps sources unparsed', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...URIS), docText), { maxLength: 6 }),
      fc.array(fc.tuple(fc.constantFrom(...URIS), docText), { maxLength: 4 }),
      fc.uniqueArray(fc.constantFrom(...URIS), { maxLength: 2 }),
      (initial, added, removed) => {
        const loads: string[] = [];
        const start = Workspace.build(sourcesOf(new Map(initial), loads));
        const docs = added.map(([uri, text]) => parse(text, uri));
        const folded = docs.reduce((ws, doc) => ws.withDoc(doc), removed.reduce((ws, uri) => ws.withoutDoc(uri), start));
        const changed = start.withChanges(docs, removed);
        assert.deepEqual(loads, []);
        assert.deepEqual(observe(changed), observe(folded));
      },
    ),
    { numRuns: 300 },
  );
});
