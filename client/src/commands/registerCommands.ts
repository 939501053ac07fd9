/**
 * Registers the commands of `contributes.commands`.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { ReadingViews } from '../readingView/readingViews.js';
import { annotateSelection } from './annotate.js';
import { linkAllUnlinkedMentions } from './linkAllUnlinkedMentions.js';
import { showUnsourcedClaims } from './showUnsourcedClaims.js';

/** Registers every Gloss command; `onRestarted` runs after the server restarts, so views ask the new one. */
export function registerCommands(context: vscode.ExtensionContext, client: GlossClient, onRestarted: () => void): void {
  const register = (id: string, run: () => Promise<void>) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register('gloss.annotateMention', () => annotateSelection(client, 'mention'));
  register('gloss.annotateClaim', () => annotateSelection(client, 'claim'));
  register('gloss.annotateQuote', () => annotateSelection(client, 'quote'));
  register('gloss.linkAllUnlinkedMentions', linkAllUnlinkedMentions);
  register('gloss.showUnsourcedClaims', () => showUnsourcedClaims(client));
  register('gloss.restartServer', async () => {
    await client.restart();
    onRestarted();
  });
  const readingViews = new ReadingViews(context.extensionUri, client);
  context.subscriptions.push(readingViews);
  // The editor title and context menus pass the document's URI; the command palette passes nothing.
  register('gloss.openReadingView', (uri?: vscode.Uri) => readingViews.open(uri));
}
