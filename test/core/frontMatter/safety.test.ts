import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { emptyFrontMatter, MAX_ALIAS_COUNT, type FrontMatter } from '../../../server/src/core/frontMatter.js';
import { resolveAliases } from '../../../server/src/core/frontMatter/aliases.js';
import type { Problem, Range } from '../../../server/src/core/model.js';
import { range, readDocument } from './helpers.js';

const NESTING =
  'YAML nesting too deep (>64): Gloss does not read front matter nested more than 64 levels, because the YAML parser can crash on deeper input. Flatten the nested lists and mappings.';

function limit(message: string, at: Range): Problem {
  return { code: 'analysis-limit', severity: 'warning', message, range: at };
}

/** The result of a refused front matter: nothing read, one problem. */
function refused(problem: Problem): FrontMatter {
  return { ...emptyFrontMatter(), problems: [problem] };
}

/** The 9-level “billion laughs” document: each level is a list of nine aliases of the level below. */
function billionLaughs(): string {
  const levels = ['lol0: &a0 "lol"'];
  for (let level = 1; level <= 9; level++) {
    levels.push(`lol${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return `${levels.join('\n')}\n`;
}

for (const depth of [100, 1000, 100_000]) {
  test(`flow nesting ${depth} deep is refused with one diagnostic on the 65th bracket, before any parsing`, () => {
    const yaml = `k: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    assert.deepEqual(readDocument(yaml), refused(limit(NESTING, range(1, 67, 1, 68))));
  });
}

test('deep flow nesting gives the same diagnostic on every one of 20 re-reads', () => {
  const yaml = `k: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  for (let edit = 0; edit < 20; edit++) {
    assert.deepEqual(readDocument(`${'#\n'.repeat(edit)}${yaml}`), refused(limit(NESTING, range(1 + edit, 67, 1 + edit, 68))));
  }
});

test('nested flow mappings count like flow lists, and brackets in quotes and comments do not count', () => {
  assert.deepEqual(readDocument(`k: ${'{a: '.repeat(1000)}${'}'.repeat(1000)}\n`), refused(limit(NESTING, range(1, 259, 1, 260))));
  const quiet = readDocument(`title: "${'['.repeat(1000)}"\nurl: x # ${'{'.repeat(1000)}\ndescription: |\n  ${'['.repeat(1000)}\n`);
  assert.deepEqual(quiet.problems, []);
  assert.equal(quiet.meta.title, '['.repeat(1000));
});

test('deep block nesting is refused, both compact and indented', () => {
  assert.deepEqual(readDocument(`${'- '.repeat(100_000)}x\n`), refused(limit(NESTING, range(1, 128, 1, 129))));
  const indented = Array.from({ length: 1000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
  assert.deepEqual(readDocument(`${indented} x\n`), refused(limit(NESTING, range(65, 64, 65, 65))));
});

test('deeply indented text inside block scalars and multi-line strings is not nesting', () => {
  const stairs = Array.from({ length: 100 }, (_, step) => `${' '.repeat(2 + step)}line ${step}`).join('\n');
  const result = readDocument(`description: |\n${stairs}\ntitle: "a\n${stairs}"\nurl: plain\n${stairs}\n`);
  assert.deepEqual(result.problems, []);
  assert.equal(result.meta.extra['description']?.split('\n').length, 101);
});

test('nesting of exactly 64 levels is still read', () => {
  const yaml = `k: ${'['.repeat(64)}${']'.repeat(64)}\n`;
  assert.deepEqual(readDocument(yaml).problems, []);
});

test('the billion laughs document is refused at the alias that passes the alias budget', () => {
  assert.deepEqual(
    readDocument(billionLaughs()),
    refused(
      limit(
        'Alias “*a2” brings the expansion of anchor “&a2” to 600, more than the 500 Gloss allows, so this front matter is not read: repeated aliases of aliases can grow exponentially (a “billion laughs” document). Write the values out or reuse the anchor less.',
        range(4, 31, 4, 34),
      ),
    ),
  );
});

test('the alias budget agrees with yaml’s own toJS at the same limit', () => {
  const cases = [billionLaughs(), `a: &a x\nb: [${'*a, '.repeat(499)}*a]\n`, `a: &a x\nb: [${'*a, '.repeat(498)}*a]\n`];
  for (let fanOut = 2; fanOut <= 40; fanOut += 3) {
    cases.push(`a: &a [x]\nb: &b [${Array(fanOut).fill('*a').join(', ')}]\nc: [${Array(fanOut).fill('*b').join(', ')}]\n`);
  }
  for (const yaml of cases) {
    const doc = parseDocument(yaml, { uniqueKeys: false });
    let rejected = false;
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      rejected = true;
    }
    assert.equal(resolveAliases(doc.contents).excessive !== null, rejected, yaml.slice(0, 60));
  }
});

test('a self-referencing merge is reported as an unsupported merge key and does not recurse', () => {
  const result = readDocument('&A { <<: *A, B: b }\n');
  assert.deepEqual(result.meta.extra, { B: 'b' });
  assert.deepEqual(result.problems, [
    {
      code: 'invalid-front-matter',
      severity: 'error',
      message: 'Merge keys (“<<”) are not supported: Gloss reads YAML 1.2 as Pandoc does, where “<<” is an ordinary key and nothing is merged. Write the fields out in full.',
      range: range(1, 5, 1, 7),
    },
  ]);
});

test('a flat document of 1000 aliases is refused at alias 501, before parsing', () => {
  const yaml = `a: &a x\nb: [${Array(1000).fill('*a').join(', ')}]\n`;
  assert.deepEqual(
    readDocument(yaml),
    refused(
      limit(
        'Too many YAML aliases (>500): Gloss does not read front matter with more than 500 aliases, because floods of aliases are how YAML bombs exhaust memory and time. Write the values out instead of repeating aliases.',
        range(2, 2004, 2, 2006),
      ),
    ),
  );
});

test('150 uses of one scalar anchor, which yaml’s default limit rejects, are read', () => {
  const entities = Array.from({ length: 150 }, (_, index) => `  e${index}:\n    type: ${index === 0 ? '&p person' : '*p'}\n`);
  const result = readDocument(`entities:\n${entities.join('')}`);
  assert.deepEqual(result.problems, []);
  assert.equal(result.entities.length, 150);
  assert.equal(result.entities.every((entity) => entity.type === 'person'), true);
});

test('an unresolved alias is an error on the alias, and the field reads as empty', () => {
  const result = readDocument('title: *nope\n');
  assert.equal(result.meta.title, null);
  assert.deepEqual(result.problems, [
    {
      code: 'invalid-front-matter',
      severity: 'error',
      message: 'Alias “*nope” refers to no anchor: YAML needs “&nope” on a value before it. Define that anchor earlier, or write the value out.',
      range: range(1, 7, 1, 12),
    },
  ]);
});

test('a 600 KB front matter is skipped with one diagnostic on its first line', () => {
  const yaml = `title: ${'x'.repeat(600 * 1024)}\nid: a\n`;
  assert.deepEqual(
    readDocument(yaml),
    refused(
      limit(
        'The front matter is 601 KB, more than the 512 KB Gloss reads, so it is skipped to keep the editor responsive. Split the definitions into several smaller registry files.',
        range(1, 0, 1, 7 + 600 * 1024),
      ),
    ),
  );
});

test('a flood of syntax errors is reported as its first ten', () => {
  const result = readDocument(`k: ${'"a" '.repeat(1000)}\n`);
  assert.equal(result.problems.length, 10);
});

test('no source file turns the alias limit off', () => {
  const sources = new URL('../../../server/src/', import.meta.url).pathname.replace('/out/', '/');
  const files = typeScriptFiles(sources);
  assert.equal(files.some((file) => file.endsWith('/core/frontMatter/aliases.ts')), true);
  assert.deepEqual(files.filter((file) => /maxAliasCount\s*:\s*-1/.test(readFileSync(file, 'utf8'))), []);
});

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}
