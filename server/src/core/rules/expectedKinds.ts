/**
 * What each place of a reference may point at (DESIGN §1.2, §1.3 and the YAML fields of §1.1).
 */
import type { ReferenceRole } from '../model.js';
import type { DefinitionKind } from '../symbols.js';

/**
 * The kinds of global definition that a reference in each role may name.
 * For `same=`, `supports=` and `contradicts=` the id is the document part of `doc#claim`.
 */
export const EXPECTED_KINDS: Readonly<Record<ReferenceRole, readonly DefinitionKind[]>> = {
  mention: ['entity'],
  by: ['entity'],
  outlet: ['entity'],
  publisher: ['entity'],
  src: ['source', 'document'],
  citation: ['source', 'document'],
  related: ['document'],
  same: ['document'],
  supports: ['document'],
  contradicts: ['document'],
};

/** How a definition kind reads in a message: “an entity”, “a source”, “a document”. */
export function withArticle(kind: DefinitionKind): string {
  return kind === 'entity' ? 'an entity' : `a ${kind}`;
}
