/**
 * The refactors that wrap a selection of body text in a mention, a claim or a quote.
 */
import type { Doc, Range } from '../model.js';
import type { LineIndex } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import type { Workspace } from '../workspace.js';
import type { CodeAction } from './codeActions.js';
import { entitiesNamed } from './nameOccurrences.js';

/**
 * “Annotate selection as mention / claim / quote” for a non-empty selection of body text.
 * The selection is trimmed of surrounding white space; none is offered when it crosses a paragraph break
 * or cuts through a span or citation, since wrapping it would break the markup.
 * A mention takes the entity whose name or alias is exactly the selected text, else an empty `{#}` to fill in.
 */
export function selectionRefactors(ws: Workspace, doc: Doc, range: Range): CodeAction[] {
  const lines = lineIndexOf(doc);
  let start = lines.offsetAt(range.start);
  let end = lines.offsetAt(range.end);
  while (start < end && /\s/.test(doc.text[start] as string)) start++;
  while (end > start && /\s/.test(doc.text[end - 1] as string)) end--;
  if (start >= end) return [];
  if (doc.frontMatterRange && start < lines.offsetAt(doc.frontMatterRange.end)) return [];
  const selected = doc.text.slice(start, end);
  if (/\n[ \t]*\r?\n/.test(selected) || cutsMarkup(doc, lines, start, end)) return [];
  const wrap = (suffix: string) => ({
    [doc.uri]: [
      { range: lines.rangeOf(start, start), newText: '[' },
      { range: lines.rangeOf(end, end), newText: `]{${suffix}}` },
    ],
  });
  const entity = entitiesNamed(ws, selected)[0];
  return [
    {
      title: entity ? `Annotate selection as mention of #${entity}` : 'Annotate selection as mention…',
      kind: 'refactor.rewrite',
      edits: wrap(`#${entity ?? ''}`),
    },
    { title: 'Annotate selection as claim', kind: 'refactor.rewrite', edits: wrap('.claim') },
    { title: 'Annotate selection as quote', kind: 'refactor.rewrite', edits: wrap('.quote') },
  ];
}

/** Whether `start..end` holds part of a span or citation without holding all of it (inside a span's text is fine). */
function cutsMarkup(doc: Doc, lines: LineIndex, start: number, end: number): boolean {
  const outside = (from: number, to: number): boolean => end <= from || start >= to || (start <= from && end >= to);
  for (const span of doc.spans) {
    const from = lines.offsetAt(span.range.start);
    const to = lines.offsetAt(span.range.end);
    const inside = start >= lines.offsetAt(span.contentRange.start) && end <= lines.offsetAt(span.contentRange.end);
    if (!outside(from, to) && !inside) return true;
  }
  return doc.citations.some((citation) => !outside(lines.offsetAt(citation.range.start), lines.offsetAt(citation.range.end)));
}
