/**
 * The kinds of definition a global id has, answered from the workspace index and each Doc's sorted symbols.
 */
import type { DefinitionKind } from '../symbols.js';
import type { Workspace } from '../workspace.js';

const KINDS: readonly DefinitionKind[] = ['document', 'entity', 'source'];

/**
 * Every kind under which `id` is defined, in the order document, entity, source; empty when nothing defines it.
 * It costs a binary search per defining Doc the first time, so it does not grow with the corpus.
 */
export function definitionKinds(ws: Workspace, id: string): readonly DefinitionKind[] {
  let known = answers.get(ws.definitionsVersion);
  if (!known) answers.set(ws.definitionsVersion, (known = new Map()));
  let kinds = known.get(id);
  if (!kinds) known.set(id, (kinds = lookUp(ws, id)));
  return kinds;
}

/**
 * Answers already given, under `Workspace.definitionsVersion`: the kinds of an id depend on definitions alone, and
 * the rules ask for the same few ids (the registry's) from thousands of documents.
 */
const answers = new WeakMap<object, Map<string, readonly DefinitionKind[]>>();

function lookUp(ws: Workspace, id: string): DefinitionKind[] {
  const found = new Set<DefinitionKind>();
  for (const uri of ws.definingUris(id)) {
    const defs = ws.symbols(uri)?.defs ?? [];
    for (const kind of KINDS) if (includesSorted(defs, `${kind}:${id}`)) found.add(kind);
  }
  return KINDS.filter((kind) => found.has(kind));
}

/** Binary search in a list sorted by UTF-16 code units, as `Array.prototype.sort` leaves it. */
function includesSorted(list: readonly string[], value: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = list[mid] as string;
    if (item === value) return true;
    if (item < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
