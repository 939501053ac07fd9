/**
 * The `sources:` mapping of a front matter (DESIGN §1.1).
 */
import { isMap, isSeq } from 'yaml';
import { SOURCE_KINDS, type SourceDef, type SourceKind } from '../model.js';
import { shorten, type ReadContext, type ScalarText } from './context.js';
import { readDate } from './dates.js';
import { readDefinitionMap } from './definitionMap.js';
import { readablePairs } from './mappingKeys.js';

/**
 * Reads the source definitions under `sources:`.
 * A source may be a mapping of fields, just its title (`fars-2023-07-03: Khalaji on the computers`),
 * or empty. `title`, `publisher` (an entity id, recorded as a `publisher` reference), `date` (ISO),
 * `url` and `kind` are read; every other scalar field goes to `extra` as text. Invalid ids are reported
 * and skipped; a source of the wrong shape is reported and still defined.
 */
export function readSources(context: ReadContext, node: unknown): SourceDef[] {
  return readDefinitionMap(context, node, { field: 'sources', noun: 'source', idLabel: 'Source id' }, readSource);
}

/** Reads one source definition from its value. */
function readSource(context: ReadContext, id: ScalarText, node: unknown): SourceDef {
  const source: SourceDef = { id: id.text, title: null, publisher: null, date: null, url: null, kind: null, extra: {}, range: id.range };
  const value = context.deref(node);
  if (isSeq(value)) {
    context.error(
      `Source “${id.text}” must be a mapping of fields (title, publisher, date, url, kind) or just its title, but here it is a list. Write its fields indented under “${id.text}:”.`,
      node,
    );
    return source;
  }
  if (!isMap(value)) {
    source.title = context.scalarText(value)?.text ?? null;
    return source;
  }
  for (const [key, pair] of readablePairs(context, value)) {
    const field = context.singleValue(pair.value, key.text);
    if (!field) continue;
    switch (key.text) {
      case 'title':
        source.title = field.text;
        break;
      case 'publisher': {
        const publisher = context.idValue(field, 'Publisher');
        if (publisher) {
          source.publisher = publisher.text;
          context.refer(publisher, 'publisher');
        }
        break;
      }
      case 'date':
        source.date = readDate(context, field, 'date');
        break;
      case 'url':
        source.url = field.text;
        break;
      case 'kind':
        source.kind = readKind(context, field);
        break;
      default:
        source.extra[key.text] = field.text;
    }
  }
  return source;
}

/** Reads `kind:`; an unknown kind is a warning and reads as no kind. */
function readKind(context: ReadContext, value: ScalarText): SourceKind | null {
  const kind = SOURCE_KINDS.find((known) => known === value.text);
  if (kind) return kind;
  context.report(
    'invalid-attribute',
    'warning',
    `Source kind “${shorten(value.text)}” is not one of ${SOURCE_KINDS.join(', ')}. Use one of these kinds.`,
    value.range,
  );
  return null;
}
