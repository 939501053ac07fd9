/**
 * Locates the YAML front matter block by its fences, without parsing any Markdown.
 * It follows remark-frontmatter's rule: `---` alone on the first line opens the block
 * and the next line that is `---` alone closes it (trailing spaces and tabs allowed).
 */

/** Where the front matter lies in a text. */
export interface FrontMatterBlock {
  /** The YAML between the fences, without the closing fence's line break. */
  yaml: string;
  /** Offset of the first YAML character. */
  yamlStart: number;
  /** Offset just after the closing fence (before its line break). */
  end: number;
}

const FENCE = /^---[ \t]*$/;

/** Finds the front matter at the start of `text`, or returns null when there is none or it is never closed. */
export function findFrontMatterBlock(text: string): FrontMatterBlock | null {
  let lineStart = 0;
  let lineNumber = 0;
  let yamlStart = -1;
  while (lineStart <= text.length) {
    const lineEnd = nextLineEnd(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const next = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
    if (lineNumber === 0) {
      if (!FENCE.test(line)) return null;
      yamlStart = next;
    } else if (FENCE.test(line)) {
      // The YAML ends before the line break that precedes the closing fence.
      const yamlEnd = Math.max(yamlStart, lineStart - (text.startsWith('\r\n', lineStart - 2) ? 2 : 1));
      return { yaml: text.slice(yamlStart, yamlEnd), yamlStart, end: lineEnd };
    }
    if (lineEnd >= text.length) return null;
    lineStart = next;
    lineNumber++;
  }
  return null;
}

function nextLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
