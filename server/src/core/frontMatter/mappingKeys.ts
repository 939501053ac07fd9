/**
 * Checks on the keys of every mapping in the front matter: duplicates and `<<` merge keys.
 */
import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { shorten, type ReadContext, type ScalarText } from './context.js';
import { preOrder } from './preOrder.js';

/**
 * Reports every repeated key and every plain `<<` key in any mapping under `root`.
 * The `yaml` package's own duplicate check is turned off so that each duplicate is reported once,
 * with a message that says which occurrence Gloss reads.
 */
export function checkMappingKeys(context: ReadContext, root: unknown): void {
  for (const node of preOrder(root)) {
    if (!isMap(node)) continue;
    const seen = new Map<string, Pair>();
    for (const pair of node.items) {
      const key = context.keyText(pair);
      if (!key) continue;
      const first = seen.get(key.text);
      if (first) {
        context.error(
          `Duplicate key “${shorten(key.text)}”: YAML mappings need unique keys, so Gloss reads only the first “${shorten(key.text)}” (line ${context.lineNumber(first.key)}). Remove or rename this one.`,
          pair.key,
        );
      } else {
        seen.set(key.text, pair);
      }
      if (key.text === '<<' && isScalar(pair.key) && pair.key.type === 'PLAIN') {
        context.error(
          'Merge keys (“<<”) are not supported: Gloss reads YAML 1.2 as Pandoc does, where “<<” is an ordinary key and nothing is merged. Write the fields out in full.',
          pair.key,
        );
      }
    }
  }
}

/**
 * The pairs of a mapping that Gloss reads, with their key text: the first of each key, in order.
 * A key that is a list or a mapping is reported, because field names and ids are single values.
 */
export function* readablePairs(context: ReadContext, map: YAMLMap): Generator<[ScalarText, Pair]> {
  const seen = new Set<string>();
  for (const pair of map.items) {
    const key = context.keyText(pair);
    if (!key) {
      const written = context.deref(pair.key);
      if (isMap(written) || isSeq(written)) {
        context.error('This key is a list or a mapping, but field names and ids are single values. Write the key as plain text.', pair.key);
      }
      continue;
    }
    if (seen.has(key.text)) continue;
    seen.add(key.text);
    yield [key, pair];
  }
}
