/**
 * What the workspace index keeps of a document besides the Doc itself: its id, symbols, definitions with their ranges
 * and entity names. A summary is a plain, JSON-serialisable value, so a host can store it with the hash of the text it
 * was made from and build a Workspace from stored summaries without parsing (see `DocSource`).
 */
import type { Doc, Range } from './model.js';
import { entityNamesKey, symbolsOf, type DefinitionKind, type DocSymbols } from './symbols.js';

/** One global definition of a document: its kind, id and the range `Workspace.definitions` reports. */
export interface SummaryDefinition {
  kind: DefinitionKind;
  id: string;
  range: Range;
}

/** The position-free symbols of a Doc plus the few positions the index answers from without the Doc. */
export interface DocSummary {
  /** The document id. */
  id: string;
  symbols: DocSymbols;
  /** The document's id, then its entities and then its sources, in written order, duplicates included. */
  definitions: SummaryDefinition[];
  /** Its entities' ids, names and aliases in one comparable string (`entityNamesKey`). */
  names: string;
}

/**
 * A document given to the workspace by its summary and a way to parse it again. `load` must return the Doc that
 * `summary` was made from (the host keeps the text or checks its hash); the workspace calls it only when a feature
 * needs more than the summary, and keeps the result only in a small shared cache.
 */
export interface DocSource {
  uri: string;
  summary: DocSummary;
  load: () => Doc;
}

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The summary of a Doc. */
export function summarise(doc: Doc): DocSummary {
  const definitions: SummaryDefinition[] = [{ kind: 'document', id: doc.id, range: doc.idRange ?? ORIGIN }];
  for (const entity of doc.entities) definitions.push({ kind: 'entity', id: entity.id, range: entity.range });
  for (const source of doc.sources) definitions.push({ kind: 'source', id: source.id, range: source.range });
  return { id: doc.id, symbols: symbolsOf(doc), definitions, names: entityNamesKey(doc) };
}
