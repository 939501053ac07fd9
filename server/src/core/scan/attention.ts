/**
 * Emphasis for the scanner: which `*` and `_` runs pair up, as micromark's attention resolver decides it.
 * The resolver walks closers left to right and pairs each with the nearest earlier opener of the same marker
 * (with CommonMark's rule of three, measured on what is left of each run), wraps what lies between in an
 * emphasis node whose inside is resolved again on its own, and finally leaves every unpaired run as text.
 */
import type { DelimiterNode, InlineNode } from './nodes.js';

/** Resolves emphasis among `nodes` (one container's children) and returns the new list. */
export function resolveAttention(nodes: InlineNode[]): InlineNode[] {
  let list = nodes;
  for (let index = 0; index < list.length; index++) {
    const closer = list[index] as InlineNode;
    if (closer.kind !== 'delimiter' || !closer.close) continue;
    for (let open = index - 1; open >= 0; open--) {
      const opener = list[open] as InlineNode;
      if (opener.kind !== 'delimiter' || !opener.open || opener.marker !== closer.marker) continue;
      const openLength = opener.end - opener.start;
      const closeLength = closer.end - closer.start;
      if ((opener.close || closer.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) continue;
      const use = openLength > 1 && closeLength > 1 ? 2 : 1;
      const inside = resolveAttention(list.slice(open + 1, index));
      opener.end -= use;
      closer.start += use;
      const replacement: InlineNode[] = [];
      if (opener.end > opener.start) replacement.push(opener);
      replacement.push({ kind: 'emphasis', children: inside });
      const closerLeft = closer.end > closer.start;
      if (closerLeft) replacement.push(closer);
      list = [...list.slice(0, open), ...replacement, ...list.slice(index + 1)];
      // A closer with markers left is tried again; otherwise the walk goes on after the new emphasis.
      index = open + replacement.length - (closerLeft ? 2 : 1);
      break;
    }
  }
  return list.map((node) => (node.kind === 'delimiter' ? asText(node) : node));
}

function asText(node: DelimiterNode): InlineNode {
  return { kind: 'text', start: node.start, end: node.end };
}
