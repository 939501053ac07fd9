/**
 * `renderPage`: one document's reading view as a self-contained, script-free HTML page.
 */
import type { Workspace } from '../core/index.js';
import { pageHtml } from './pageShell.js';
import { renderDocument } from './renderDocument.js';
import type { RenderOptions } from './renderContext.js';

/** Options of a page: those of the body plus the style sheet to inline. */
export interface PageOptions extends RenderOptions {
  css: string;
}

/** The full HTML page of document `uri`, or null when the workspace has no such document. Pure. */
export function renderPage(ws: Workspace, uri: string, options: PageOptions): string | null {
  const rendered = renderDocument(ws, uri, options);
  if (!rendered) return null;
  return pageHtml(rendered.tree, { title: rendered.title, language: rendered.language, css: options.css });
}
