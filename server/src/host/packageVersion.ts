/**
 * The version of the Gloss package a script belongs to, for keying what a host stores between runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The `version` of the nearest `package.json` in the folders above `script` (the bundled server sits in `dist/` below
 * the extension's), or null when there is none.
 */
export function versionNear(script: string): string | null {
  let folder = dirname(script);
  for (;;) {
    try {
      const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: unknown }).version;
      if (typeof version === 'string') return version;
    } catch {
      // No readable package.json here: look in the folder above.
    }
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}
