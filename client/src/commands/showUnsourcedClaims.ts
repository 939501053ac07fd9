/**
 * “Show unsourced claims”: a quick pick of the claims and quotes that have no source; choosing one reveals it.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { reveal } from '../location.js';
import { ClaimsRequest, type ClaimEntry } from '../protocol.js';

type ClaimPick = vscode.QuickPickItem & { entry: ClaimEntry };

/**
 * Lists the unsourced claims of the active Gloss document first, then of the rest of the workspace,
 * as the server judges them.
 */
export async function showUnsourcedClaims(client: GlossClient): Promise<void> {
  const claims = (await client.request(ClaimsRequest, {})) ?? [];
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const unsourced = claims.filter((c) => !c.sourced);
  const ordered = [...unsourced.filter((c) => c.location.uri === active), ...unsourced.filter((c) => c.location.uri !== active)];
  if (ordered.length === 0) {
    void vscode.window.showInformationMessage(claims.length === 0 ? 'The workspace has no claims yet.' : 'Every claim and quote has a source.');
    return;
  }
  const items: ClaimPick[] = ordered.map((entry) => ({
    label: entry.text,
    description: [entry.docId, entry.id === null ? null : `#${entry.id}`].filter((s) => s !== null).join(' '),
    detail: `${entry.kind === 'quote' ? 'Quote' : 'Claim'}, line ${entry.location.range.start.line + 1}`,
    entry,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Unsourced claims (${items.length})`,
    placeHolder: 'Choose a claim to reveal it',
    matchOnDescription: true,
  });
  if (picked) await reveal(picked.entry.location);
}
