/**
 * One shared copy of each short string the parser keeps: ids, attribute keys and values, citation keys, mention texts;
 * the command line's detached summaries take their ids from it too.
 *
 * A corpus names the same few thousand entities and sources in every article, so most of these strings repeat across
 * documents. Each one read from a document's text is a string of its own in V8 (32 bytes or more, often a slice of the
 * text), about a hundred per article; sharing them takes an eighth off a Doc's memory. Sharing changes no value, so
 * no result depends on this table, and a Doc made without it is just as valid.
 */
import { ownCopy } from './ownCopy.js';

/** Beyond this many strings the table starts again: what was shared stays shared, and the table stays bounded. */
const LIMIT = 200_000;

const table = new Map<string, string>();

/** The shared copy of `value`. */
export function interned(value: string): string {
  const known = table.get(value);
  if (known !== undefined) return known;
  if (table.size >= LIMIT) table.clear();
  // The table outlives the documents, so it keeps a copy that holds no document's text alive.
  const copy = ownCopy(value);
  table.set(copy, copy);
  return copy;
}
