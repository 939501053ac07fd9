/**
 * The shared shape of `entities:` and `sources:`: a mapping from ids to definitions.
 */
import { isMap, isScalar } from 'yaml';
import { shapeName, type ReadContext, type ScalarText } from './context.js';
import { readablePairs } from './mappingKeys.js';

/** How one definition mapping is named in messages: the field, the noun of one entry, the label of its id. */
export interface DefinitionMapNames {
  field: 'entities' | 'sources';
  noun: 'entity' | 'source';
  idLabel: string;
}

/**
 * Reads a mapping of definitions with `readOne` per entry. An absent or empty field gives none; a field that is not
 * a mapping is reported and gives none; an entry with an invalid id is reported (by the id check) and skipped.
 */
export function readDefinitionMap<T>(
  context: ReadContext,
  node: unknown,
  names: DefinitionMapNames,
  readOne: (context: ReadContext, id: ScalarText, node: unknown) => T,
): T[] {
  const value = context.deref(node);
  if (value === null || (isScalar(value) && value.value === null)) return [];
  if (!isMap(value)) {
    context.error(
      `“${names.field}” must be a mapping from ${names.noun} ids to their definitions, but here it is ${shapeName(value)}. Write each ${names.noun} as “id:” followed by its fields, indented.`,
      node,
    );
    return [];
  }
  const definitions: T[] = [];
  for (const [key, pair] of readablePairs(context, value)) {
    const id = context.idValue(key, names.idLabel);
    if (id) definitions.push(readOne(context, id, pair.value));
  }
  return definitions;
}
