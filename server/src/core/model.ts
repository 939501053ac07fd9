/**
 * The Gloss document model: JSON-serialisable values that describe one parsed file.
 * Nothing here holds state or knows about files, LSP or VS Code. The parser gives spans, their attributes, citations
 * and references as the compact objects of `compactValues.ts`, which make each range when it is read; any plain object
 * of the same shape is as valid.
 */

/** A position as LSP counts it: 0-based line and UTF-16 code unit within the line. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** How serious a problem is; `off` only appears in configuration, never on a Problem. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The stable diagnostic codes of DESIGN §3, plus the parser's own. */
export type ProblemCode =
  | 'unsourced-claim'
  | 'unresolved-reference'
  | 'duplicate-id'
  | 'reference-kind'
  | 'invalid-attribute'
  | 'invalid-front-matter'
  | 'missing-metadata'
  | 'quote-mismatch'
  | 'unlinked-mention'
  | 'unused-definition'
  | 'malformed-span'
  | 'malformed-citation'
  | 'analysis-limit'
  | 'invalid-encoding';

/** A place in another (or the same) document that a problem points at. */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

/** Something wrong in a document, with an exact range and a message that says what to do. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
}

/** The kinds of bracketed span (DESIGN §1.2). */
export type SpanKind = 'mention' | 'claim' | 'quote' | 'other';

/** One `key=value` attribute of a span, with the ranges of the key and of the value. */
export interface SpanAttribute {
  key: string;
  value: string;
  range: Range;
  valueRange: Range;
}

/** A bracketed span `[text]{attributes}` as written. */
export interface Span {
  kind: SpanKind;
  /** The `#id`: an entity id for a mention, a document-local claim id for a claim or quote. */
  id: string | null;
  idRange: Range | null;
  /**
   * The classes, the pairs and the attributes are read-only: most spans (mentions) have none, and those share one
   * frozen empty value, which saves an array or object per span in a corpus of hundreds of thousands.
   */
  classes: readonly string[];
  /** The `key=value` pairs; a repeated key keeps its last value, as Pandoc does. */
  attributes: Readonly<Record<string, string>>;
  /** Every attribute in written order with its ranges. */
  attributeList: readonly SpanAttribute[];
  /** The plain text inside the brackets (Markdown markup removed). */
  text: string;
  /** From `[` through `}`. */
  range: Range;
  /** Between `[` and `]`. */
  contentRange: Range;
  /** Index in `Doc.spans` of the innermost enclosing span, or null. */
  parent: number | null;
  /** Index in `Doc.citations` of a citation that follows the span with only spaces between (it sources a claim), or null. */
  citation: number | null;
}

/** One `@key` of a citation with its locator text. */
export interface CitationItem {
  key: string;
  /** The range of the key, without the `@`. */
  range: Range;
  prefix: string;
  suffix: string;
  suppressAuthor: boolean;
}

/** A bracketed Pandoc citation `[@a; @b, p. 3]`. */
export interface Citation {
  keys: string[];
  items: CitationItem[];
  range: Range;
}

/** Where a reference stands; every role names the construct that holds it. */
export const REFERENCE_ROLES = ['mention', 'by', 'src', 'same', 'supports', 'contradicts', 'citation', 'outlet', 'publisher', 'related'] as const;
export type ReferenceRole = (typeof REFERENCE_ROLES)[number];

/**
 * A use of an id.
 * `target` is the id as written (`khalaji`, `cdm-2023-07-03#ncri-statement`, `#received`);
 * `id` is the global id it points at (a document for `doc#claim`, the current document for `#claim`)
 * and `fragment` the claim id after `#`, or null.
 */
export interface Reference {
  target: string;
  id: string;
  fragment: string | null;
  role: ReferenceRole;
  range: Range;
}

/** The entity types of DESIGN §1.1. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'group', 'work', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The source kinds of DESIGN §1.1. */
export const SOURCE_KINDS = ['article', 'statement', 'report', 'post', 'dataset', 'interview', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The claim statuses of DESIGN §1.2. */
export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'refuted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** An entity defined under `entities:` in a front matter. */
export interface EntityDef {
  id: string;
  name: string;
  type: EntityType | null;
  aliases: string[];
  description: string | null;
  /** Every other scalar field (`wikidata`, `url`, …), as strings. */
  external: Record<string, string>;
  /** The range of the id key in the YAML. */
  range: Range;
}

/** A source defined under `sources:` in a front matter. */
export interface SourceDef {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  kind: SourceKind | null;
  /** Every other scalar field, as strings. */
  extra: Record<string, string>;
  range: Range;
}

/** The document-level front matter fields (everything but `entities` and `sources`). */
export interface DocMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  translatedFrom: string | null;
  related: string[];
  /** Any other top-level scalar field, as strings. */
  extra: Record<string, string>;
}

/** One parsed Gloss file: a value for that file alone (cross-file facts live in the workspace). */
export interface Doc {
  uri: string;
  /** The document id: front matter `id`, else the file name without `.gloss.md`. */
  id: string;
  /** The range of the `id:` value, or null when the id comes from the file name. */
  idRange: Range | null;
  meta: DocMeta;
  entities: EntityDef[];
  sources: SourceDef[];
  spans: Span[];
  citations: Citation[];
  references: Reference[];
  /** Problems the parser itself finds: syntax, front matter shape, attribute values, local duplicates. */
  problems: Problem[];
  /** The range of the whole front matter block including its fences, or null. */
  frontMatterRange: Range | null;
  /** Ranges where the file turns rules off, from `gloss-disable` comments. */
  suppressions: Suppression[];
  /** The text that was parsed, without a BOM. `gloss parse` leaves it out of its JSON. */
  text: string;
  /**
   * The runs of prose outside any span, link, code or front matter, where unlinked mentions are looked for: the start
   * and end UTF-16 offsets of each run, one after the other. Packed, because an article has dozens of runs and a
   * corpus thousands of articles, and an object per run cost more memory than the run's text.
   */
  prose: Uint32Array;
}

/** A run of text between two UTF-16 offsets of `Doc.text`. */
export interface TextRun {
  start: number;
  end: number;
}

/** A region in which some codes (or all, when `codes` is empty) are turned off. */
export interface Suppression {
  codes: string[];
  /** The first and last 0-based lines the suppression covers, inclusive. */
  fromLine: number;
  toLine: number;
}

/** A range in a document. */
export interface Location {
  uri: string;
  range: Range;
}

/** A replacement of a range by new text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits to several documents, by URI; each list is sorted and its ranges do not overlap. */
export type WorkspaceEdits = Record<string, TextEdit[]>;
