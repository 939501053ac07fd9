/**
 * Hover cards, which the core builds as Markdown, turned into inline HTML that can sit inside a sentence.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { el } from './hast.js';
import { exceedsDepth } from './treeDepth.js';

/** Cards nest little; a deeper one (a hostile description) is shown as its plain text instead. */
const CARD_DEPTH_BUDGET = 64;

const toMdast = unified().use(remarkParse).use(remarkGfm).freeze();
const toHast = unified().use(remarkRehype).freeze();

/** Block elements of a card and the inline class that stands in for each, since a card sits inside a paragraph. */
const BLOCK_CLASSES: Record<string, string> = {
  p: 'gloss-card-line',
  blockquote: 'gloss-card-quote',
  ul: 'gloss-card-list',
  ol: 'gloss-card-list',
  li: 'gloss-card-item',
  h1: 'gloss-card-line',
  h2: 'gloss-card-line',
  h3: 'gloss-card-line',
  h4: 'gloss-card-line',
  h5: 'gloss-card-line',
  h6: 'gloss-card-line',
  pre: 'gloss-card-line',
  table: 'gloss-card-line',
};

/**
 * The hover card `<span class="gloss-card" role="tooltip">` for card Markdown. Raw HTML in the Markdown is dropped
 * (remark-rehype does not pass it on) and the whole page is sanitised afterwards. Pure.
 */
export function cardHast(markdown: string): Element {
  const mdast = parsed(markdown);
  if (mdast === null || exceedsDepth(mdast, CARD_DEPTH_BUDGET)) return el('span', { className: ['gloss-card'], role: 'tooltip' }, [markdown]);
  const hast = toHast.runSync(mdast) as Root;
  return el('span', { className: ['gloss-card'], role: 'tooltip' }, hast.children.flatMap(inline));
}

/** The Markdown tree of a card, or null when the parser gives up (it recurses, and a description may nest deeply). */
function parsed(markdown: string): MdastRoot | null {
  try {
    return toMdast.parse(markdown);
  } catch {
    return null;
  }
}

/** A node with its block elements turned into spans and the line breaks that remark-rehype puts between blocks dropped. */
function inline(node: RootContent): ElementContent[] {
  if (node.type === 'text') return node.value.trim() === '' && node.value.includes('\n') ? [] : [node];
  if (node.type !== 'element') return [];
  const children = node.children.flatMap(inline);
  const blockClass = BLOCK_CLASSES[node.tagName];
  if (blockClass !== undefined) return [el('span', { className: [blockClass] }, children)];
  // Links to the files that define an id only work in the editor; on a page they are plain text.
  if (node.tagName === 'a' && !/^https?:/i.test(String(node.properties['href'] ?? ''))) return [el('span', { className: ['gloss-card-place'] }, children)];
  return [{ ...node, children }];
}
