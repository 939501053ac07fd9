/**
 * Alias resolution and the alias budget of the front matter reader.
 * The reader never expands aliases, but a front matter that the `yaml` package's own `toJS()` would reject
 * as a resource-exhaustion attack must not be accepted here either, or other consumers of the same YAML
 * would disagree with the editor. So this module counts exactly as `toJS({ maxAliasCount })` does:
 * each anchored node starts with a count of 1, every alias to it adds 1, and the alias is rejected
 * when that count times the node's own alias weight (1 for a scalar, the largest weight of its
 * items for a collection) exceeds the limit.
 */
import { isAlias, isCollection, isNode, isPair, type Alias, type Node } from 'yaml';
import { preOrder } from './preOrder.js';

/**
 * The alias budget, as `maxAliasCount` in the `yaml` package.
 * Its default of 100 already rejects a scalar anchor reused 100 times, which legitimate registries do;
 * 500 accepts a few hundred reuses of one value while a billion-laughs document passes it within three levels.
 */
export const MAX_ALIAS_COUNT = 500;

/**
 * The most node visits that weighing anchors may cost. The `yaml` package re-weighs an anchor whose weight
 * is still 0 on every use, which is quadratic for collections of aliases to empty collections;
 * the budget keeps this mirror of it linear.
 */
const MAX_WEIGHING_STEPS = 1_000_000;

/** An alias that went over the budget, with the expansion count that did it. */
export interface ExcessiveAlias {
  alias: Alias;
  expansions: number;
}

/** What {@link resolveAliases} found: a plain value that holds no state. */
export interface AliasResolution {
  /** The node each resolved alias stands for. */
  targets: Map<Alias, Node>;
  /** Aliases with no anchor of their name before them, in document order. */
  unresolved: Alias[];
  /** The first alias at which the expansion goes over {@link MAX_ALIAS_COUNT}, or null. */
  excessive: ExcessiveAlias | null;
}

/**
 * Resolves every alias under `root` to the last node before it that carries its anchor, as YAML specifies,
 * and checks the alias budget in the order `toJS()` would. Linear in the tree; never throws for any tree
 * the `yaml` package composes.
 */
export function resolveAliases(root: unknown): AliasResolution {
  const targets = new Map<Alias, Node>();
  const unresolved: Alias[] = [];
  const anchors = new Map<string, Node>();
  for (const node of preOrder(root)) {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      else unresolved.push(node);
    } else if (isNode(node) && node.anchor) {
      anchors.set(node.anchor, node);
    }
  }
  return { targets, unresolved, excessive: findExcessiveAlias(root, targets) };
}

/** Replays the alias counting of `toJS()` and returns the first alias over the budget. */
function findExcessiveAlias(root: unknown, targets: Map<Alias, Node>): ExcessiveAlias | null {
  const usage = new Map<Node, { count: number; weight: number }>();
  const budget = { steps: 0 };
  for (const node of preOrder(root)) {
    if (isAlias(node)) {
      const target = targets.get(node);
      const data = target && usage.get(target);
      if (!target || !data) continue;
      data.count += 1;
      if (data.weight === 0) data.weight = aliasWeight(target, targets, usage, budget);
      const expansions = data.count * data.weight;
      if (expansions > MAX_ALIAS_COUNT || budget.steps > MAX_WEIGHING_STEPS) return { alias: node, expansions };
    } else if (isNode(node) && node.anchor) {
      usage.set(node, { count: 1, weight: 0 });
    }
  }
  return null;
}

/**
 * The weight of a node as the `yaml` package's `getAliasCount` computes it: the largest weight among its
 * leaves, where a scalar or an empty value weighs 1, an empty collection adds nothing, and an alias weighs
 * its target's count times its target's weight so far.
 */
function aliasWeight(
  node: Node,
  targets: Map<Alias, Node>,
  usage: Map<Node, { count: number; weight: number }>,
  budget: { steps: number },
): number {
  let weight = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    budget.steps += 1;
    if (isPair(item)) {
      stack.push(item.key, item.value);
    } else if (isCollection(item)) {
      for (const child of item.items) stack.push(child);
    } else if (isAlias(item)) {
      const target = targets.get(item);
      const data = target && usage.get(target);
      if (data) weight = Math.max(weight, data.count * data.weight);
    } else {
      weight = Math.max(weight, 1);
    }
  }
  return weight;
}
