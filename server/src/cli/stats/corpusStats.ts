/**
 * The numbers of `gloss stats`: per document and per outlet, computed from a workspace.
 */
import { check, entityOf, isSourced, type RuleConfig, type Workspace } from '../../core/index.js';
import { compareStrings } from '../../host/index.js';

/** The counts shared by a document row and an outlet row. */
export interface Counts {
  mentions: number;
  /** Distinct entity ids mentioned. */
  entities: number;
  claims: number;
  quotes: number;
  /** Claims and quotes that are sourced, as the `unsourced-claim` rule decides. */
  sourced: number;
  /** `sourced / (claims + quotes)` rounded to 4 decimals, or null when there are neither. */
  sourcedRatio: number | null;
  /** `unresolved-reference` problems that `gloss check` reports. */
  unresolved: number;
}

/** One document's row. */
export interface DocumentStats extends Counts {
  path: string;
  document: string;
  outlet: string | null;
}

/** One outlet's row; documents without an outlet are grouped under `outlet: null`. */
export interface OutletStats extends Counts {
  outlet: string | null;
  /** The outlet entity's name when some document defines it, else null. */
  name: string | null;
  documents: number;
}

/** The whole result: documents by path, outlets by id with the outlet-less group last. */
export interface CorpusStats {
  documents: DocumentStats[];
  outlets: OutletStats[];
}

/** A file of the corpus: its workspace URI and its path as printed. */
export interface StatsFile {
  uri: string;
  relativePath: string;
}

/** Computes the statistics of `files` in `ws`, with `config` deciding which problems count. Pure and deterministic. */
export function corpusStats(ws: Workspace, files: readonly StatsFile[], config: RuleConfig): CorpusStats {
  const documents: DocumentStats[] = [];
  const byOutlet = new Map<string | null, { docs: number; entityIds: Set<string>; totals: Counts }>();
  for (const file of [...files].sort((a, b) => compareStrings(a.relativePath, b.relativePath))) {
    const doc = ws.doc(file.uri);
    if (!doc) continue;
    const entityIds = new Set<string>();
    const counts = emptyCounts();
    for (const span of doc.spans) {
      if (span.kind === 'mention') {
        counts.mentions++;
        if (span.id !== null) entityIds.add(span.id);
      } else if (span.kind === 'claim' || span.kind === 'quote') {
        if (span.kind === 'claim') counts.claims++;
        else counts.quotes++;
        if (isSourced(ws, doc, span)) counts.sourced++;
      }
    }
    counts.entities = entityIds.size;
    counts.unresolved = check(ws, file.uri, config).filter((problem) => problem.code === 'unresolved-reference').length;
    counts.sourcedRatio = ratio(counts);
    documents.push({ path: file.relativePath, document: doc.id, outlet: doc.meta.outlet, ...counts });
    const group = byOutlet.get(doc.meta.outlet) ?? { docs: 0, entityIds: new Set<string>(), totals: emptyCounts() };
    group.docs++;
    for (const id of entityIds) group.entityIds.add(id);
    for (const key of ['mentions', 'claims', 'quotes', 'sourced', 'unresolved'] as const) group.totals[key] += counts[key];
    byOutlet.set(doc.meta.outlet, group);
  }
  const outlets = [...byOutlet.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareStrings(a, b)))
    .map(([outlet, group]): OutletStats => {
      const totals = { ...group.totals, entities: group.entityIds.size };
      return { outlet, name: outlet === null ? null : (entityOf(ws, outlet)?.entity.name ?? null), documents: group.docs, ...totals, sourcedRatio: ratio(totals) };
    });
  return { documents, outlets };
}

function emptyCounts(): Counts {
  return { mentions: 0, entities: 0, claims: 0, quotes: 0, sourced: 0, sourcedRatio: null, unresolved: 0 };
}

function ratio(counts: Counts): number | null {
  const annotated = counts.claims + counts.quotes;
  return annotated === 0 ? null : Math.round((counts.sourced / annotated) * 10000) / 10000;
}
