/**
 * The Claims view: every claim and quote of the workspace, per document, marked sourced or unsourced.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { revealCommand } from '../location.js';
import { ClaimsRequest, type ClaimEntry } from '../protocol.js';

/** A document with its claims, or one claim. */
export type ClaimNode = { kind: 'document'; uri: string; docId: string; claims: ClaimEntry[] } | { kind: 'claim'; entry: ClaimEntry };

/** Lists the claims the server knows. Holds the last answer until `refresh`. */
export class ClaimsView implements vscode.TreeDataProvider<ClaimNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  private claims: Promise<ClaimEntry[]> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: GlossClient) {}

  /** Forgets the last answer and redraws the view. */
  refresh(): void {
    this.claims = undefined;
    this.changed.fire();
  }

  async getChildren(node?: ClaimNode): Promise<ClaimNode[]> {
    if (node) return node.kind === 'document' ? node.claims.map((entry) => ({ kind: 'claim', entry })) : [];
    this.claims ??= this.client.request(ClaimsRequest, {}).then((entries) => entries ?? []);
    // The server lists claims by document URI, so each document's claims are already contiguous and in order.
    const documents: Extract<ClaimNode, { kind: 'document' }>[] = [];
    for (const entry of await this.claims) {
      const last = documents.at(-1);
      if (last && last.uri === entry.location.uri) last.claims.push(entry);
      else documents.push({ kind: 'document', uri: entry.location.uri, docId: entry.docId, claims: [entry] });
    }
    return documents;
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.kind === 'document') {
      const item = new vscode.TreeItem(node.docId, vscode.TreeItemCollapsibleState.Expanded);
      const unsourced = node.claims.filter((c) => !c.sourced).length;
      item.description = `${node.claims.length} · ${unsourced} unsourced`;
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'gloss.claimDocument';
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.text, vscode.TreeItemCollapsibleState.None);
    item.description = [entry.id === null ? null : `#${entry.id}`, entry.kind, entry.sourced ? 'sourced' : 'unsourced'].filter((s) => s !== null).join(' · ');
    item.tooltip = `${entry.kind === 'quote' ? 'Quote' : 'Claim'}${entry.sourced ? '' : ' without a source'}: ${entry.text}`;
    item.iconPath = entry.sourced
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    item.contextValue = entry.sourced ? 'gloss.claim.sourced' : 'gloss.claim.unsourced';
    item.command = revealCommand(entry.location, 'Reveal claim');
    return item;
  }
}
