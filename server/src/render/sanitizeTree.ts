/**
 * The last step before serialising: rehype-sanitize with the reading view's schema, and the serialiser itself.
 */
import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SANITIZE_SCHEMA } from './sanitizeSchema.js';

const sanitizer = unified().use(rehypeSanitize, SANITIZE_SCHEMA).freeze();
const serializer = unified().use(rehypeStringify).freeze();

/** `tree` with everything the schema does not allow removed; the input is left unchanged. Pure. */
export function sanitizeTree(tree: Root): Root {
  return sanitizer.runSync(structuredClone(tree)) as Root;
}

/** HTML text of a tree; text and attribute values are escaped by the serialiser. Pure. */
export function stringifyTree(tree: Root): string {
  return serializer.stringify(tree);
}
