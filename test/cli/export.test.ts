import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fragmentsOf } from '../../server/src/cli/export/bratExport.js';
import { main } from '../../server/src/cli/main.js';
import { parse } from '../../server/src/core/index.js';
import { makeTree, removeTree } from '../host/tempTree.js';
import { CORPUS, CORPUS_URI, SAMPLES, TEST_VERSION } from './corpusFixture.js';
import { memoryIo } from './memoryIo.js';
import { lineRange } from '../ranges.js';

async function exportRun(args: string[], cwd = CORPUS): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await main(['export', ...args], { version: TEST_VERSION, io });
  return { code, out: io.out(), err: io.err() };
}

interface JsonlRecord {
  type: string;
  document: string;
  text: string;
  kind?: string;
  id?: string | null;
  start?: number;
  end?: number;
}

test('gloss export --format jsonl prints a document record, then one record per annotation', async () => {
  const result = await exportRun(['--format', 'jsonl', 'weekly-1.gloss.md']);
  const uri = `${CORPUS_URI}/weekly-1.gloss.md`;
  assert.deepEqual(result, {
    code: 0,
    err: '',
    out: [
      { type: 'document', document: 'weekly-1', uri, path: 'weekly-1.gloss.md', title: 'A week later', text: 'Khalaji repeated it.' },
      { type: 'annotation', document: 'weekly-1', annotation: 'a1', kind: 'mention', id: 'khalaji', text: 'Khalaji', start: 0, end: 7, classes: [], attributes: {}, keys: [], sourced: null, entity: null, range: lineRange(6, 0, 19) },
      { type: 'annotation', document: 'weekly-1', annotation: 'a2', kind: 'claim', id: 'repeat', text: 'it', start: 17, end: 19, classes: ['claim'], attributes: {}, keys: [], sourced: false, entity: null, range: lineRange(6, 29, 49) },
    ]
      .map((record) => `${JSON.stringify(record)}\n`)
      .join(''),
  });
});

test('gloss export --format jsonl names the entity of a mention from anywhere in the corpus', async () => {
  const records = (await exportRun(['--format', 'jsonl'])).out.trimEnd().split('\n').map((line) => JSON.parse(line) as JsonlRecord & { entity?: unknown });
  assert.deepEqual(
    records.map((r) => [r.document, r.type, r.kind ?? null, r.start ?? null, r.end ?? null]),
    [
      ['daily-1', 'document', null, null, null],
      ['daily-1', 'annotation', 'mention', 8, 22],
      ['daily-1', 'annotation', 'claim', 33, 51],
      ['daily-1', 'annotation', 'quote', 54, 68],
      ['daily-1', 'annotation', 'citation', 69, 74],
      ['daily-1', 'annotation', 'mention', 80, 86],
      ['weekly-1', 'document', null, null, null],
      ['weekly-1', 'annotation', 'mention', 0, 7],
      ['weekly-1', 'annotation', 'claim', 17, 19],
    ],
  );
  assert.equal(records[0]?.text, 'Drives\n\nSepehr Khalaji said that the drives\narrived.\n\n“We have them” [@s1]. Ask Nobody.');
  assert.deepEqual(records[7]?.entity, { name: 'Sepehr Khalaji', type: 'person' });
});

test('gloss export --format brat writes the text and T, A and N lines, splitting spans at line breaks', async () => {
  const out = await makeTree({});
  try {
    const result = await exportRun(['--format', 'brat', '-o', out]);
    assert.deepEqual(result, { code: 0, out: '', err: '' });
    assert.deepEqual((await readdir(out)).sort(), ['daily-1.ann', 'daily-1.txt', 'weekly-1.ann', 'weekly-1.txt']);
    assert.equal(await readFile(join(out, 'daily-1.txt'), 'utf8'), 'Drives\n\nSepehr Khalaji said that the drives\narrived.\n\n“We have them” [@s1]. Ask Nobody.');
    assert.equal(
      await readFile(join(out, 'daily-1.ann'), 'utf8'),
      [
        'T1\tPerson 8 22\tSepehr Khalaji',
        'N1\tReference T1 Gloss:khalaji\tSepehr Khalaji',
        'T2\tClaim 33 43;44 51\tthe drives arrived',
        'A1\tStatus T2 supported',
        'A2\tSourced T2',
        'T3\tQuote 54 68\t“We have them”',
        'A3\tSourced T3',
        'T4\tCitation 69 74\t[@s1]',
        'N2\tReference T4 Gloss:s1\ts1',
        'T5\tEntity 80 86\tNobody',
        'N3\tReference T5 Gloss:nobody\tnobody',
        '',
      ].join('\n'),
    );
  } finally {
    await removeTree(out);
  }
});

test('gloss export --format w3c gives one AnnotationCollection per document with quote and position selectors', async () => {
  const result = await exportRun(['--format', 'w3c', 'weekly-1.gloss.md']);
  const uri = `${CORPUS_URI}/weekly-1.gloss.md`;
  const source = `${uri}#plain`;
  const target = (exact: string, prefix: string, suffix: string, start: number, end: number) => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start, end },
    ],
  });
  const expected = [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${uri}#annotations`,
      type: 'AnnotationCollection',
      label: 'A week later',
      total: 2,
      source: { id: source, type: 'Text', format: 'text/plain', value: 'Khalaji repeated it.' },
      first: {
        id: `${uri}#annotations-page-1`,
        type: 'AnnotationPage',
        items: [
          {
            id: `${uri}#a1`,
            type: 'Annotation',
            motivation: 'identifying',
            body: [
              { type: 'SpecificResource', source: 'urn:gloss:khalaji', purpose: 'identifying' },
              { type: 'TextualBody', value: 'mention', purpose: 'tagging' },
            ],
            target: target('Khalaji', '', ' repeated it.', 0, 7),
          },
          {
            id: `${uri}#a2`,
            type: 'Annotation',
            motivation: 'describing',
            body: [
              { type: 'TextualBody', value: 'claim', purpose: 'tagging' },
              { type: 'TextualBody', value: '#repeat', purpose: 'identifying' },
              { type: 'TextualBody', value: 'sourced=false', purpose: 'describing' },
            ],
            target: target('it', 'Khalaji repeated ', '.', 17, 19),
          },
        ],
      },
    },
  ];
  assert.deepEqual(result, { code: 0, err: '', out: `${JSON.stringify(expected, null, 2)}\n` });
});

test('every exported annotation of the samples re-anchors on the exported text, in all three formats', async () => {
  const jsonl = (await exportRun(['--format', 'jsonl'], SAMPLES)).out.trimEnd().split('\n').map((line) => JSON.parse(line) as JsonlRecord);
  const texts = new Map(jsonl.filter((r) => r.type === 'document').map((r) => [r.document, r.text]));
  const annotations = jsonl.filter((r) => r.type === 'annotation');
  // Every mention, claim, quote and citation the parser finds is exported: none is lost for want of a place.
  const docs = await Promise.all(
    (await readdir(SAMPLES)).filter((name) => name.endsWith('.gloss.md')).map(async (name) => parse(await readFile(join(SAMPLES, name), 'utf8'), pathToFileURL(join(SAMPLES, name)).href)),
  );
  assert.equal(annotations.length, docs.reduce((sum, doc) => sum + doc.spans.filter((s) => s.kind !== 'other').length + doc.citations.length, 0));
  for (const a of annotations) assert.equal(texts.get(a.document)?.slice(a.start, a.end), a.text);

  type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
  type Collection = { source: { value: string }; first: { items: Array<{ target: { selector: Selector[] } }> } };
  const collections = JSON.parse((await exportRun(['--format', 'w3c'], SAMPLES)).out) as Collection[];
  let anchored = 0;
  for (const collection of collections) {
    const text = collection.source.value;
    for (const item of collection.first.items) {
      const [quote, position] = item.target.selector as [Selector, Selector];
      assert.equal(text.slice(position.start, position.end), quote.exact);
      assert.equal(text.slice((position.start as number) - (quote.prefix as string).length, position.start), quote.prefix);
      assert.equal(text.slice(position.end, (position.end as number) + (quote.suffix as string).length), quote.suffix);
      anchored++;
    }
  }
  assert.equal(anchored, annotations.length);

  const out = await makeTree({});
  try {
    assert.equal((await exportRun(['--format', 'brat', '-o', out], SAMPLES)).code, 0);
    let spans = 0;
    for (const name of (await readdir(out)).filter((file) => file.endsWith('.ann'))) {
      const text = await readFile(join(out, name.replace(/\.ann$/, '.txt')), 'utf8');
      assert.equal(text, texts.get(name.replace(/\.ann$/, '')));
      for (const line of (await readFile(join(out, name), 'utf8')).split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeAndOffsets, spanText] = line.split('\t') as [string, string, string];
        const fragments = typeAndOffsets.slice(typeAndOffsets.indexOf(' ') + 1).split(';').map((f) => f.split(' ').map(Number) as [number, number]);
        for (const [start, end] of fragments) assert.doesNotMatch(text.slice(start, end), /\n/);
        assert.equal(fragments.map(([start, end]) => text.slice(start, end)).join(' '), spanText);
        spans++;
      }
    }
    assert.equal(spans, annotations.filter((a) => a.start !== a.end).length);
  } finally {
    await removeTree(out);
  }
});

test('fragmentsOf splits a range at line breaks and drops empty pieces', () => {
  assert.deepEqual(fragmentsOf('ab\ncd\r\n\nef', 0, 10), [[0, 2], [3, 5], [8, 10]]);
  assert.deepEqual(fragmentsOf('a\nb', 1, 2), []);
});

test('gloss export gives the same bytes on a second run', async () => {
  for (const format of ['jsonl', 'w3c']) assert.equal((await exportRun(['--format', format])).out, (await exportRun(['--format', format])).out);
});

test('gloss export needs a known --format, and -o for brat', async () => {
  assert.deepEqual(await exportRun([]), { code: 2, out: '', err: "gloss: 'gloss export' needs --format with one of jsonl, w3c, brat\n" });
  assert.deepEqual(await exportRun(['--format', 'conll']), { code: 2, out: '', err: "gloss: unknown format 'conll'; use one of jsonl, w3c, brat\n" });
  assert.deepEqual(await exportRun(['--format', 'brat']), { code: 2, out: '', err: "gloss: 'gloss export --format brat' writes files and needs -o DIR\n" });
  assert.deepEqual(await exportRun(['--format', 'jsonl', 'gone.gloss.md']), { code: 2, out: '', err: "gloss: cannot read 'gone.gloss.md': no such file\n" });
});

test('gloss export -o writes jsonl and w3c into the folder instead of stdout', async () => {
  const out = await makeTree({});
  try {
    assert.deepEqual(await exportRun(['--format', 'jsonl', '-o', out]), { code: 0, out: '', err: '' });
    assert.deepEqual(await exportRun(['--format', 'w3c', '--out', out]), { code: 0, out: '', err: '' });
    assert.equal(await readFile(join(out, 'annotations.jsonl'), 'utf8'), (await exportRun(['--format', 'jsonl'])).out);
    assert.equal(await readFile(join(out, 'annotations.jsonld'), 'utf8'), (await exportRun(['--format', 'w3c'])).out);
  } finally {
    await removeTree(out);
  }
});
