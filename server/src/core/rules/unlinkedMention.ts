/**
 * `unlinked-mention`: a known entity's name in prose that is not marked as a mention.
 */
import type { Finding, Rule } from './rule.js';
import { ENDS_WORD, STARTS_WORD, WORD, entityNames } from './entityNames.js';

/** The `unlinked-mention` rule. */
export const unlinkedMention: Rule = {
  code: 'unlinked-mention',
  defaultSeverity: 'hint',
  description: 'The name or an alias of a known entity appears in prose outside any mention.',
  docs:
    'A name that is not linked is missing from hovers, mention counts and the reading view. ' +
    'Names and aliases are matched as whole words, case-sensitively, in prose outside spans, links, code and the front matter; ' +
    'the longest name wins. Link the text as a mention, or link every occurrence in the file with the quick fix; ' +
    'if the name means something else here, leave it or turn the rule off for the passage.',
  examples: [
    {
      title: 'a name inside a mention, and a name that is only part of a word',
      workspace: {
        'registry.gloss.md': '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n    aliases: [Khalaji]\n---\n',
      },
      text: '[Sepehr Khalaji]{#khalaji} spoke to Khalajis.\n',
      problems: [],
    },
    {
      title: 'the full name and an alias in prose',
      workspace: {
        'registry.gloss.md': '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n    aliases: [Khalaji]\n---\n',
      },
      text: 'Sepehr Khalaji spoke. Later, Khalaji added more.\n',
      problems: [
        '1:1-1:15 “Sepehr Khalaji” names the entity “khalaji”, but it is not linked, so hovers, counts and the reading view miss it. Link it as [Sepehr Khalaji]{#khalaji}, or link every occurrence in the file.',
        '1:30-1:37 “Khalaji” names the entity “khalaji”, but it is not linked, so hovers, counts and the reading view miss it. Link it as [Khalaji]{#khalaji}, or link every occurrence in the file.',
      ],
    },
  ],
  check({ ws, doc, lines }) {
    const names = entityNames(ws);
    if (names.size === 0) return [];
    const findings: Finding[] = [];
    const word = new RegExp(WORD.source, 'gu');
    for (const run of doc.prose) {
      const prose = doc.text.slice(run.start, run.end);
      word.lastIndex = 0;
      for (let match = word.exec(prose); match !== null; match = word.exec(prose)) {
        const at = match.index;
        const entry = names
          .get(match[0])
          ?.find((candidate) => prose.startsWith(candidate.name, at) && endsWord(doc.text, run.start + at + candidate.name.length, candidate.name));
        if (!entry) continue;
        findings.push({
          range: lines.rangeOf(run.start + at, run.start + at + entry.name.length),
          message: messageFor(entry.name, entry.ids),
        });
        word.lastIndex = at + entry.name.length;
      }
    }
    return findings;
  },
};

/** Whether a match of `name` that ends at `end` ends a word: the name ends in punctuation, or no word character follows. */
function endsWord(text: string, end: number, name: string): boolean {
  return !ENDS_WORD.test(name) || !STARTS_WORD.test(text.slice(end, end + 2));
}

function messageFor(name: string, ids: string[]): string {
  const target =
    ids.length === 1 ? `the entity “${ids[0]}”` : `the entities ${ids.map((id) => `“${id}”`).join(', ')}`;
  const choice = ids.length === 1 ? '' : ' (or the id of another of them)';
  return `“${name}” names ${target}, but it is not linked, so hovers, counts and the reading view miss it. Link it as [${name}]{#${ids[0]}}${choice}, or link every occurrence in the file.`;
}
