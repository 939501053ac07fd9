/**
 * Runs the CLI from the TypeScript build (`node out/server/src/cli/entry.js`), as the tests do.
 * The published `gloss` runs the esbuild bundle through `server/bin/gloss.cjs` instead.
 */
import { readFileSync } from 'node:fs';
import { main } from './main.js';

// From out/server/src/cli/ the package manifest is four folders up, in server/ of the source tree.
const manifest = JSON.parse(readFileSync(new URL('../../../../server/package.json', import.meta.url), 'utf8')) as { version: string; homepage?: string };
const specUrl = manifest.homepage ? `${manifest.homepage.replace(/\/$/, '')}/docs/SPEC.md` : null;
process.exitCode = await main(process.argv.slice(2), { version: manifest.version, specUrl });
