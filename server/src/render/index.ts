/**
 * The annotated reading renderer: Gloss documents to sanitised HTML, for `gloss render` and the reading view.
 * Pure: it reads nothing from disk; the style sheet is passed in.
 */
export { renderDocument, MAX_RENDER_DEPTH, type RenderedDocument } from './renderDocument.js';
export { renderPage, type PageOptions } from './renderPage.js';
export { renderIndex, renderIndexPage, type RenderedIndex } from './renderIndex.js';
export { PAGE_CSP } from './pageShell.js';
export type { RenderOptions } from './renderContext.js';
