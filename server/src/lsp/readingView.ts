/**
 * The answer to `gloss/readingView`: the renderer's sanitised fragment of one document, with source ranges on its
 * annotations so that the VS Code webview can reveal them, and the document version it was rendered from.
 */
import { renderDocument } from '../render/index.js';
import type { ReadingView } from './protocol.js';
import type { Snapshot } from './state.js';

/** The reading view of document `uri` in `snapshot`, or null when the snapshot has no such document. Pure. */
export function readingView(snapshot: Snapshot, uri: string): ReadingView | null {
  const rendered = renderDocument(snapshot.workspace, uri, { sourceRanges: true });
  if (!rendered) return null;
  return { html: rendered.html, title: rendered.title, version: snapshot.versions.get(uri) ?? null };
}
