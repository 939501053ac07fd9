/**
 * `renderDocument`: one Gloss document as the annotated reading view's HTML, from the same parse as its Doc.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { DEFAULT_MAX_LENGTH, parseTree, type Doc, type Workspace } from '../core/index.js';
import { claimsColumn } from './claimsColumn.js';
import { glossHandlers } from './glossHandlers.js';
import { el } from './hast.js';
import { header } from './header.js';
import { legend } from './legend.js';
import { renderContext, type RenderOptions } from './renderContext.js';
import { sanitizeTree, stringifyTree } from './sanitizeTree.js';
import { sourcesList } from './sourcesList.js';
import { exceedsDepth } from './treeDepth.js';

/**
 * How deeply the Markdown may nest before it is shown as plain text: the unified utilities recurse once or more
 * per level, and a few hundred levels keep well inside the stack while no real article nests a tenth as deep.
 */
export const MAX_RENDER_DEPTH = 200;

/** A rendered document. */
export interface RenderedDocument {
  docId: string;
  /** The title for the page: the front matter title, else the document id. */
  title: string;
  /** The front matter `language` when it is a language tag (`en`, `pt-BR`), or null. */
  language: string | null;
  /** The sanitised body, as a tree (for wrapping into a page) and as an HTML fragment. */
  tree: Root;
  html: string;
  /** Whether the text was too deep or too long to render and is shown as plain text with a notice. */
  plainText: boolean;
}

/**
 * Renders document `uri` of `ws`: header, legend, annotated text, sources list and claims column, sanitised.
 * Returns null when the workspace has no such document. Never throws for any input text. Pure.
 */
export function renderDocument(ws: Workspace, uri: string, options: RenderOptions = {}): RenderedDocument | null {
  const doc = ws.doc(uri);
  if (!doc) return null;
  const context = renderContext(ws, doc, options);
  const mdast = markdownTree(doc);
  const plainText = mdast === null || exceedsDepth(mdast, MAX_RENDER_DEPTH);
  const content = plainText || mdast === null ? fallback(doc.text) : annotated(mdast, context);
  const article = el('article', { className: ['gloss-reading'] }, [
    header(ws, doc),
    el('div', { className: ['gloss-layout'] }, [
      el('div', { className: ['gloss-text'] }, [legend(context), ...content, sourcesList(context)]),
      claimsColumn(context),
    ]),
  ]);
  const tree = sanitizeTree({ type: 'root', children: [article] });
  return { docId: doc.id, title: doc.meta.title ?? doc.id, language: languageTag(doc.meta.language), tree, html: stringifyTree(tree), plainText };
}

/**
 * The syntax tree of the document, or null when the parser did not analyse it: the text is over the length limit,
 * or parsing failed (the Doc then has an `analysis-limit` problem), which would fail again here.
 */
function markdownTree(doc: Doc): MdastRoot | null {
  if (doc.text.length > DEFAULT_MAX_LENGTH || doc.problems.some((problem) => problem.code === 'analysis-limit')) return null;
  try {
    return parseTree(doc.text);
  } catch {
    // The Doc was built from this very text, so this is not expected; plain text is still better than no page.
    return null;
  }
}

function languageTag(language: string | null): string | null {
  return language !== null && /^[A-Z]{2,8}(?:-[A-Z0-9]{1,8})*$/i.test(language) ? language : null;
}

function annotated(mdast: MdastRoot, context: ReturnType<typeof renderContext>): ElementContent[] {
  const processor = unified().use(remarkRehype, { handlers: glossHandlers(context) });
  const hast = processor.runSync(mdast) as Root;
  return hast.children.filter((child): child is ElementContent => child.type !== 'doctype');
}

function fallback(text: string): Element[] {
  return [
    el('p', { className: ['gloss-notice'] }, [
      `This document nests more than ${MAX_RENDER_DEPTH} levels deep or is longer than ${DEFAULT_MAX_LENGTH} characters, so it is shown as plain text.`,
    ]),
    el('pre', { className: ['gloss-plain'] }, [text]),
  ];
}
