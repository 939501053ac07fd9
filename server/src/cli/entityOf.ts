/**
 * Finds an entity's definition in a workspace, for commands that print entity names.
 */
import type { EntityDef, Workspace } from '../core/index.js';

/** The entity `id` as the first defining document (in URI order) defines it, or null when no document does. Pure. */
export function entityOf(ws: Workspace, id: string): EntityDef | null {
  for (const definition of ws.definitions(id)) {
    if (definition.kind !== 'entity') continue;
    const entity = ws.doc(definition.uri)?.entities.find((candidate) => candidate.id === id);
    if (entity) return entity;
  }
  return null;
}
