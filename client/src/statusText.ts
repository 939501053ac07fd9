/**
 * The status-bar text for a document's claim counts. Pure, so it is tested without VS Code.
 */
import type { DocumentStats } from './protocol.js';

/** The text for a document's counts, e.g. “$(check) 5/7 claims sourced”, with a warning icon while any lacks a source. */
export function statusText(stats: DocumentStats): string {
  const total = stats.sourced + stats.unsourced;
  const icon = stats.unsourced === 0 ? '$(check)' : '$(warning)';
  return `${icon} ${stats.sourced}/${total} ${total === 1 ? 'claim' : 'claims'} sourced`;
}
