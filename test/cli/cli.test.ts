import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { main } from '../../server/src/cli/main.js';
import { makeTree, removeTree } from '../host/tempTree.js';
import { memoryIo } from './memoryIo.js';

const ENTRY = fileURLToPath(new URL('../../server/src/cli/entry.js', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../../server/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Runs the built CLI as a subprocess in `cwd`. */
function gloss(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [ENTRY, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('--version prints the package version', () => {
  assert.deepEqual(gloss(['--version'], process.cwd()), { code: 0, out: `${VERSION}\n`, err: '' });
});

test('--help lists the commands, and a command has its own help', () => {
  const help = gloss(['--help'], process.cwd());
  assert.equal(help.code, 0);
  assert.match(help.out, /^Usage: gloss <command> \[options\]\n/);
  for (const line of [
    'check   check Gloss files and report their problems',
    'stats   count annotations and sourcing per document and outlet',
    'export  export annotations as JSON Lines, W3C Web Annotations or brat',
    'parse   print the document model of one file as JSON',
    'lsp     start the language server on stdin and stdout',
  ]) {
    assert.ok(help.out.includes(`\n  ${line}\n`), line);
  }
  const checkHelp = gloss(['check', '--help'], process.cwd());
  assert.equal(checkHelp.code, 0);
  assert.match(checkHelp.out, /^Usage: gloss check \[options\] \[paths…\]\n/);
});

test('no arguments print the help on stderr and exit 2', () => {
  const result = gloss([], process.cwd());
  assert.equal(result.code, 2);
  assert.equal(result.out, '');
  assert.match(result.err, /^Usage: gloss <command>/);
});

test('an unknown option or command exits 2 with exactly one line', () => {
  assert.deepEqual(gloss(['check', '--frobnicate'], process.cwd()), { code: 2, out: '', err: "gloss: unknown option '--frobnicate' for 'gloss check'; see 'gloss check --help'\n" });
  assert.deepEqual(gloss(['--frobnicate'], process.cwd()), { code: 2, out: '', err: "gloss: unknown option '--frobnicate'; see 'gloss --help'\n" });
  assert.deepEqual(gloss(['lint'], process.cwd()), { code: 2, out: '', err: "gloss: unknown command 'lint'; see 'gloss --help'\n" });
});

test('check and parse on a missing file exit 2 with the reason', async () => {
  const root = await makeTree({});
  try {
    assert.deepEqual(gloss(['check', 'x.gloss.md'], root), { code: 2, out: '', err: "gloss: cannot read 'x.gloss.md': no such file\n" });
    assert.deepEqual(gloss(['parse', 'x.gloss.md'], root), { code: 2, out: '', err: "gloss: cannot read 'x.gloss.md': no such file\n" });
    assert.deepEqual(gloss(['parse'], root), { code: 2, out: '', err: "gloss: 'gloss parse' takes exactly one file, not 0\n" });
  } finally {
    await removeTree(root);
  }
});

test('gloss parse prints the Doc as two-space JSON without its text, and exits 0 despite problems', async () => {
  const root = await makeTree({ 'a.gloss.md': '\uFEFFSome [claim]{.claim #c1} [x]{.claim status=true}.\n' });
  try {
    const result = gloss(['parse', 'a.gloss.md'], root);
    assert.equal(result.code, 0);
    assert.equal(result.err, '');
    const doc = JSON.parse(result.out) as Record<string, unknown> & { spans: Array<{ kind: string; id: string | null; range: unknown }>; problems: Array<{ code: string }> };
    assert.equal(result.out, `${JSON.stringify(doc, null, 2)}\n`);
    assert.deepEqual(Object.keys(doc), ['uri', 'id', 'idRange', 'meta', 'entities', 'sources', 'spans', 'citations', 'references', 'problems', 'frontMatterRange', 'suppressions']);
    assert.equal(doc['id'], 'a');
    assert.deepEqual(doc.spans.map((s) => [s.kind, s.id, s.range]), [
      ['claim', 'c1', { start: { line: 0, character: 5 }, end: { line: 0, character: 24 } }],
      ['claim', null, { start: { line: 0, character: 25 }, end: { line: 0, character: 48 } }],
    ]);
    assert.deepEqual(doc.problems.map((p) => p.code), ['invalid-attribute']);
  } finally {
    await removeTree(root);
  }
});

test('gloss check runs the core over a folder and exits 1 on an error', async () => {
  const root = await makeTree({ 'a.gloss.md': 'Text [x]{#nobody}.\n', 'node_modules/b.gloss.md': '[y]{#nobody}' });
  try {
    const result = gloss(['check', '--format', 'github', '--quiet'], root);
    assert.equal(result.code, 1);
    assert.equal(result.err, '');
    const lines = result.out.split('\n');
    assert.match(lines[0] as string, /^::error file=a\.gloss\.md,line=1,col=11,endLine=1,endColumn=17,title=unresolved-reference::/);
    assert.equal(lines.at(-2), '1 file checked, 1 error, 0 warnings, 0 infos/hints, 0 skipped');
  } finally {
    await removeTree(root);
  }
});

test('an unexpected exception becomes one internal-error line and exit 2, with the stack only under GLOSS_DEBUG=1', async () => {
  const failing = { name: 'boom', summary: 's', help: 'h', run: () => Promise.reject(new Error('kaput\nsecond line')) };
  const quiet = memoryIo('/');
  assert.equal(await main(['boom'], { version: '1', io: quiet, commands: [failing] }), 2);
  assert.equal(quiet.err(), 'gloss: internal error: kaput\n');
  const debug = memoryIo('/', { env: { GLOSS_DEBUG: '1' } });
  assert.equal(await main(['boom'], { version: '1', io: debug, commands: [failing] }), 2);
  assert.match(debug.err(), /^gloss: internal error: kaput\nError: kaput\nsecond line\n {4}at /);
});

test('a reader that closes the pipe early ends the check quietly, with the check’s own exit status', async () => {
  // 200 files of 20 unsourced claims each print about 1 MB, far more than a pipe holds.
  const claims = Array.from({ length: 20 }, (_, i) => `[Claim ${i}]{.claim}`).join(' ');
  const files = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`a${i}.gloss.md`, `---\ntitle: T\n---\n${claims}\n`]));
  const root = await makeTree(files);
  try {
    const child = spawn(process.execPath, [ENTRY, 'check', '.'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const [first] = (await once(child.stdout, 'data')) as [Buffer];
    child.stdout.destroy();
    const [code] = (await once(child, 'close')) as [number | null];
    assert.match(first.toString('utf8'), /^a0\.gloss\.md:\d+:\d+ {2}warning {2}/);
    assert.equal(err, '');
    assert.equal(code, 0);
  } finally {
    await removeTree(root);
  }
});

