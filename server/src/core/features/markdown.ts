/**
 * Building Markdown from user text without letting that text inject links, HTML or emphasis.
 */

/** Characters that Markdown or HTML could read as markup in inline text; CommonMark lets a backslash escape each. */
const INLINE_MARKUP = /[\\`*_[\]<>&|~#!]/g;

/** Inline text with its markup escaped and its line breaks folded into spaces, so it stays on one line. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_MARKUP, '\\$&');
}

/**
 * A description, which is Markdown by design, with raw HTML neutralised:
 * hover renderers differ in how they treat HTML, so none is passed on.
 */
export function markdownWithoutHtml(text: string): string {
  return text.trim().replace(/[<>]/g, '\\$&');
}

/** An `http(s)` URL that can stand in a link destination, or null for anything else (`javascript:`, spaces, quotes). */
export function safeUrl(value: string): string | null {
  if (!/^https?:\/\/[^\s<>"'`\\]+$/i.test(value)) return null;
  return value.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A Markdown link with an escaped label to a URL that the caller has made safe. */
export function link(label: string, url: string): string {
  return `[${escapeInline(label)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20')})`;
}

/** An id in a code span; ids never hold backticks, so the span cannot be broken out of. */
export function code(id: string): string {
  return '`' + id.replace(/`/g, '') + '`';
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}
