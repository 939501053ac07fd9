/**
 * The top-level fields of a front matter (DESIGN §1.1), apart from `entities` and `sources`.
 */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { DocMeta, Range } from '../model.js';
import { shapeName, type ReadContext, type ScalarText } from './context.js';
import { readDate } from './dates.js';
import { readablePairs } from './mappingKeys.js';

/** The top level as read: the document id, the metadata, and the nodes of the two definition maps. */
export interface TopLevel {
  id: string | null;
  idRange: Range | null;
  meta: DocMeta;
  entities: unknown;
  sources: unknown;
}

/** Metadata with every field absent. */
export function emptyMeta(): DocMeta {
  return { title: null, outlet: null, author: null, published: null, url: null, language: null, translatedFrom: null, related: [], extra: {} };
}

/**
 * Reads the top-level mapping. `outlet` and each `related` id are recorded as references.
 * `author` may also be a list (Pandoc's convention), of names or of mappings with a `name`; the names are
 * joined with “, ”. Other scalar fields go to `meta.extra` as text; other lists and mappings (Pandoc's
 * `keywords`, `header-includes`, …) are left alone, because the front matter is shared with Pandoc.
 */
export function readTopLevel(context: ReadContext, map: YAMLMap): TopLevel {
  const top: TopLevel = { id: null, idRange: null, meta: emptyMeta(), entities: null, sources: null };
  const { meta } = top;
  for (const [key, pair] of readablePairs(context, map)) {
    const field = key.text;
    switch (field) {
      case 'entities':
        top.entities = pair.value;
        break;
      case 'sources':
        top.sources = pair.value;
        break;
      case 'author':
        meta.author = readAuthor(context, pair.value);
        break;
      case 'related':
        meta.related = readRelated(context, pair.value);
        break;
      default:
        readScalarField(context, top, field, context.singleValue(pair.value, field, SINGLE_VALUE_FIELDS.includes(field)));
    }
  }
  return top;
}

/** The top-level fields that must hold a single value; other fields may hold anything. */
const SINGLE_VALUE_FIELDS = ['id', 'title', 'outlet', 'published', 'url', 'language', 'translated-from'];

/** Stores one single-valued top-level field. */
function readScalarField(context: ReadContext, top: TopLevel, field: string, value: ScalarText | null): void {
  if (!value) return;
  const { meta } = top;
  switch (field) {
    case 'id': {
      const id = context.idValue(value, 'Document id');
      if (id) {
        top.id = id.text;
        top.idRange = id.range;
      }
      break;
    }
    case 'outlet': {
      const outlet = context.idValue(value, 'Outlet');
      if (outlet) {
        meta.outlet = outlet.text;
        context.refer(outlet, 'outlet');
      }
      break;
    }
    case 'published':
      meta.published = readDate(context, value, 'published');
      break;
    case 'title':
      meta.title = value.text;
      break;
    case 'url':
      meta.url = value.text;
      break;
    case 'language':
      meta.language = value.text;
      break;
    case 'translated-from':
      meta.translatedFrom = value.text;
      break;
    default:
      meta.extra[field] = value.text;
  }
}

/** Reads `author`: one name, or a list of names or of `{name: …}` mappings. */
function readAuthor(context: ReadContext, node: unknown): string | null {
  const value = context.deref(node);
  if (isMap(value)) {
    context.error('“author” must be a name or a list of names, but here it is a mapping. Write it as “author: Name” or “author: [Name, Other name]”.', node);
    return null;
  }
  if (!isSeq(value)) return context.scalarText(value)?.text ?? null;
  const names: string[] = [];
  for (const item of value.items) {
    const author = context.deref(item);
    const name = isMap(author) ? context.scalarText(author.get('name', true)) : context.scalarText(author);
    if (name) names.push(name.text);
    else if (isSeq(author) || isMap(author)) {
      context.error(`Each author must be a name or a mapping with a “name”, but this one is ${shapeName(author)} without one. Write the author's name.`, item);
    }
  }
  return names.length > 0 ? names.join(', ') : null;
}

/** Reads `related`: a list of document ids, or a single id. Each valid id is recorded as a reference. */
function readRelated(context: ReadContext, node: unknown): string[] {
  const value = context.deref(node);
  if (isMap(value)) {
    context.error('“related” must be a list of document ids, but here it is a mapping. Write it as “related: [doc-id, other-doc-id]”.', node);
    return [];
  }
  const items = isSeq(value) ? value.items : [value];
  const related: string[] = [];
  for (const item of items) {
    const target = context.deref(item);
    if (isMap(target) || isSeq(target)) {
      context.error(`Each related document must be a single id, but this one is ${shapeName(target)}. Write the document id.`, item);
      continue;
    }
    const text = isScalar(target) ? context.scalarText(target) : null;
    const id = text && context.idValue(text, 'Related document id');
    if (id) {
      related.push(id.text);
      context.refer(id, 'related');
    }
  }
  return related;
}
