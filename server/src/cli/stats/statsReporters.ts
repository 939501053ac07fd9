/**
 * The three formats of `gloss stats`: an aligned table for a terminal, RFC 4180 CSV and stable JSON.
 */
import { displayWidth } from '../report/displayWidth.js';
import type { CorpusStats, DocumentStats, OutletStats } from './corpusStats.js';

const COUNT_HEADERS = ['mentions', 'entities', 'claims', 'quotes', 'sourced', 'ratio', 'unresolved'];

/** Two tables, documents then outlets; text columns left-aligned, numbers right-aligned, two spaces apart. Pure. */
export function statsTable(stats: CorpusStats): string {
  const documents = [['document', 'outlet', ...COUNT_HEADERS], ...stats.documents.map((d) => [d.document, d.outlet ?? '', ...countCells(d)])];
  const outlets = [['outlet', 'name', 'documents', ...COUNT_HEADERS], ...stats.outlets.map((o) => [o.outlet ?? '(none)', o.name ?? '', String(o.documents), ...countCells(o)])];
  return `Documents\n${aligned(documents, 2)}\nOutlets\n${aligned(outlets, 2)}`;
}

/**
 * One CSV table with a `level` column (`document` or `outlet`), CRLF line ends and every field quoted when it holds a
 * comma, a quote or a line break (RFC 4180). The ratio is a decimal with 4 places at most, empty when there are no claims. Pure.
 */
export function statsCsv(stats: CorpusStats): string {
  const rows = [
    ['level', 'id', 'path', 'outlet', 'name', 'documents', ...COUNT_HEADERS],
    ...stats.documents.map((d) => ['document', d.document, d.path, d.outlet ?? '', '', '1', ...countCells(d, String)]),
    ...stats.outlets.map((o) => ['outlet', o.outlet ?? '', '', o.outlet ?? '', o.name ?? '', String(o.documents), ...countCells(o, String)]),
  ];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** `{ documents, outlets }` with keys in a fixed order, two-space indentation and a final newline. Pure. */
export function statsJson(stats: CorpusStats): string {
  const counts = (c: DocumentStats | OutletStats) => ({
    mentions: c.mentions,
    entities: c.entities,
    claims: c.claims,
    quotes: c.quotes,
    sourced: c.sourced,
    sourcedRatio: c.sourcedRatio,
    unresolved: c.unresolved,
  });
  const value = {
    documents: stats.documents.map((d) => ({ path: d.path, document: d.document, outlet: d.outlet, ...counts(d) })),
    outlets: stats.outlets.map((o) => ({ outlet: o.outlet, name: o.name, documents: o.documents, ...counts(o) })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

function countCells(c: DocumentStats | OutletStats, formatRatio: (ratio: number) => string = (r) => r.toFixed(2)): string[] {
  return [c.mentions, c.entities, c.claims, c.quotes, c.sourced].map(String).concat([c.sourcedRatio === null ? '' : formatRatio(c.sourcedRatio), String(c.unresolved)]);
}

/** Pads each column to its widest cell (by terminal width); the first `textColumns` are left-aligned. */
function aligned(rows: string[][], textColumns: number): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
          return i < textColumns ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd() + '\n',
    )
    .join('');
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
