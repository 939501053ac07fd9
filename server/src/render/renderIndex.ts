/**
 * `renderIndex`: the corpus page of `gloss render` — its documents, its entities by type, and its claims.
 */
import type { Element, Root } from 'hast';
import { ENTITY_TYPES, isSourced, nameOf, type Doc, type EntityDef, type Workspace } from '../core/index.js';
import { claimAnchor, fragmentHref } from './anchors.js';
import { el, type Child } from './hast.js';
import { pageHtml } from './pageShell.js';
import type { PageOptions } from './renderPage.js';
import type { RenderOptions } from './renderContext.js';
import { sanitizeTree, stringifyTree } from './sanitizeTree.js';

/** The corpus index as a sanitised tree and HTML fragment. */
export interface RenderedIndex {
  tree: Root;
  html: string;
}

/** The index of every document of `ws`, linking to the pages `options.pageHref` names. Pure. */
export function renderIndex(ws: Workspace, options: RenderOptions = {}): RenderedIndex {
  const pageHref = options.pageHref ?? (() => null);
  const docs = [...ws.allDocs()].sort((a, b) => (a.meta.published ?? '').localeCompare(b.meta.published ?? '') || a.id.localeCompare(b.id));
  const article = el('article', { className: ['gloss-index'] }, [
    el('header', { className: ['gloss-header'] }, [el('h1', {}, ['Corpus'])]),
    documentsSection(ws, docs, pageHref),
    entitiesSection(ws, docs),
    claimsSection(ws, docs, pageHref),
  ]);
  const tree = sanitizeTree({ type: 'root', children: [article] });
  return { tree, html: stringifyTree(tree) };
}

/** The index as a standalone page. Pure. */
export function renderIndexPage(ws: Workspace, options: PageOptions): string {
  return pageHtml(renderIndex(ws, options).tree, { title: 'Corpus', language: null, css: options.css });
}

function documentsSection(ws: Workspace, docs: Doc[], pageHref: (doc: Doc) => string | null): Element {
  const rows = docs.map((doc) => {
    const claims = doc.spans.filter((span) => span.kind === 'claim').length;
    const quotes = doc.spans.filter((span) => span.kind === 'quote').length;
    const sourced = doc.spans.filter((span) => isSourced(ws, doc, span)).length;
    const href = pageHref(doc);
    const title = doc.meta.title ?? doc.id;
    return el('tr', { className: ['gloss-index-doc'] }, [
      el('td', {}, [href ? el('a', { href }, [title]) : title]),
      el('td', {}, [doc.meta.outlet ? nameOf(ws, doc.meta.outlet) : '']),
      el('td', {}, [doc.meta.published ?? '']),
      el('td', {}, [String(claims)]),
      el('td', {}, [String(quotes)]),
      el('td', {}, [`${sourced} of ${claims + quotes}`]),
    ]);
  });
  const head = el('tr', {}, ['Document', 'Outlet', 'Published', 'Claims', 'Quotes', 'Sourced'].map((label) => el('th', {}, [label])));
  return el('section', { className: ['gloss-index-documents'] }, [
    el('h2', {}, ['Documents']),
    el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)]),
  ]);
}

function entitiesSection(ws: Workspace, docs: Doc[]): Element {
  const byType = new Map<string, EntityDef[]>();
  for (const doc of docs) {
    for (const entity of doc.entities) {
      const type = entity.type ?? 'other';
      byType.set(type, [...(byType.get(type) ?? []), entity]);
    }
  }
  const groups: Child[] = [];
  for (const type of ENTITY_TYPES) {
    const entities = (byType.get(type) ?? []).sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
    if (entities.length === 0) continue;
    groups.push(el('h3', {}, [`${type} (${entities.length})`]));
    groups.push(
      el(
        'ul',
        { className: ['gloss-index-entities'] },
        entities.map((entity) => {
          const { times, documents } = ws.usage(entity.id, ['mention']);
          return el('li', { dataEntity: entity.id }, [
            el('span', { className: ['gloss-mention', `gloss-type-${type}`] }, [entity.name || entity.id]),
            ` — ${times} mention${times === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}`,
          ]);
        }),
      ),
    );
  }
  return el('section', { className: ['gloss-index-entity-types'] }, [el('h2', {}, ['Entities']), ...groups]);
}

function claimsSection(ws: Workspace, docs: Doc[], pageHref: (doc: Doc) => string | null): Element {
  const groups: Child[] = [];
  for (const doc of docs) {
    const items: Element[] = [];
    doc.spans.forEach((span, index) => {
      if (span.kind !== 'claim' && span.kind !== 'quote') return;
      const href = pageHref(doc);
      const label = span.id === null ? span.text : `#${span.id}`;
      items.push(
        el('li', { className: ['gloss-claim-entry', isSourced(ws, doc, span) ? 'gloss-sourced' : 'gloss-unsourced'] }, [
          href ? el('a', { href: `${href}${fragmentHref(claimAnchor(span.id, index))}` }, [label]) : label,
          span.id === null ? null : ` ${span.text}`,
        ]),
      );
    });
    if (items.length === 0) continue;
    groups.push(el('h3', {}, [doc.meta.title ?? doc.id]), el('ol', { className: ['gloss-claim-list'] }, items));
  }
  return el('section', { className: ['gloss-index-claims'] }, [el('h2', {}, ['Claims']), ...groups]);
}
