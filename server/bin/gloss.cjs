#!/usr/bin/env node
// The `gloss` executable: loads the bundled CLI and turns its result into the process exit code.
// It stays CommonJS and tiny so that it starts fast and runs on any Node 20 without flags.
'use strict';

const manifest = require('../package.json');
const { main } = require('../dist/cli.cjs');

const specUrl = manifest.homepage ? `${manifest.homepage.replace(/\/$/, '')}/docs/SPEC.md` : null;
main(process.argv.slice(2), { version: manifest.version, specUrl }).then((code) => {
  process.exitCode = code;
});
