/**
 * Copies of strings for tables that outlive the Doc their keys were cut from.
 */

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring of thirteen characters
 * or more, and any string concatenated from one, as a reference into the whole original. The core cuts ids out of a
 * document's text, so a table that keys its answers by such an id kept the whole text of whichever document asked
 * first, long after its Doc was gone: across a `gloss check` of 10,000 files, most of their texts. Parsing JSON always
 * builds a string of its own, and the tables that use this copy a key once, when they first store it.
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
