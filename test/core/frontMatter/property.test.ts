import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCollection, isPair, parseDocument } from 'yaml';
import { readFrontMatter, type FrontMatter } from '../../../server/src/core/frontMatter.js';
import { prescanYaml } from '../../../server/src/core/frontMatter/prescan.js';
import type { Range } from '../../../server/src/core/model.js';
import { LineIndex } from '../../../server/src/core/text.js';

/** Pieces of YAML syntax, field names, astral characters, NUL and both line breaks, to build YAML-ish text. */
const PIECES = [
  '[', ']', '{', '}', '"', "'", '#', ':', ': ', ',', '- ', '? ', '|', '>', '&a ', '*a', '&b ', '*b', '<<: ', '!t ',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\\', 'a', 'k', '1', '2023-02-30', '---\n', '...\n', '😀', '👩‍👩‍👧', '\u0000',
  'id: ', 'outlet: ', 'related: ', 'entities:\n  ', 'sources:\n  ', 'name: ', 'type: ', 'aliases: ', 'publisher: ', 'date: ',
];

const yamlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

/** Every range a front matter result holds. */
function rangesOf(result: FrontMatter): Range[] {
  return [
    ...(result.idRange ? [result.idRange] : []),
    ...result.entities.map((entity) => entity.range),
    ...result.sources.map((source) => source.range),
    ...result.references.map((reference) => reference.range),
    ...result.problems.map((problem) => problem.range),
  ];
}

test('random YAML-ish front matter never throws, never fails inside, and every range lies in the document', () => {
  fc.assert(
    fc.property(yamlish, fc.constantFrom('\n', '\r\n'), (yaml, eol) => {
      const text = `---${eol}${yaml}---${eol}`;
      const lines = new LineIndex(text);
      const result = readFrontMatter(yaml, 3 + eol.length, lines);
      for (const problem of result.problems) assert.equal(problem.message.includes('internal error'), false, problem.message);
      for (const { start, end } of rangesOf(result)) {
        assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character));
        for (const position of [start, end]) {
          assert.ok(position.line >= 1 && position.line < lines.lineCount);
          assert.ok(position.character >= 0 && position.character <= lines.lineText(position.line).length);
        }
      }
    }),
    { numRuns: 1000 },
  );
});

/** The number of nested collections on the deepest path of a composed tree, as the composer recursed. */
function collectionDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    } else if (isCollection(node)) {
      deepest = Math.max(deepest, depth + 1);
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return deepest;
}

test('text the nesting pre-scan lets through never composes deeper than four times its limit', () => {
  const nesting = 3;
  fc.assert(
    fc.property(yamlish, (yaml) => {
      if (prescanYaml(yaml, { nesting, aliases: Number.MAX_SAFE_INTEGER })) return;
      assert.ok(collectionDepth(parseDocument(yaml, { uniqueKeys: false }).contents) <= 4 * nesting, JSON.stringify(yaml));
    }),
    { numRuns: 2000 },
  );
});
