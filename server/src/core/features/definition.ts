/**
 * Go to definition: from any reference, mention text or definition to every place that defines it.
 */
import type { Location, Position } from '../model.js';
import type { Workspace } from '../workspace.js';
import { claimsWithId } from './lookup.js';
import { findTarget, type Target } from './target.js';

/**
 * The definitions of what is at `position`: every definition of a global id (several when it is duplicated),
 * or the `#id` of every claim a `doc#claim` names. Empty when nothing defines it. Pure.
 */
export function definition(ws: Workspace, uri: string, position: Position): Location[] {
  const target = findTarget(ws, uri, position);
  return target ? definitionsOf(ws, target) : [];
}

/** The definitions of a target, shared with references and highlights. */
export function definitionsOf(ws: Workspace, target: Target): Location[] {
  const claimId = claimIdOf(target);
  if (claimId !== null) {
    return claimsWithId(ws, target.id, claimId).map(({ doc, span }) => ({ uri: doc.uri, range: span.idRange ?? span.range }));
  }
  if (target.kind === 'claim-text') return [];
  return ws.definitions(target.id).map(({ uri, range }) => ({ uri, range }));
}

/** The claim id a target is about, or null when it is about a global id. */
export function claimIdOf(target: Target): string | null {
  if (target.kind === 'claim' || target.kind === 'claim-text') return target.fragment;
  if (target.kind === 'reference' && target.part === 'fragment') return target.fragment;
  return null;
}
