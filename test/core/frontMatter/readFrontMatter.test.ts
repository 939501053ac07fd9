import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyFrontMatter } from '../../../server/src/core/frontMatter.js';
import { range, readDocument } from './helpers.js';

const DESIGN_EXAMPLE = [
  'id: asianews-2023-07-05        # document id; default: the file name without .gloss.md',
  'title: "The mujahideen against Tirana (and the US): have handed over ‘sensitive data’ to Tehran"',
  'outlet: asianews               # an entity id',
  'author: Editor TLN',
  'published: 2023-07-05          # ISO date',
  'url: https://example.org/asianews',
  'language: en',
  'translated-from: it',
  'related: [cdm-2023-07-03]      # other document ids',
  'entities:',
  '  khalaji:',
  '    name: Sepehr Khalaji',
  '    type: person               # person | organization | place | event | group | work | other',
  '    aliases: [Khalaji]',
  "    description: Head of Iran's Government Information Council.   # Markdown, shown on hover",
  '    wikidata: Q5',
  'sources:',
  '  fars-2023-07-03:',
  '    title: Khalaji on the return of the seized computers',
  '    publisher: fars            # an entity id',
  '    date: 2023-07-03',
  '    url: https://example.org/fars',
  '    kind: statement            # article | statement | report | post | dataset | interview | other',
  '',
].join('\n');

test('the front matter of DESIGN §1.1 reads into exactly these fields, definitions and references', () => {
  assert.deepEqual(readDocument(DESIGN_EXAMPLE), {
    id: 'asianews-2023-07-05',
    idRange: range(1, 4, 1, 23),
    meta: {
      title: 'The mujahideen against Tirana (and the US): have handed over ‘sensitive data’ to Tehran',
      outlet: 'asianews',
      author: 'Editor TLN',
      published: '2023-07-05',
      url: 'https://example.org/asianews',
      language: 'en',
      translatedFrom: 'it',
      related: ['cdm-2023-07-03'],
      extra: {},
    },
    entities: [
      {
        id: 'khalaji',
        name: 'Sepehr Khalaji',
        type: 'person',
        aliases: ['Khalaji'],
        description: "Head of Iran's Government Information Council.",
        external: { wikidata: 'Q5' },
        range: range(11, 2, 11, 9),
      },
    ],
    sources: [
      {
        id: 'fars-2023-07-03',
        title: 'Khalaji on the return of the seized computers',
        publisher: 'fars',
        date: '2023-07-03',
        url: 'https://example.org/fars',
        kind: 'statement',
        extra: {},
        range: range(18, 2, 18, 17),
      },
    ],
    references: [
      { target: 'asianews', id: 'asianews', fragment: null, role: 'outlet', range: range(3, 8, 3, 16) },
      { target: 'cdm-2023-07-03', id: 'cdm-2023-07-03', fragment: null, role: 'related', range: range(9, 10, 9, 24) },
      { target: 'fars', id: 'fars', fragment: null, role: 'publisher', range: range(20, 15, 20, 19) },
    ],
    problems: [],
  });
});

test('an empty front matter and one holding only comments read as no front matter at all', () => {
  assert.deepEqual(readDocument(''), emptyFrontMatter());
  assert.deepEqual(readDocument('# nothing yet\n'), emptyFrontMatter());
});

test('related ids are references with exact ranges in a block list, with quotes, and as a single id', () => {
  const block = readDocument('related:\n  - doc-a\n  - "doc-b"\n');
  assert.deepEqual(block.meta.related, ['doc-a', 'doc-b']);
  assert.deepEqual(block.references, [
    { target: 'doc-a', id: 'doc-a', fragment: null, role: 'related', range: range(2, 4, 2, 9) },
    { target: 'doc-b', id: 'doc-b', fragment: null, role: 'related', range: range(3, 5, 3, 10) },
  ]);
  const flow = readDocument("related: [ 'doc-a',doc-b ]\n");
  assert.deepEqual(flow.references.map((reference) => reference.range), [range(1, 12, 1, 17), range(1, 19, 1, 24)]);
  const single = readDocument('related: doc-a\n');
  assert.deepEqual(single.meta.related, ['doc-a']);
  assert.deepEqual(single.references.map((reference) => reference.range), [range(1, 9, 1, 14)]);
});

test('an entity given as a bare string takes it as its name, and an entity without a name is named by its id', () => {
  const result = readDocument('entities:\n  khalaji: Sepehr Khalaji\n  fars:\n  irna:\n    type: organization\n');
  assert.deepEqual(
    result.entities.map(({ id, name, type }) => ({ id, name, type })),
    [
      { id: 'khalaji', name: 'Sepehr Khalaji', type: null },
      { id: 'fars', name: 'fars', type: null },
      { id: 'irna', name: 'irna', type: 'organization' },
    ],
  );
  assert.deepEqual(result.problems, []);
});

test('a source given as a bare string takes it as its title', () => {
  const result = readDocument('sources:\n  fars-1: Khalaji on the computers\n');
  assert.deepEqual(result.sources, [
    { id: 'fars-1', title: 'Khalaji on the computers', publisher: null, date: null, url: null, kind: null, extra: {}, range: range(2, 2, 2, 8) },
  ]);
});

test('other scalar fields keep the text as written, and other lists and mappings at the top level are left alone', () => {
  const result = readDocument(
    'version: 1.10\nyear: 2023\ndraft: true\nempty:\nkeywords: [iran, albania]\nheader-includes:\n  a: b\nentities:\n  e:\n    wikidata: Q5\n    founded: 1979\nsources:\n  s:\n    pages: 3\n',
  );
  assert.deepEqual(result.meta.extra, { version: '1.10', year: '2023', draft: 'true' });
  assert.deepEqual(result.entities[0]?.external, { wikidata: 'Q5', founded: '1979' });
  assert.deepEqual(result.sources[0]?.extra, { pages: '3' });
  assert.deepEqual(result.problems, []);
});

test('author may be a list of names or of mappings with a name, as Pandoc writes it', () => {
  assert.equal(readDocument('author: [Ann Lee, {name: Bo Li, affiliation: X}]\n').meta.author, 'Ann Lee, Bo Li');
});

test('aliases to scalar anchors are read as their values', () => {
  const result = readDocument('outlet: &o asianews\nentities:\n  a:\n    type: &p person\n  b:\n    type: *p\nsources:\n  s:\n    publisher: *o\n');
  assert.deepEqual(result.entities.map((entity) => entity.type), ['person', 'person']);
  assert.equal(result.sources[0]?.publisher, 'asianews');
  assert.deepEqual(result.references.map((reference) => [reference.role, reference.range]), [
    ['outlet', range(1, 11, 1, 19)],
    ['publisher', range(1, 11, 1, 19)],
  ]);
});

test('CRLF line endings give exactly the ranges that LF gives', () => {
  const lf = readDocument(DESIGN_EXAMPLE);
  const crlf = readDocument(DESIGN_EXAMPLE.replaceAll('\n', '\r\n'), '\r\n');
  assert.deepEqual(crlf, lf);
  const problems = readDocument('published: 2023-02-30\r\nrelated:\r\n  - bad id\r\n', '\r\n').problems;
  assert.deepEqual(problems.map((problem) => problem.range), [range(1, 11, 1, 21), range(3, 4, 3, 10)]);
});

test('emoji before a reference shift its range by their UTF-16 length', () => {
  // 👩‍👩‍👧 is 8 UTF-16 code units and 😀 is 2, so `fars` starts at 23 + 8 + 3 + 2 + 14 = 50.
  const result = readDocument('sources: {s1: {title: "👩‍👩‍👧 x 😀", publisher: fars}}\n');
  assert.equal(result.sources[0]?.title, '👩‍👩‍👧 x 😀');
  assert.deepEqual(result.references, [{ target: 'fars', id: 'fars', fragment: null, role: 'publisher', range: range(1, 50, 1, 54) }]);
  const block = readDocument('title: 😀😀\noutlet: 😀\nrelated: [😀, doc-a]\n');
  assert.deepEqual(block.references.map((reference) => reference.range), [range(3, 14, 3, 19)]);
  assert.deepEqual(block.problems.map((problem) => problem.range), [range(2, 8, 2, 10), range(3, 10, 3, 12)]);
});
