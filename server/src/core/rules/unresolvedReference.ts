/**
 * `unresolved-reference`: an id, or a claim inside a document, that nothing in the workspace defines.
 */
import type { Reference, ReferenceRole } from '../model.js';
import type { Workspace } from '../workspace.js';
import { definitionKinds } from './definitionKinds.js';
import { EXPECTED_KINDS, withArticle } from './expectedKinds.js';
import { nearestClaimIds, nearestIds } from './nearestIds.js';
import { EXAMPLE_REGISTRY } from './exampleRegistry.js';
import type { Finding, Rule } from './rule.js';

/** The roles that are front-matter fields rather than span attributes. */
const FIELDS: readonly ReferenceRole[] = ['outlet', 'publisher', 'related'];

/** The `unresolved-reference` rule. */
export const unresolvedReference: Rule = {
  code: 'unresolved-reference',
  defaultSeverity: 'error',
  description: 'A reference names an id, or a claim of a document, that nothing in the workspace defines.',
  docs:
    'Every id in a mention, `by=`, `src=`, `same=`, `supports=`, `contradicts=`, a citation, or the front-matter fields ' +
    '`outlet`, `publisher` and `related` must be defined somewhere in the workspace: as a document id, ' +
    'under `entities:` or under `sources:`. A `doc#claim` must also name a claim or quote of that document. ' +
    'The message offers the nearest defined ids; fix the typo, or create the entity or source it names.',
  examples: [
    {
      title: 'references to defined ids',
      workspace: { 'registry.gloss.md': EXAMPLE_REGISTRY },
      text: '[Khalaji]{#khalaji} said [it]{.claim #it by=khalaji src=fars-2023-07-03}, see [@fars-2023-07-03] and [this]{.claim src=#it}.\n',
      problems: [],
    },
    {
      title: 'a mistyped entity and a claim that does not exist',
      workspace: { 'registry.gloss.md': EXAMPLE_REGISTRY },
      text: '[Khalaji]{#khalaj} said [it]{.claim by=khalaji src=#said}.\n',
      problems: [
        '1:12-1:18 “khalaj” in a mention names nothing: no entity, source or document of the workspace has this id. Did you mean “khalaji”? Fix the id, or create entity “khalaj” under “entities:” in a front matter.',
        '1:52-1:57 “#said” names no claim: document “example” has no claim or quote with the id “said”. Give the claim that id ({.claim #said}), or fix the reference.',
      ],
    },
  ],
  check({ ws, doc }) {
    const findings: Finding[] = [];
    for (const reference of doc.references) {
      const message = unresolvedMessage(ws, reference);
      if (message !== null) findings.push({ range: reference.range, message });
    }
    return findings;
  },
};

/** Why the reference does not resolve, or null when it does. */
function unresolvedMessage(ws: Workspace, reference: Reference): string | null {
  const { id, fragment, target, role } = reference;
  // The kinds are kept per definitions version, a small table of the ids referenced, which reference-kind reads too.
  if (definitionKinds(ws, id).length === 0) {
    const kinds = EXPECTED_KINDS[role];
    const where = role === 'mention' || role === 'citation' ? `a ${role}` : FIELDS.includes(role) ? `the ${role} field` : `${role}=`;
    return (
      `“${id}” in ${where} names nothing: no entity, source or document of the workspace has this id. ` +
      didYouMean(nearestIds(ws, id, kinds)) +
      `Fix the id, or ${creation(id, kinds[0] ?? 'entity')}.`
    );
  }
  if (fragment === null || ws.hasClaim(id, fragment)) return null;
  if (!ws.hasDocument(id)) {
    const kind = definitionKinds(ws, id)[0] ?? 'entity';
    return `“${target}” names no claim: “${id}” is ${withArticle(kind)}, not a document. Write doc#claim with the id of the document that holds the claim.`;
  }
  const prefix = target.startsWith('#') ? '#' : `${id}#`;
  const candidates = nearestClaimIds(ws, id, fragment).map((claim) => `${prefix}${claim}`);
  return (
    `“${target}” names no claim: document “${id}” has no claim or quote with the id “${fragment}”. ` +
    didYouMean(candidates) +
    `Give the claim that id ({.claim #${fragment}}), or fix the reference.`
  );
}

function didYouMean(candidates: string[]): string {
  if (candidates.length === 0) return '';
  const quoted = candidates.map((candidate) => `“${candidate}”`);
  const last = quoted.pop() as string;
  return `Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}? `;
}

function creation(id: string, kind: string): string {
  if (kind === 'entity') return `create entity “${id}” under “entities:” in a front matter`;
  if (kind === 'source') return `create source “${id}” under “sources:” in a front matter`;
  return `add a document whose id is “${id}”`;
}
