/**
 * The plain text of an mdast subtree: what a reader sees, with markup removed.
 */
import type { Nodes } from 'mdast';

/**
 * Concatenates the `value` of every text-like descendant of `node`, depth first.
 * A citation reads as its source text (`[@fars]`), as a reader sees it and as Pandoc's `Cite` holds it.
 * Iterative on purpose: a span nested thousands of levels deep must not overflow the stack.
 */
export function plainText(node: Nodes, source: string): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    if (current.type === 'html' || current.type === 'yaml') continue;
    if (current.type === 'glossCitation') {
      out += source.slice(current.position?.start.offset ?? 0, current.position?.end.offset ?? 0);
      continue;
    }
    if ('value' in current && typeof current.value === 'string') out += current.value;
    else if (current.type === 'image') out += current.alt ?? '';
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    }
  }
  return out;
}
