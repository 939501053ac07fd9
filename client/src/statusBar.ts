/**
 * The status-bar item with the active Gloss document's sourced-claim ratio.
 */
import * as vscode from 'vscode';
import type { GlossClient } from './glossClient.js';
import { DocumentStatsRequest } from './protocol.js';
import { statusText } from './statusText.js';
import { debounce } from './debounce.js';

/** How long the item waits after the last edit before asking the server again. */
const REFRESH_DELAY_MS = 300;

/**
 * Shows the active editor's counts while it holds a Gloss document that has claims, and hides otherwise.
 * Holds state: the item and its pending refresh. Clicking it runs “Show unsourced claims”.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gloss.claims', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private readonly debounced = debounce(() => void this.update(), REFRESH_DELAY_MS);

  constructor(private readonly client: GlossClient) {
    this.item.name = 'Gloss claims';
    this.item.command = 'gloss.showUnsourcedClaims';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && this.refresh()),
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
      client.onDidStart(() => this.refresh()),
    ];
  }

  /** Asks the server again for the active document's counts, after a short quiet period. */
  refresh(): void {
    this.debounced();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'gloss') {
      this.item.hide();
      return;
    }
    const stats = await this.client.request(DocumentStatsRequest, { textDocument: { uri: document.uri.toString() } });
    // The editor may have changed while the server answered; the newer update decides then.
    if (vscode.window.activeTextEditor?.document !== document) return;
    if (!stats || stats.sourced + stats.unsourced === 0) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(stats);
    this.item.tooltip = `${stats.claims} claims and ${stats.quotes} quotes; ${stats.unsourced} without a source. Click to list them.`;
    this.item.show();
  }

  dispose(): void {
    this.debounced.cancel();
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
