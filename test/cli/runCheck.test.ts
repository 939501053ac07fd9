import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCheck } from '../../server/src/cli/checkCommand.js';
import type { CommandContext } from '../../server/src/cli/command.js';
import { plainRun, type Lint, type SourceFile } from '../../server/src/cli/lint.js';
import type { Problem, Severity } from '../../server/src/core/index.js';
import { makeTree, removeTree, type Tree } from '../host/tempTree.js';
import { memoryIo } from './memoryIo.js';

/** A fake lint that reports one problem per file, at line 1, with the severity named in the file's text. */
const severityFromText: Lint = async (files) =>
  plainRun(
    files.map((file) => {
      const severity = file.text.trim() as Severity;
      if (!['error', 'warning', 'info', 'hint'].includes(severity)) return { uri: file.uri, problems: [] };
      const problem: Problem = { code: 'unsourced-claim', severity, message: `A ${severity}.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } } };
      return { uri: file.uri, problems: [problem] };
    }),
  );

/** A fake lint that finds no problem. */
const noProblems: Lint = async (files) => plainRun(files.map((file) => ({ uri: file.uri, problems: [] })));

async function check(tree: Tree, args: string[], lint: Lint = severityFromText): Promise<{ code: number; out: string; err: string }> {
  const root = await makeTree(tree);
  try {
    const io = memoryIo(root);
    const context: CommandContext = { io, version: '9.9.9', specUrl: null };
    const code = await runCheck(args, context, lint);
    return { code, out: io.out(), err: io.err() };
  } finally {
    await removeTree(root);
  }
}

test('a clean corpus exits 0 with the summary line', async () => {
  assert.deepEqual(await check({ 'a.gloss.md': 'clean' }, []), { code: 0, out: '1 file checked, 0 errors, 0 warnings, 0 infos/hints, 0 skipped\n', err: '' });
});

test('warnings alone exit 0, and 1 once they exceed --max-warnings', async () => {
  const tree = { 'a.gloss.md': 'warning', 'b.gloss.md': 'hint' };
  assert.equal((await check(tree, [])).code, 0);
  assert.equal((await check(tree, ['--max-warnings', '1'])).code, 0);
  const over = await check(tree, ['--max-warnings', '0', '--format', 'github']);
  assert.deepEqual(over, {
    code: 1,
    out: [
      '::warning file=a.gloss.md,line=1,col=1,endLine=1,endColumn=3,title=unsourced-claim::A warning.',
      '::notice file=b.gloss.md,line=1,col=1,endLine=1,endColumn=3,title=unsourced-claim::A hint.',
      '2 files checked, 0 errors, 1 warning, 1 infos/hints, 0 skipped',
      '',
    ].join('\n'),
    err: 'gloss: 1 warning exceeds the limit of --max-warnings 0\n',
  });
});

test('an error exits 1, and --quiet shows only errors', async () => {
  const result = await check({ 'a.gloss.md': 'error', 'b.gloss.md': 'warning' }, ['--quiet']);
  assert.deepEqual(result, {
    code: 1,
    out: 'a.gloss.md:1:1  error  A error.  unsourced-claim\n  1 | error\n    | ^^\n\n2 files checked, 1 error, 0 warnings, 0 infos/hints, 0 skipped\n',
    err: '',
  });
});

test('json and sarif keep stdout machine-readable and print the summary on stderr', async () => {
  const json = await check({ 'a.gloss.md': 'clean' }, ['--format', 'json']);
  assert.deepEqual(json, { code: 0, out: '[\n  {\n    "path": "a.gloss.md",\n    "skipped": null,\n    "problems": []\n  }\n]\n', err: '1 file checked, 0 errors, 0 warnings, 0 infos/hints, 0 skipped\n' });
  const sarif = await check({ 'a.gloss.md': 'error' }, ['--format', 'sarif']);
  assert.equal(sarif.code, 1);
  assert.equal(JSON.parse(sarif.out).runs[0].results[0].ruleId, 'unsourced-claim');
});

test('usage mistakes are one-line UsageErrors, which main turns into exit 2', async () => {
  assert.deepEqual(await check({}, ['--fast']).catch((e: Error) => e.message), "unknown option '--fast' for 'gloss check'; see 'gloss check --help'");
  assert.deepEqual(await check({}, ['--format', 'xml']).catch((e: Error) => e.message), 'unknown format \'xml\'; use one of pretty, json, sarif, github');
  assert.deepEqual(await check({}, ['--max-warnings=-1']).catch((e: Error) => e.message), "the option '--max-warnings' takes a whole number of 0 or more, not '-1'");
  assert.deepEqual(await check({}, ['--max-warnings']).catch((e: Error) => e.message), "the option '--max-warnings' needs a value for 'gloss check'; see 'gloss check --help'");
  assert.deepEqual(await check({}, ['--quiet=yes']).catch((e: Error) => e.message), "the option '--quiet' takes no value for 'gloss check'; see 'gloss check --help'");
  assert.deepEqual(await check({}, ['--max-file-size', 'huge']).catch((e: Error) => e.message), "the option '--max-file-size' takes a size such as 5MB, 512KB or 100000, not 'huge'");
});

test('a missing path and a glob that matches nothing exit 2 naming them', async () => {
  assert.deepEqual(await check({ 'a.gloss.md': '' }, ['x.gloss.md', 'none/**/*.md']), {
    code: 2,
    out: '',
    err: "gloss: cannot read 'x.gloss.md': no such file\ngloss: no files match 'none/**/*.md'\n",
  });
});

test('a malformed gloss.json exits 2 with its position', async () => {
  const result = await check({ 'gloss.json': '{\n  "rules": { "unsourced-claim": "loud" }\n}' }, []);
  assert.deepEqual(result, {
    code: 2,
    out: '',
    err: 'gloss: gloss.json:2:33: the rule “unsourced-claim” is set to "loud"; use one of "error", "warning", "info", "hint" or "off"\n',
  });
});

test('binary and oversized files are skipped and counted, and invalid UTF-8 adds an invalid-encoding problem that gloss.json can silence', async () => {
  const tree = {
    'bin.gloss.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    'big.gloss.md': 'x'.repeat(3000),
    'bad.gloss.md': Buffer.from([0x61, 0xff, 0x0a]),
  };
  const seen: SourceFile[] = [];
  const recording: Lint = (files, config) => {
    seen.push(...files);
    return noProblems(files, config);
  };
  const result = await check(tree, ['--max-file-size', '2KB', '--format', 'github'], recording);
  assert.deepEqual(seen.map((f) => [f.relativePath, f.text]), [['bad.gloss.md', 'a\uFFFD\n']]);
  assert.equal(
    result.out,
    [
      '::warning file=bad.gloss.md,line=1,col=2,endLine=1,endColumn=3,title=invalid-encoding::This file is not valid UTF-8: the text from here on (the byte 0xFF) was read with “\uFFFD” in place of every undecodable sequence, so names and quotes may not match. Save the file as UTF-8.',
      '::notice file=big.gloss.md,title=skipped::Not checked: larger than the 2.0 KB limit (2.9 KB).',
      '::notice file=bin.gloss.md,title=skipped::Not checked: a PNG image, not text.',
      '1 file checked, 0 errors, 1 warning, 0 infos/hints, 2 skipped',
      '',
    ].join('\n'),
  );
  const silenced = await check({ ...tree, 'gloss.json': '{"rules": {"invalid-encoding": "off"}}' }, ['--format', 'json', '--max-file-size', '2KB'], noProblems);
  assert.deepEqual(JSON.parse(silenced.out)[0], { path: 'bad.gloss.md', skipped: null, problems: [] });
});

test('two runs over the same corpus print byte-identical reports', async () => {
  const tree = { 'b.gloss.md': 'warning', 'a.gloss.md': 'error', 'sub/c.gloss.md': 'info' };
  for (const format of ['pretty', 'json', 'sarif', 'github']) {
    const first = await check(tree, ['--format', format]);
    const second = await check(tree, ['--format', format]);
    assert.equal(first.out.replaceAll(/gloss-host-\w+/g, ''), second.out.replaceAll(/gloss-host-\w+/g, ''));
  }
});

test('each file is printed before the next is checked, and the cache is kept only once every file was', async () => {
  const events: string[] = [];
  // A message of 70,000 characters fills a write on its own, so each file's report goes out before the next is made.
  const long: Lint = async (files) => ({
    results: (function* () {
      for (const file of files) {
        events.push(`check ${file.relativePath}`);
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        yield { uri: file.uri, problems: [{ code: 'unsourced-claim', severity: 'warning' as const, message: 'x'.repeat(70_000), range }] };
      }
    })(),
    finish: async () => void events.push('finish'),
  });
  const root = await makeTree({ 'b.gloss.md': 'b', 'a.gloss.md': 'a', 'c.gloss.md': 'c' });
  try {
    const io = memoryIo(root, { stdout: { write: (text: string) => events.push(`write ${text.slice(0, 10)}`) } });
    assert.equal(await runCheck([], { io, version: '9.9.9', specUrl: null }, long), 0);
    assert.deepEqual(events, ['check a.gloss.md', 'write a.gloss.md', 'check b.gloss.md', 'write b.gloss.md', 'check c.gloss.md', 'write c.gloss.md', 'write 3 files ch', 'finish']);
  } finally {
    await removeTree(root);
  }
});

test('a lint that gives its results out of the files’ order is an internal error, and its run is still finished', async () => {
  let finished = false;
  const backwards: Lint = async (files) => ({
    results: [...files].reverse().map((file) => ({ uri: file.uri, problems: [] })),
    finish: async () => void (finished = true),
  });
  await assert.rejects(check({ 'a.gloss.md': '', 'b.gloss.md': '' }, [], backwards), /the lint gave no result for file:\/\/.*\/a\.gloss\.md in its turn/);
  assert.equal(finished, true);
});
