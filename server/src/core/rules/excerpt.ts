/**
 * Short quotations of annotated text for messages, so that a problem reads well in a terminal as well as under a squiggle.
 */

/** How many characters of a span's text a message quotes. */
const MAX_EXCERPT = 40;

/** The text with runs of whitespace collapsed, cut at a word boundary with “…” when longer than 40 characters. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_EXCERPT) return flat;
  const cut = flat.slice(0, MAX_EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_EXCERPT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
