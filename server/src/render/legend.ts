/**
 * The legend of the entity types that the document's mentions have, with how many mentions of each.
 */
import type { Element } from 'hast';
import { ENTITY_TYPES } from '../core/index.js';
import { el } from './hast.js';
import { mentionType } from './glossHandlers.js';
import type { RenderContext } from './renderContext.js';

/** The order of the legend: the entity types of DESIGN §1.1, then mentions of ids nothing defines. */
const ORDER: readonly string[] = [...ENTITY_TYPES, 'unresolved'];

/** The legend `<ul class="gloss-legend">`, or null when the document mentions nothing. Pure. */
export function legend(context: RenderContext): Element | null {
  const counts = new Map<string, number>();
  for (const span of context.doc.spans) {
    if (span.kind !== 'mention' || span.id === null) continue;
    const type = mentionType(context, span.id);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const items = ORDER.filter((type) => counts.has(type)).map((type) =>
    el('li', { className: ['gloss-legend-item'] }, [
      el('span', { className: ['gloss-mention', `gloss-type-${type}`] }, [type]),
      ` ${counts.get(type)}`,
    ]),
  );
  return el('ul', { className: ['gloss-legend'], ariaLabel: 'Entity types' }, items);
}
