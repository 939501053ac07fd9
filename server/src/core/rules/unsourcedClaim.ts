/**
 * `unsourced-claim`: a claim or quote that a reader cannot check (DESIGN §1.2).
 */
import type { Doc, Span } from '../model.js';
import { sourcingGap } from '../sourcing.js';
import type { Workspace } from '../workspace.js';
import { excerpt } from './excerpt.js';
import type { Finding, Rule } from './rule.js';

const REGISTRY = `---
title: Sources
sources:
  fars-2023-07-03:
    title: Khalaji on the return of the seized computers
---
`;

/** The `unsourced-claim` rule. */
export const unsourcedClaim: Rule = {
  code: 'unsourced-claim',
  defaultSeverity: 'warning',
  description: 'A claim or quote has no source that resolves, so a reader cannot check it.',
  docs:
    'A claim or quote is sourced when it has a `src=` whose every entry resolves — a source id, a document id, ' +
    'a `doc#claim` that exists, or a quoted URL — or when a citation `[@id]` whose keys all resolve follows it ' +
    'with only spaces between. The problem underlines the text of the claim. Fix it by adding ' +
    '`src=<source-id>` or a citation right after the claim, after defining the source under `sources:` in a front matter.',
  examples: [
    {
      title: 'src= and a following citation both source a claim',
      workspace: { 'registry.gloss.md': REGISTRY },
      text:
        'Khalaji said [the drives were returned]{.claim src=fars-2023-07-03}\n' +
        'and [the casings too]{.claim} [@fars-2023-07-03], as [“we have them”]{.quote src="https://example.org/x"}.\n',
      problems: [],
    },
    {
      title: 'a claim with neither src= nor a citation, and one whose source is unknown',
      workspace: { 'registry.gloss.md': REGISTRY },
      text: 'Khalaji said [the drives were returned]{.claim by=khalaji}\nand [the casings too]{.claim src=fars-2023-07-30}.\n',
      problems: [
        '1:15-1:39 The claim “the drives were returned” has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.',
        '2:6-2:21 The claim “the casings too” is not sourced: src= entry “fars-2023-07-30” is not a source, a document or a claim of this workspace. Fix the id, or define the source under “sources:” in a front matter.',
      ],
    },
  ],
  check({ ws, doc }) {
    const findings: Finding[] = [];
    for (const span of doc.spans) {
      if (span.kind !== 'claim' && span.kind !== 'quote') continue;
      const problem = sourcingProblem(ws, doc, span);
      if (problem === null) continue;
      const empty = span.contentRange.start.line === span.contentRange.end.line &&
        span.contentRange.start.character === span.contentRange.end.character;
      const label = span.text.trim() === '' ? `This empty ${span.kind}` : `The ${span.kind} “${excerpt(span.text)}”`;
      findings.push({ range: empty ? span.range : span.contentRange, message: `${label} ${problem}` });
    }
    return findings;
  },
};

/** Why the span is not sourced (the end of a message), or null when it is. */
function sourcingProblem(ws: Workspace, doc: Doc, span: Span): string | null {
  const gap = sourcingGap(ws, doc, span);
  if (gap === null) return null;
  const reasons: string[] = [];
  if (gap.emptySrc) reasons.push('its src= is empty');
  if (gap.unresolvedEntries.length > 0) reasons.push(`src= ${listOf('entry', gap.unresolvedEntries)}`);
  if (gap.unresolvedKeys.length > 0) reasons.push(`the citation ${listOf('key', gap.unresolvedKeys.map((key) => `@${key}`))}`);
  if (reasons.length === 0) {
    return 'has no source, so a reader cannot check it. Add src=<source-id> (a source, a document, doc#claim or a quoted URL) or a citation [@source-id] right after it.';
  }
  return `is not sourced: ${reasons.join('; ')}. Fix the id, or define the source under “sources:” in a front matter.`;
}

function listOf(noun: string, values: string[]): string {
  const quoted = values.map((value) => `“${value}”`);
  return values.length === 1
    ? `${noun} ${quoted[0]} is not a source, a document or a claim of this workspace`
    : `${noun === 'entry' ? 'entries' : 'keys'} ${quoted.join(', ')} are not sources, documents or claims of this workspace`;
}
