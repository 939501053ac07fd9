/**
 * One reading view: a webview panel beside the editor that shows the server's rendering of one Gloss document,
 * re-rendered as the document changes, scrolled as the editor's cursor moves, and revealing annotations on click.
 */
import * as vscode from 'vscode';
import { debounce } from '../debounce.js';
import type { GlossClient } from '../glossClient.js';
import { toRange } from '../location.js';
import { ReadingViewRequest, type ReadingView } from '../protocol.js';
import { parseFromView, type FromView, type ToView } from './messages.js';
import { nonce } from './nonce.js';
import { escapeHtml, readingViewHtml, readingViewOptions } from './readingViewHtml.js';

/** How long typing must pause before the view asks the server again. */
const REFRESH_DELAY_MS = 200;

/**
 * The panel of one document. Holds state: the panel, its listeners, and the number of the latest request, so that
 * an answer overtaken by a newer one is dropped. Disposed with its panel.
 */
export class ReadingViewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly refreshSoon = debounce(() => void this.refresh(), REFRESH_DELAY_MS);
  private latestRequest = 0;
  private disposed = false;

  /** Opens the panel for `uri` beside `sourceColumn`; `onDisposed` runs when the user closes it. */
  static async open(mediaRoot: vscode.Uri, client: GlossClient, uri: vscode.Uri, sourceColumn: vscode.ViewColumn, onDisposed: () => void): Promise<ReadingViewPanel> {
    const view = await client.request(ReadingViewRequest, { uri: uri.toString() });
    return new ReadingViewPanel(mediaRoot, client, uri, sourceColumn, view ?? null, onDisposed);
  }

  private constructor(
    mediaRoot: vscode.Uri,
    private readonly client: GlossClient,
    readonly uri: vscode.Uri,
    private readonly sourceColumn: vscode.ViewColumn,
    view: ReadingView | null,
    onDisposed: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel('gloss.readingView', panelTitle(view, uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, readingViewOptions(mediaRoot));
    const webview = this.panel.webview;
    webview.html = readingViewHtml({
      cspSource: webview.cspSource,
      nonce: nonce(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'reading.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'readingView.js')).toString(),
      title: panelTitle(view, uri),
      body: view?.html ?? unavailable(uri),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((data: unknown) => void this.receive(parseFromView(data))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.uri.toString()) this.refreshSoon();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document.uri.toString() !== this.uri.toString()) return;
        const line = event.selections[0]?.active.line;
        if (line !== undefined) this.post({ type: 'scrollTo', line });
      }),
      // A restarted server has a new state; the view asks it again rather than keep what the old one answered.
      client.onDidStart(() => void this.refresh()),
    );
    this.panel.onDidDispose(() => {
      this.dispose();
      onDisposed();
    });
  }

  /** Brings the panel to the front without taking the focus from the editor. */
  show(): void {
    this.panel.reveal(undefined, true);
  }

  /** Asks the server for the view of the latest text and shows it in place; an answer that a newer request overtook is dropped. */
  async refresh(): Promise<void> {
    const request = ++this.latestRequest;
    const view = await this.client.request(ReadingViewRequest, { uri: this.uri.toString() });
    if (this.disposed || request !== this.latestRequest || view === undefined) return;
    this.panel.title = panelTitle(view, this.uri);
    this.post({ type: 'update', html: view?.html ?? unavailable(this.uri) });
  }

  private async receive(message: FromView | null): Promise<void> {
    if (message === null) return;
    if (message.type === 'ready') return this.refresh();
    // The editor showing the document, else the column the view was opened from, so the source never opens over the view.
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
    const document = shown?.document ?? (await vscode.workspace.openTextDocument(this.uri));
    const range = toRange(message.range);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? this.sourceColumn, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: ToView): void {
    // A hidden panel has no page to post to; when shown again its page loads afresh and asks with `ready`.
    if (this.panel.visible) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.refreshSoon.cancel();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

function panelTitle(view: ReadingView | null | undefined, uri: vscode.Uri): string {
  return `Reading: ${view?.title ?? uri.path.split('/').at(-1) ?? uri.toString()}`;
}

/** The body shown when no server runs or it does not know the document. */
function unavailable(uri: vscode.Uri): string {
  return `<p class="gloss-notice">The Gloss server has no view of ${escapeHtml(uri.toString())} yet; it appears when the server has read the file.</p>`;
}
