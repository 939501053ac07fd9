/**
 * Document highlight: the id under the cursor wherever it occurs in the same document.
 */
import type { Position, Range } from '../model.js';
import { compareRanges } from '../text.js';
import type { Workspace } from '../workspace.js';
import { claimIdOf } from './definition.js';
import { idPartRange } from './positions.js';
import { findTarget } from './target.js';

/** One occurrence: `write` where the id is defined, `read` where it is used. */
export interface DocumentHighlight {
  range: Range;
  kind: 'read' | 'write';
}

/** Every occurrence in this document of the id at `position`, in document order. Reads this Doc only. Pure. */
export function documentHighlights(ws: Workspace, uri: string, position: Position): DocumentHighlight[] {
  const doc = ws.doc(uri);
  const target = findTarget(ws, uri, position);
  if (!doc || !target) return [];
  const result: DocumentHighlight[] = [];
  const claimId = claimIdOf(target);
  if (claimId !== null) {
    for (const reference of doc.references) {
      if (reference.id === target.id && reference.fragment === claimId) result.push({ range: reference.range, kind: 'read' });
    }
    if (doc.id === target.id) {
      for (const span of doc.spans) {
        if ((span.kind === 'claim' || span.kind === 'quote') && span.id === claimId && span.idRange) result.push({ range: span.idRange, kind: 'write' });
      }
    }
  } else if (target.kind !== 'claim-text') {
    for (const reference of doc.references) {
      const range = reference.id === target.id ? idPartRange(reference) : null;
      if (range) result.push({ range, kind: 'read' });
    }
    if (doc.id === target.id && doc.idRange) result.push({ range: doc.idRange, kind: 'write' });
    for (const def of [...doc.entities, ...doc.sources]) if (def.id === target.id) result.push({ range: def.range, kind: 'write' });
  }
  return result.sort((a, b) => compareRanges(a.range, b.range));
}
