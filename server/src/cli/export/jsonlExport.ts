/**
 * `gloss export --format jsonl`: one JSON object per line.
 */
import type { ExportedDocument } from './annotations.js';

/**
 * For each document, a `document` record carrying its plain text, then one `annotation` record per annotation whose
 * `start`/`end` index that text. Keys in a fixed order; one line each, LF-terminated. Pure.
 */
export function jsonlExport(documents: readonly ExportedDocument[]): string {
  const lines: string[] = [];
  for (const doc of documents) {
    lines.push(JSON.stringify({ type: 'document', document: doc.id, uri: doc.uri, path: doc.path, title: doc.title, text: doc.text }));
    for (const a of doc.annotations) {
      lines.push(
        JSON.stringify({
          type: 'annotation',
          document: doc.id,
          annotation: a.key,
          kind: a.kind,
          id: a.id,
          text: a.text,
          start: a.start,
          end: a.end,
          classes: a.classes,
          attributes: a.attributes,
          keys: a.keys,
          sourced: a.sourced,
          entity: a.entity,
          range: a.range,
        }),
      );
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
