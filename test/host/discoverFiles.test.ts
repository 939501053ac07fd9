import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig, discoverFiles, type Discovery } from '../../server/src/host/index.js';
import { makeTree, removeTree, type Tree } from './tempTree.js';

/** The discovery with paths only, so expectations do not depend on the temporary folder's name. */
function summary(discovery: Discovery): { files: string[]; skipped: string[]; missing: string[]; unmatched: string[] } {
  return {
    files: discovery.files.map((f) => f.relativePath),
    skipped: discovery.skipped.map((s) => `${s.relativePath}: ${s.reason}`),
    missing: discovery.missing,
    unmatched: discovery.unmatched,
  };
}

async function withTree(tree: Tree, body: (root: string) => Promise<void>): Promise<void> {
  const root = await makeTree(tree);
  try {
    await body(root);
  } finally {
    await removeTree(root);
  }
}

test('a folder scan finds *.gloss.md files in path order and skips node_modules and .git', () =>
  withTree(
    {
      'b.gloss.md': '',
      'a/z.gloss.md': '',
      'a/notes.md': '',
      'node_modules/pkg/x.gloss.md': '',
      '.git/y.gloss.md': '',
      'deep/node_modules/q.gloss.md': '',
    },
    async (root) => {
      const discovery = await discoverFiles({ root, config: defaultConfig() });
      assert.deepEqual(summary(discovery), { files: ['a/z.gloss.md', 'b.gloss.md'], skipped: [], missing: [], unmatched: [] });
      assert.deepEqual(discovery.files[0], {
        path: join(root, 'a/z.gloss.md'),
        relativePath: 'a/z.gloss.md',
        uri: new URL(`file://${join(root, 'a/z.gloss.md')}`).href,
        realPath: join(root, 'a/z.gloss.md'),
      });
    },
  ));

test('include and exclude globs from gloss.json decide which files count', () =>
  withTree({ 'articles/one.md': '', 'articles/drafts/two.md': '', 'articles/three.gloss.md': '', 'other.md': '' }, async (root) => {
    const config = { include: ['articles/**/*.md'], exclude: ['articles/drafts/'], rules: {} };
    assert.deepEqual(summary(await discoverFiles({ root, config })).files, ['articles/one.md', 'articles/three.gloss.md']);
  }));

test('.gitignore at the root and in subfolders is honoured, including negation', () =>
  withTree(
    {
      '.gitignore': 'build/\n*.tmp.gloss.md\n',
      'build/a.gloss.md': '',
      'x.tmp.gloss.md': '',
      'keep.gloss.md': '',
      'sub/.gitignore': 'private*.gloss.md\n!private-ok.gloss.md\n',
      'sub/private.gloss.md': '',
      'sub/private-ok.gloss.md': '',
      'sub/public.gloss.md': '',
    },
    async (root) => {
      assert.deepEqual(summary(await discoverFiles({ root, config: defaultConfig() })).files, ['keep.gloss.md', 'sub/private-ok.gloss.md', 'sub/public.gloss.md']);
      // Scanning the subfolder directly still applies the root's .gitignore.
      assert.deepEqual(summary(await discoverFiles({ root, paths: ['build', 'sub'], config: defaultConfig() })).files, [
        'sub/private-ok.gloss.md',
        'sub/public.gloss.md',
      ]);
    },
  ));

test('a link loop, a self link, a dangling link and a link out of the root end safely, and linked files are listed once', async () => {
  const outside = await makeTree({ 'secret.gloss.md': '' });
  try {
    await withTree(
      {
        'a/real.gloss.md': '',
        'a/loop': { link: '..' },
        'self.gloss.md': { link: 'self.gloss.md' },
        'dangling.gloss.md': { link: 'nowhere.gloss.md' },
        'alias.gloss.md': { link: 'a/real.gloss.md' },
        'out.gloss.md': { link: join(outside, 'secret.gloss.md') },
        'outdir': { link: outside },
      },
      async (root) => {
        assert.deepEqual(summary(await discoverFiles({ root, config: defaultConfig() })), {
          files: ['a/real.gloss.md'],
          skipped: [
            'dangling.gloss.md: a symbolic link to nothing',
            'out.gloss.md: a symbolic link that leads out of the workspace',
            'self.gloss.md: a symbolic link loop',
          ],
          missing: [],
          unmatched: [],
        });
      },
    );
  } finally {
    await removeTree(outside);
  }
});

test('a FIFO is listed as skipped and never opened', () =>
  withTree({ 'a.gloss.md': '' }, async (root) => {
    execFileSync('mkfifo', [join(root, 'pipe.gloss.md')]);
    assert.deepEqual(summary(await discoverFiles({ root, config: defaultConfig() })), {
      files: ['a.gloss.md'],
      skipped: ['pipe.gloss.md: not a regular file'],
      missing: [],
      unmatched: [],
    });
    assert.deepEqual(summary(await discoverFiles({ root, paths: ['pipe.gloss.md'], config: defaultConfig() })).skipped, ['pipe.gloss.md: not a regular file']);
  }));

test('a tree 300 folders deep is scanned without exhausting the stack', () =>
  withTree({}, async (root) => {
    const parts = Array.from({ length: 300 }, () => 'd');
    let path = root;
    for (let i = 0; i < parts.length; i += 50) {
      path = join(path, ...parts.slice(i, i + 50));
      await mkdir(path, { recursive: true });
    }
    await makeFileAt(join(path, 'deep.gloss.md'));
    const discovery = await discoverFiles({ root, config: defaultConfig() });
    assert.deepEqual(discovery.files.map((f) => f.relativePath), [`${parts.join('/')}/deep.gloss.md`]);
  }));

test('file, glob and missing arguments are each handled as the user wrote them', () =>
  withTree({ 'articles/a.md': '', 'articles/sub/b.md': '', 'notes.txt': '', 'x.gloss.md': '' }, async (root) => {
    const discovery = await discoverFiles({ root, paths: ['notes.txt', 'articles/**/*.md', 'missing.gloss.md', 'none/*.md', 'x.gloss.md', './x.gloss.md'], config: defaultConfig() });
    assert.deepEqual(summary(discovery), {
      files: ['articles/a.md', 'articles/sub/b.md', 'notes.txt', 'x.gloss.md'],
      skipped: [],
      missing: ['missing.gloss.md'],
      unmatched: ['none/*.md'],
    });
  }));

async function makeFileAt(path: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, '');
}
