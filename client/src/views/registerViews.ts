/**
 * Registers the Explorer views and keeps them current as documents and diagnostics change.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { ClaimsView } from './claimsView.js';
import { debounce } from '../debounce.js';
import { EntitiesView } from './entitiesView.js';
import { SourcesView } from './sourcesView.js';

/** How long the views wait after the last edit before asking the server again, so typing does not flood it. */
const REFRESH_DELAY_MS = 300;

/** The views' refresh, debounced: many events in a burst cost one round of requests. */
export interface Views {
  refresh(): void;
}

/** Registers `gloss.entities`, `gloss.claims` and `gloss.sources` and their refresh triggers. */
export function registerViews(context: vscode.ExtensionContext, client: GlossClient): Views {
  const entities = new EntitiesView(client);
  const claims = new ClaimsView(client);
  const sources = new SourcesView(client);
  const refresh = debounce(() => {
    entities.refresh();
    claims.refresh();
    sources.refresh();
  }, REFRESH_DELAY_MS);
  const isGloss = (document: vscode.TextDocument) => document.languageId === 'gloss';
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('gloss.entities', entities),
    vscode.window.registerTreeDataProvider('gloss.claims', claims),
    vscode.window.registerTreeDataProvider('gloss.sources', sources),
    vscode.workspace.onDidSaveTextDocument((document) => isGloss(document) && refresh()),
    vscode.workspace.onDidChangeTextDocument((event) => isGloss(event.document) && refresh()),
    // The server publishes diagnostics after it has re-read a file, which is when its lists have changed too.
    vscode.languages.onDidChangeDiagnostics(refresh),
    client.onDidStart(refresh),
    { dispose: refresh.cancel },
  );
  return { refresh };
}
