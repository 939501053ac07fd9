/**
 * The completion items of ids: entities, sources, documents and claims, with their names and types as detail.
 */
import type { Doc, Range } from '../model.js';
import type { Workspace } from '../workspace.js';
import { shorten } from './markdown.js';

/** What a completion item inserts: an id of some kind, an attribute key, a value, a YAML field or a class. */
export type CompletionKind = 'entity' | 'source' | 'document' | 'claim' | 'attribute' | 'value' | 'field' | 'class';

/** One completion, in core terms; `replaceRange` is the partial word it replaces. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail: string;
  documentation?: string;
  insertText?: string;
  replaceRange?: Range;
  sortText?: string;
}

/** Claim completions stop here: a huge corpus must not turn one keystroke into a list of every claim it holds. */
export const MAX_CLAIM_ITEMS = 2000;

/** Every entity of the workspace, once per id, from the Docs that define entities. */
export function entityItems(ws: Workspace, range: Range): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const doc of ws.docsDefining('entity')) {
    for (const entity of doc.entities) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      const name = entity.name || entity.id;
      const item: CompletionItem = { label: entity.id, kind: 'entity', detail: entity.type ? `${entity.type} — ${name}` : name, replaceRange: range };
      if (entity.description) item.documentation = entity.description;
      items.push(item);
    }
  }
  return items.sort(byLabel);
}

/** Every source of the workspace, once per id, with its kind and title. */
export function sourceItems(ws: Workspace, range: Range): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const doc of ws.docsDefining('source')) {
    for (const source of doc.sources) {
      if (seen.has(source.id)) continue;
      seen.add(source.id);
      const detail = `${source.kind ?? 'source'} — ${source.title ?? source.id}`;
      items.push({ label: source.id, kind: 'source', detail, replaceRange: range });
    }
  }
  return items.sort(byLabel);
}

/** Every document id but `exceptUri`'s own, with its title. */
export function documentItems(ws: Workspace, range: Range, exceptUri: string): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const doc of ws.allDocs()) {
    if (doc.uri === exceptUri || seen.has(doc.id)) continue;
    seen.add(doc.id);
    items.push({ label: doc.id, kind: 'document', detail: `document — ${doc.meta.title ?? doc.id}`, replaceRange: range });
  }
  return items.sort(byLabel);
}

/**
 * Claims as `#claim` for the current document and `doc#claim` for the others.
 * When the partial text already names a document (`doc#…`), only that document's claims are listed.
 */
export function claimItems(ws: Workspace, current: Doc, partial: string, range: Range): CompletionItem[] {
  const hash = partial.indexOf('#');
  const named = hash > 0 ? ws.docById(partial.slice(0, hash)) : undefined;
  const docs = named ? [named] : hash === 0 ? [current] : ws.allDocs();
  const items: CompletionItem[] = [];
  for (const doc of docs) {
    for (const span of doc.spans) {
      if ((span.kind !== 'claim' && span.kind !== 'quote') || span.id === null) continue;
      const label = doc.uri === current.uri ? `#${span.id}` : `${doc.id}#${span.id}`;
      items.push({ label, kind: 'claim', detail: `${span.kind} — ${shorten(span.text, 80)}`, replaceRange: range });
      if (items.length >= MAX_CLAIM_ITEMS) return items.sort(byLabel);
    }
  }
  return items.sort(byLabel);
}

/** Fixed values (statuses, entity types, source kinds) as items. */
export function valueItems(values: readonly string[], detail: string, range: Range): CompletionItem[] {
  return values.map((value) => ({ label: value, kind: 'value', detail, replaceRange: range }));
}

function byLabel(a: CompletionItem, b: CompletionItem): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}
