/**
 * Workspace symbols: documents, entities, sources, claims and quotes whose id or name matches a query.
 */
import type { Location } from '../model.js';
import type { Workspace } from '../workspace.js';
import { shorten } from './markdown.js';
import { ORIGIN } from './positions.js';
import { compareCodeUnits } from '../text.js';

/** One match of a workspace symbol query. */
export interface WorkspaceSymbol {
  name: string;
  kind: 'document' | 'entity' | 'source' | 'claim' | 'quote';
  location: Location;
  /** The human name beside the id: an entity's name, a source's or document's title, a claim's text. */
  containerName: string;
}

/** At most this many symbols are returned, the best matches first. */
export const MAX_WORKSPACE_SYMBOLS = 200;

/**
 * The symbols whose id or name matches `query`: a case-insensitive substring first, then the query's characters in order.
 * There is no name index, so it walks every Doc's definitions and claims (not its text) once,
 * which takes milliseconds on 10,000 documents. Pure.
 */
export function workspaceSymbols(ws: Workspace, query: string): WorkspaceSymbol[] {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const scored: { score: number; symbol: WorkspaceSymbol }[] = [];
  // The symbol is built only for a match, so a query over 10,000 documents allocates little.
  const consider = (name: string, container: string, make: () => WorkspaceSymbol): void => {
    const score = Math.min(scoreOf(name.toLowerCase(), wanted), scoreOf(container.toLowerCase(), wanted) + 1);
    if (score < Infinity) scored.push({ score, symbol: make() });
  };
  for (const doc of ws.allDocs()) {
    const title = doc.meta.title ?? '';
    consider(doc.id, title, () => ({ name: doc.id, kind: 'document', location: { uri: doc.uri, range: doc.idRange ?? ORIGIN }, containerName: title }));
    for (const entity of doc.entities) {
      consider(entity.id, entity.name, () => ({ name: entity.id, kind: 'entity', location: { uri: doc.uri, range: entity.range }, containerName: entity.name }));
    }
    for (const source of doc.sources) {
      const sourceTitle = source.title ?? '';
      consider(source.id, sourceTitle, () => ({ name: source.id, kind: 'source', location: { uri: doc.uri, range: source.range }, containerName: sourceTitle }));
    }
    for (const span of doc.spans) {
      if ((span.kind !== 'claim' && span.kind !== 'quote') || span.id === null) continue;
      const kind = span.kind;
      const name = `${doc.id}#${span.id}`;
      consider(name, span.text, () => ({ name, kind, location: { uri: doc.uri, range: span.idRange ?? span.range }, containerName: shorten(span.text, 80) }));
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || compareCodeUnits(a.symbol.name, b.symbol.name) || compareCodeUnits(a.symbol.location.uri, b.symbol.location.uri))
    .slice(0, MAX_WORKSPACE_SYMBOLS)
    .map((entry) => entry.symbol);
}

/** 0 for a prefix, 1 for a substring, 2 for the characters in order, Infinity for no match. */
function scoreOf(text: string, wanted: string): number {
  if (text.startsWith(wanted)) return 0;
  if (text.includes(wanted)) return 1;
  let i = 0;
  for (let k = 0; k < text.length && i < wanted.length; k++) if (text[k] === wanted[i]) i++;
  return i === wanted.length ? 2 : Infinity;
}
