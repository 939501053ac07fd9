/**
 * The default document id, taken from a URI's file name.
 */

/** The file name of a URI without `.gloss.md` (or `.md`), percent-decoded; '' when there is none. */
export function idFromUri(uri: string): string {
  return fileNameOf(uri).replace(/\.gloss\.md$/i, '').replace(/\.md$/i, '');
}

/** The last path segment of a URI, percent-decoded when it can be, as a reader knows the file. */
export function fileNameOf(uri: string): string {
  const cut = uri.search(/[?#]/);
  const path = cut < 0 ? uri : uri.slice(0, cut);
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    // A malformed escape is kept as written: the id check reports it.
    return name;
  }
}
