/**
 * Pandoc's reading of a list of attribute items: what `pandoc -f markdown` puts in a `Span`'s `Attr`.
 */
import type { GlossAttributeItem } from './types.js';

/** A span's attributes as Pandoc reads them. */
export interface PandocAttributes {
  /** The last `#id` (or `id=` pair), or '' when there is none. */
  id: string;
  /** Every `.class`, `-` (as `unnumbered`) and each word of a `class=` pair, in written order. */
  classes: string[];
  /** Every other `key=value` pair in written order, repeats included. */
  pairs: Array<[string, string]>;
}

/** Folds items the way Pandoc's `attributes` parser does. Pure. */
export function attributesOf(items: readonly GlossAttributeItem[]): PandocAttributes {
  const result: PandocAttributes = { id: '', classes: [], pairs: [] };
  for (const item of items) {
    if (item.kind === 'id') result.id = item.name;
    else if (item.kind === 'class') result.classes.push(item.name);
    else if (item.name === 'id') result.id = item.value;
    else if (item.name === 'class') result.classes.push(...item.value.split(/\s+/).filter((word) => word !== ''));
    else result.pairs.push([item.name, item.value]);
  }
  return result;
}
