/**
 * The page header: the front matter as a reader sees it (title, outlet, author, date, original address).
 */
import type { Element } from 'hast';
import { nameOf, safeUrl, type Doc, type Workspace } from '../core/index.js';
import { el, type Child } from './hast.js';

/** The `<header>` of `doc`; every value is text or a checked `http(s)` address. Pure. */
export function header(ws: Workspace, doc: Doc): Element {
  const { meta } = doc;
  const facts: Child[] = [];
  const add = (className: string, value: Child): void => {
    if (facts.length > 0) facts.push(' · ');
    facts.push(el('span', { className: [className] }, [value]));
  };
  if (meta.outlet) add('gloss-outlet', nameOf(ws, meta.outlet));
  if (meta.author) add('gloss-author', meta.author);
  if (meta.published) add('gloss-date', meta.published);
  const url = meta.url ? safeUrl(meta.url) : null;
  if (url) add('gloss-original', el('a', { href: url }, ['original']));
  return el('header', { className: ['gloss-header'] }, [
    el('h1', {}, [meta.title ?? doc.id]),
    facts.length > 0 ? el('p', { className: ['gloss-byline'] }, facts) : null,
  ]);
}
