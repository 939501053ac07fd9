import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { INDENT_LIMIT, LINE_NESTING_LIMIT, PARAGRAPH_MARKUP_LIMIT, SIZE_LIMIT, mayParseSlowly } from '../../server/src/host/parseRisk.js';
import { SAMPLES } from '../cli/corpusFixture.js';

test('no sample article looks slow to parse', () => {
  const names = readdirSync(SAMPLES, { recursive: true }).map(String).filter((name) => name.endsWith('.md'));
  assert.ok(names.length > 0);
  for (const name of names) assert.equal(mayParseSlowly(readFileSync(join(SAMPLES, name), 'utf8')), false, name);
});

test('every known slow family of remark looks slow to parse', () => {
  const families: Record<string, string> = {
    'nested block quotes': '> '.repeat(5000),
    'unclosed span attributes': '[a]{'.repeat(50000),
    'a list marker run': `${'- '.repeat(1500)}x${'\n'.repeat(1500)}`,
    'mixed emphasis': '*a_ '.repeat(2500),
    'strong and emphasis': '**_* '.repeat(2500),
    'emphasis around a letter': `${'*'.repeat(2500)}a${'*'.repeat(2500)}`,
    'brackets and parentheses': '[ ('.repeat(1000) + '](',
    'emphasis over many lines': '*a_\n'.repeat(3000),
    'a list nested by indentation': Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    'a huge file': 'word '.repeat(60000),
  };
  for (const [family, text] of Object.entries(families)) assert.equal(mayParseSlowly(text), true, family);
});

test('each limit is the largest value that still counts as ordinary', () => {
  const paragraph = (n: number): string => `${'['.repeat(n)}\n`;
  assert.equal(mayParseSlowly(paragraph(PARAGRAPH_MARKUP_LIMIT)), false);
  assert.equal(mayParseSlowly(paragraph(PARAGRAPH_MARKUP_LIMIT + 1)), true);
  assert.equal(mayParseSlowly(`${paragraph(PARAGRAPH_MARKUP_LIMIT)}\n${paragraph(PARAGRAPH_MARKUP_LIMIT)}`), false, 'a blank line starts a new paragraph');
  assert.equal(mayParseSlowly(`${paragraph(PARAGRAPH_MARKUP_LIMIT)}${paragraph(1)}`), true, 'a paragraph runs over lines');
  assert.equal(mayParseSlowly(`${'> '.repeat(LINE_NESTING_LIMIT)}x`), false);
  assert.equal(mayParseSlowly(`${'> '.repeat(LINE_NESTING_LIMIT + 1)}x`), true);
  assert.equal(mayParseSlowly(`${'1. '.repeat(LINE_NESTING_LIMIT + 1)}x`), true);
  assert.equal(mayParseSlowly(`${' '.repeat(INDENT_LIMIT)}x`), false);
  assert.equal(mayParseSlowly(`${' '.repeat(INDENT_LIMIT + 1)}x`), true);
  assert.equal(mayParseSlowly('a'.repeat(SIZE_LIMIT)), false);
  assert.equal(mayParseSlowly('a'.repeat(SIZE_LIMIT + 1)), true);
  assert.equal(mayParseSlowly('---\nid: a-b-c\n---\n\n- - - x\n* * *\n2024-01-01 -- well-known\n'), false, 'hyphens in prose are not markers');
});
