import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse.js';
import type { Range } from '../../../server/src/core/model.js';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

const article = [
  '---',
  'id: cdm',
  'title: T',
  'outlet: cdm-outlet',
  '---',
  '[Sepehr Khalaji]{#khalaji} said [it was [received]{.x}]{.claim #got by=khalaji,fars src=fars-2023 same=asia#got date=2023-07-03 status=supported note="a “note”"} [@fars-2023, p. 3].',
  '',
].join('\n');

test('a document yields its id, spans with kinds, ids, classes, attributes, text and exact ranges', () => {
  const doc = parse(article, 'file:///c/cdm.gloss.md');
  assert.equal(doc.id, 'cdm');
  assert.deepEqual(doc.idRange, r(1, 4, 1, 7));
  assert.deepEqual(doc.frontMatterRange, r(0, 0, 4, 3));
  assert.deepEqual(
    doc.spans.map((s) => [s.kind, s.id, s.classes, s.text, s.parent, s.citation]),
    [
      ['mention', 'khalaji', [], 'Sepehr Khalaji', null, null],
      ['claim', 'got', ['claim'], 'it was received', null, 0],
      ['other', null, ['x'], 'received', 1, null],
    ],
  );
  const claim = doc.spans[1];
  assert.ok(claim);
  assert.deepEqual(claim.attributes, {
    by: 'khalaji,fars',
    src: 'fars-2023',
    same: 'asia#got',
    date: '2023-07-03',
    status: 'supported',
    note: 'a “note”',
  });
  assert.deepEqual(claim.range, r(5, 32, 5, 161));
  assert.deepEqual(claim.contentRange, r(5, 33, 5, 54));
  assert.deepEqual(claim.idRange, r(5, 64, 5, 67));
  assert.deepEqual(doc.spans[0]?.range, r(5, 0, 5, 26));
  assert.deepEqual(doc.problems, []);
});

test('every reference has its role, its split target and the range of the id alone', () => {
  const doc = parse(article, 'file:///c/cdm.gloss.md');
  assert.deepEqual(
    doc.references.map((ref) => [ref.role, ref.target, ref.id, ref.fragment, ref.range]),
    [
      ['outlet', 'cdm-outlet', 'cdm-outlet', null, r(3, 8, 3, 18)],
      ['mention', 'khalaji', 'khalaji', null, r(5, 18, 5, 25)],
      ['by', 'khalaji', 'khalaji', null, r(5, 71, 5, 78)],
      ['by', 'fars', 'fars', null, r(5, 79, 5, 83)],
      ['src', 'fars-2023', 'fars-2023', null, r(5, 88, 5, 97)],
      ['same', 'asia#got', 'asia', 'got', r(5, 103, 5, 111)],
      ['citation', 'fars-2023', 'fars-2023', null, r(5, 164, 5, 173)],
    ],
  );
  // Compared as JSON: the parser's citations are compact objects that make their ranges when read.
  assert.deepEqual(JSON.parse(JSON.stringify(doc.citations)), [
    {
      keys: ['fars-2023'],
      items: [{ key: 'fars-2023', range: r(5, 164, 5, 173), prefix: '', suffix: ', p. 3', suppressAuthor: false }],
      range: r(5, 162, 5, 180),
    },
  ]);
});

test('#claim in same= points into the document itself, and a URL in src= is no reference', () => {
  const doc = parse('[a]{.claim #a same=#b src="https://example.org/x"} [b]{.claim #b}', 'file:///c/d.gloss.md');
  assert.deepEqual(
    doc.references.map((ref) => [ref.role, ref.id, ref.fragment]),
    [['same', 'd', 'b']],
  );
  assert.deepEqual(doc.problems, []);
});

test('the id comes from the file name when the front matter has none, percent-decoded', () => {
  assert.equal(parse('text', 'file:///c/asia%2Dnews.gloss.md').id, 'asia-news');
  const bad = parse('text', 'file:///c/2023%20notes.gloss.md');
  assert.equal(bad.id, '2023 notes');
  assert.deepEqual(
    bad.problems.map((p) => [p.code, p.severity, p.message, p.range]),
    [
      [
        'invalid-front-matter',
        'error',
        'The file name gives the document id “2023 notes”, which is not a valid id. Add an “id:” field to the front matter, or rename the file.',
        r(0, 0, 0, 0),
      ],
    ],
  );
});

test('bad attribute values are reported with what to do, at the exact value', () => {
  const doc = parse(
    '[x]{.claim by=a#b src=, date=2023-02-30 status=maybe color=red}\n[y]{#one #two}\n[z]{#9z}',
    'file:///c/d.gloss.md',
  );
  assert.deepEqual(
    doc.problems.map((p) => [p.code, p.range, p.message]),
    [
      ['invalid-attribute', r(0, 14, 0, 17), '“a#b” is not an entity id: by= takes entity ids separated by commas, such as by=khalaji.'],
      ['invalid-attribute', r(0, 22, 0, 22), 'src= has an empty entry between commas. Remove the extra comma.'],
      ['invalid-attribute', r(0, 23, 0, 23), 'src= has an empty entry between commas. Remove the extra comma.'],
      ['invalid-attribute', r(0, 29, 0, 39), '“2023-02-30” is not a date: date= takes an ISO calendar date such as 2023-07-03.'],
      ['invalid-attribute', r(0, 47, 0, 52), 'Status “maybe” is not one of unverified, supported, disputed, refuted. Use one of these.'],
      [
        'invalid-attribute',
        r(0, 53, 0, 62),
        '“color=” has no meaning on a claim. A claim takes by=, src=, date=, status=, same=, supports=, contradicts=, note=; remove the attribute or fix its name.',
      ],
      [
        'invalid-attribute',
        r(1, 4, 1, 8),
        'A span has one id, but “one” is followed by another (“two”), which replaces it. Keep one id; put further entities in spans of their own.',
      ],
      [
        'malformed-span',
        r(2, 2, 2, 4),
        'This “]{” does not make a span: either its “{…}” is not a valid attribute block (#id, .class, key=value, key="quoted value") or no “[” opens it. Fix the annotation, or write “\\]{” to keep the text.',
      ],
    ],
  );
  assert.equal(doc.spans[1]?.id, 'two');
});

test('a “]{” or “[@” that forms nothing is reported, and an escaped one is not', () => {
  const doc = parse('[text]{#id "x"} and [@ unclosed and \\]{ fine', 'file:///c/d.gloss.md');
  assert.deepEqual(
    doc.problems.map((p) => [p.code, p.range]),
    [
      ['malformed-span', r(0, 5, 0, 7)],
      ['malformed-citation', r(0, 20, 0, 22)],
    ],
  );
  assert.equal(doc.spans.length, 0);
});

test('prose runs cover text outside spans and links only', () => {
  const text = 'Khalaji met [Kowsari]{#kowsari} and [a link](u) today.';
  const doc = parse(text, 'file:///c/d.gloss.md');
  assert.deepEqual(
    Array.from({ length: doc.prose.length / 2 }, (_, i) => text.slice(doc.prose[2 * i], doc.prose[2 * i + 1])),
    ['Khalaji met ', ' and ', ' today.'],
  );
});

test('gloss-disable comments become suppressions', () => {
  const doc = parse('a\n<!-- gloss-disable unsourced-claim -->\nb\n<!-- gloss-enable unsourced-claim -->\n', 'file:///c/d.gloss.md');
  assert.deepEqual(doc.suppressions, [{ codes: ['unsourced-claim'], fromLine: 1, toLine: 3 }]);
});

test('a file over the size limit is read for its front matter only, with an info problem', () => {
  const doc = parse(`---\ntitle: Big\n---\n[a]{#b}${'x'.repeat(50)}`, 'file:///c/big.gloss.md', { maxLength: 40 });
  assert.equal(doc.meta.title, 'Big');
  assert.equal(doc.spans.length, 0);
  assert.deepEqual(
    doc.problems.map((p) => [p.code, p.severity, p.message]),
    [
      [
        'analysis-limit',
        'info',
        'This file has 76 characters, more than the 40 that Gloss analyses; only its front matter was read. Split the file to annotate it.',
      ],
    ],
  );
});
