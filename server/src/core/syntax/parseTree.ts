/**
 * `parseTree`: Gloss text to mdast, with front matter, GFM, spans and citations.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkGloss } from './remarkGloss.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkGloss).freeze();

/**
 * Parses text into an mdast tree whose positions are UTF-16 offsets into `text`.
 * Pure; the processor it uses is frozen and shared, and holds no per-document state.
 */
export function parseTree(text: string): Root {
  return processor.parse(text);
}
