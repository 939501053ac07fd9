/**
 * The public JSON shape of a Doc, as `gloss parse` prints it and docs/SPEC.md documents it.
 */
import type { Doc } from './model.js';

/** A Doc as printed: every field but the parsed text and the prose offsets, which are internal. */
export type DocJson = Omit<Doc, 'text' | 'prose'>;

/** Selects the public fields of a Doc, in a fixed order. */
export function docToJson(doc: Doc): DocJson {
  return {
    uri: doc.uri,
    id: doc.id,
    idRange: doc.idRange,
    meta: doc.meta,
    entities: doc.entities,
    sources: doc.sources,
    spans: doc.spans,
    citations: doc.citations,
    references: doc.references,
    problems: doc.problems,
    frontMatterRange: doc.frontMatterRange,
    suppressions: doc.suppressions,
  };
}
