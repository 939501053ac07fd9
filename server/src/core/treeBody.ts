/**
 * Reads a Body from the mdast tree of the full parser.
 */
import type { Nodes, Root } from 'mdast';
import type { Body } from './body.js';
import type { LineIndex } from './text.js';
import { plainText } from './plainText.js';

/** One node still to visit, with the innermost span around it and whether a link encloses it. */
interface Visit {
  node: Nodes;
  parent: number | null;
  inLink: boolean;
}

/** Walks the tree iteratively (deeply nested input must not overflow the stack) and collects what a Doc needs. */
export function bodyFromTree(tree: Root, text: string, lines: LineIndex): Body {
  const body: Body = { spans: [], citations: [], comments: [], texts: [], prose: [] };
  const stack: Visit[] = [{ node: tree, parent: null, inLink: false }];
  while (stack.length > 0) {
    const { node, parent, inLink } = stack.pop() as Visit;
    let childParent = parent;
    if (node.type === 'glossSpan') {
      childParent = body.spans.length;
      body.spans.push({
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        contentStart: node.contentStart,
        contentEnd: node.contentEnd,
        attributes: node.attributes,
        text: plainText(node, text),
        parent,
      });
    } else if (node.type === 'glossCitation') {
      body.citations.push({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, items: node.items });
    } else if (node.type === 'html' && node.value.startsWith('<!--')) {
      body.comments.push({
        value: node.value,
        startLine: lines.positionAt(node.position?.start.offset ?? 0).line,
        endLine: lines.positionAt(node.position?.end.offset ?? 0).line,
      });
    } else if (node.type === 'text') {
      const run = { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
      body.texts.push(run);
      if (parent === null && !inLink) body.prose.push(run);
    }
    if ('children' in node) {
      const childInLink = inLink || node.type === 'link' || node.type === 'linkReference';
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push({ node: node.children[i] as Nodes, parent: childParent, inLink: childInLink });
      }
    }
  }
  return body;
}
