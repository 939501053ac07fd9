import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES, LspClient } from './lspClient.js';

// ARCHITECTURE invariant 9: the CLI and the editor agree. Both run core `check` with the configuration the host
// resolves, so `gloss check` on the samples must print exactly what the server publishes for them.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../../../out/server/src/cli/entry.js', import.meta.url));
const SEVERITIES = ['error', 'warning', 'info', 'hint'];

interface CliProblem {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let client: LspClient;
before(async () => {
  client = await LspClient.start({ fixture: relative(FIXTURES, `${ROOT}samples`) });
});
after(() => client.stop());

test('gloss check on the samples reports exactly the diagnostics the language server publishes', async () => {
  const output = execFileSync(process.execPath, [CLI, 'check', '--format', 'json', '--no-cache', '.'], {
    cwd: client.root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const files = JSON.parse(output) as Array<{ path: string; problems: CliProblem[] }>;
  assert.deepEqual(
    files.map((file) => file.path),
    ['asianews-2023-07-05.gloss.md', 'cdm-2023-07-03.gloss.md', 'registry.gloss.md'],
  );
  for (const file of files) {
    const expected = file.problems.map((p) => [p.code, p.severity, p.message, p.range]);
    const published = await client.diagnostics(client.uri(file.path), (d) => d.length === expected.length);
    assert.deepEqual(
      published.map((d) => [d.code, SEVERITIES[(d.severity ?? 1) - 1], d.message, d.range]),
      expected,
      file.path,
    );
  }
  assert.ok(files.some((file) => file.problems.length > 0), 'the samples have problems to compare');
});
