/**
 * `quote-mismatch`: two quotes linked by `same=` whose words differ.
 */
import type { Doc, Span } from '../model.js';
import { splitTarget } from '../ids.js';
import { wordDiff, type WordChange } from '../features/wordDiff.js';
import type { Workspace } from '../workspace.js';
import { attributeEntries } from './attributeEntries.js';
import type { Finding, Rule } from './rule.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many differing passages a message lists before it summarises the rest. */
const MAX_HUNKS = 5;

/** The `quote-mismatch` rule. */
export const quoteMismatch: Rule = {
  code: 'quote-mismatch',
  defaultSeverity: 'info',
  description: 'Two quotes linked by same= do not have the same words.',
  docs:
    'A quote linked to another quote with `same=` says that both articles quote the same words. ' +
    'Case, punctuation, curly or straight quotation marks and white space are ignored; any other difference ' +
    'is shown as a word diff (− only in this quote, + only in the linked one). ' +
    'Check both against the original and correct the one that differs; if one is a paraphrase, make it a claim linked with `supports=`.',
  examples: [
    {
      title: 'the same words, with different punctuation and quotation marks',
      workspace: { 'cdm.gloss.md': 'He said [“Part of the hard drives.”]{.quote #drives}\n' },
      text: 'He said ["part of the hard drives"]{.quote same=cdm#drives}\n',
      problems: [],
    },
    {
      title: 'a word changed and a word missing',
      workspace: { 'cdm.gloss.md': 'He said [“Part of the hard drives and casings have been received.”]{.quote #drives}\n' },
      text: 'He said [“Part of the hard drives and cases have received.”]{.quote same=cdm#drives}\n',
      problems: [
        '1:10-1:60 These words differ from the quote “cdm#drives” they are linked to by same=: −“cases” +“casings”; +“been” (− only here, + only there). Quotes linked by same= should be the same words: check both against the original and correct the one that differs, or make a paraphrase a claim linked with supports=.',
      ],
    },
  ],
  check({ ws, doc }) {
    const findings: Finding[] = [];
    for (const span of doc.spans) {
      if (span.kind !== 'quote') continue;
      for (const entry of attributeEntries(span, 'same') ?? []) {
        const finding = mismatch(ws, doc, span, entry);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function mismatch(ws: Workspace, doc: Doc, span: Span, entry: string): Finding | null {
  const target = splitTarget(entry, doc.id);
  if (!target || target.fragment === null) return null;
  const linked = ws.claim(target.id, target.fragment);
  if (!linked || linked.span.kind !== 'quote' || linked.span === span) return null;
  const changes = wordDiff(straighten(span.text), straighten(linked.span.text));
  let difference: string;
  if (changes === null) {
    if (comparable(span.text) === comparable(linked.span.text)) return null;
    difference = 'the quotes are too long to list the differing words';
  } else {
    const hunks = hunksOf(changes);
    if (hunks.length === 0) return null;
    const shown = hunks.slice(0, MAX_HUNKS).join('; ');
    const more = hunks.length > MAX_HUNKS ? `; and ${hunks.length - MAX_HUNKS} more` : '';
    difference = `${shown}${more} (− only here, + only there)`;
  }
  return {
    range: isEmpty(span.contentRange) ? span.range : span.contentRange,
    message:
      `These words differ from the quote “${entry}” they are linked to by same=: ${difference}. ` +
      'Quotes linked by same= should be the same words: check both against the original and correct the one that differs, ' +
      'or make a paraphrase a claim linked with supports=.',
    related: [{ uri: linked.doc.uri, range: linked.span.contentRange, message: 'The linked quote.' }],
  };
}

/** Curly quotation marks and apostrophes become straight ones, so that “don’t” and "don't" compare equal. */
function straighten(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/** A whole text normalised for comparison when it is too long for a word diff. */
function comparable(text: string): string {
  return straighten(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Consecutive removed and added words, as `−“…” +“…”`; a passage that is only punctuation never differs. */
function hunksOf(changes: WordChange[]): string[] {
  const hunks: string[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    const parts: string[] = [];
    if (removed.length > 0) parts.push(`−“${trimmed(removed)}”`);
    if (added.length > 0) parts.push(`+“${trimmed(added)}”`);
    if (parts.length > 0) hunks.push(parts.join(' '));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.change === 'same') flush();
    else (change.change === 'removed' ? removed : added).push(change.word);
  }
  flush();
  return hunks;
}

/** Words joined as written, without the punctuation and quotation marks around the passage, which the comparison ignores. */
function trimmed(words: string[]): string {
  const characters = [...words.join(' ')];
  let start = 0;
  let end = characters.length;
  while (start < end && !LETTER_OR_DIGIT.test(characters[start] as string)) start++;
  while (end > start && !LETTER_OR_DIGIT.test(characters[end - 1] as string)) end--;
  return characters.slice(start, end).join('');
}

function isEmpty(range: Span['range']): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}
