/**
 * Document-order traversal of a composed YAML tree.
 */
import { isCollection, isPair } from 'yaml';

/**
 * Every node and pair under `root` in document order, a pair's key before its value, as the `yaml` package's
 * own `visit` and `toJS` go. Iterative, so no input can overflow the stack. Empty pair values come out as null.
 */
export function* preOrder(root: unknown): Generator<unknown> {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    yield item;
    if (isPair(item)) {
      stack.push(item.value, item.key);
    } else if (isCollection(item)) {
      for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i]);
    }
  }
}
