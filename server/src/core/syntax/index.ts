/**
 * The Gloss syntax extension in three layers, as unified does it: micromark syntax, mdast compiler, remark plugin.
 */
export type { GlossAttributeItem, GlossCitation, GlossCitationItem, GlossSpan } from './types.js';
export { glossSyntax } from './syntax.js';
export { glossFromMarkdown } from './fromMarkdown.js';
export { remarkGloss } from './remarkGloss.js';
export { parseTree } from './parseTree.js';
export { attributesOf, type PandocAttributes } from './attributesOf.js';
export { parseCitationContent, type CitationItemAt } from './citationContent.js';
export { MAX_SPAN_DEPTH } from './spanEnd.js';
