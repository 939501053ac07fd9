import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/src/core/check.js';
import type { Problem } from '../../server/src/core/model.js';
import { parse } from '../../server/src/core/parse.js';
import type { Rule } from '../../server/src/core/rules/rule.js';
import { unsourcedClaim } from '../../server/src/core/rules/unsourcedClaim.js';
import { Workspace } from '../../server/src/core/workspace.js';
import { REGISTRY, range, uriOf, workspaceOf } from './rules/ruleTest.js';

const ARTICLE = [
  '---',
  'title: Khalaji on the computers',
  '---',
  '[Khalaji]{#khalaj} said [the drives came back]{.claim status=sure}.',
  '',
].join('\n');

const files = { 'registry.gloss.md': REGISTRY, 'a.gloss.md': ARTICLE };

/** `line:character code severity` for each problem, 0-based: enough to see which rule fired where. */
const codes = (problems: Problem[]) =>
  problems.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.code} ${p.severity}`);

test('check returns the parser’s problems and every rule’s, sorted by range and then code', () => {
  assert.deepEqual(codes(check(workspaceOf(files), uriOf('a.gloss.md'))), [
    '0:0 missing-metadata warning',
    '3:11 unresolved-reference error',
    '3:25 unsourced-claim warning',
    '3:61 invalid-attribute warning',
  ]);
});

test('configured severities replace the defaults of rules and parser problems, and off drops them', () => {
  const config = { rules: { 'missing-metadata': 'off', 'unresolved-reference': 'warning', 'invalid-attribute': 'error', 'unused-definition': 'info' } } as const;
  assert.deepEqual(codes(check(workspaceOf(files), uriOf('a.gloss.md'), config)), [
    '3:11 unresolved-reference warning',
    '3:25 unsourced-claim warning',
    '3:61 invalid-attribute error',
  ]);
  assert.deepEqual(codes(check(workspaceOf(files), uriOf('a.gloss.md'), { rules: { 'invalid-attribute': 'off' } })), [
    '0:0 missing-metadata warning',
    '3:11 unresolved-reference error',
    '3:25 unsourced-claim warning',
  ]);
  assert.deepEqual(codes(check(workspaceOf(files), uriOf('registry.gloss.md'), config)), ['2:2 unused-definition info', '10:2 unused-definition info']);
});

test('every form of gloss-disable comment suppresses what it names, where it says', () => {
  const text = [
    '---',
    'title: T',
    'outlet: asianews',
    'published: 2023-07-05',
    'url: https://example.org/a',
    '---',
    '<!-- gloss-disable-next-line unsourced-claim -->',
    '[one]{.claim #one}',
    '[two]{.claim #two}',
    '<!-- gloss-disable unsourced-claim, unresolved-reference -->',
    '[three]{.claim by=nobody}',
    '<!-- gloss-enable unsourced-claim, unresolved-reference -->',
    '[four]{.claim by=nobody}',
    '<!-- gloss-disable -->',
    '[five]{.claim by=nobody status=sure}',
    '<!-- gloss-enable -->',
    '<!-- gloss-disable-next-line -->',
    '[six]{.claim by=nobody}',
    '<!-- gloss-disable unresolved-reference -->',
    '[seven]{.claim by=nobody}',
    '',
  ].join('\n');
  const problems = check(workspaceOf({ 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }), uriOf('a.gloss.md'));
  assert.deepEqual(codes(problems), [
    '8:1 unsourced-claim warning',
    '12:1 unsourced-claim warning',
    '12:17 unresolved-reference error',
    '19:1 unsourced-claim warning',
  ]);
});

test('a rule that throws becomes one analysis-limit problem and the other rules still report', () => {
  const broken: Rule = {
    code: 'quote-mismatch',
    defaultSeverity: 'info',
    description: 'A rule with a bug.',
    docs: 'It always throws.',
    examples: [],
    check() {
      throw new Error('index out of range');
    },
  };
  const ws = workspaceOf(files);
  assert.deepEqual(check(ws, uriOf('a.gloss.md'), {}, [broken, unsourcedClaim]).filter((p) => p.code !== 'invalid-attribute'), [
    {
      code: 'analysis-limit',
      severity: 'warning',
      message:
        'The rule “quote-mismatch” failed on this file (index out of range), so its problems are missing; the other rules ran. This is a bug in Gloss: please report it with this file.',
      range: range(0, 0, 0, 0),
    },
    {
      code: 'unsourced-claim',
      severity: 'warning',
      message:
        'The claim “the drives came back” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.',
      range: range(3, 25, 3, 45),
    },
  ]);
  assert.deepEqual(codes(check(ws, uriOf('a.gloss.md'), { rules: { 'analysis-limit': 'off' } }, [broken])), ['3:61 invalid-attribute warning']);
  assert.deepEqual(codes(check(ws, uriOf('a.gloss.md'), { rules: { 'quote-mismatch': 'off' } }, [broken])), ['3:61 invalid-attribute warning']);
});

test('check is deterministic: the same problems in the same order, whatever order the workspace was built in', () => {
  const many = {
    ...files,
    'b.gloss.md': '---\nid: a\n---\n[x]{.quote #q same=c#q} [y]{.quote #q}\n',
    'c.gloss.md': '[z]{.quote #q}\n',
  };
  const forward = Workspace.build(Object.entries(many).map(([name, text]) => parse(text, uriOf(name))));
  const backward = Workspace.build(Object.entries(many).reverse().map(([name, text]) => parse(text, uriOf(name))));
  for (const name of Object.keys(many)) {
    const first = JSON.stringify(check(forward, uriOf(name)));
    assert.equal(JSON.stringify(check(backward, uriOf(name))), first, name);
    assert.equal(JSON.stringify(check(forward, uriOf(name))), first, name);
  }
  assert.deepEqual(codes(check(forward, uriOf('b.gloss.md'))), [
    '0:0 missing-metadata warning',
    '1:4 duplicate-id error',
    '3:1 quote-mismatch info',
    '3:1 unsourced-claim warning',
    '3:12 duplicate-id error',
    '3:25 unsourced-claim warning',
    '3:36 duplicate-id error',
  ]);
});

test('a URI that the workspace does not hold has no problems', () => {
  assert.deepEqual(check(workspaceOf(files), uriOf('missing.gloss.md')), []);
});
