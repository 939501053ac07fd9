import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus, generateKeystrokeDocuments, utf8Length } from '../../bench/generateCorpus.js';
import { parse } from '../../server/src/core/parse.js';
import { Workspace } from '../../server/src/core/workspace.js';
import type { Doc } from '../../server/src/core/model.js';

const SEED = 7;

function parseAll(files: ReadonlyMap<string, string>, folder: string): Doc[] {
  return [...files].map(([path, text]) => parse(text, `file:///${folder}/${path}`));
}

/** Every reference that does not lead to exactly one definition (and, for `doc#claim`, to a claim), as `uri target`. */
function unresolved(ws: Workspace): string[] {
  const found: string[] = [];
  for (const doc of ws.allDocs()) {
    for (const reference of doc.references) {
      const defined = ws.definitions(reference.id).length === 1;
      const claimFound = reference.fragment === null || ws.claim(reference.id, reference.fragment) !== undefined;
      if (!defined || !claimFound) found.push(`${doc.uri} ${reference.target}`);
    }
  }
  return found;
}

test('a corpus of 20 articles parses without a single problem', () => {
  const corpus = generateCorpus({ documents: 20, seed: SEED });
  const problems = parseAll(corpus.files, 'c').flatMap((doc) => doc.problems.map((p) => `${doc.uri} ${p.code} ${p.message}`));
  assert.deepEqual(problems, []);
});

test('every reference in a corpus of 20 articles resolves to one definition, and every doc#claim to a claim', () => {
  const corpus = generateCorpus({ documents: 20, seed: SEED });
  const ws = Workspace.build(parseAll(corpus.files, 'c'));
  assert.deepEqual(unresolved(ws), []);
});

test('a corpus holds the registry and one file per article, with about 30 annotations each', () => {
  const corpus = generateCorpus({ documents: 20, seed: SEED });
  assert.equal(corpus.files.size, 21);
  assert.deepEqual([...corpus.files.keys()].slice(0, 3), ['registry.gloss.md', 'articles/article-00001.gloss.md', 'articles/article-00002.gloss.md']);
  const docs = parseAll(corpus.files, 'c').slice(1);
  const annotations = docs.map((doc) => doc.spans.length + doc.citations.length);
  assert.ok(Math.min(...annotations) >= 25, `fewest annotations: ${Math.min(...annotations)}`);
  assert.ok(Math.max(...annotations) <= 50, `most annotations: ${Math.max(...annotations)}`);
  const sizes = [...corpus.files.values()].slice(1).map(utf8Length);
  assert.ok(Math.min(...sizes) >= 3_500 && Math.max(...sizes) <= 5_500, `article sizes from ${Math.min(...sizes)} to ${Math.max(...sizes)} bytes`);
});

test('the hub entity is mentioned by about half of the articles', () => {
  const corpus = generateCorpus({ documents: 100, seed: SEED });
  const ws = Workspace.build(parseAll(corpus.files, 'c'));
  assert.equal(corpus.hubId, 'council-of-nations');
  assert.equal(ws.referencingUris(corpus.hubId).length, 48);
});

test('one seed always gives the same files and another seed different ones', () => {
  const first = generateCorpus({ documents: 5, seed: SEED });
  const again = generateCorpus({ documents: 5, seed: SEED });
  const other = generateCorpus({ documents: 5, seed: SEED + 1 });
  assert.deepEqual([...again.files], [...first.files]);
  assert.notEqual(other.files.get('articles/article-00001.gloss.md'), first.files.get('articles/article-00001.gloss.md'));
});

test('the keystroke documents reach their sizes and resolve against a corpus of the linked size', () => {
  const corpus = generateCorpus({ documents: 20, seed: SEED });
  const singles = generateKeystrokeDocuments(SEED, 20);
  assert.deepEqual([...singles.keys()], ['keystroke-5k.gloss.md', 'keystroke-100k.gloss.md']);
  const small = utf8Length(singles.get('keystroke-5k.gloss.md') ?? '');
  const large = utf8Length(singles.get('keystroke-100k.gloss.md') ?? '');
  assert.ok(small >= 5_000 && small < 7_000, `${small} bytes`);
  assert.ok(large >= 100_000 && large < 102_000, `${large} bytes`);
  const docs = [...parseAll(corpus.files, 'c'), ...parseAll(singles, 'k')];
  assert.deepEqual(docs.flatMap((doc) => doc.problems.map((p) => `${doc.uri} ${p.code}`)), []);
  assert.deepEqual(unresolved(Workspace.build(docs)), []);
});
