/**
 * What the renderer knows about the one document it renders: the workspace, the Doc, and how the syntax tree's
 * nodes map onto the Doc's spans and citations. Built once per render; not changed afterwards.
 */
import { LineIndex, type Doc, type Workspace } from '../core/index.js';

/** Options of a render. */
export interface RenderOptions {
  /**
   * The address of the rendered page of another document, for links to its claims, or null when it has none.
   * Default: no page for any document, so links stay within the page.
   */
  pageHref?: (doc: Doc) => string | null;
  /**
   * Whether each mention, claim and quote carries its source range as `data-range="line:char-line:char"`, so the
   * VS Code reading view can reveal it in the editor. Default false: static pages have no editor to reveal in.
   */
  sourceRanges?: boolean;
}

/** The per-render lookup tables. */
export interface RenderContext {
  ws: Workspace;
  doc: Doc;
  pageHref: (doc: Doc) => string | null;
  /** Whether annotations carry their source range (`RenderOptions.sourceRanges`). */
  sourceRanges: boolean;
  /** The index in `doc.spans` of the span that starts at a UTF-16 offset. */
  spanAtOffset: Map<number, number>;
  /** The footnote number of every source key, in order of first citation, then of first `src=`. */
  sourceNumbers: Map<string, number>;
}

/** The context for rendering `doc` of `ws`. Pure. */
export function renderContext(ws: Workspace, doc: Doc, options: RenderOptions): RenderContext {
  const lines = new LineIndex(doc.text);
  const spanAtOffset = new Map<number, number>();
  doc.spans.forEach((span, index) => spanAtOffset.set(lines.offsetAt(span.range.start), index));
  return { ws, doc, pageHref: options.pageHref ?? (() => null), sourceRanges: options.sourceRanges ?? false, spanAtOffset, sourceNumbers: sourceNumbersOf(doc) };
}

function sourceNumbersOf(doc: Doc): Map<string, number> {
  const numbers = new Map<string, number>();
  const add = (key: string): void => {
    if (key !== '' && !numbers.has(key)) numbers.set(key, numbers.size + 1);
  };
  for (const citation of doc.citations) citation.keys.forEach(add);
  for (const span of doc.spans) {
    if (span.kind !== 'claim' && span.kind !== 'quote') continue;
    (span.attributes['src'] ?? '').split(',').forEach((entry) => add(entry.trim()));
  }
  return numbers;
}
