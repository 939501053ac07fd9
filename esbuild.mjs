// Bundles the extension client, the language server and the CLI into single CommonJS files.
// VS Code loads `dist/extension.cjs`; the client starts `dist/server.cjs`; `gloss` runs `server/dist/cli.cjs`.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  minifySyntax: true,
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'server/dist/cli.cjs' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.cjs' },
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs', external: ['vscode'] },
];

for (const entry of entries) {
  await build({ ...common, entryPoints: [entry.in], outfile: entry.out, external: entry.external ?? [] });
}
