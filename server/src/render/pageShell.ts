/**
 * The standalone HTML document around a sanitised body: character set, a Content-Security-Policy that allows
 * no script at all, the title and the reading view's style sheet inline.
 */
import type { Root } from 'hast';
import { el } from './hast.js';
import { stringifyTree } from './sanitizeTree.js';

/** The policy of a static page: no scripts, no connections, only inline style and web images. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http:";

/** What a page needs besides its body. */
export interface PageShell {
  title: string;
  language: string | null;
  /** The style sheet (media/reading.css), trusted: it comes with Gloss, never from a document. */
  css: string;
}

/** The whole page as HTML text; `body` must already be sanitised. Pure. */
export function pageHtml(body: Root, shell: PageShell): string {
  const head = el('head', {}, [
    el('meta', { charSet: 'utf-8' }),
    el('meta', { httpEquiv: ['Content-Security-Policy'], content: PAGE_CSP }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('title', {}, [shell.title]),
    el('style', {}, [shell.css]),
  ]);
  const html = el('html', shell.language ? { lang: shell.language } : {}, [head, el('body', { className: ['gloss-page'] }, body.children.filter((child) => child.type === 'element'))]);
  return `${stringifyTree({ type: 'root', children: [{ type: 'doctype' }, html] })}\n`;
}
