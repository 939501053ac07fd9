/**
 * Test helpers: the spans and citations of a document, as Gloss finds them and as Pandoc finds them,
 * in one comparable shape.
 */
import { execFileSync } from 'node:child_process';
import type { Nodes } from 'mdast';
import { attributesOf, parseTree } from '../../../server/src/core/syntax/index.js';

/** A span or a citation, reduced to what both parsers report. */
export type Found =
  | { kind: 'span'; id: string; classes: string[]; pairs: Array<[string, string]>; text: string }
  | { kind: 'cite'; items: Array<{ key: string; prefix: string; suffix: string; suppressAuthor: boolean }> };

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text of an mdast subtree; a citation contributes its source, as Pandoc's Cite holds its source text. */
function glossText(node: Nodes, source: string): string {
  if (node.type === 'glossCitation') return source.slice(node.position?.start.offset, node.position?.end.offset);
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => glossText(child as Nodes, source)).join('');
  return '';
}

/** What Gloss finds, in document order (pre-order). */
export function glossFinds(source: string): Found[] {
  const found: Found[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'glossSpan') {
      const attributes = attributesOf(node.attributes);
      found.push({ kind: 'span', ...attributes, text: normalise(glossText(node, source)) });
    } else if (node.type === 'glossCitation') {
      found.push({
        kind: 'cite',
        items: node.items.map(({ key, prefix, suffix, suppressAuthor }) => ({ key, prefix, suffix, suppressAuthor })),
      });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseTree(source));
  return found;
}

type PandocValue = { t?: string; c?: unknown } | PandocValue[] | string | number | null;

function pandocText(value: unknown): string {
  if (Array.isArray(value)) return value.map(pandocText).join('');
  if (value === null || typeof value !== 'object') return '';
  const { t, c } = value as { t: string; c: unknown };
  if (t === 'Str') return c as string;
  if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
  if (t === 'Code') return (c as [unknown, string])[1];
  if (t === 'Span' || t === 'Link' || t === 'Image' || t === 'Cite' || t === 'Quoted') return pandocText((c as unknown[])[1]);
  return pandocText(c);
}

interface PandocCitation {
  citationId: string;
  citationPrefix: unknown;
  citationSuffix: unknown;
  citationMode: { t: string };
}

/** What `pandoc -f markdown-smart -t json` finds in the blocks, in document order (pre-order). */
export function pandocFinds(source: string): Found[] {
  const json = execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'json'], { input: source, encoding: 'utf8' });
  const found: Found[] = [];
  const visit = (value: PandocValue | unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const { t, c } = value as { t?: string; c?: unknown };
    if (t === 'Span') {
      const [[id, classes, pairs], content] = c as [[string, string[], Array<[string, string]>], unknown];
      found.push({ kind: 'span', id, classes, pairs, text: normalise(pandocText(content)) });
    } else if (t === 'Cite') {
      const citations = (c as [PandocCitation[], unknown])[0];
      found.push({
        kind: 'cite',
        items: citations.map((citation) => ({
          key: citation.citationId,
          prefix: normalise(pandocText(citation.citationPrefix)),
          suffix: normalise(pandocText(citation.citationSuffix)),
          suppressAuthor: citation.citationMode.t === 'SuppressAuthor',
        })),
      });
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit((JSON.parse(json) as { blocks: unknown }).blocks);
  return found;
}
