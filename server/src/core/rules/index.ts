/**
 * Every diagnostic code of Gloss with its documentation, and the lint rules that `check` runs.
 */
import type { Rule } from './rule.js';
import { duplicateId } from './duplicateId.js';
import { missingMetadata } from './missingMetadata.js';
import { analysisLimit, invalidAttribute, invalidEncoding, invalidFrontMatter, malformedCitation, malformedSpan } from './parseCodes.js';
import { quoteMismatch } from './quoteMismatch.js';
import { referenceKind } from './referenceKind.js';
import { unlinkedMention } from './unlinkedMention.js';
import { unresolvedReference } from './unresolvedReference.js';
import { unsourcedClaim } from './unsourcedClaim.js';
import { unusedDefinition } from './unusedDefinition.js';

/**
 * Every code, in the order of DESIGN §3 followed by the parser's and the host's own.
 * Entries with a `check` are the lint rules; the others document problems that `Doc.problems` or the host carry.
 * A constant; nothing here holds state.
 */
export const RULES: readonly Rule[] = [
  unsourcedClaim,
  unresolvedReference,
  duplicateId,
  referenceKind,
  invalidAttribute,
  invalidFrontMatter,
  missingMetadata,
  quoteMismatch,
  unlinkedMention,
  unusedDefinition,
  malformedSpan,
  malformedCitation,
  analysisLimit,
  invalidEncoding,
];

export type { Finding, Rule, RuleContext, RuleExample, RuleMeta } from './rule.js';
export { nearestClaimIds, nearestIds } from './nearestIds.js';
export { EXPECTED_KINDS } from './expectedKinds.js';
