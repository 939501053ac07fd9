/**
 * Reads the attribute items of one span: its kind, id, classes and `key=value` pairs,
 * the references they make, and the problems in them (DESIGN §1.2).
 */
import type { GlossAttributeItem } from './syntax/types.js';
import type { Problem, Range, Reference, ReferenceRole, SpanAttribute, SpanKind } from './model.js';
import { CLAIM_STATUSES } from './model.js';
import { CompactAttribute, CompactReference, type Offsets } from './compactValues.js';
import { isValidId, splitTarget } from './ids.js';
import { isIsoDate } from './isoDate.js';
import type { LineIndex } from './text.js';

/** The keys a claim or a quote takes. */
export const CLAIM_KEYS = ['by', 'src', 'date', 'status', 'same', 'supports', 'contradicts', 'note'] as const;

/** The keys a mention takes. */
export const MENTION_KEYS = ['note'] as const;

/** Keys whose value is a comma-separated list of references, with the role each entry gets. */
const LIST_ROLES: Record<string, ReferenceRole> = {
  by: 'by',
  src: 'src',
  same: 'same',
  supports: 'supports',
  contradicts: 'contradicts',
};

/** What one span's attributes say. */
export interface ReadAttributes {
  kind: SpanKind;
  id: string | null;
  /** Where the id's value is written, or null. */
  idAt: Offsets | null;
  classes: readonly string[];
  attributes: Readonly<Record<string, string>>;
  attributeList: readonly SpanAttribute[];
  references: Reference[];
  problems: Problem[];
}

/** A URL in `src=` is a source in itself, not a reference to an id. */
export const URL = /^[A-Z][A-Z0-9+.-]*:\/\/\S+$/i;

/**
 * Interprets the items of a span's `{…}` block.
 * `docId` resolves `#claim` targets; `text` and `lines` give exact ranges of list entries.
 */
export function readSpanAttributes(
  items: readonly GlossAttributeItem[],
  docId: string,
  text: string,
  lines: LineIndex,
): ReadAttributes {
  const problems: Problem[] = [];
  const references: Reference[] = [];
  const classes: string[] = [];
  const ids: GlossAttributeItem[] = [];
  const pairs: GlossAttributeItem[] = [];
  // One pass, since every span of a corpus comes through here. Pandoc reads an `id=` pair as the span's id and a
  // `class=` pair as classes, and Gloss reads them the same way.
  for (const item of items) {
    if (item.kind === 'class') classes.push(item.name);
    else if (item.kind === 'id') ids.push(item);
    else if (item.name === 'id') ids.push({ ...item, kind: 'id', name: item.value });
    else if (item.name === 'class') classes.push(...item.value.split(/\s+/).filter((word) => word !== ''));
    else pairs.push(item);
  }
  const kind: SpanKind = classes.includes('quote')
    ? 'quote'
    : classes.includes('claim')
      ? 'claim'
      : ids.length > 0
        ? 'mention'
        : 'other';
  // Pandoc keeps the last id of a span, so Gloss does too.
  const first = ids[ids.length - 1];
  const id = first ? first.name : null;
  const idAt = first ? { start: first.valueStart, end: first.valueEnd } : null;
  for (const extra of ids.slice(0, -1)) {
    problems.push(
      warning(
        'invalid-attribute',
        lines.rangeOf(extra.start, extra.end),
        `A span has one id, but “${extra.name}” is followed by another (“${id}”), which replaces it. Keep one id; put further entities in spans of their own.`,
      ),
    );
  }
  if (first && idAt && kind !== 'other' && !isValidId(first.name)) {
    problems.push(
      warning(
        'invalid-attribute',
        lines.rangeOf(idAt.start, idAt.end),
        `“${first.name}” is not a valid id: an id starts with a letter and continues with letters, digits, “_”, “.”, “:” or “-”. Rename it.`,
      ),
    );
  } else if (first && idAt && kind === 'mention') {
    references.push(new CompactReference(lines, { target: first.name, id: first.name, fragment: null, role: 'mention' }, idAt));
  }

  const attributes: Record<string, string> = {};
  // Made by `map`, which sizes the array exactly; one grown by `push` keeps room for seventeen.
  const attributeList: SpanAttribute[] = pairs.map(
    (pair) => new CompactAttribute(lines, pair.name, pair.value, pair, { start: pair.valueStart, end: pair.valueEnd }),
  );
  for (const attribute of attributeList) attributes[attribute.key] = attribute.value;
  for (const pair of pairs) {
    if (kind === 'other') continue;
    const allowed: readonly string[] = kind === 'mention' ? MENTION_KEYS : CLAIM_KEYS;
    if (!allowed.includes(pair.name)) {
      problems.push(
        warning(
          'invalid-attribute',
          lines.rangeOf(pair.start, pair.end),
          `“${pair.name}=” has no meaning on a ${kind}. A ${kind} takes ${allowed.map((key) => `${key}=`).join(', ')}; remove the attribute or fix its name.`,
        ),
      );
      continue;
    }
    const role = LIST_ROLES[pair.name];
    if (role) {
      readList(pair, role, docId, text, lines, references, problems);
    } else if (pair.name === 'date' && !isIsoDate(pair.value)) {
      problems.push(
        warning(
          'invalid-attribute',
          lines.rangeOf(pair.valueStart, pair.valueEnd),
          `“${pair.value}” is not a date: date= takes an ISO calendar date such as 2023-07-03.`,
        ),
      );
    } else if (pair.name === 'status' && !(CLAIM_STATUSES as readonly string[]).includes(pair.value)) {
      problems.push(
        warning(
          'invalid-attribute',
          lines.rangeOf(pair.valueStart, pair.valueEnd),
          `Status “${pair.value}” is not one of ${CLAIM_STATUSES.join(', ')}. Use one of these.`,
        ),
      );
    }
  }
  return {
    kind,
    id,
    idAt,
    classes: sharedClasses(classes),
    attributes: attributeList.length > 0 ? attributes : NO_ATTRIBUTES,
    attributeList: attributeList.length > 0 ? attributeList : NO_ATTRIBUTE_LIST,
    references,
    problems,
  };
}

/** The shared values of a span without classes or attributes (see `Span`). */
const NO_CLASSES: readonly string[] = Object.freeze([]);
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const NO_ATTRIBUTE_LIST: readonly SpanAttribute[] = Object.freeze([]);

/** The class lists of nearly every claim and quote, shared in the same way. */
const ONE_CLASS: ReadonlyMap<string, readonly string[]> = new Map(['claim', 'quote'].map((name) => [name, Object.freeze([name])]));

function sharedClasses(classes: string[]): readonly string[] {
  if (classes.length === 0) return NO_CLASSES;
  return (classes.length === 1 && ONE_CLASS.get(classes[0] as string)) || classes;
}

/** Splits a comma-separated reference list, using the raw text for exact entry offsets. */
function readList(
  pair: GlossAttributeItem,
  role: ReferenceRole,
  docId: string,
  text: string,
  lines: LineIndex,
  references: Reference[],
  problems: Problem[],
): void {
  const raw = text.slice(pair.valueStart, pair.valueEnd);
  if (raw.trim() === '') {
    problems.push(
      warning(
        'invalid-attribute',
        lines.rangeOf(pair.start, pair.end),
        `${pair.name}= is empty. Give one or more ids separated by commas, or remove the attribute.`,
      ),
    );
    return;
  }
  let entryStart = 0;
  for (const entry of raw.split(',')) {
    const leading = entry.length - entry.trimStart().length;
    const value = entry.trim();
    const at = { start: pair.valueStart + entryStart + leading, end: pair.valueStart + entryStart + leading + value.length };
    entryStart += entry.length + 1;
    if (value === '') {
      problems.push(warning('invalid-attribute', lines.rangeOf(at.start, at.end), `${pair.name}= has an empty entry between commas. Remove the extra comma.`));
      continue;
    }
    if (role === 'src' && URL.test(value)) continue;
    const target = splitTarget(value, docId);
    // Only `by=` cannot point into a document: a claim is made by an entity, not by another claim.
    if (!target || (role === 'by' && target.fragment !== null)) {
      problems.push(warning('invalid-attribute', lines.rangeOf(at.start, at.end), invalidEntryMessage(pair.name, value)));
      continue;
    }
    references.push(new CompactReference(lines, { target: value, id: target.id, fragment: target.fragment, role }, at));
  }
}

function invalidEntryMessage(key: string, value: string): string {
  if (key === 'by') return `“${value}” is not an entity id: by= takes entity ids separated by commas, such as by=khalaji.`;
  if (key === 'src')
    return `“${value}” is not a source: src= takes source or document ids, doc#claim references or a quoted URL ("https://…").`;
  return `“${value}” is not a claim reference: ${key}= takes doc#claim, or #claim for a claim in this document.`;
}

function warning(code: Problem['code'], range: Range, message: string): Problem {
  return { code, severity: 'warning', message, range };
}
