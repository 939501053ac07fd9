/**
 * The `entities:` mapping of a front matter (DESIGN §1.1).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { ENTITY_TYPES, type EntityDef, type EntityType } from '../model.js';
import { shapeName, shorten, type ReadContext, type ScalarText } from './context.js';
import { readDefinitionMap } from './definitionMap.js';
import { readablePairs } from './mappingKeys.js';

/**
 * Reads the entity definitions under `entities:`.
 * An entity may be a mapping of fields, just its name (`khalaji: Sepehr Khalaji`, the short form a
 * researcher writes first), or empty (`khalaji:`, a stub to fill in later). When no name is given the
 * name is the id, so hovers and completions always have something to show.
 * `name`, `type`, `aliases` and `description` are read; every other scalar field (`wikidata`, `url`, …)
 * goes to `external` as text. Invalid ids are reported and skipped; an entity of the wrong shape is
 * reported and still defined, so its mentions do not also turn into unresolved references.
 */
export function readEntities(context: ReadContext, node: unknown): EntityDef[] {
  return readDefinitionMap(context, node, { field: 'entities', noun: 'entity', idLabel: 'Entity id' }, readEntity);
}

/** Reads one entity definition from its value. */
function readEntity(context: ReadContext, id: ScalarText, node: unknown): EntityDef {
  const entity: EntityDef = { id: id.text, name: id.text, type: null, aliases: [], description: null, external: {}, range: id.range };
  const value = context.deref(node);
  if (isSeq(value)) {
    context.error(
      `Entity “${id.text}” must be a mapping of fields (name, type, aliases, description) or just its name, but here it is a list. Write its fields indented under “${id.text}:”.`,
      node,
    );
    return entity;
  }
  if (!isMap(value)) {
    const name = context.scalarText(value);
    if (name && name.text.trim() !== '') entity.name = name.text;
    return entity;
  }
  for (const [key, pair] of readablePairs(context, value)) {
    switch (key.text) {
      case 'name': {
        const name = context.singleValue(pair.value, 'name');
        if (name && name.text.trim() !== '') entity.name = name.text;
        break;
      }
      case 'type':
        entity.type = readType(context, context.singleValue(pair.value, 'type'));
        break;
      case 'aliases':
        entity.aliases = readAliases(context, id.text, pair.value);
        break;
      case 'description':
        entity.description = context.singleValue(pair.value, 'description')?.text ?? null;
        break;
      default: {
        const field = context.singleValue(pair.value, key.text);
        if (field) entity.external[key.text] = field.text;
      }
    }
  }
  return entity;
}

/** Reads `type:`; an unknown type is a warning and reads as no type. */
function readType(context: ReadContext, value: ScalarText | null): EntityType | null {
  if (!value) return null;
  const type = ENTITY_TYPES.find((known) => known === value.text);
  if (type) return type;
  context.report(
    'invalid-attribute',
    'warning',
    `Entity type “${shorten(value.text)}” is not one of ${ENTITY_TYPES.join(', ')}. Use one of these types.`,
    value.range,
  );
  return null;
}

/**
 * Reads `aliases:`, which must be a list of names. A single name is reported (so the list form is
 * learnt) but still used as the one alias.
 */
function readAliases(context: ReadContext, entityId: string, node: unknown): string[] {
  const value = context.deref(node);
  if (value === null || (isScalar(value) && value.value === null)) return [];
  if (!isSeq(value)) {
    const single = isScalar(value) ? context.scalarText(value) : null;
    const example = single ? `“aliases: [${shorten(single.text)}]”` : '“aliases: [Name, Other name]”';
    context.error(
      `“aliases” of entity “${entityId}” must be a list of names, but here it is ${shapeName(value)}. Write it as ${example}.`,
      node,
    );
    return single ? [single.text] : [];
  }
  const aliases: string[] = [];
  for (const item of value.items) {
    const alias = context.deref(item);
    if (isMap(alias) || isSeq(alias)) {
      context.error(`Each alias of entity “${entityId}” must be a single name, but this one is ${shapeName(alias)}. Write the alias as text.`, item);
      continue;
    }
    const text = context.scalarText(alias);
    if (text && text.text.trim() !== '') aliases.push(text.text);
  }
  return aliases;
}
