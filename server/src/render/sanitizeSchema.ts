/**
 * The sanitiser's schema: GitHub's default, plus exactly the elements, classes and data attributes the renderer emits.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** One entry of a schema's attribute list, as hast-util-sanitize types it. */
type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

/** Every class the renderer puts on an element starts with this; user Markdown cannot set classes. */
const GLOSS_CLASS = /^gloss-[a-z0-9-]+$/;

/**
 * Attributes of the renderer's own elements besides classes; the values are ids, names, statuses and source ranges
 * (digits, `:` and `-`), never URLs.
 */
const ANNOTATION_ATTRIBUTES: PropertyDefinition[] = ['dataEntity', 'dataClaim', 'dataStatus', 'dataBy', 'dataRange', 'role', 'ariaLabel'];

/** The elements the renderer puts classes on. */
const ANNOTATED_TAGS = ['span', 'a', 'sup', 'div', 'ol', 'ul', 'li', 'p', 'h2', 'h3', 'blockquote', 'pre', 'table', 'tr', 'section', 'article', 'aside', 'header'];

const base = defaultSchema.attributes ?? {};

/**
 * The default definitions of `tag` with `gloss-…` classes added. The sanitiser uses the first definition of a
 * property it finds, so a default `className` definition (GFM's task lists and footnotes) is merged, not shadowed.
 */
function annotated(tag: string): PropertyDefinition[] {
  const definitions = base[tag] ?? [];
  const isClassName = (definition: PropertyDefinition): boolean => Array.isArray(definition) && definition[0] === 'className';
  const classValues = definitions.filter(isClassName).flatMap((definition) => (definition as unknown[]).slice(1));
  const merged = ['className', ...classValues, GLOSS_CLASS] as PropertyDefinition;
  return [...definitions.filter((definition) => !isClassName(definition)), merged, ...ANNOTATION_ATTRIBUTES];
}

/**
 * The schema of the reading view. Ids are still prefixed with `user-content-` and URLs still limited to
 * the default protocols (no `javascript:`, `vbscript:` or `data:`); classes are the defaults plus `gloss-…`.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'article', 'aside', 'header'],
  attributes: { ...base, ...Object.fromEntries(ANNOTATED_TAGS.map((tag) => [tag, annotated(tag)])) },
};
