import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeLens } from 'vscode-languageserver/node';
import { DEFAULT_CAPABILITIES, LspClient } from './lspClient.js';
import { lineRange } from '../ranges.js';


/** Starts a server on the fixture corpus for a client that can run `commands`, and runs `body` against it. */
async function withServer(commands: string[] | null, body: (client: LspClient) => Promise<void>): Promise<void> {
  const capabilities = commands === null ? DEFAULT_CAPABILITIES : { ...DEFAULT_CAPABILITIES, experimental: { commands: { commands } } };
  const client = await LspClient.start({ fixture: 'corpus', capabilities });
  try {
    await client.diagnostics(client.uri('asianews.gloss.md'), (d) => d.length === 2);
    await body(client);
  } finally {
    await client.stop();
  }
}

const lenses = (client: LspClient, file: string) => client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(file) } });

test('a definition’s lens resolves to editor.action.showReferences with the places its title counts', async () => {
  await withServer(['editor.action.showReferences', 'gloss.showUnsourcedClaims', 'some.other.command'], async (client) => {
    const registry = client.uri('registry.gloss.md');
    const unresolved = await lenses(client, 'registry.gloss.md');
    assert.deepEqual(unresolved, [
      { range: lineRange(3, 2, 9), data: { uri: registry, title: '1 mention in 1 document', id: 'khalaji', roles: ['mention'], position: { line: 3, character: 2 } } },
      { range: lineRange(8, 2, 6), data: { uri: registry, title: '0 mentions in 0 documents', id: 'fars', roles: ['mention'], position: { line: 8, character: 2 } } },
      {
        range: lineRange(12, 2, 17),
        data: { uri: registry, title: 'cited 2 times in 2 documents', id: 'fars-2023-07-03', roles: ['src', 'citation'], position: { line: 12, character: 2 } },
      },
    ]);
    const resolved = await Promise.all(unresolved.map((lens) => client.request<CodeLens>('codeLens/resolve', lens)));
    assert.deepEqual(resolved, [
      {
        range: lineRange(3, 2, 9),
        command: {
          title: '1 mention in 1 document',
          command: 'editor.action.showReferences',
          arguments: [
            registry,
            { line: 3, character: 2 },
            [{ uri: client.uri('asianews.gloss.md'), range: lineRange(7, 18, 25) }],
          ],
        },
      },
      { range: lineRange(8, 2, 6), command: { title: '0 mentions in 0 documents', command: 'editor.action.showReferences', arguments: [registry, { line: 8, character: 2 }, []] } },
      {
        range: lineRange(12, 2, 17),
        command: {
          title: 'cited 2 times in 2 documents',
          command: 'editor.action.showReferences',
          arguments: [
            registry,
            { line: 12, character: 2 },
            [
              { uri: client.uri('asianews.gloss.md'), range: lineRange(7, 115, 130) },
              { uri: client.uri('cdm.gloss.md'), range: lineRange(7, 83, 98) },
            ],
          ],
        },
      },
    ]);
  });
});

test('the claims lens runs gloss.showUnsourcedClaims', async () => {
  await withServer(['gloss.showUnsourcedClaims'], async (client) => {
    assert.deepEqual(await lenses(client, 'asianews.gloss.md'), [
      { range: lineRange(0, 0, 0), command: { title: '2 claims · 1 unsourced', command: 'gloss.showUnsourcedClaims' } },
    ]);
    // This client cannot run showReferences, so the definitions' lenses show their title and run nothing.
    assert.deepEqual((await lenses(client, 'registry.gloss.md'))[0], { range: lineRange(3, 2, 9), command: { title: '1 mention in 1 document', command: '' } });
  });
});

test('a client that lists no commands gets lenses that only show their title', async () => {
  await withServer(null, async (client) => {
    assert.deepEqual(await lenses(client, 'asianews.gloss.md'), [{ range: lineRange(0, 0, 0), command: { title: '2 claims · 1 unsourced', command: '' } }]);
    assert.deepEqual(
      (await lenses(client, 'registry.gloss.md')).map((lens) => lens.command),
      [
        { title: '1 mention in 1 document', command: '' },
        { title: '0 mentions in 0 documents', command: '' },
        { title: 'cited 2 times in 2 documents', command: '' },
      ],
    );
  });
});
