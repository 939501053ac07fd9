/**
 * Which documents' diagnostics a change to one document can alter, as the core's dependency rules say.
 */
import { dependentUris as coreDependentUris, docFacts } from '../core/index.js';
import type { DocChange } from './state.js';

/** The URIs to check again after `change`: the document itself and every document whose problems can depend on it. Pure. */
export function dependentUris(change: DocChange): Set<string> {
  return coreDependentUris(change.uri, docFacts(change.before, change.uri), change.after);
}
