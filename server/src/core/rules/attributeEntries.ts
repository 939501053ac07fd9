/**
 * The entries of a comma-separated span attribute, as the parser splits them for references.
 */
import type { Span } from '../model.js';

/**
 * The trimmed, non-empty entries of the span's `key=` attribute (its last occurrence, as Pandoc keeps it),
 * or null when the span has no such attribute.
 */
export function attributeEntries(span: Span, key: string): string[] | null {
  const value = span.attributes[key];
  if (value === undefined) return null;
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
