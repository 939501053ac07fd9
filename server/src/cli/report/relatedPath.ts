/**
 * Names the file a related location points at, the way the report names its own files.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A `file:` URI as a `/`-separated path relative to the root; any other URI is returned as it is. Pure. */
export function relatedPath(uri: string, root: string): string {
  if (!uri.startsWith('file:')) return uri;
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return uri;
  }
  const rel = relative(root, path);
  if (isAbsolute(rel)) return uri;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
