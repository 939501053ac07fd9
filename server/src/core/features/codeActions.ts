/**
 * Code actions: the quick fixes of `unresolved-reference` and `unlinked-mention`,
 * and the refactors that annotate a selection as a mention, a claim or a quote.
 */
import type { Doc, Problem, Range, Reference, TextEdit, WorkspaceEdits } from '../model.js';
import { EXPECTED_KINDS } from '../rules/expectedKinds.js';
import { nearestClaimIds, nearestIds } from '../rules/nearestIds.js';
import { type LineIndex, compareRanges } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import type { Workspace } from '../workspace.js';
import { definitionInsert } from './definitionInsert.js';
import { relativeName } from './lookup.js';
import { entitiesNamed, unlinkedOccurrences } from './nameOccurrences.js';
import { fragmentRange, idPartRange, intersects } from './positions.js';
import { selectionRefactors } from './selectionRefactors.js';

/** A fix or a refactor: edits to documents of the workspace, and the problem it fixes. */
export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'refactor.rewrite';
  edits: WorkspaceEdits;
  diagnostic?: Problem;
  isPreferred?: boolean;
}

/**
 * The actions for `range` of the document at `uri`: quick fixes for the given problems that touch the range,
 * then the selection refactors. Every edit targets a document of the workspace. Pure.
 */
export function codeActions(ws: Workspace, uri: string, range: Range, problems: Problem[]): CodeAction[] {
  const doc = ws.doc(uri);
  if (!doc) return [];
  const actions: CodeAction[] = [];
  for (const problem of problems) {
    if (!intersects(problem.range, range)) continue;
    if (problem.code === 'unresolved-reference') actions.push(...unresolvedFixes(ws, doc, problem));
    else if (problem.code === 'unlinked-mention') actions.push(...unlinkedFixes(ws, doc, problem));
  }
  actions.push(...selectionRefactors(ws, doc, range));
  return actions;
}

function unresolvedFixes(ws: Workspace, doc: Doc, problem: Problem): CodeAction[] {
  const reference = doc.references.find((r) => compareRanges(r.range, problem.range) === 0);
  if (!reference) return [];
  const actions: CodeAction[] = [];
  if (ws.definingCount(reference.id) > 0) {
    const range = fragmentRange(reference);
    if (!range || reference.fragment === null) return [];
    const prefix = reference.target.slice(0, reference.target.indexOf('#') + 1);
    for (const claimId of nearestClaimIds(ws, reference.id, reference.fragment)) {
      actions.push(replacement(doc, problem, range, claimId, `${prefix}${claimId}`));
    }
  } else {
    const range = idPartRange(reference);
    if (range) for (const id of nearestIds(ws, reference.id, EXPECTED_KINDS[reference.role])) actions.push(replacement(doc, problem, range, id, id));
    const create = createFix(ws, doc, problem, reference);
    if (create) actions.push(create);
  }
  // One candidate is almost surely what was meant; with several, the user must choose.
  const replacements = actions.filter((action) => action.title.startsWith('Replace'));
  if (replacements.length === 1 && replacements[0]) replacements[0].isPreferred = true;
  return actions;
}

function replacement(doc: Doc, problem: Problem, range: Range, newText: string, shown: string): CodeAction {
  return { title: `Replace with “${shown}”`, kind: 'quickfix', edits: { [doc.uri]: [{ range, newText }] }, diagnostic: problem };
}

/** “Create entity/source” in the file that already defines the most of that kind, else in this one. */
function createFix(ws: Workspace, doc: Doc, problem: Problem, reference: Reference): CodeAction | null {
  if (reference.fragment !== null) return null;
  const kind = EXPECTED_KINDS[reference.role][0];
  if (kind !== 'entity' && kind !== 'source') return null;
  const section = kind === 'entity' ? 'entities' : 'sources';
  const registry = registryOf(ws, doc, section);
  const edit = definitionInsert(registry, section, reference.id);
  if (!edit) return null;
  return {
    title: `Create ${kind} “${reference.id}” in ${relativeName(doc.uri, registry.uri)}`,
    kind: 'quickfix',
    edits: { [registry.uri]: [edit] },
    diagnostic: problem,
  };
}

/** The Doc with the most definitions of `section`: this one when it ties, else the first such by URI. */
function registryOf(ws: Workspace, doc: Doc, section: 'entities' | 'sources'): Doc {
  let best = doc;
  // A Doc that defines none of `section` never wins, so only the ones that define some are compared.
  for (const candidate of ws.docsDefining(section === 'entities' ? 'entity' : 'source')) {
    const more = candidate[section].length - best[section].length;
    if (more > 0 || (more === 0 && best !== doc && candidate.uri < best.uri)) best = candidate;
  }
  return best;
}

function unlinkedFixes(ws: Workspace, doc: Doc, problem: Problem): CodeAction[] {
  const lines = lineIndexOf(doc);
  const start = lines.offsetAt(problem.range.start);
  const end = lines.offsetAt(problem.range.end);
  const name = doc.text.slice(start, end);
  const ids = entitiesNamed(ws, name);
  const actions: CodeAction[] = [];
  for (const id of ids) {
    actions.push({
      title: `Link “${name}” to #${id}`,
      kind: 'quickfix',
      edits: { [doc.uri]: wrap(lines, start, end, id) },
      diagnostic: problem,
      isPreferred: ids.length === 1,
    });
    const all = unlinkedOccurrences(ws, doc, lines, id);
    if (all.length > 1) {
      actions.push({
        title: `Link all unlinked mentions of #${id} in this file`,
        kind: 'quickfix',
        edits: { [doc.uri]: all.flatMap((range) => wrap(lines, lines.offsetAt(range.start), lines.offsetAt(range.end), id)) },
        diagnostic: problem,
      });
    }
  }
  return actions;
}

function wrap(lines: LineIndex, start: number, end: number, id: string): TextEdit[] {
  return [
    { range: lines.rangeOf(start, start), newText: '[' },
    { range: lines.rangeOf(end, end), newText: `]{#${id}}` },
  ];
}
