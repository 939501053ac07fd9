/**
 * Downloads VS Code, installs nothing else, and runs the extension-host suite against this repository's extension
 * with a copy of the samples as its workspace, so that the command tests can edit files freely.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** The VS Code version the suite runs against: the one `engines.vscode` names and code-server 4.100.3 embeds. */
const VSCODE_VERSION = '1.100.3';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const workspace = mkdtempSync(path.join(tmpdir(), 'gloss-vscode-'));
  cpSync(path.join(root, 'samples'), workspace, { recursive: true });
  try {
    await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.cjs'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
