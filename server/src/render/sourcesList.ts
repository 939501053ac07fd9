/**
 * The sources list at the end of the text: every key cited or given in `src=`, numbered as the footnote links are.
 */
import type { Element } from 'hast';
import { entityOf, nameOf, safeUrl, sourceOf, type Doc } from '../core/index.js';
import { sourceAnchor } from './anchors.js';
import { el, type Child } from './hast.js';
import type { RenderContext } from './renderContext.js';

/** The `<section class="gloss-sources">`, or null when the document cites nothing. Pure. */
export function sourcesList(context: RenderContext): Element | null {
  if (context.sourceNumbers.size === 0) return null;
  const items = [...context.sourceNumbers].map(([key, number]) =>
    el('li', { id: sourceAnchor(number), className: ['gloss-source'] }, describe(context, key)),
  );
  return el('section', { className: ['gloss-sources'] }, [el('h2', {}, ['Sources']), el('ol', {}, items)]);
}

function describe(context: RenderContext, key: string): Child[] {
  const { ws } = context;
  const url = safeUrl(key);
  if (url) return [el('a', { href: url }, [key])];
  const source = sourceOf(ws, key)?.source;
  if (source) {
    const facts = [source.publisher ? nameOf(ws, source.publisher) : null, source.date, source.kind].filter((fact) => fact !== null);
    return [linked(source.title ?? key, source.url), facts.length > 0 ? ` — ${facts.join(', ')}` : null];
  }
  const docId = key.split('#')[0] ?? key;
  const doc = ws.docById(docId);
  if (doc) return [documentEntry(context, doc), key.includes('#') ? ` (${key})` : null];
  if (entityOf(ws, key)) return [nameOf(ws, key), ' — an entity, not a source'];
  return [el('code', {}, [key]), ' — nothing in the workspace defines this id'];
}

function documentEntry(context: RenderContext, doc: Doc): Child {
  const title = doc.meta.title ?? doc.id;
  const href = context.pageHref(doc);
  const facts = [doc.meta.outlet ? nameOf(context.ws, doc.meta.outlet) : null, doc.meta.published].filter((fact) => fact !== null);
  return el('span', {}, [href ? el('a', { href }, [title]) : title, facts.length > 0 ? ` — ${facts.join(', ')}` : null]);
}

function linked(label: string, url: string | null): Child {
  const safe = url ? safeUrl(url) : null;
  return safe ? el('a', { href: safe }, [label]) : label;
}
