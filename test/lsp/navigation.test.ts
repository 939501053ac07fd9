import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { CodeAction, CompletionItem, Hover, Location, WorkspaceEdit } from 'vscode-languageserver/node';
import { LspClient } from './lspClient.js';
import { lineRange } from '../ranges.js';

let client: LspClient;
let asianews: string;
let cdm: string;
let registry: string;

before(async () => {
  client = await LspClient.start({ fixture: 'corpus' });
  asianews = client.uri('asianews.gloss.md');
  cdm = client.uri('cdm.gloss.md');
  registry = client.uri('registry.gloss.md');
  await client.diagnostics(asianews, (d) => d.length === 2);
});
after(() => client.stop());

const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

test('hover on an entity mention shows the entity card from the registry', async () => {
  const hover = await client.request<Hover>('textDocument/hover', at(asianews, 7, 20));
  assert.deepEqual(hover, {
    contents: {
      kind: 'markdown',
      value: `**Sepehr Khalaji** · person · \`khalaji\`\n\nHead of Iran's Government Information Council.\n\nAlso: Khalaji\n\nDefined in [registry.gloss.md:4](${registry}#L4) · mentioned 1 time in 1 document`,
    },
    range: lineRange(7, 18, 25),
  });
});

test('definition from same=doc#claim lands on the claim id in the other article', async () => {
  const locations = await client.request<Location[]>('textDocument/definition', at(cdm, 7, 70));
  assert.deepEqual(locations, [{ uri: asianews, range: lineRange(7, 91, 99) }]);
});

test('references list every use of an entity across files, with its definition', async () => {
  const locations = await client.request<Location[]>('textDocument/references', { ...at(asianews, 7, 20), context: { includeDeclaration: true } });
  assert.deepEqual(locations, [
    { uri: asianews, range: lineRange(7, 18, 25) },
    { uri: asianews, range: lineRange(7, 103, 110) },
    { uri: asianews, range: lineRange(9, 54, 61) },
    { uri: cdm, range: lineRange(7, 48, 55) },
    { uri: registry, range: lineRange(3, 2, 9) },
  ]);
});

test('rename is one versioned edit: the open document carries its version, unopened files null', async () => {
  await client.open(asianews, await readFile(client.path('asianews.gloss.md'), 'utf8'), 3);
  assert.deepEqual(await client.request('textDocument/prepareRename', at(asianews, 7, 20)), { range: lineRange(7, 18, 25), placeholder: 'khalaji' });
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(asianews, 7, 20), newName: 'sepehr' });
  const edits = (...ranges: ReturnType<typeof lineRange>[]) => ranges.map((r) => ({ range: r, newText: 'sepehr' }));
  assert.deepEqual(edit, {
    documentChanges: [
      { textDocument: { uri: asianews, version: 3 }, edits: edits(lineRange(7, 18, 25), lineRange(7, 103, 110), lineRange(9, 54, 61)) },
      { textDocument: { uri: cdm, version: null }, edits: edits(lineRange(7, 48, 55)) },
      { textDocument: { uri: registry, version: null }, edits: edits(lineRange(3, 2, 9)) },
    ],
  });
  await client.close(asianews);
});

test('rename to an invalid id is refused with the reason', async () => {
  await assert.rejects(client.request('textDocument/rename', { ...at(asianews, 7, 20), newName: '9lives' }), {
    code: -32803,
    message: '“9lives” is not a valid id: an id starts with a letter and continues with letters, digits, “_”, “.”, “:” or “-”.',
  });
});

test('completion after by= offers the entities with their types and names', async () => {
  const items = await client.request<CompletionItem[]>('textDocument/completion', at(asianews, 9, 54));
  assert.deepEqual(
    items.map((i) => [i.label, i.detail, i.textEdit]),
    [
      ['fars', 'organization — Fars News Agency', { range: lineRange(9, 54, 61), newText: 'fars' }],
      ['khalaji', 'person — Sepehr Khalaji', { range: lineRange(9, 54, 61), newText: 'khalaji' }],
    ],
  );
});

test('a code action creates the missing entity in the registry', async () => {
  const diagnostics = await client.diagnostics(asianews, (d) => d.length === 2);
  const unresolved = diagnostics.filter((d) => d.code === 'unresolved-reference');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: asianews },
    range: lineRange(11, 12, 12),
    context: { diagnostics: unresolved },
  });
  assert.deepEqual(
    actions.map((a) => [a.title, a.kind, a.edit]),
    [
      [
        'Create entity “nobody” in registry.gloss.md',
        'quickfix',
        { documentChanges: [{ textDocument: { uri: registry, version: null }, edits: [{ range: lineRange(11, 0, 0), newText: '  nobody:\n    name: nobody\n' }] }] },
      ],
    ],
  );
});

test('the document stats request counts claims and sourced claims', async () => {
  assert.deepEqual(await client.request('gloss/documentStats', { textDocument: { uri: asianews } }), { claims: 2, quotes: 0, sourced: 1, unsourced: 1 });
});
