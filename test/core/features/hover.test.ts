import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../../server/src/core/features/hover.js';
import { parse } from '../../../server/src/core/parse.js';
import type { Workspace } from '../../../server/src/core/workspace.js';
import { CORPUS, fixture, range } from './fixture.js';

const REGISTRY = 'file:///c/registry.gloss.md';
const CDM = 'file:///c/articles/cdm.gloss.md';
const AN = 'file:///c/articles/an.gloss.md';

function at(uri: string, line: number, find: string, extra = 0) {
  const files = { ...CORPUS };
  const lines = (files[uri] as string).split('\n');
  const text = lines[line] as string;
  const index = text.indexOf(find);
  assert.ok(index >= 0, `“${find}” is on line ${line}`);
  lines[line] = text.slice(0, index + extra) + '$0' + text.slice(index + extra);
  files[uri] = lines.join('\n');
  return fixture(files);
}

const KHALAJI_CARD = [
  '**Sepehr Khalaji** · person · `khalaji`',
  "Head of Iran's *Government Information Council*.",
  'Also: Khalaji',
  '[wikidata Q123](https://www.wikidata.org/wiki/Q123)',
  'Defined in [../registry.gloss.md:4](file:///c/registry.gloss.md#L4) · mentioned 2 times in 2 documents',
].join('\n\n');

test('hover on a mention id shows the entity card with its external id as a link and its usage', () => {
  const { ws, uri, position } = at(CDM, 6, '#khalaji', 2);
  assert.deepEqual(hover(ws, uri, position), { contents: KHALAJI_CARD, range: range(6, 18, 6, 25) });
});

test('hover on the text of a mention shows the same card over the text', () => {
  const { ws, uri, position } = at(AN, 6, 'Khalaji]', 3);
  assert.deepEqual(hover(ws, uri, position), { contents: KHALAJI_CARD, range: range(6, 6, 6, 13) });
});

test('hover on by= and on the entity key in YAML shows the entity card', () => {
  const fromBy = at(CDM, 6, 'by=khalaji', 4);
  assert.equal(hover(fromBy.ws, fromBy.uri, fromBy.position)?.contents, KHALAJI_CARD);
  const fromKey = at(REGISTRY, 3, 'khalaji');
  assert.equal(
    hover(fromKey.ws, fromKey.uri, fromKey.position)?.contents,
    KHALAJI_CARD.replace('[../registry.gloss.md:4]', '[registry.gloss.md:4]'),
  );
});

test('hover on a citation key shows the source card with its publisher and citation count', () => {
  const { ws, uri, position } = at(AN, 6, '@fars', 3);
  assert.deepEqual(hover(ws, uri, position), {
    contents: [
      '**Khalaji on the return of the seized computers** · statement · `fars-2023-07-03`',
      'Published by Corriere della Sera · 2023-07-03',
      '[https://example.org/fars](https://example.org/fars)',
      'Defined in [../registry.gloss.md:14](file:///c/registry.gloss.md#L14) · cited 2 times in 2 documents',
    ].join('\n\n'),
    range: range(6, 113, 6, 128),
  });
});

test('the usage line of entity and source cards follows edits that add and remove mentions, citations and documents', () => {
  const onEntity = at(REGISTRY, 3, 'khalaji');
  const onSource = at(REGISTRY, 13, 'fars-2023-07-03');
  const usageLine = (ws: Workspace, position = onEntity.position) => hover(ws, REGISTRY, position)?.contents.split('\n\n').at(-1);
  const defined = (line: number) => `Defined in [registry.gloss.md:${line}](file:///c/registry.gloss.md#L${line})`;
  let ws = onEntity.ws;
  assert.equal(usageLine(ws), `${defined(4)} · mentioned 2 times in 2 documents`);
  assert.equal(usageLine(ws, onSource.position), `${defined(14)} · cited 2 times in 2 documents`);

  ws = ws.withDoc(parse(`${CORPUS[CDM]}\nAgain [Khalaji]{#khalaji}.\n`, CDM));
  assert.equal(usageLine(ws), `${defined(4)} · mentioned 3 times in 2 documents`);

  ws = ws.withDoc(parse((CORPUS[AN] as string).replace('by=khalaji}', 'by=khalaji src=fars-2023-07-03}'), AN));
  assert.equal(usageLine(ws, onSource.position), `${defined(14)} · cited 3 times in 2 documents`);

  ws = ws.withDoc(parse('[Sepehr Khalaji]{#khalaji} spoke.\n', 'file:///c/articles/new.gloss.md'));
  assert.equal(usageLine(ws), `${defined(4)} · mentioned 4 times in 3 documents`);

  ws = ws.withoutDoc(CDM);
  assert.equal(usageLine(ws), `${defined(4)} · mentioned 2 times in 2 documents`);
  assert.equal(usageLine(ws, onSource.position), `${defined(14)} · cited 2 times in 1 document`);

  ws = ws.withDoc(parse((CORPUS[AN] as string).replace('[Khalaji]{#khalaji}', 'Khalaji'), AN));
  assert.equal(usageLine(ws), `${defined(4)} · mentioned 1 time in 1 document`);
  assert.equal(usageLine(ws, onSource.position), `${defined(14)} · cited 1 time in 1 document`);
});

test('hover on a YAML related entry shows the document card with its claims', () => {
  const { ws, uri, position } = at(AN, 4, 'cdm');
  assert.deepEqual(hover(ws, uri, position), {
    contents: [
      '**Hard drives handed over** · document · `cdm`',
      'Corriere della Sera · published 2023-07-03',
      '1 claim · 1 quote · 1 of 2 sourced',
      'Defined in [cdm.gloss.md:2](file:///c/articles/cdm.gloss.md#L2)',
    ].join('\n\n'),
    range: range(4, 10, 4, 13),
  });
});

test('hover on the claim part of doc#claim shows the claim card with the claims that link to it, both ways', () => {
  const { ws, uri, position } = at(AN, 6, 'cdm#hard-drives', 5);
  assert.deepEqual(hover(ws, uri, position), {
    contents: [
      '**Claim** · `cdm#hard-drives` · unverified · sourced',
      '> Tehran has received part of the hard drives',
      'By Sepehr Khalaji · Sources: Khalaji on the return of the seized computers',
      '- Same as `an#drives` (Corriere della Sera): “the drives reached Tehran”',
    ].join('\n\n'),
    range: range(6, 87, 6, 98),
  });
});

test('hover on the document part of doc#claim shows the document card', () => {
  const { ws, uri, position } = at(AN, 6, 'cdm#hard-drives', 1);
  assert.equal(hover(ws, uri, position)?.range.end.character, 86);
  assert.match(hover(ws, uri, position)?.contents ?? '', /^\*\*Hard drives handed over\*\* · document/);
});

test('hover on a quote shows the word difference from the quote it is the same as', () => {
  const { ws, uri, position } = at(AN, 8, '#q2', 1);
  assert.deepEqual(hover(ws, uri, position), {
    contents: [
      '**Quote** · `an#q2` · unverified · unsourced',
      '> “Part of the hard drives and casings have been received.”',
      '- Same as `cdm#q` (Corriere della Sera): ““Part of the hard drives have been received.”” — difference: “Part of the hard drives ~~and~~ ~~casings~~ have been received.”',
    ].join('\n\n'),
    range: range(8, 68, 8, 70),
  });
});

test('hover escapes Markdown and HTML in titles and notes but keeps the card readable', () => {
  const { ws, uri, position } = fixture({
    'file:///c/x.gloss.md': '---\ntitle: "[click](javascript:alert(1)) <b>*x*</b>"\n---\n[a claim]{.claim #c$0 note="see <img src=x> _here_"}\n',
  });
  assert.deepEqual(hover(ws, uri, position), {
    contents: [
      '**Claim** · `x#c` · unverified · unsourced',
      '> a claim',
      'Note: see \\<img src=x\\> \\_here\\_',
    ].join('\n\n'),
    range: range(3, 18, 3, 19),
  });
  const onTitle = fixture({ 'file:///c/x.gloss.md': '---\nid: x$0\ntitle: "[click](javascript:alert(1)) <b>*x*</b>"\n---\n' });
  assert.equal(
    hover(onTitle.ws, onTitle.uri, onTitle.position)?.contents.split('\n\n')[0],
    '**\\[click\\](javascript:alert(1)) \\<b\\>\\*x\\*\\</b\\>** · document · `x`',
  );
});

test('hover on an id that nothing defines says so, and prose has no hover', () => {
  const { ws, uri, position } = fixture({ 'file:///c/x.gloss.md': 'Say [it]{.claim by=nob$0ody}.\n' });
  assert.deepEqual(hover(ws, uri, position), { contents: '`nobody` — nothing in the workspace defines this id.', range: range(0, 19, 0, 25) });
  const prose = fixture({ 'file:///c/x.gloss.md': 'Plain $0text.\n' });
  assert.equal(hover(prose.ws, prose.uri, prose.position), null);
});

test('an external id that is neither a URL nor a known id is shown as text, never as a link', () => {
  const { ws, uri, position } = fixture({
    'file:///c/x.gloss.md': '---\nentities:\n  e$0:\n    name: E\n    wikidata: javascript:alert(1)\n    homepage: http://e.example/a(b)\n---\n',
  });
  assert.equal(
    hover(ws, uri, position)?.contents.split('\n\n')[1],
    '[homepage](http://e.example/a%28b%29) · wikidata: javascript:alert(1)',
  );
});
