/**
 * The nesting depth of a syntax tree, measured without recursion, so that measuring cannot overflow the stack
 * that the unified utilities (which do recurse) would overflow.
 */

import type { Node } from 'unist';

/** Whether `tree` nests deeper than `budget` levels; stops looking as soon as it does. Pure. */
export function exceedsDepth(tree: Node, budget: number): boolean {
  const stack: Array<{ node: Node; depth: number }> = [{ node: tree, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > budget) return true;
    const children = 'children' in top.node && Array.isArray(top.node.children) ? (top.node.children as Node[]) : [];
    for (const child of children) stack.push({ node: child, depth: top.depth + 1 });
  }
  return false;
}
