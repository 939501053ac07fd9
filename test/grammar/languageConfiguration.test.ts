/**
 * Checks of the language configuration and snippets that VS Code reads as data: the word pattern and the snippet file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { repoRoot } from './textmateRegistry.js';

interface LanguageConfiguration {
  wordPattern: { pattern: string; flags: string };
}

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

const configuration = JSON.parse(
  readFileSync(new URL('language-configuration.json', repoRoot), 'utf8'),
) as LanguageConfiguration;
const snippets = JSON.parse(readFileSync(new URL('snippets/gloss.code-snippets', repoRoot), 'utf8')) as Record<
  string,
  Snippet
>;

/** The word VS Code selects on a double-click at `offset`: the word-pattern match that contains it. */
function wordAt(text: string, offset: number): string | undefined {
  const pattern = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags);
  for (const match of text.matchAll(pattern)) {
    if (match.index <= offset && offset <= match.index + match[0].length) return match[0];
  }
  return undefined;
}

test('the word pattern keeps an id with dashes whole', () => {
  const text = '[@cdm-2023-07-03]';
  assert.equal(wordAt(text, text.indexOf('2023')), 'cdm-2023-07-03');
});

test('the word pattern keeps a document#claim reference whole', () => {
  const text = '{.claim same=fars-2023-07-03#claim,other}';
  assert.equal(wordAt(text, text.indexOf('#claim')), 'fars-2023-07-03#claim');
});

test('the word pattern takes a mention id without its # or braces', () => {
  const text = '[Sepehr Khalaji]{#khalaji}';
  assert.equal(wordAt(text, text.indexOf('khalaji')), 'khalaji');
});

test('the word pattern keeps dots and colons inside an id', () => {
  const text = 'by=news.agency:irna';
  assert.equal(wordAt(text, text.indexOf('agency')), 'news.agency:irna');
});

test('the word pattern picks prose words without trailing punctuation', () => {
  const text = 'Iran’s Government Information Council.';
  assert.equal(wordAt(text, text.indexOf('Council')), 'Council');
  assert.equal(wordAt(text, 1), 'Iran');
  assert.equal(wordAt('Téhéran, dit-il', 2), 'Téhéran');
});

test('every snippet has a prefix, a description and a body', () => {
  assert.deepEqual(Object.keys(snippets), ['Mention', 'Claim', 'Quote', 'Citation', 'Entity', 'Source', 'Article front matter']);
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok(snippet.prefix.length > 0, `${name} has no prefix`);
    assert.ok(snippet.description.length > 0, `${name} has no description`);
    assert.ok(snippet.body.length > 0, `${name} has no body`);
  }
});

test('the front-matter snippet derives the document id from the file name as the parser does', () => {
  const body = snippets['Article front matter']?.body;
  assert.ok(Array.isArray(body));
  const transform = /\$\{TM_FILENAME\/([^/]*)\/([^/]*)\/\}\}$/.exec(body[1] ?? '');
  assert.ok(transform, 'the id line has a TM_FILENAME transform');
  const [, search = '', replacement = ''] = transform;
  const fileNameToId = (fileName: string) => fileName.replace(new RegExp(search), replacement);
  assert.equal(fileNameToId('asianews-2023-07-05.gloss.md'), 'asianews-2023-07-05');
  assert.equal(fileNameToId('notes.md'), 'notes');
});
