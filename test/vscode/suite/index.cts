/**
 * The entry point VS Code's extension host calls: runs every `*.test.cjs` beside it with Mocha.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs the suite; rejects when any test fails, which makes `runTests` exit non-zero. */
export function run(): Promise<void> {
  // Starting the server and indexing the workspace happen inside the first tests, so they need more than Mocha's 2 s.
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.cjs')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension tests failed.`)) : resolve()));
  });
}
