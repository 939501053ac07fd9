import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Nodes } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseTree } from '../../../server/src/core/syntax/index.js';

const withoutGloss = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** The node types of a tree, depth first, so that a stray span or citation shows. */
function types(text: string): string[] {
  const out: string[] = [];
  const visit = (node: Nodes): void => {
    out.push(node.type);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseTree(text));
  return out;
}

const PLAIN = [
  '10:30',
  'Source:Reuters',
  'https://example.org/a?b=c#d',
  '[brackets]',
  '[a] {.x}',
  '[x]{',
  '[x]{#}',
  '[x]{#1a}',
  '[x]{.x',
  '[x]{k=" a"}',
  '[x]{k="unclosed}',
  '[x]{k = v}',
  '[x]{=html}',
  '@handle',
  'Mail x@y.org or @someone.',
  '[x@a]',
  '[no key; @a]',
  '[@a;]',
  '[@]',
  '[email me at x@y.org]',
  '[@a`]`]',
  '\\[@a]',
  '[\\@a]',
  '\\[x]{.a}',
  '[x\\]{.a}',
];

for (const text of PLAIN) {
  test(`“${text}” makes no span or citation and reads exactly as without Gloss`, () => {
    assert.deepEqual(parseTree(text), withoutGloss.parse(text));
    assert.deepEqual(types(text).filter((type) => type.startsWith('gloss')), []);
  });
}

test('a citation followed by a link destination is a link, as CommonMark and Pandoc read it', () => {
  assert.deepEqual(types('[@a](https://example.org)'), ['root', 'paragraph', 'link', 'text']);
});

test('a citation followed by a reference label is a link when the label is defined', () => {
  assert.deepEqual(types('[@a][ref]\n\n[ref]: https://example.org'), ['root', 'paragraph', 'linkReference', 'text', 'definition']);
});

test('a span wins over a defined shortcut reference, as Pandoc reads it', () => {
  assert.deepEqual(types('[x]{.c}\n\n[x]: https://example.org'), ['root', 'paragraph', 'glossSpan', 'text', 'definition']);
});

test('an image label followed by attributes makes no span', () => {
  assert.deepEqual(types('![x]{.c}'), ['root', 'paragraph', 'text']);
});

test('spans and citations do not form in code, HTML or front matter', () => {
  assert.deepEqual(types('---\na: "[x]{.y} [@a]"\n---\n\n`[x]{.y} [@a]`\n\n    [x]{.y}\n\n<div>\n[@a]\n</div>'), [
    'root',
    'yaml',
    'paragraph',
    'inlineCode',
    'code',
    'html',
  ]);
});
