/**
 * The messages between the reading view's page (`media/readingView.js`) and the extension. Messages from the page
 * are checked here before use, because the page shows text from the workspace. Pure and free of `vscode` imports.
 */

/** A position as LSP counts it: 0-based line and UTF-16 character. */
export interface ViewPosition {
  line: number;
  character: number;
}

/** A source range of an annotation, as the page reads it from `data-range`. */
export interface ViewRange {
  start: ViewPosition;
  end: ViewPosition;
}

/** From the page: it has loaded and wants the latest view; or the user clicked an annotation to reveal it. */
export type FromView = { type: 'ready' } | { type: 'reveal'; range: ViewRange };

/** To the page: new body content to show in place, or the editor's cursor line to scroll to. */
export type ToView = { type: 'update'; html: string } | { type: 'scrollTo'; line: number };

/** `data` as a message from the page, or null when it is not one of the known messages with well-formed fields. Pure. */
export function parseFromView(data: unknown): FromView | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; range?: unknown };
  if (message.type === 'ready') return { type: 'ready' };
  if (message.type !== 'reveal' || typeof message.range !== 'object' || message.range === null) return null;
  const { start, end } = message.range as { start?: unknown; end?: unknown };
  const from = positionOf(start);
  const to = positionOf(end);
  return from && to ? { type: 'reveal', range: { start: from, end: to } } : null;
}

function positionOf(value: unknown): ViewPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return isCount(line) && isCount(character) ? { line, character } : null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
