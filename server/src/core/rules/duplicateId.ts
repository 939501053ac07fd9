/**
 * `duplicate-id`: a global id defined more than once, or a claim id used twice in one document.
 */
import { fileNameOf } from '../docId.js';
import type { Doc, Range, RelatedLocation } from '../model.js';
import type { Definition, Workspace } from '../workspace.js';
import { withArticle } from './expectedKinds.js';
import type { Finding, Rule } from './rule.js';

/** How many other definitions a message names; the related locations list them all. */
const NAMED_IN_MESSAGE = 3;

/** The `duplicate-id` rule. */
export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Two definitions share one global id, or two claims share one id in a document.',
  docs:
    'Documents, entities and sources share one namespace across the workspace, so a reference to an id ' +
    'defined twice is ambiguous. The problem is reported at every definition and points at all the others. ' +
    'Claim and quote ids are local to their document and must be unique there, because `doc#claim` names exactly one. ' +
    'Rename all definitions but one.',
  examples: [
    {
      title: 'a document, an entity, a source and two claims, each with its own id',
      text:
        '---\nid: notes\nentities:\n  khalaji:\n    name: Sepehr Khalaji\nsources:\n  fars:\n    title: Fars\n---\n' +
        '[One]{.claim #c1} and [two]{.claim #c2}.\n',
      problems: [],
    },
    {
      title: 'an entity that has the id of a document, and a claim id used twice',
      workspace: { 'khalaji.gloss.md': '# Notes on Khalaji\n' },
      text:
        '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n---\n' +
        '[One]{.claim #c1} and [two]{.claim #c1}.\n',
      problems: [
        '3:3-3:10 “khalaji” is defined 2 times: here as an entity, and as a document in khalaji.gloss.md. Documents, entities and sources share one namespace, so a reference to “khalaji” is ambiguous. Rename all but one.',
        '6:15-6:17 The claim id “c1” is used 2 times in this document, so “example#c1” is ambiguous. Give each claim or quote its own id.',
        '6:37-6:39 The claim id “c1” is used 2 times in this document, so “example#c1” is ambiguous. Give each claim or quote its own id.',
      ],
    },
  ],
  check({ ws, doc }) {
    return [...globalDuplicates(ws, doc), ...claimDuplicates(doc)];
  },
};

function globalDuplicates(ws: Workspace, doc: Doc): Finding[] {
  const local = [doc.id, ...doc.entities.map((entity) => entity.id), ...doc.sources.map((source) => source.id)];
  const localCount = new Map<string, number>();
  for (const id of local) localCount.set(id, (localCount.get(id) ?? 0) + 1);
  const findings: Finding[] = [];
  for (const [id, count] of localCount) {
    // Only a real duplicate pays for `definitions`, which reads every definition of the defining Docs.
    if (count < 2 && ws.definingCount(id) < 2) continue;
    const definitions = ws.definitions(id);
    if (definitions.length < 2) continue;
    for (const here of definitions.filter((definition) => definition.uri === doc.uri)) {
      const others = definitions.filter((definition) => definition !== here);
      findings.push({
        range: here.range,
        message:
          `“${id}” is defined ${definitions.length} times: here as ${withArticle(here.kind)}, and ${describe(others, doc.uri)}. ` +
          `Documents, entities and sources share one namespace, so a reference to “${id}” is ambiguous. Rename all but one.`,
        related: others.map((other) => ({
          uri: other.uri,
          range: other.range,
          message: `“${id}” is also defined here, as ${withArticle(other.kind)}.`,
        })),
      });
    }
  }
  return findings;
}

function claimDuplicates(doc: Doc): Finding[] {
  const byId = new Map<string, Range[]>();
  for (const span of doc.spans) {
    if ((span.kind !== 'claim' && span.kind !== 'quote') || span.id === null || span.idRange === null) continue;
    const ranges = byId.get(span.id);
    if (ranges) ranges.push(span.idRange);
    else byId.set(span.id, [span.idRange]);
  }
  const findings: Finding[] = [];
  for (const [id, ranges] of byId) {
    if (ranges.length < 2) continue;
    for (const range of ranges) {
      const related: RelatedLocation[] = ranges
        .filter((other) => other !== range)
        .map((other) => ({ uri: doc.uri, range: other, message: `The claim id “${id}” is also used here.` }));
      findings.push({
        range,
        message: `The claim id “${id}” is used ${ranges.length} times in this document, so “${doc.id}#${id}” is ambiguous. Give each claim or quote its own id.`,
        related,
      });
    }
  }
  return findings;
}

/** “as a source in registry.gloss.md, as a document in a.gloss.md and 2 more”. */
function describe(others: Definition[], uri: string): string {
  const named = others
    .slice(0, NAMED_IN_MESSAGE)
    .map((other) => `as ${withArticle(other.kind)} ${other.uri === uri ? 'also in this file' : `in ${fileNameOf(other.uri)}`}`);
  const rest = others.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}
