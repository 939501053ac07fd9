/**
 * Memory-compact forms of the model's most numerous values: spans, their attributes, citations and references.
 *
 * A corpus of 10,000 articles holds over a million ranges. As plain objects each range is three (a Range and two
 * Positions, 120 bytes in a 64-bit V8 without pointer compression, which is how Node is built), and ranges were half
 * of a Doc's memory. These classes keep each range as two UTF-16 offsets beside the document's LineIndex and make the
 * Range when it is read, with the same LineIndex the parser used, so it is the Range the parser would have stored.
 *
 * They implement the model's interfaces, so code that reads a Span cannot tell one from a plain object, and a hand-made
 * plain Span stays a valid Span. Each `toJSON` gives the plain shape in the model's field order, which is what
 * `gloss parse` prints and what the parse pool's children send over IPC.
 */
import type { Citation, CitationItem, Doc, Range, Reference, ReferenceRole, Span, SpanAttribute, SpanKind } from './model.js';
import type { LineIndex } from './text.js';
import { interned } from './interned.js';

/** Start and end UTF-16 offsets into the text of the LineIndex they go with. */
export interface Offsets {
  start: number;
  end: number;
}

/**
 * What every compact value has: a range, kept as offsets into the text of the document's LineIndex. Subclasses with
 * further ranges keep their offsets too and make those ranges with `rangeAt`.
 */
abstract class Ranged {
  readonly #lines: LineIndex;
  readonly #start: number;
  readonly #end: number;

  constructor(lines: LineIndex, at: Offsets) {
    this.#lines = lines;
    this.#start = at.start;
    this.#end = at.end;
  }

  get range(): Range {
    return this.#lines.rangeOf(this.#start, this.#end);
  }

  /** The range between two other offsets of the same text. */
  protected rangeAt(start: number, end: number): Range {
    return this.#lines.rangeOf(start, end);
  }
}

/** A reference. */
export class CompactReference extends Ranged implements Reference {
  readonly target: string;
  readonly id: string;
  readonly fragment: string | null;
  readonly role: ReferenceRole;

  constructor(lines: LineIndex, fields: Omit<Reference, 'range'>, at: Offsets) {
    super(lines, at);
    this.target = interned(fields.target);
    this.id = interned(fields.id);
    this.fragment = fields.fragment === null ? null : interned(fields.fragment);
    this.role = fields.role;
  }

  toJSON(): Reference {
    return { target: this.target, id: this.id, fragment: this.fragment, role: this.role, range: this.range };
  }
}

/** One `key=value` attribute of a span. */
export class CompactAttribute extends Ranged implements SpanAttribute {
  readonly key: string;
  readonly value: string;
  readonly #valueStart: number;
  readonly #valueEnd: number;

  constructor(lines: LineIndex, key: string, value: string, at: Offsets, valueAt: Offsets) {
    super(lines, at);
    this.key = interned(key);
    this.value = interned(value);
    this.#valueStart = valueAt.start;
    this.#valueEnd = valueAt.end;
  }

  get valueRange(): Range {
    return this.rangeAt(this.#valueStart, this.#valueEnd);
  }

  toJSON(): SpanAttribute {
    return { key: this.key, value: this.value, range: this.range, valueRange: this.valueRange };
  }
}

/** The fields of a span that are not ranges. */
export type SpanFields = Omit<Span, 'range' | 'contentRange' | 'idRange'>;

/** A bracketed span; `idAt` is null for a span without an id. */
export class CompactSpan extends Ranged implements Span {
  readonly kind: SpanKind;
  readonly id: string | null;
  readonly classes: readonly string[];
  readonly attributes: Readonly<Record<string, string>>;
  readonly attributeList: readonly SpanAttribute[];
  readonly text: string;
  readonly parent: number | null;
  /** Set after the span is made: the citations are read after the spans. */
  citation: number | null;
  readonly #contentStart: number;
  readonly #contentEnd: number;
  /** -1 for a span without an id. */
  readonly #idStart: number;
  readonly #idEnd: number;

  constructor(lines: LineIndex, fields: SpanFields, at: Offsets, contentAt: Offsets, idAt: Offsets | null) {
    super(lines, at);
    this.kind = fields.kind;
    this.id = fields.id === null ? null : interned(fields.id);
    this.classes = fields.classes;
    this.attributes = fields.attributes;
    this.attributeList = fields.attributeList;
    // A mention's text is a name, written the same way in many articles; a claim's or a quote's is its own.
    this.text = fields.kind === 'mention' ? interned(fields.text) : fields.text;
    this.parent = fields.parent;
    this.citation = fields.citation;
    this.#contentStart = contentAt.start;
    this.#contentEnd = contentAt.end;
    this.#idStart = idAt ? idAt.start : -1;
    this.#idEnd = idAt ? idAt.end : -1;
  }

  get contentRange(): Range {
    return this.rangeAt(this.#contentStart, this.#contentEnd);
  }

  get idRange(): Range | null {
    return this.#idStart < 0 ? null : this.rangeAt(this.#idStart, this.#idEnd);
  }

  toJSON(): Span {
    return {
      kind: this.kind,
      id: this.id,
      idRange: this.idRange,
      classes: this.classes,
      attributes: this.attributes,
      attributeList: this.attributeList,
      text: this.text,
      range: this.range,
      contentRange: this.contentRange,
      parent: this.parent,
      citation: this.citation,
    };
  }
}

/** One `@key` of a citation; its range is the key's. */
export class CompactCitationItem extends Ranged implements CitationItem {
  readonly key: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly suppressAuthor: boolean;

  constructor(lines: LineIndex, fields: Omit<CitationItem, 'range'>, at: Offsets) {
    super(lines, at);
    this.key = interned(fields.key);
    this.prefix = fields.prefix;
    this.suffix = fields.suffix;
    this.suppressAuthor = fields.suppressAuthor;
  }

  toJSON(): CitationItem {
    return { key: this.key, range: this.range, prefix: this.prefix, suffix: this.suffix, suppressAuthor: this.suppressAuthor };
  }
}

/** A bracketed citation. */
export class CompactCitation extends Ranged implements Citation {
  readonly keys: string[];
  readonly items: CitationItem[];

  constructor(lines: LineIndex, items: CitationItem[], at: Offsets) {
    super(lines, at);
    this.keys = items.map((item) => item.key);
    this.items = items;
  }

  toJSON(): Citation {
    return { keys: this.keys, items: this.items, range: this.range };
  }
}

/**
 * The Doc with its spans, citations and references as plain objects. Structured clone, which carries a Doc from a
 * parse child to its parent, copies own data properties only: a compact value would arrive without its ranges, which
 * are getters over private offsets. The JSON round trip goes through each value's `toJSON`.
 */
export function plainDoc(doc: Doc): Doc {
  const plain = <T>(values: T): T => JSON.parse(JSON.stringify(values)) as T;
  return { ...doc, spans: plain(doc.spans), citations: plain(doc.citations), references: plain(doc.references) };
}
