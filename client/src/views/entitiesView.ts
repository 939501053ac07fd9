/**
 * The Entities view: the workspace's entities grouped by type, each with how often the corpus refers to it.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { revealCommand, toRange } from '../location.js';
import { EntitiesRequest, type EntityEntry } from '../protocol.js';

/** A type group or one entity of it. */
export type EntityNode = { kind: 'type'; type: string; entities: EntityEntry[] } | { kind: 'entity'; entry: EntityEntry; references: number | null };

/** Shown for entities whose definition gives no type. */
const UNTYPED = 'untyped';

/**
 * Lists the entities the server knows. Holds the last answer until `refresh`, so expanding a group asks for
 * nothing but that group's reference counts.
 */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  private entities: Promise<EntityEntry[]> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: GlossClient) {}

  /** Forgets the last answer and redraws the view. */
  refresh(): void {
    this.entities = undefined;
    this.changed.fire();
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      this.entities ??= this.client.request(EntitiesRequest, {}).then((entries) => entries ?? []);
      const groups = new Map<string, EntityEntry[]>();
      for (const entry of await this.entities) {
        const type = entry.type ?? UNTYPED;
        groups.set(type, [...(groups.get(type) ?? []), entry]);
      }
      return [...groups.keys()].sort().map((type) => ({ kind: 'type', type, entities: groups.get(type) ?? [] }));
    }
    if (node.kind === 'entity') return [];
    const running = this.client.running;
    return Promise.all(node.entities.map(async (entry) => ({ kind: 'entity' as const, entry, references: running ? await referenceCount(entry) : null })));
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(node.type, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.entities.length);
      item.contextValue = 'gloss.entityType';
      return item;
    }
    const { entry, references } = node;
    const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.None);
    // A duplicate id may be defined twice in one file, so the position keeps tree ids unique.
    item.id = `${entry.id}@${entry.location.uri}:${entry.location.range.start.line}:${entry.location.range.start.character}`;
    item.description = references === null ? `#${entry.id}` : `#${entry.id} · ${references} ${references === 1 ? 'reference' : 'references'}`;
    item.tooltip = `${entry.name} (#${entry.id}, ${entry.type ?? UNTYPED})`;
    item.iconPath = new vscode.ThemeIcon('symbol-class');
    item.contextValue = 'gloss.entity';
    item.command = revealCommand(entry.location, 'Reveal definition');
    return item;
  }
}

/**
 * How many references the server finds to the entity, its definition excluded; null when it cannot say.
 * The count comes from the standard references request, so the client counts nothing itself.
 */
async function referenceCount(entry: EntityEntry): Promise<number | null> {
  const uri = vscode.Uri.parse(entry.location.uri);
  const start = toRange(entry.location.range).start;
  const locations = await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, start);
  if (!locations) return null;
  const definition = toRange(entry.location.range);
  return locations.filter((l) => !(l.uri.toString() === uri.toString() && l.range.intersection(definition) !== undefined)).length;
}
