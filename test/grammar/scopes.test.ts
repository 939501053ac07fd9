/**
 * Explicit checks that the key Gloss tokens get the scopes themes colour, and that plain Markdown gets none of ours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGlossGrammar } from './textmateRegistry.js';
import { tokenizeLines, tokensWithText } from './tokenizeLines.js';
import type { Token } from './tokenizeLines.js';

async function tokens(text: string, tokenText: string): Promise<Token[]> {
  return tokensWithText(tokenizeLines(await loadGlossGrammar(), text), tokenText);
}

const CLAIM = 'He said [Tehran has received it]{.claim #received by=khalaji src="https://example.org/a b"} today.';

test('the id of a mention is scoped as a tag name inside the span', async () => {
  assert.deepEqual(await tokens('[Sepehr Khalaji]{#khalaji}', 'khalaji'), [
    {
      text: 'khalaji',
      scopes: [
        'meta.paragraph.markdown',
        'meta.span.gloss',
        'meta.attributes.gloss',
        'meta.attribute.id.gloss',
        'entity.name.tag.id.gloss',
      ],
    },
  ]);
});

test('the text of a mention keeps only the span scope', async () => {
  assert.deepEqual(await tokens('[Sepehr Khalaji]{#khalaji}', 'Sepehr Khalaji'), [
    { text: 'Sepehr Khalaji', scopes: ['meta.paragraph.markdown', 'meta.span.gloss'] },
  ]);
});

test('the claim class is a keyword', async () => {
  assert.deepEqual(await tokens(CLAIM, 'claim'), [
    {
      text: 'claim',
      scopes: [
        'meta.paragraph.markdown',
        'meta.span.gloss',
        'meta.attributes.gloss',
        'meta.attribute.class.gloss',
        'keyword.other.claim.gloss',
      ],
    },
  ]);
});

test('the by key is an attribute name and its value an unquoted string', async () => {
  const prefix = ['meta.paragraph.markdown', 'meta.span.gloss', 'meta.attributes.gloss', 'meta.attribute.pair.gloss'];
  assert.deepEqual(await tokens(CLAIM, 'by'), [{ text: 'by', scopes: [...prefix, 'entity.other.attribute-name.gloss'] }]);
  assert.deepEqual(await tokens(CLAIM, 'khalaji'), [{ text: 'khalaji', scopes: [...prefix, 'string.unquoted.gloss'] }]);
});

test('a quoted attribute value is a double-quoted string', async () => {
  assert.deepEqual(await tokens(CLAIM, 'https://example.org/a b'), [
    {
      text: 'https://example.org/a b',
      scopes: [
        'meta.paragraph.markdown',
        'meta.span.gloss',
        'meta.attributes.gloss',
        'meta.attribute.pair.gloss',
        'string.quoted.double.gloss',
      ],
    },
  ]);
});

test('a citation key is scoped as a reference parameter after an @ punctuation', async () => {
  const text = 'As reported [@fars-2023-07-03, p. 3].';
  assert.deepEqual(await tokens(text, '@'), [
    {
      text: '@',
      scopes: ['meta.paragraph.markdown', 'meta.citation.gloss', 'punctuation.definition.reference.gloss'],
    },
  ]);
  assert.deepEqual(await tokens(text, 'fars-2023-07-03'), [
    {
      text: 'fars-2023-07-03',
      scopes: ['meta.paragraph.markdown', 'meta.citation.gloss', 'variable.parameter.reference.citation.gloss'],
    },
  ]);
});

test('a Gloss front-matter key is scoped as a property inside the embedded YAML', async () => {
  const text = '---\ntitle: A title\noutlet: asianews\n---\nBody.';
  assert.deepEqual(await tokens(text, 'outlet'), [
    {
      text: 'outlet',
      scopes: [
        'meta.frontmatter.gloss',
        'meta.embedded.block.frontmatter.gloss',
        'entity.name.tag.yaml',
        'support.type.property-name.gloss',
      ],
    },
  ]);
});

test('an entity id under entities is scoped as a definition', async () => {
  const text = '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n---';
  assert.deepEqual(await tokens(text, 'khalaji'), [
    {
      text: 'khalaji',
      scopes: [
        'meta.frontmatter.gloss',
        'meta.embedded.block.frontmatter.gloss',
        'entity.name.tag.yaml',
        'entity.name.type.definition.gloss',
      ],
    },
  ]);
});

test('plain brackets, a time and a handle get Markdown scopes and no Gloss scope', async () => {
  const [line] = tokenizeLines(await loadGlossGrammar(), 'See [brackets] at 10:30, says @handle.');
  assert.deepEqual(line?.tokens, [
    { text: 'See ', scopes: ['meta.paragraph.markdown'] },
    {
      text: '[',
      scopes: ['meta.paragraph.markdown', 'meta.link.reference.markdown', 'punctuation.definition.link.title.begin.markdown'],
    },
    { text: 'brackets', scopes: ['meta.paragraph.markdown', 'meta.link.reference.markdown', 'string.other.link.title.markdown'] },
    {
      text: ']',
      scopes: ['meta.paragraph.markdown', 'meta.link.reference.markdown', 'punctuation.definition.link.title.end.markdown'],
    },
    { text: ' at 10:30, says @handle.', scopes: ['meta.paragraph.markdown'] },
  ]);
});

test('a gloss-disable comment is a comment with its directive scoped', async () => {
  assert.deepEqual(await tokens('<!-- gloss-disable unsourced-claim -->', 'gloss-disable'), [
    { text: 'gloss-disable', scopes: ['comment.block.html', 'meta.directive.gloss', 'keyword.control.directive.gloss'] },
  ]);
});

test('a span inside inline code stays code', async () => {
  assert.deepEqual(await tokens('Write `[text]{#id}` for a mention.', '[text]{#id}'), [
    { text: '[text]{#id}', scopes: ['meta.paragraph.markdown', 'markup.inline.raw.string.markdown'] },
  ]);
});
