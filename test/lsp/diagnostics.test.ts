import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LspClient, summarize } from './lspClient.js';

let client: LspClient;
before(async () => {
  client = await LspClient.start({ fixture: 'corpus' });
});
after(() => client.stop());

test('publishes the diagnostics of every workspace file without opening it', async () => {
  const diagnostics = await client.diagnostics(client.uri('asianews.gloss.md'), (d) => d.length === 2);
  assert.deepEqual(summarize(diagnostics), [
    '9:1-9:34 unsourced-claim The claim “The computers were seized in June” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.',
    '11:11-11:17 unresolved-reference “nobody” in a mention names nothing: no entity, source or document of the workspace has this id. Fix the id, or create entity “nobody” under “entities:” in a front matter.',
  ]);
  assert.deepEqual(
    diagnostics.map((d) => [d.source, d.severity]),
    [
      ['gloss', 2],
      ['gloss', 1],
    ],
  );
  assert.deepEqual(await client.diagnostics(client.uri('cdm.gloss.md')), []);
});

test('reports the initial scan with work-done progress', async () => {
  await client.diagnostics(client.uri('asianews.gloss.md'), (d) => d.length === 2);
  const kinds = client.progress.map((value) => (value as { kind: string }).kind);
  assert.equal(kinds[0], 'begin');
  assert.equal(kinds.at(-1), 'end');
  assert.deepEqual(client.registrations.sort(), ['workspace/didChangeWatchedFiles']);
});
