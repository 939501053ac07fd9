/**
 * Matches root-relative paths against the `include` and `exclude` globs of `gloss.json`.
 */
import picomatch from 'picomatch';

/** A test of a `/`-separated relative path; pure. */
export type PathTest = (relativePath: string) => boolean;

/**
 * A matcher for a list of globs (picomatch syntax, as `.gitignore` users expect: `**`, `*`, `{a,b}`).
 * A trailing `/` is dropped, so `drafts/` names the folder `drafts` as it does in `.gitignore`. An empty list matches nothing.
 */
export function globMatcher(globs: readonly string[]): PathTest {
  const patterns = globs.map((glob) => (glob.length > 1 && glob.endsWith('/') ? glob.slice(0, -1) : glob));
  if (patterns.length === 0) return () => false;
  return picomatch(patterns, { dot: true });
}
