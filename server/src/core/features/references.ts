/**
 * Find references: every use of the id under the cursor across the workspace.
 */
import type { Location, Position } from '../model.js';
import { compareRanges } from '../text.js';
import type { Workspace } from '../workspace.js';
import { claimIdOf, definitionsOf } from './definition.js';
import { claimReferences, referencesTo } from './lookup.js';
import { idPartRange } from './positions.js';
import { findTarget, type Target } from './target.js';

/**
 * Every reference to what is at `position`, plus its definitions when `includeDeclaration` is set,
 * sorted by URI then range. For a global id each location is the id as written (the `doc` of `doc#claim`);
 * for a claim it is the whole `doc#claim` or `#claim`. Reads only the Docs the index names. Pure.
 */
export function references(ws: Workspace, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const target = findTarget(ws, uri, position);
  if (!target) return [];
  const locations = referenceLocations(ws, target);
  if (includeDeclaration) locations.push(...definitionsOf(ws, target));
  return sortLocations(locations);
}

/** The locations that use a target, without its definitions. */
export function referenceLocations(ws: Workspace, target: Target): Location[] {
  const claimId = claimIdOf(target);
  if (claimId !== null) return claimReferences(ws, target.id, claimId).map(({ doc, reference }) => ({ uri: doc.uri, range: reference.range }));
  if (target.kind === 'claim-text') return [];
  const result: Location[] = [];
  for (const { doc, reference } of referencesTo(ws, target.id)) {
    const range = idPartRange(reference);
    if (range) result.push({ uri: doc.uri, range });
  }
  return result;
}

/** Sorts locations by URI then range and drops exact repeats. */
export function sortLocations(locations: Location[]): Location[] {
  const sorted = [...locations].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : compareRanges(a.range, b.range)));
  return sorted.filter((location, i) => {
    const previous = sorted[i - 1];
    return !previous || previous.uri !== location.uri || compareRanges(previous.range, location.range) !== 0;
  });
}
