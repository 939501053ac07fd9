/**
 * Snapshot tests of the Gloss TextMate grammar: every fixture and sample file, tokenized as VS Code does,
 * must match its stored `.snap` file. Run with UPDATE=1 to write the snapshots again, then review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { formatSnapshot } from './formatSnapshot.js';
import { loadGlossGrammar, repoRoot } from './textmateRegistry.js';
import { tokenizeLines } from './tokenizeLines.js';

const fixtures = new URL('test/fixtures/grammar/', repoRoot);
const samples = new URL('samples/', repoRoot);
const update = process.env.UPDATE === '1';

/** A file to tokenize and the snapshot that holds its expected tokens. */
interface Case {
  name: string;
  source: URL;
  snapshot: URL;
}

async function glossFiles(folder: URL): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return (await readdir(folder)).filter((name) => name.endsWith('.gloss.md')).sort();
}

// Samples are snapshotted under a prefix so that a sample and a fixture of the same name cannot share a snapshot.
const cases: Case[] = [
  ...(await glossFiles(fixtures)).map((name) => ({
    name,
    source: new URL(name, fixtures),
    snapshot: new URL(name.replace(/\.gloss\.md$/, '.snap'), fixtures),
  })),
  ...(await glossFiles(samples)).map((name) => ({
    name: `samples/${name}`,
    source: new URL(name, samples),
    snapshot: new URL(`sample.${name.replace(/\.gloss\.md$/, '.snap')}`, fixtures),
  })),
];

test('the grammar fixtures are found', () => {
  assert.ok(cases.length >= 5, `expected the five grammar fixtures at least, found ${cases.length}`);
});

for (const testCase of cases) {
  test(`${testCase.name} tokenizes as its snapshot says`, async () => {
    const grammar = await loadGlossGrammar();
    const actual = formatSnapshot(tokenizeLines(grammar, await readFile(testCase.source, 'utf8')));
    if (update) {
      await writeFile(testCase.snapshot, actual);
      return;
    }
    assert.ok(
      existsSync(testCase.snapshot),
      `${testCase.name} has no snapshot at ${testCase.snapshot.pathname}: run UPDATE=1 node --test out/test/grammar/ and review it`,
    );
    assert.equal(actual, await readFile(testCase.snapshot, 'utf8'));
  });
}
