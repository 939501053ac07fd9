import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from '../../../server/src/core/parse.js';
import { pandocFinds } from '../syntax/collect.js';

const root = new URL('../../../../', import.meta.url);
const files = [
  ...readdirSync(new URL('samples/', root))
    .filter((name) => name.endsWith('.gloss.md'))
    .map((name) => `samples/${name}`),
  ...readdirSync(new URL('test/fixtures/syntax/', root)).map((name) => `test/fixtures/syntax/${name}`),
];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const file of files) {
  test(`the Doc of ${file} has the spans and citations Pandoc finds`, () => {
    const text = readFileSync(new URL(file, root), 'utf8');
    const doc = parse(text, `file:///${file}`);
    const pandoc = pandocFinds(text);
    const pandocSpans = pandoc.flatMap((found) =>
      found.kind === 'span'
        ? [{ id: found.id || null, classes: found.classes, attributes: Object.fromEntries(found.pairs), text: found.text }]
        : [],
    );
    const glossSpans = doc.spans.map((span) => ({
      id: span.id,
      classes: span.classes,
      attributes: span.attributes,
      text: normalise(span.text),
    }));
    assert.deepEqual(glossSpans, pandocSpans);
    const pandocKeys = pandoc.flatMap((found) => (found.kind === 'cite' ? [found.items.map((item) => item.key)] : []));
    assert.deepEqual(
      doc.citations.map((citation) => citation.keys),
      pandocKeys,
    );
  });
}

test('the samples hold every kind of annotation, so the agreement above covers them', () => {
  const kinds = new Set<string>();
  for (const file of files.filter((f) => f.startsWith('samples/'))) {
    const doc = parse(readFileSync(new URL(file, root), 'utf8'), `file:///${file}`);
    for (const span of doc.spans) kinds.add(span.kind);
    if (doc.citations.length > 0) kinds.add('citation');
  }
  assert.deepEqual([...kinds].sort(), ['citation', 'claim', 'mention', 'quote']);
});
