import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Problem, Range } from '../../../server/src/core/model.js';
import { range, readDocument } from './helpers.js';

const ID_RULE = 'ids start with a letter and continue with letters, digits, “_”, “.”, “:” or “-”';

function error(message: string, at: Range): Problem {
  return { code: 'invalid-front-matter', severity: 'error', message, range: at };
}

function problemsOf(yaml: string): Problem[] {
  return readDocument(yaml).problems;
}

test('a YAML syntax error is reported on the character the parser points at', () => {
  assert.deepEqual(problemsOf('title: "unclosed\n'), [
    error('The front matter is not valid YAML: missing closing "quote. Fix the YAML here so that Gloss can read every field.', range(1, 15, 1, 16)),
  ]);
  assert.deepEqual(problemsOf('a: b: c\n'), [
    error('The front matter is not valid YAML: nested mappings are not allowed in compact mappings. Fix the YAML here so that Gloss can read every field.', range(1, 3, 1, 4)),
  ]);
});

test('the fields before and after a syntax error are still read', () => {
  const result = readDocument('title: T\nbroken: [a\noutlet: asianews\n');
  assert.equal(result.meta.title, 'T');
  assert.equal(result.problems.length, 1);
});

test('a top level that is not a mapping is reported on the value, not past it', () => {
  assert.deepEqual(problemsOf('- a\n- b\n'), [
    error('The front matter must be a mapping of fields, one “field: value” per line (for example “title: …”), but this is a single value or a list.', range(1, 0, 2, 3)),
  ]);
});

test('fields of the wrong shape are reported on their values', () => {
  assert.deepEqual(problemsOf('title: [A, B]\n'), [
    error('“title” must be a single value, but here it is a list. Write it on one line, as in “title: …”.', range(1, 7, 1, 13)),
  ]);
  assert.deepEqual(problemsOf('entities: [a, b]\n'), [
    error('“entities” must be a mapping from entity ids to their definitions, but here it is a list. Write each entity as “id:” followed by its fields, indented.', range(1, 10, 1, 16)),
  ]);
  assert.deepEqual(problemsOf('sources: fars\n'), [
    error('“sources” must be a mapping from source ids to their definitions, but here it is a single value. Write each source as “id:” followed by its fields, indented.', range(1, 9, 1, 13)),
  ]);
  assert.deepEqual(problemsOf('related: {a: b}\n'), [
    error('“related” must be a list of document ids, but here it is a mapping. Write it as “related: [doc-id, other-doc-id]”.', range(1, 9, 1, 15)),
  ]);
  assert.deepEqual(problemsOf('related: [[a]]\n'), [
    error('Each related document must be a single id, but this one is a list. Write the document id.', range(1, 10, 1, 13)),
  ]);
  assert.deepEqual(problemsOf('entities:\n  k: [a]\n'), [
    error('Entity “k” must be a mapping of fields (name, type, aliases, description) or just its name, but here it is a list. Write its fields indented under “k:”.', range(2, 5, 2, 8)),
  ]);
  assert.deepEqual(problemsOf('sources:\n  s:\n    url: [a]\n'), [
    error('“url” must be a single value, but here it is a list. Write it on one line, as in “url: …”.', range(3, 9, 3, 12)),
  ]);
  assert.deepEqual(problemsOf('[a]: b\n'), [
    error('This key is a list or a mapping, but field names and ids are single values. Write the key as plain text.', range(1, 0, 1, 3)),
  ]);
});

test('aliases that are not a list of names are reported, and a single name is still used', () => {
  const single = readDocument('entities:\n  k:\n    aliases: Khalaji\n');
  assert.deepEqual(single.entities[0]?.aliases, ['Khalaji']);
  assert.deepEqual(single.problems, [
    error('“aliases” of entity “k” must be a list of names, but here it is a single value. Write it as “aliases: [Khalaji]”.', range(3, 13, 3, 20)),
  ]);
  const nested = readDocument('entities:\n  k:\n    aliases: [A, {x: y}]\n');
  assert.deepEqual(nested.entities[0]?.aliases, ['A']);
  assert.deepEqual(nested.problems, [
    error('Each alias of entity “k” must be a single name, but this one is a mapping. Write the alias as text.', range(3, 17, 3, 23)),
  ]);
});

test('dates that are impossible or not written YYYY-MM-DD are reported and read as no date', () => {
  const impossible = readDocument('published: 2023-02-30\n');
  assert.equal(impossible.meta.published, null);
  assert.deepEqual(impossible.problems, [
    error('“published” is “2023-02-30”, which is not a real calendar date. Write the date as YYYY-MM-DD, for example 2023-07-05.', range(1, 11, 1, 21)),
  ]);
  assert.deepEqual(problemsOf('sources:\n  s:\n    date: 5 July 2023\n'), [
    error('“date” is “5 July 2023”, which is not written YYYY-MM-DD. Write the date as YYYY-MM-DD, for example 2023-07-05.', range(3, 10, 3, 21)),
  ]);
  assert.equal(readDocument('published: 2024-02-29\n').meta.published, '2024-02-29');
});

test('invalid ids are reported on the id, with a corrected id when one exists, and make no definition or reference', () => {
  const result = readDocument('id: foo bar\noutlet: 1tv\nentities:\n  "Sepehr Khalaji": {}\nsources:\n  s:\n    publisher: "bad id"\n');
  assert.equal(result.id, null);
  assert.deepEqual(result.entities, []);
  assert.deepEqual(result.references, []);
  assert.deepEqual(result.problems, [
    error(`Document id “foo bar” is not a valid id: ${ID_RULE}. Rename it, for example “foo-bar”.`, range(1, 4, 1, 11)),
    error(`Outlet “1tv” is not a valid id: ${ID_RULE}. Rename it.`, range(2, 8, 2, 11)),
    error(`Entity id “Sepehr Khalaji” is not a valid id: ${ID_RULE}. Rename it, for example “Sepehr-Khalaji”.`, range(4, 3, 4, 17)),
    error(`Publisher “bad id” is not a valid id: ${ID_RULE}. Rename it, for example “bad-id”.`, range(7, 16, 7, 22)),
  ]);
});

test('a duplicate key is reported on the later key, and the first one is read', () => {
  const top = readDocument('title: A\ntitle: B\n');
  assert.equal(top.meta.title, 'A');
  assert.deepEqual(top.problems, [
    error('Duplicate key “title”: YAML mappings need unique keys, so Gloss reads only the first “title” (line 2). Remove or rename this one.', range(2, 0, 2, 5)),
  ]);
  const entities = readDocument('entities:\n  k: First\n  k: Second\n');
  assert.deepEqual(entities.entities.map((entity) => entity.name), ['First']);
  assert.deepEqual(entities.problems, [
    error('Duplicate key “k”: YAML mappings need unique keys, so Gloss reads only the first “k” (line 3). Remove or rename this one.', range(3, 2, 3, 3)),
  ]);
});

test('an unknown entity type or source kind is a warning on the value', () => {
  const result = readDocument('entities:\n  k: {type: persn}\nsources:\n  s: {kind: blog}\n');
  assert.equal(result.entities[0]?.type, null);
  assert.equal(result.sources[0]?.kind, null);
  assert.deepEqual(result.problems, [
    {
      code: 'invalid-attribute',
      severity: 'warning',
      message: 'Entity type “persn” is not one of person, organization, place, event, group, work, other. Use one of these types.',
      range: range(2, 12, 2, 17),
    },
    {
      code: 'invalid-attribute',
      severity: 'warning',
      message: 'Source kind “blog” is not one of article, statement, report, post, dataset, interview, other. Use one of these kinds.',
      range: range(4, 12, 4, 16),
    },
  ]);
});

test('a merge key and an alias without an anchor are reported on the key and on the alias', () => {
  assert.deepEqual(problemsOf('entities:\n  k:\n    <<: *base\n'), [
    error('Merge keys (“<<”) are not supported: Gloss reads YAML 1.2 as Pandoc does, where “<<” is an ordinary key and nothing is merged. Write the fields out in full.', range(3, 4, 3, 6)),
    error('Alias “*base” refers to no anchor: YAML needs “&base” on a value before it. Define that anchor earlier, or write the value out.', range(3, 8, 3, 13)),
  ]);
});

test('an unknown tag is a warning, and the value is read as text', () => {
  const result = readDocument('title: !foo x\n');
  assert.equal(result.meta.title, 'x');
  assert.deepEqual(result.problems, [
    {
      code: 'invalid-front-matter',
      severity: 'warning',
      message: 'Unresolved tag: !foo. Gloss reads the value as plain text; remove the tag if it is not needed.',
      range: range(1, 7, 1, 11),
    },
  ]);
});

test('long values are cut in messages', () => {
  const [problem] = problemsOf(`outlet: ${'a b'.repeat(40)}\n`);
  assert.equal(problem?.message.startsWith(`Outlet “${'a b'.repeat(19)}a …” is not a valid id`), true);
});
