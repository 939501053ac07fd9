/**
 * The remark plugin that adds Gloss spans and citations to remark-parse.
 */
import type { Processor } from 'unified';
import { glossFromMarkdown } from './fromMarkdown.js';
import { glossSyntax } from './syntax.js';

/**
 * Registers the micromark and mdast extensions on a unified processor; use it after remark-gfm,
 * so that its constructs are tried before GFM's and CommonMark's.
 */
export function remarkGloss(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(glossSyntax());
  (data.fromMarkdownExtensions ??= []).push(glossFromMarkdown());
  return undefined;
}
