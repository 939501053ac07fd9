/**
 * Hover: the Markdown card of whatever is under the cursor (DESIGN §4).
 */
import type { Position, Range } from '../model.js';
import type { Workspace } from '../workspace.js';
import { documentCard, entityCard, sourceCard } from './cards.js';
import { claimCard } from './claimCard.js';
import { claimsWithId } from './lookup.js';
import { code } from './markdown.js';
import { findTarget } from './target.js';

/** A hover card and the range of the token it describes. */
export interface Hover {
  contents: string;
  range: Range;
}

/**
 * The card for the token at `position`: an entity, source or document for a global id,
 * a claim card for a claim id or a claim's text, and a short note for an id nothing defines. Pure.
 */
export function hover(ws: Workspace, uri: string, position: Position): Hover | null {
  const target = findTarget(ws, uri, position);
  if (!target) return null;
  const doc = ws.doc(uri);
  if (!doc) return null;
  if (target.kind === 'claim' || target.kind === 'claim-text') return { contents: claimCard(ws, doc, target.span), range: target.range };
  if (target.kind === 'reference' && target.part === 'fragment' && target.fragment !== null) {
    const claims = claimsWithId(ws, target.id, target.fragment);
    const first = claims[0];
    const contents = first
      ? claimCard(ws, first.doc, first.span)
      : `${code(`${target.id}#${target.fragment}`)} — no claim or quote of document ${code(target.id)} has the id ${code(target.fragment)}.`;
    return { contents, range: target.range };
  }
  const contents =
    entityCard(ws, target.id, uri) ??
    sourceCard(ws, target.id, uri) ??
    documentCard(ws, target.id, uri) ??
    `${code(target.id)} — nothing in the workspace defines this id.`;
  return { contents, range: target.range };
}
