/**
 * `unlinked-mention`: a known entity's name in prose that is not marked as a mention.
 */
import type { Rule } from './rule.js';
import type { Doc } from '../model.js';
import { ENDS_WORD, STARTS_WORD, entityNames, nameSetOf, type NameEntry, type NameTable } from './entityNames.js';

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
    return namesIn(doc, names).map(({ start, word, name }) => {
      // The hits were found with a table of the same names, so this one has an entry for each of them.
      const { ids } = names.get(word)?.find((entry) => entry.name === name) as NameEntry;
      return { range: lines.rangeOf(start, start + name.length), message: messageFor(name, ids) };
    });
  },
};

/** A name found in prose: where it starts, the first word under which the table files it, and the name itself. */
interface Hit {
  start: number;
  word: string;
  name: string;
}

/**
 * The hits of each Doc, with the names they were found with. Where names occur depends on the Doc and the set of names
 * alone, not on the ids they name; so when an entity's id or type changes, the thousands of Docs that a refresh checks
 * again reuse their hits instead of scanning their prose.
 */
const hitsOfDocs = new WeakMap<Doc, { names: object; hits: Hit[] }>();

function namesIn(doc: Doc, names: NameTable): Hit[] {
  const set = nameSetOf(names);
  const known = hitsOfDocs.get(doc);
  if (known?.names === set) return known.hits;
  const hits = scan(doc, names);
  hitsOfDocs.set(doc, { names: set, hits });
  return hits;
}

/** Every whole-word occurrence of a name in the Doc's prose, longest name first where several start at one place. */
function scan(doc: Doc, names: NameTable): Hit[] {
  const hits: Hit[] = [];
  const starts = firstUnits(names);
  const text = doc.text;
  const { prose } = doc;
  for (let i = 0; i < prose.length; i += 2) {
    const runStart = prose[i] as number;
    const runEnd = prose[i + 1] as number;
    let at = runStart;
    while (at < runEnd) {
      // Words are looked up only where a name could start: at a first character of some name that begins a word
      // (or the run, as a match within the run's text alone would). Until then scanning stays on character codes.
      if (starts[text.charCodeAt(at)] !== 1 || (at > runStart && isWordBefore(text, at, runStart))) {
        at++;
        continue;
      }
      const start = at;
      // A word is cut at the end of its run, as a match within the run's text alone would be.
      const end = wordEnd(text, start, runEnd);
      const word = text.slice(start, end);
      const entry = names
        .get(word)
        ?.find((candidate) => start + candidate.name.length <= runEnd && text.startsWith(candidate.name, start) && endsWord(text, start + candidate.name.length, candidate.name));
      if (!entry) {
        at = end;
        continue;
      }
      hits.push({ start, word, name: entry.name });
      at = start + entry.name.length;
    }
  }
  return hits;
}

const firstUnitTables = new WeakMap<NameTable, Uint8Array>();

/** A table with 1 at the first UTF-16 code unit of every name's first word, kept per name table. */
function firstUnits(names: NameTable): Uint8Array {
  let units = firstUnitTables.get(names);
  if (!units) {
    units = new Uint8Array(65536);
    for (const word of names.keys()) units[word.charCodeAt(0)] = 1;
    firstUnitTables.set(names, units);
  }
  return units;
}

/** Whether the code point that ends at `index` (not reaching back before `from`) is a word character. */
function isWordBefore(text: string, index: number, from: number): boolean {
  const c = text.charCodeAt(index - 1);
  if (c >= 0xdc00 && c <= 0xdfff && index - 2 >= from) return wordCharLength(text, index - 2) === 2;
  return wordCharLength(text, index - 1) > 0;
}

/** Whether the code point at `index` is a word character; ASCII is answered without a regular expression. */
function wordCharLength(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0;
  const point = String.fromCodePoint(text.codePointAt(index) as number);
  return STARTS_WORD.test(point) ? point.length : 0;
}

/** The end of the word that starts at `start`, at most `end`. */
function wordEnd(text: string, start: number, end: number): number {
  let i = start;
  for (let length = wordCharLength(text, i); length > 0 && i + length <= end; length = wordCharLength(text, i)) i += length;
  return i;
}

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
