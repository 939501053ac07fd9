/**
 * The Gloss extension's entry point: starts the bundled language server and wires the commands, views and
 * status bar, which show only what the server answers.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands.js';
import { GlossClient } from './glossClient.js';
import { StatusBar } from './statusBar.js';
import { registerViews } from './views/registerViews.js';

let client: GlossClient | undefined;

/** Starts the language client and registers everything the extension contributes. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Gloss', { log: true });
  client = new GlossClient(context.asAbsolutePath('dist/server.cjs'), output);
  context.subscriptions.push(output, client);
  const views = registerViews(context, client);
  const statusBar = new StatusBar(client);
  context.subscriptions.push(statusBar);
  registerCommands(context, client, () => {
    views.refresh();
    statusBar.refresh();
  });
  // The views are declared with `when: gloss.active`, so they appear only where Gloss runs.
  await vscode.commands.executeCommand('setContext', 'gloss.active', true);
  await client.start();
  views.refresh();
  statusBar.refresh();
}

/** Stops the language client, so the server process exits with the extension host. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
