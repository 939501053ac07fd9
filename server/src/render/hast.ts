/**
 * A tiny builder for hast elements, so that the renderer's markup is data and every string in it is text,
 * escaped by the serialiser, never concatenated HTML.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';

/** A child as the builder accepts it: an element, a text node, a string (becomes text) or nothing (skipped). */
export type Child = ElementContent | string | null | undefined | false;

/** An element `tag` with `properties` and `children`; strings become text nodes. Pure. */
export function el(tag: string, properties: Properties, children: Child[] = []): Element {
  return { type: 'element', tagName: tag, properties, children: children.flatMap(toNode) };
}

/** A text node. */
export function text(value: string): Text {
  return { type: 'text', value };
}

function toNode(child: Child): ElementContent[] {
  if (child === null || child === undefined || child === false) return [];
  return typeof child === 'string' ? [text(child)] : [child];
}
