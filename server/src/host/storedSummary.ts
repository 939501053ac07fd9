/**
 * Document summaries as `gloss check` stores them in its cache: flat arrays instead of objects, and without the lists a
 * summary can rebuild from the others, so that reading and writing the index of a large corpus stays cheap.
 */
import { type DefinitionKind, type DocSummary, type Range, type ReferenceRole } from '../core/index.js';

/**
 * `[id, names, claims, uses, definitions]`: `uses` holds id, role and count in turn; `definitions` holds kind, id and the
 * four numbers of the range in turn. The symbols' `refs` and `defs` are left out: they follow from `uses` and `definitions`.
 */
export type StoredSummary = [string, string, string[], (string | number)[], (string | number)[]];

const KINDS: readonly DefinitionKind[] = ['document', 'entity', 'source'];
const ROLES: readonly ReferenceRole[] = ['mention', 'by', 'src', 'same', 'supports', 'contradicts', 'citation', 'outlet', 'publisher', 'related'];

/** The stored form of a summary. */
export function packSummary(summary: DocSummary): StoredSummary {
  const uses = summary.symbols.uses.flatMap((use) => [use.id, use.role, use.count]);
  const definitions = summary.definitions.flatMap((def) => [def.kind, def.id, def.range.start.line, def.range.start.character, def.range.end.line, def.range.end.character]);
  return [summary.id, summary.names, summary.symbols.claims, uses, definitions];
}

/** The summary a stored value holds, or undefined when the value does not have the stored shape. */
export function unpackSummary(value: unknown): DocSummary | undefined {
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [id, names, claims, flatUses, flatDefinitions] = value as unknown[];
  if (typeof id !== 'string' || typeof names !== 'string' || !isStrings(claims) || !Array.isArray(flatUses) || !Array.isArray(flatDefinitions)) return undefined;
  if (flatUses.length % 3 !== 0 || flatDefinitions.length % 6 !== 0) return undefined;
  const uses: DocSummary['symbols']['uses'] = [];
  const refs: string[] = [];
  for (let i = 0; i < flatUses.length; i += 3) {
    const [useId, role, count] = flatUses.slice(i, i + 3) as unknown[];
    if (typeof useId !== 'string' || !ROLES.includes(role as ReferenceRole) || typeof count !== 'number') return undefined;
    uses.push({ id: useId, role: role as ReferenceRole, count });
    if (refs[refs.length - 1] !== useId) refs.push(useId);
  }
  const definitions: DocSummary['definitions'] = [];
  for (let i = 0; i < flatDefinitions.length; i += 6) {
    const [kind, defId, ...numbers] = flatDefinitions.slice(i, i + 6) as unknown[];
    if (!KINDS.includes(kind as DefinitionKind) || typeof defId !== 'string' || !numbers.every((n) => typeof n === 'number')) return undefined;
    const [sl, sc, el, ec] = numbers as number[];
    const range: Range = { start: { line: sl as number, character: sc as number }, end: { line: el as number, character: ec as number } };
    definitions.push({ kind: kind as DefinitionKind, id: defId, range });
  }
  const defs = [...new Set(definitions.map((def) => `${def.kind}:${def.id}`))].sort();
  return { id, symbols: { defs, refs, claims, uses }, definitions, names };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
