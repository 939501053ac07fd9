/**
 * Which documents' diagnostics a change to one document can alter, as the core's dependency rules say.
 */
import { dependentUris as coreDependentUris } from '../core/index.js';
import type { DocChange } from './state.js';

/** The URIs to check again after `change`: the document itself and every document whose problems can depend on it. Pure. */
export function dependentUris(change: DocChange): Set<string> {
  return coreDependentUris(change.uri, change.before.summary(change.uri), change.after);
}
