/**
 * Temporary folders for host tests, built from a description and removed afterwards.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** File contents by relative path; a value `{ link: target }` makes a symbolic link. */
export type Tree = Record<string, string | Uint8Array | { link: string }>;

/** Creates a fresh temporary folder holding `tree` and returns its path. */
export async function makeTree(tree: Tree): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-host-'));
  for (const [path, content] of Object.entries(tree)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    if (typeof content === 'object' && 'link' in content) await symlink(content.link, full);
    else await writeFile(full, content);
  }
  return root;
}

/** Removes a temporary folder and everything in it. */
export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** Runs `body` on a fresh temporary folder holding `tree`, and removes the folder afterwards, whatever happens. */
export async function withTree<T>(tree: Tree, body: (root: string) => Promise<T>): Promise<T> {
  const root = await makeTree(tree);
  try {
    return await body(root);
  } finally {
    await removeTree(root);
  }
}
