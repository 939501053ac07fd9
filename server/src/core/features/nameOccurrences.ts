/**
 * Entity names in prose, answered by the `unlinked-mention` rule's own name table and check,
 * so that the quick fixes link exactly what the rule reports.
 */
import type { Doc, Range } from '../model.js';
import { entityNames } from '../rules/entityNames.js';
import { unlinkedMention } from '../rules/unlinkedMention.js';
import { isSuppressed } from '../suppressions.js';
import type { LineIndex } from '../text.js';
import type { Workspace } from '../workspace.js';

/** The ids of the entities whose name or one of whose aliases is exactly `text` (trimmed), sorted. */
export function entitiesNamed(ws: Workspace, text: string): string[] {
  const name = text.trim();
  const first = /^[\p{L}\p{N}_]+/u.exec(name);
  if (!first) return [];
  return entityNames(ws).get(first[0])?.find((entry) => entry.name === name)?.ids ?? [];
}

/** The ranges of every unlinked name of entity `id` in `doc` that the rule reports and no comment suppresses, in document order. */
export function unlinkedOccurrences(ws: Workspace, doc: Doc, lines: LineIndex, id: string): Range[] {
  const findings = unlinkedMention.check?.({ ws, doc, lines }) ?? [];
  return findings
    .filter((finding) => !isSuppressed(doc.suppressions, 'unlinked-mention', finding.range.start.line))
    .filter((finding) => entitiesNamed(ws, doc.text.slice(lines.offsetAt(finding.range.start), lines.offsetAt(finding.range.end))).includes(id))
    .map((finding) => finding.range);
}
