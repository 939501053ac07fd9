/**
 * The Sources view: every source defined in the workspace, with its title, publisher and date.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { revealCommand } from '../location.js';
import { SourcesRequest, type SourceEntry } from '../protocol.js';

/** Lists the sources the server knows. Holds the last answer until `refresh`. */
export class SourcesView implements vscode.TreeDataProvider<SourceEntry> {
  private readonly changed = new vscode.EventEmitter<void>();

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: GlossClient) {}

  /** Redraws the view, which asks the server again. */
  refresh(): void {
    this.changed.fire();
  }

  async getChildren(entry?: SourceEntry): Promise<SourceEntry[]> {
    if (entry) return [];
    return (await this.client.request(SourcesRequest, {})) ?? [];
  }

  getTreeItem(entry: SourceEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(entry.title ?? entry.id, vscode.TreeItemCollapsibleState.None);
    // A duplicate id may be defined twice in one file, so the position keeps tree ids unique.
    item.id = `${entry.id}@${entry.location.uri}:${entry.location.range.start.line}:${entry.location.range.start.character}`;
    item.description = [`#${entry.id}`, entry.publisher, entry.date].filter((s) => s !== null).join(' · ');
    item.tooltip = [entry.title, entry.publisher && `Published by #${entry.publisher}`, entry.date].filter(Boolean).join('\n') || entry.id;
    item.iconPath = new vscode.ThemeIcon('book');
    item.contextValue = 'gloss.source';
    item.command = revealCommand(entry.location, 'Reveal definition');
    return item;
  }
}
