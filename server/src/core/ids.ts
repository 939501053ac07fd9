/**
 * The id grammar of DESIGN §1.1 and the split of `doc#claim` references.
 */

/** A whole id: a letter, then letters, digits and `_ . : -`. */
export const ID_PATTERN = /^[A-Z][\w.:-]*$/i;

/** Whether a string is a valid Gloss id. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** A reference target split into the global id it names and the claim fragment after `#`. */
export interface ReferenceTarget {
  id: string;
  fragment: string | null;
}

/**
 * Splits `doc#claim`, `#claim` (a claim in `currentDoc`) or a plain `id`.
 * Returns null when a part is not a valid id, so the caller can report it.
 */
export function splitTarget(target: string, currentDoc: string): ReferenceTarget | null {
  const hash = target.indexOf('#');
  if (hash < 0) return isValidId(target) ? { id: target, fragment: null } : null;
  const id = hash === 0 ? currentDoc : target.slice(0, hash);
  const fragment = target.slice(hash + 1);
  if (!isValidId(id) || !isValidId(fragment)) return null;
  return { id, fragment };
}
