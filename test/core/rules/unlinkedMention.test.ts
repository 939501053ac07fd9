import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unlinkedMention } from '../../../server/src/core/rules/unlinkedMention.js';
import { entityNames, nameSetOf } from '../../../server/src/core/rules/entityNames.js';
import { check } from '../../../server/src/core/check.js';
import { parse } from '../../../server/src/core/parse.js';
import { REGISTRY, problemsOf, range, uriOf, workspaceOf } from './ruleTest.js';

const message = (name: string, id: string) =>
  `“${name}” names the entity “${id}”, but it is not linked, so hovers, counts and the reading view miss it. Link it as [${name}]{#${id}}, or link every occurrence in the file.`;

test('names and aliases in prose are found as whole words, case-sensitively, longest first', () => {
  const text = [
    '# Sepehr Khalaji and AsiaNews',
    '',
    'Khalaji’s office told *AsiaNews* that khalaji and Khalajis and AsiaNewsroom are other words.',
    '',
  ].join('\n');
  const problems = problemsOf(unlinkedMention, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md');
  assert.deepEqual(problems, [
    { code: 'unlinked-mention', severity: 'hint', message: message('Sepehr Khalaji', 'khalaji'), range: range(0, 2, 0, 16) },
    { code: 'unlinked-mention', severity: 'hint', message: message('AsiaNews', 'asianews'), range: range(0, 21, 0, 29) },
    { code: 'unlinked-mention', severity: 'hint', message: message('Khalaji', 'khalaji'), range: range(2, 0, 2, 7) },
    { code: 'unlinked-mention', severity: 'hint', message: message('AsiaNews', 'asianews'), range: range(2, 23, 2, 31) },
  ]);
});

test('names inside mentions, claims, links, code and the front matter are not reported', () => {
  const text = [
    '---',
    'title: Khalaji speaks',
    '---',
    '[Sepehr Khalaji]{#khalaji} and [Khalaji said so]{.claim} and [Khalaji](https://example.org) and `Khalaji`.',
    '',
    '    Khalaji in a code block',
    '',
  ].join('\n');
  assert.deepEqual(problemsOf(unlinkedMention, { 'registry.gloss.md': REGISTRY, 'a.gloss.md': text }, 'a.gloss.md'), []);
});

test('a name shared by two entities names both, and names that do not start a word are left out', () => {
  const registry = '---\nentities:\n  a1:\n    name: Ali\n  a2:\n    name: Ali\n  dot:\n    name: .NET\n---\n';
  const problems = problemsOf(unlinkedMention, { 'registry.gloss.md': registry, 'a.gloss.md': 'Ali uses .NET.\n' }, 'a.gloss.md');
  assert.deepEqual(
    problems.map((p) => [p.range, p.message]),
    [[range(0, 0, 0, 3), '“Ali” names the entities “a1”, “a2”, but it is not linked, so hovers, counts and the reading view miss it. Link it as [Ali]{#a1} (or the id of another of them), or link every occurrence in the file.']],
  );
});

test('the name table is built once per workspace value', () => {
  const ws = workspaceOf({ 'registry.gloss.md': REGISTRY });
  assert.equal(entityNames(ws), entityNames(ws));
  assert.deepEqual([...entityNames(ws).keys()].sort(), ['AsiaNews', 'Khalaji', 'Sepehr']);
});

test('a Doc checked again after the registry changes gets the new ids and the new names', () => {
  let ws = workspaceOf({ 'registry.gloss.md': REGISTRY, 'a.gloss.md': 'Khalaji spoke to Mr Sepehr.\n' });
  const brief = () => check(ws, uriOf('a.gloss.md'), {}, [unlinkedMention]).map((p) => [p.range, p.message]);
  assert.deepEqual(brief(), [[range(0, 0, 0, 7), message('Khalaji', 'khalaji')]]);
  // The same Doc under a registry whose entity has another id but the same names: its hits are kept, its ids are new.
  const before = nameSetOf(entityNames(ws));
  ws = ws.withDoc(parse(REGISTRY.replace('  khalaji:', '  sepehr-khalaji:'), uriOf('registry.gloss.md')));
  assert.equal(nameSetOf(entityNames(ws)), before);
  assert.deepEqual(brief(), [[range(0, 0, 0, 7), message('Khalaji', 'sepehr-khalaji')]]);
  // A new alias is a new set of names, so the same Doc is scanned again and the alias is found.
  ws = ws.withDoc(parse(REGISTRY.replace('aliases: [Khalaji]', 'aliases: [Khalaji, Mr Sepehr]'), uriOf('registry.gloss.md')));
  assert.notEqual(nameSetOf(entityNames(ws)), before);
  assert.deepEqual(brief(), [
    [range(0, 0, 0, 7), message('Khalaji', 'khalaji')],
    [range(0, 17, 0, 26), message('Mr Sepehr', 'khalaji')],
  ]);
});

test('name tables share a name set only when they hold the same names', () => {
  const registry = (names: string) => `---\nentities:\n${names}---\n`;
  const one = workspaceOf({ 'registry.gloss.md': registry('  ab:\n    name: "Ann\\nBo"\n') });
  const two = workspaceOf({ 'registry.gloss.md': registry('  a:\n    name: Ann\n  b:\n    name: Bo\n') });
  const same = workspaceOf({ 'registry.gloss.md': registry('  other-id:\n    name: "Ann\\nBo"\n') });
  assert.notEqual(nameSetOf(entityNames(one)), nameSetOf(entityNames(two)));
  assert.equal(nameSetOf(entityNames(same)), nameSetOf(entityNames(workspaceOf({ 'registry.gloss.md': registry('  ab:\n    name: "Ann\\nBo"\n') }))));
});
