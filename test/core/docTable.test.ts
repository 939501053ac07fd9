import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DocTable } from '../../server/src/core/docTable.js';
import type { Doc } from '../../server/src/core/model.js';
import { parse } from '../../server/src/core/parse.js';
import { Workspace } from '../../server/src/core/workspace.js';

test('a DocTable equals a plain map through any sequence of sets and removals, across folds into a new base', () => {
  const docs = ['a', 'b', 'c', 'd'].map((name) => parse(`[x]{#${name}}\n`, `file:///${name}.gloss.md`));
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: -1, max: 3 })), { maxLength: 300 }), (steps) => {
      let table = new DocTable<Doc>(new Map());
      const plain = new Map<string, Doc>();
      const history: [DocTable<Doc>, Map<string, Doc>][] = [];
      for (const [key, which] of steps) {
        const uri = `file:///${key}`;
        const doc = which < 0 ? null : (docs[which] as Doc);
        table = table.with(uri, doc);
        if (doc === null) plain.delete(uri);
        else plain.set(uri, doc);
        history.push([table, new Map(plain)]);
      }
      // Every older table still answers as it did: a change never alters a table that was handed out.
      for (const [old, expected] of history) {
        assert.deepEqual([...old.all()].sort(), [...expected].sort());
        for (let key = 0; key < 10; key++) assert.equal(old.get(`file:///${key}`), expected.get(`file:///${key}`));
      }
    }),
    { numRuns: 100 },
  );
});

test('the entity and definition versions change exactly when entities or definitions do', () => {
  const registry = (name: string): Doc => parse(`---\nentities:\n  khalaji:\n    name: ${name}\n---\n`, 'file:///registry.gloss.md');
  const article = (text: string): Doc => parse(`---\nid: a\n---\n${text}\n`, 'file:///a.gloss.md');
  const ws = Workspace.build([registry('Sepehr Khalaji'), article('[Khalaji]{#khalaji} spoke.')]);
  const typed = ws.withDoc(article('[Khalaji]{#khalaji} spoke again.'));
  assert.equal(typed.entitiesVersion, ws.entitiesVersion);
  assert.equal(typed.definitionsVersion, ws.definitionsVersion);
  const renamed = typed.withDoc(registry('S. Khalaji'));
  assert.notEqual(renamed.entitiesVersion, typed.entitiesVersion);
  assert.equal(renamed.definitionsVersion, typed.definitionsVersion);
  const newId = renamed.withDoc(parse(`---\nid: b\n---\nText.\n`, 'file:///a.gloss.md'));
  assert.equal(newId.entitiesVersion, renamed.entitiesVersion);
  assert.notEqual(newId.definitionsVersion, renamed.definitionsVersion);
  assert.deepEqual(newId.definedIds(), ['b', 'khalaji', 'registry']);
  assert.deepEqual(renamed.definedIds(), ['a', 'khalaji', 'registry']);
  assert.notEqual(newId.withoutDoc('file:///registry.gloss.md').entitiesVersion, newId.entitiesVersion);
});
