import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, type Hover, type Location } from 'vscode-languageserver/node';
import { LspClient } from './lspClient.js';
import { lineRange } from '../ranges.js';

const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

test('a failing handler answers -32603 for its request only, logs once, and the server goes on', async () => {
  const faults = ['textDocument/hover:error', 'textDocument/definition:range', 'textDocument/documentHighlight:value', 'textDocument/references:reject'];
  const client = await LspClient.start({ fixture: 'corpus', env: { GLOSS_TEST_FAULT: faults.join(',') } });
  try {
    const asianews = client.uri('asianews.gloss.md');
    await client.diagnostics(asianews, (d) => d.length === 2);
    const failures = [
      ['textDocument/hover', at(asianews, 7, 20), 'Error: injected fault in textDocument/hover'],
      ['textDocument/definition', at(asianews, 7, 20), 'RangeError: Maximum call stack size exceeded (injected)'],
      ['textDocument/documentHighlight', at(asianews, 7, 20), 'injected non-Error fault in textDocument/documentHighlight'],
      ['textDocument/references', { ...at(asianews, 7, 20), context: { includeDeclaration: false } }, 'Error: injected rejection in textDocument/references'],
    ] as const;
    for (const [method, params, reason] of failures) {
      await assert.rejects(client.request(method, params), { code: -32603, message: `Gloss could not answer ${method}: ${reason}` });
    }
    const lens = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: asianews } });
    assert.equal(lens.length, 1);
    assert.deepEqual(
      client.logs.filter((line) => line.includes('failed')),
      failures.map(([method, , reason]) => `${method} failed for ${asianews}: ${reason}`),
    );
    assert.equal(client.exited, false);
  } finally {
    await client.stop();
  }
});

test('pathological documents leave the server answering hovers on another document within 300 ms', async () => {
  const client = await LspClient.start({ fixture: 'corpus' });
  try {
    const asianews = client.uri('asianews.gloss.md');
    await client.diagnostics(asianews, (d) => d.length === 2);
    const quotes = client.uri('quotes.gloss.md');
    const deepYaml = client.uri('deep.gloss.md');
    const longLine = client.uri('line.gloss.md');
    await client.open(quotes, '> '.repeat(50_000));
    await client.open(deepYaml, `---\nk: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    await client.open(longLine, 'a'.repeat(2_000_000));
    const started = performance.now();
    const hover = await client.request<Hover | null>('textDocument/hover', at(asianews, 7, 20));
    const elapsed = performance.now() - started;
    assert.equal(hover?.range?.start.character, 18);
    assert.ok(elapsed <= 300, `hover took ${elapsed.toFixed(0)} ms`);

    const cut = await client.diagnostics(quotes, (d) => d.some((x) => x.code === 'analysis-limit'));
    assert.deepEqual(
      cut.map((d) => [d.code, d.severity, d.message]),
      [
        [
          'analysis-limit',
          3,
          'Gloss stopped analysing this file because parsing it took longer than its 2000 ms budget; only its front matter was read, so its spans and citations are not checked. Very deep nesting or long runs of Markdown markers make parsing slow: simplify or split the file.',
        ],
      ],
    );
    const deep = await client.diagnostics(deepYaml, (d) => d.length > 0);
    assert.deepEqual(deep.map((d) => d.code), ['analysis-limit']);
    const long = await client.diagnostics(longLine, (d) => d.length > 0);
    assert.deepEqual(long.map((d) => [d.code, d.range.start, d.range.end]), [['analysis-limit', { line: 0, character: 0 }, { line: 0, character: 0 }]]);
    const again = await client.request<Location[]>('textDocument/definition', at(client.uri('cdm.gloss.md'), 7, 70));
    assert.equal(again.length, 1);
    assert.equal(client.exited, false);
  } finally {
    await client.stop();
  }
});

test('a cancelled references request answers RequestCancelled', async () => {
  const client = await LspClient.start({ fixture: 'corpus' });
  try {
    const asianews = client.uri('asianews.gloss.md');
    await client.diagnostics(asianews, (d) => d.length === 2);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/references', { ...at(asianews, 7, 20), context: { includeDeclaration: true } }, source.token);
    source.cancel();
    await assert.rejects(pending, { code: -32800 });
    const locations = await client.request<Location[]>('textDocument/references', { ...at(asianews, 7, 20), context: { includeDeclaration: false } });
    assert.equal(locations.length, 4);
  } finally {
    await client.stop();
  }
});

test('a large annotated article, parsed in a child, answers hover, definition and diagnostics with exact ranges', async () => {
  const client = await LspClient.start({ fixture: 'corpus' });
  try {
    const large = client.uri('large.gloss.md');
    // Over parseRisk's SIZE_LIMIT, so the server's parse pool parses it in a child and gets its Doc back over IPC.
    await client.open(large, `[Khalaji]{#khalaji} spoke.\n\n${'Filler prose. '.repeat(20_000)}\n\n[The drives arrived]{.claim #arrived by=khalaji}.\n`);
    const diagnostics = await client.diagnostics(large, (d) => d.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [
        ['missing-metadata', lineRange(0, 0, 0)],
        ['unsourced-claim', lineRange(4, 1, 19)],
      ],
    );
    const hover = await client.request<Hover | null>('textDocument/hover', at(large, 0, 14));
    assert.deepEqual(hover?.range, lineRange(0, 11, 18));
    const definition = await client.request<Location[]>('textDocument/definition', at(large, 4, 45));
    assert.deepEqual(definition, [{ uri: client.uri('registry.gloss.md'), range: lineRange(3, 2, 9) }]);
  } finally {
    await client.stop();
  }
});
