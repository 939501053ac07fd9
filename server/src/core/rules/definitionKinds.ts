/**
 * The kinds of definition a global id has, answered from the workspace index and each Doc's sorted symbols.
 */
import { ownCopy } from '../ownCopy.js';
import type { DefinitionKind } from '../symbols.js';
import type { Workspace } from '../workspace.js';

const KINDS: readonly DefinitionKind[] = ['document', 'entity', 'source'];

/**
 * Every kind under which `id` is defined, in the order document, entity, source; empty when nothing defines it.
 * It costs a binary search per defining Doc the first time, so it does not grow with the corpus.
 */
export function definitionKinds(ws: Workspace, id: string): readonly DefinitionKind[] {
  const version = ws.definitionsVersion;
  if (version !== last.version) {
    let known = answers.get(version);
    if (!known) answers.set(version, (known = new Map()));
    last = { version, known };
  }
  const { known } = last;
  let kinds = known.get(id);
  if (!kinds) known.set(ownCopy(id), (kinds = lookUp(ws, id)));
  return kinds;
}

/**
 * Answers already given, under `Workspace.definitionsVersion`: the kinds of an id depend on definitions alone, and
 * the rules ask for the same few ids (the registry's) from thousands of documents.
 */
const answers = new WeakMap<object, Map<string, readonly DefinitionKind[]>>();

/**
 * The answers of the definitions version asked about last: a refresh asks thousands of times in a row under one
 * version, and comparing it with the last one is cheaper than a WeakMap lookup each time. It keeps that version's
 * definitions map alive until another version is asked about, which costs one index's worth of memory at most.
 */
let last: { version: object; known: Map<string, readonly DefinitionKind[]> } = { version: {}, known: new Map() };

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
