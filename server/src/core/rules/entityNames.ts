/**
 * The names and aliases of every entity of a workspace, arranged for one pass over a document's prose.
 * Built once per entity version of the workspace and cached: it changes only when entity definitions do, so typing
 * in an article reuses the table.
 */
import { NO_ENTITY_NAMES, entityNamesOf } from '../symbols.js';
import type { Workspace } from '../workspace.js';

/** One name (or alias) and the entities it names, sorted. */
export interface NameEntry {
  name: string;
  ids: string[];
}

/** Names by their first word; each list is ordered longest name first, so that the longest match wins. */
export type NameTable = ReadonlyMap<string, readonly NameEntry[]>;

/** A text that starts with a word character. */
export const STARTS_WORD = /^[\p{L}\p{N}_]/u;

/** A text that ends with a word character. */
export const ENDS_WORD = /[\p{L}\p{N}_]$/u;

const LEADING_WORD = /^[\p{L}\p{N}_]+/u;

const tables = new WeakMap<object, NameTable>();

/**
 * The name table of a workspace. Names that do not start with a letter, digit or underscore are left out,
 * because a match must begin at the start of a word.
 */
export function entityNames(ws: Workspace): NameTable {
  const cached = tables.get(ws.entitiesVersion);
  if (cached) return cached;
  const idsByName = new Map<string, Set<string>>();
  // The summaries hold every document's entity names, so no Doc is parsed again to build the table.
  for (const uri of ws.uris()) {
    const names = ws.summary(uri)?.names ?? NO_ENTITY_NAMES;
    if (names === NO_ENTITY_NAMES) continue;
    for (const [id, name, aliases] of entityNamesOf(names)) {
      for (const alias of [name, ...aliases]) {
        const trimmed = alias.trim();
        if (trimmed === '') continue;
        const ids = idsByName.get(trimmed);
        if (ids) ids.add(id);
        else idsByName.set(trimmed, new Set([id]));
      }
    }
  }
  const table = new Map<string, NameEntry[]>();
  for (const [name, ids] of idsByName) {
    const first = LEADING_WORD.exec(name);
    if (!first) continue;
    const entry = { name, ids: [...ids].sort() };
    const bucket = table.get(first[0]);
    if (bucket) bucket.push(entry);
    else table.set(first[0], [entry]);
  }
  for (const bucket of table.values()) bucket.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  tables.set(ws.entitiesVersion, table);
  return table;
}

/** The last name set seen, so that the next table with the same names (the usual case after an edit) shares it. */
let lastNameSet = { names: '', value: {} as object };

const nameSets = new WeakMap<NameTable, object>();

/**
 * A value that is the same object for name tables with the same names, whatever entities they name: what depends on
 * where names occur, and not on their ids, can be kept under it. Only the last set is remembered, so two tables with
 * the same names may still get different values; that costs a scan, never a wrong answer.
 */
export function nameSetOf(table: NameTable): object {
  let set = nameSets.get(table);
  if (!set) {
    // JSON keeps the list unambiguous: a name may itself hold any character, a line break included.
    const names = JSON.stringify([...table.values()].map((entries) => entries.map((entry) => entry.name)));
    if (names !== lastNameSet.names) lastNameSet = { names, value: {} };
    set = lastNameSet.value;
    nameSets.set(table, set);
  }
  return set;
}
