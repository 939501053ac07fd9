import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Hover, Location } from 'vscode-languageserver/node';
import { LspClient } from './lspClient.js';
import { lineRange } from '../ranges.js';

let client: LspClient;
before(async () => {
  // The client's settings turn one rule off: the emoji document has no article metadata, and that is not the point here.
  client = await LspClient.start({ fixture: 'corpus', settings: { rules: { 'missing-metadata': 'off' } } });
  await client.diagnostics(client.uri('asianews.gloss.md'), (d) => d.length === 2);
});
after(() => client.stop());


// The family emoji is 8 UTF-16 code units and 😀 is 2, so the mention's `[` is at character 14 of line 3.
const TEXT = '---\r\nid: emoji\r\n---\r\n👩‍👩‍👧 x 😀 [Sepehr Khalaji]{#khalaji} and [X]{#nobody2}\r\n';

test('positions are exact after CRLF line ends and astral characters', async () => {
  const uri = client.uri('emoji.gloss.md');
  await client.open(uri, TEXT);
  const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range]),
    [['unresolved-reference', lineRange(3, 50, 57)]],
  );
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 33 } });
  assert.deepEqual(hover.range, lineRange(3, 32, 39));
});

test('incremental edits across CRLF and emoji keep the server text exact', async () => {
  const uri = client.uri('emoji.gloss.md');
  // Replaces `nobody2` by `khalaji`, then inserts a line before the body, spanning the CRLF that ends line 2.
  await client.change(uri, 2, [{ range: lineRange(3, 50, 57), text: 'khalaji' }]);
  await client.change(uri, 3, [{ range: { start: { line: 2, character: 3 }, end: { line: 3, character: 0 } }, text: '\r\n😀\r\n' }]);
  assert.deepEqual(await client.diagnostics(uri, (d) => d.length === 0), []);
  const locations = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri },
    position: { line: 4, character: 52 },
    context: { includeDeclaration: false },
  });
  assert.deepEqual(
    locations.filter((l) => l.uri === uri),
    [
      { uri, range: lineRange(4, 32, 39) },
      { uri, range: lineRange(4, 50, 57) },
    ],
  );
});
