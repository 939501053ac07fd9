/**
 * The open reading views, one per document, and the command that opens or shows them.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { ReadingViewPanel } from './readingViewPanel.js';

/**
 * The reading views by document URI. Holds state: the open panels, removed as the user closes them. A panel is
 * kept as a promise from the moment it is asked for, so that a second click while the first is opening shows it.
 */
export class ReadingViews implements vscode.Disposable {
  private readonly panels = new Map<string, Promise<ReadingViewPanel>>();
  private readonly mediaRoot: vscode.Uri;

  constructor(
    extensionUri: vscode.Uri,
    private readonly client: GlossClient,
  ) {
    this.mediaRoot = vscode.Uri.joinPath(extensionUri, 'media');
  }

  /**
   * Opens the reading view of `uri` (from the editor title or context menu) or else of the active editor's
   * document, beside it; a document that already has a view gets that view shown instead.
   */
  async open(uri?: vscode.Uri): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const target = uri ?? editor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Open a Gloss file to see its reading view.');
      return;
    }
    const key = target.toString();
    const existing = this.panels.get(key);
    if (existing) {
      (await existing).show();
      return;
    }
    const opening = ReadingViewPanel.open(this.mediaRoot, this.client, target, editor?.viewColumn ?? vscode.ViewColumn.One, () => this.panels.delete(key));
    this.panels.set(key, opening);
    try {
      await opening;
    } catch (error) {
      // A failed request leaves no panel; the next click tries again.
      this.panels.delete(key);
      throw error;
    }
  }

  dispose(): void {
    const panels = [...this.panels.values()];
    this.panels.clear();
    for (const panel of panels) void panel.then((opened) => opened.dispose());
  }
}
