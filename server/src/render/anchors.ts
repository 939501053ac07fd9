/**
 * The ids and fragment links of the rendered page. The sanitiser prefixes every `id` with `user-content-`
 * (so that user content cannot clobber globals), and it leaves `href`s alone, so links are written with the prefix.
 * Anchors are built from valid ids and numbers only, never from free text.
 */

/** The prefix rehype-sanitize puts before every id and name. */
export const CLOBBER_PREFIX = 'user-content-';

import { isValidId } from '../core/index.js';

/** The id (before sanitising) of claim `claimId` in the text, or, for a claim without a valid id, of span `index`. */
export function claimAnchor(claimId: string | null, index: number): string {
  return claimId !== null && isValidId(claimId) ? `claim-${claimId}` : `span-${index}`;
}

/** The id (before sanitising) of the source numbered `number` in the sources list. */
export function sourceAnchor(number: number): string {
  return `source-${number}`;
}

/** A same-page link to an id given before sanitising. */
export function fragmentHref(anchor: string): string {
  return `#${CLOBBER_PREFIX}${anchor}`;
}
