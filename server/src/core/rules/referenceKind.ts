/**
 * `reference-kind`: a reference that resolves, but to the wrong kind of thing for its place.
 */
import type { Reference, ReferenceRole } from '../model.js';
import type { DefinitionKind } from '../symbols.js';
import { definitionKinds } from './definitionKinds.js';
import { EXPECTED_KINDS, withArticle } from './expectedKinds.js';
import { EXAMPLE_REGISTRY } from './exampleRegistry.js';
import type { Finding, Rule } from './rule.js';

/** The `reference-kind` rule. */
export const referenceKind: Rule = {
  code: 'reference-kind',
  defaultSeverity: 'warning',
  description: 'A reference names an id of the wrong kind for its place, such as a source in by= or an entity in src=.',
  docs:
    'Each place takes one kind of id: mentions, `by=`, `outlet` and `publisher` take entities; ' +
    '`src=` and citations take sources, documents or `doc#claim`; `related` takes documents; ' +
    '`same=`, `supports=` and `contradicts=` take claims, written `doc#claim` or `#claim`. ' +
    'Use an id of the right kind; the message says which.',
  examples: [
    {
      title: 'every reference of the right kind',
      workspace: { 'registry.gloss.md': EXAMPLE_REGISTRY },
      text: '[Khalaji]{#khalaji} said [it]{.claim #it by=khalaji src=fars-2023-07-03} and [so]{.claim same=#it} [@registry].\n',
      problems: [],
    },
    {
      title: 'a source as the speaker, and a document where a claim belongs',
      workspace: { 'registry.gloss.md': EXAMPLE_REGISTRY },
      text: '[It]{.claim by=fars-2023-07-03 src=khalaji same=registry}.\n',
      problems: [
        '1:16-1:31 by= names who makes the claim, so it takes an entity, but “fars-2023-07-03” is a source. Put the entity that made the claim in by=, and the source in src=.',
        '1:36-1:43 src= says where the claim can be checked, so it takes a source, a document or doc#claim, but “khalaji” is an entity. Put the speaker in by=, and what they said or wrote in src=.',
        '1:49-1:57 same= links to a claim, but “registry” is a document. Write “registry#<claim-id>” to name one of its claims.',
      ],
    },
  ],
  check({ ws, doc }) {
    const findings: Finding[] = [];
    for (const reference of doc.references) {
      const kinds = definitionKinds(ws, reference.id);
      if (kinds.length === 0) continue;
      const message = wrongKindMessage(reference, kinds);
      if (message !== null) findings.push({ range: reference.range, message });
    }
    return findings;
  },
};

const CLAIM_LINKS: readonly ReferenceRole[] = ['same', 'supports', 'contradicts'];

/** What is wrong with a resolved reference, or null when one of its kinds fits its role. */
function wrongKindMessage(reference: Reference, kinds: readonly DefinitionKind[]): string | null {
  const { id, role, fragment } = reference;
  const actual = withArticle(kinds[0] as DefinitionKind);
  if (CLAIM_LINKS.includes(role)) {
    if (fragment !== null) return null;
    const fix = kinds.includes('document') ? `Write “${id}#<claim-id>” to name one of its claims.` : 'Write doc#claim-id, or #claim-id for a claim of this document.';
    return `${role}= links to a claim, but “${id}” is ${actual}. ${fix}`;
  }
  // A `doc#claim` in src= or a citation is a claim; whether it exists is `unresolved-reference`'s concern.
  if (fragment !== null || EXPECTED_KINDS[role].some((kind) => kinds.includes(kind))) return null;
  switch (role) {
    case 'by':
      return `by= names who makes the claim, so it takes an entity, but “${id}” is ${actual}. Put the entity that made the claim in by=, and the source in src=.`;
    case 'mention':
      return `A mention names an entity, but “${id}” is ${actual}. Link an entity here, or cite the ${kinds[0]} with [@${id}].`;
    case 'outlet':
    case 'publisher':
      return `${role}: names the entity that published the ${role === 'outlet' ? 'article' : 'source'}, but “${id}” is ${actual}. Use the id of an entity defined under “entities:”.`;
    case 'src':
      return `src= says where the claim can be checked, so it takes a source, a document or doc#claim, but “${id}” is ${actual}. Put the speaker in by=, and what they said or wrote in src=.`;
    case 'citation':
      return `A citation cites a source or a document, but “${id}” is ${actual}. Cite a source, or link the entity as a mention [text]{#${id}}.`;
    default:
      return `related: lists other documents, but “${id}” is ${actual}. Use document ids.`;
  }
}
