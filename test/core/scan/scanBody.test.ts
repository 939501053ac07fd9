import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { generateCorpus, generateKeystrokeDocuments } from '../../../bench/generateCorpus.js';
import { scanBody } from '../../../server/src/core/scan/scanBody.js';
import { LineIndex } from '../../../server/src/core/text.js';
import { scannedAsTree } from './differential.js';

/** Scans a whole text that has no front matter. */
const scan = (text: string): ReturnType<typeof scanBody> => scanBody(text, 0, new LineIndex(text));

const root = join(import.meta.dirname, '..', '..', '..', '..');
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: Array<{ number: number; markdown: string }> };

function glossFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name));
}

test('the scanner reads every generated benchmark article and registry exactly as the full parser does', () => {
  const { files } = generateCorpus({ documents: 150, seed: 7 });
  for (const [name, text] of files) {
    assert.ok(scannedAsTree(text, name), `${name} is read by the scanner`);
    assert.ok(scannedAsTree(text.replaceAll('\n', '\r\n'), name), `${name} with CRLF line endings is read by the scanner`);
  }
  for (const [name, text] of generateKeystrokeDocuments(7, 150)) assert.ok(scannedAsTree(text, name), `${name} is read by the scanner`);
});

test('on the samples and every test fixture, the scanner either gives up or agrees with the full parser', () => {
  const files = [...glossFiles(join(root, 'samples')), ...glossFiles(join(root, 'test', 'fixtures'))];
  assert.ok(files.length > 20);
  for (const file of files) scannedAsTree(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file);
});

test('on every CommonMark example, the scanner either gives up or agrees with the full parser', () => {
  const read = spec.tests.filter((example) => scannedAsTree(example.markdown, `example ${example.number}`));
  // Plain paragraphs, headings, lists and emphasis are read by the scanner: the agreement is not vacuous.
  assert.ok(read.length >= 150, `${read.length} examples read`);
});

/** Pieces of Gloss-like text: annotations whole and in parts, emphasis runs, block markers and what the scanner refuses. */
const PIECES = [
  'word', 'Tehran', ' ', ' ', ', ', '. ', '“', '”', '😀', '日本', 'é', '\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '> ', '- ', '* ', '# ', '## ', '1. ',
  '[', ']', '{', '}', ']{#khalaji}', ']{.claim #c1 by=khalaji}', ']{.quote #q2 src=fars note="a, b"}', ']{-}', ']{#a.b}', ']{}',
  ']{ #x }', ']{key=}', "]{k='v'}", ']{#}', '[@fars]', '[@fars, p. 3]', '[see @a; -@b]', '[@a]{#x}', '@', '(http://x.org)', '](u)',
  '](a/b.md#x)', '](', ')', '*', '**', '***', '_', '__', '!', '![', '<!-- gloss-disable -->', '<b>', '`', '``', '```', '\\', '\\*', '\\[', '\\]{', '\\@', '&amp;', '|', '~',
  'www.x.org', 'a@b.co', '\t', '---', '===', '  ',
];

test('on random Gloss-like documents, the scanner either gives up or agrees with the full parser', () => {
  let read = 0;
  let runs = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
      runs++;
      if (scannedAsTree(pieces.join(''), 'random')) read++;
    }),
    { numRuns: 3000 },
  );
  assert.ok(read / runs > 0.05, `${read} of ${runs} random documents read by the scanner`);
});

test('on random prose with annotations only (no refused characters), the scanner reads and agrees', () => {
  const safe = PIECES.filter((piece) => !/[@<`\\&|~\t!]|www|^ {2}$|^-{3}$|^={3}$|^\(|^\]\(|^1\. $/.test(piece));
  let read = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...safe), { maxLength: 80 }), (pieces) => {
      if (scannedAsTree(pieces.join(''), 'random prose')) read++;
    }),
    { numRuns: 3000 },
  );
  assert.ok(read > 500, `${read} of 3000 read`);
});

test('the scanner gives up on what it does not read: code blocks, hard breaks, tables, HTML, indented and ordered blocks, trailing spaces', () => {
  for (const text of ['a\n---', 'a\n***', 'a\rb', '- a\n   b', '- a\n  - b', '> a\n  b', 'a\n  b', '```\ncode\n```', 'a\\\nb', '[@a\\]b]', 'a \\@b', '| a | b |', 'a <b>c</b>', '    code', '1. one', 'a  \nb', 'a\n===', '![i](u)', 'x@y.org', 'see www.x.org', '[a]: /u']) {
    assert.equal(scan(text), null, JSON.stringify(text));
  }
});

test('the scanner reads the tricky cases of links, spans and emphasis as the full parser does', () => {
  const cases = [
    '[a [b](u) c](v)',
    '[a [b](u) c]{#x} and [d](w)',
    '*a [b* c]{#x} d*',
    '**a *b* c**, *a **b***, _a_b_, a*b*c, ***a***, a**b**c, __a__b',
    '[x] [a]{#y} [z]',
    '[[a]{#x} [b]{#y}]{.claim #c by=x}',
    '> [a\n> b]{#x} [@c;\n> @d]\nlazy *e\n> f*',
    '- [a]{#x}\nlazy [b]{.claim}\n- c\n\n# [H]{#h} *i*\n\n<!-- gloss-disable-next-line unsourced-claim -->\n[d]{.claim}',
    '“[Tehran]{#tehran}” 😀*a*😀 “*b*” *“c”*',
    '[a]{#x} [@k, p. 3] [b]{.claim src=k} [@k]',
    '- **a** [b]{#x}\n  c [d\n  e]{.claim}\n\n  f\nlazy\n  g\n- h\n\ni',
    'a\n\n---\n\n***\n___\n- b\n\n----\nc',
    'a `b` c [x `y\nz` w]{#k} \\*not\\* [a\\]b]{#x} ``a ` b`` `unclosed \\\\ \\q [@k]`c`',
    '> “\\[del régimen\\]” `translated-from: it` [[`x`]{#a}]{.claim}',
  ];
  for (const text of [...cases, ...cases.map((lf) => lf.replaceAll('\n', '\r\n'))]) {
    assert.ok(scannedAsTree(text, 'case'), `${JSON.stringify(text)} is read by the scanner`);
  }
});

test('long runs of brackets and backticks are read in one pass', { timeout: 20_000 }, () => {
  // Searching to the end of the text from every “[” would take minutes here; the timeout turns that into a failure.
  assert.notEqual(scan('['.repeat(1_000_000)), null);
  assert.notEqual(scan(`${'[a'.repeat(500_000)}]`), null);
  assert.equal(scan(`${'[@k '.repeat(300_000)}]`), null);
  // Backtick runs of every length from 1 to 1,400: each opener finds its closer without scanning the rest of the text.
  assert.notEqual(scan(Array.from({ length: 1400 }, (_, k) => '`'.repeat(k + 1)).join('a')), null);
});
