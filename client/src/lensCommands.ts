/**
 * The client-side commands that the server's code lenses may run, and the conversion of their JSON arguments into
 * the editor's types. Pure, so it is tested without VS Code.
 */
import type { Location, Position } from './protocol.js';

/** VS Code's built-in peek of locations. */
export const SHOW_REFERENCES = 'editor.action.showReferences';

/** The commands this client runs from lenses; the server puts no other command on a lens. */
export const LENS_COMMANDS: readonly string[] = [SHOW_REFERENCES, 'gloss.showUnsourcedClaims'];

/**
 * Lists `LENS_COMMANDS` in `experimental.commands.commands` of the client capabilities, where the server reads which
 * lens commands a client can run; other experimental capabilities are kept.
 */
export function declareLensCommands(capabilities: { experimental?: unknown }): void {
  const experimental = typeof capabilities.experimental === 'object' && capabilities.experimental !== null ? capabilities.experimental : {};
  capabilities.experimental = { ...experimental, commands: { commands: [...LENS_COMMANDS] } };
}

/** How protocol values become the editor's. */
export interface ArgumentConverter {
  asUri(uri: string): unknown;
  asPosition(position: Position): unknown;
  asLocation(location: Location): unknown;
}

/** A command as a lens carries it. */
export interface LensCommand {
  title: string;
  command: string;
  arguments?: unknown[];
}

/**
 * The command with its arguments in the editor's types. `editor.action.showReferences` takes a URI, a position and
 * locations as VS Code objects, and the language client passes a lens's JSON arguments through unconverted, so they
 * are converted here. Any other command, or arguments already converted, are returned as they are.
 */
export function toEditorCommand<C extends LensCommand>(command: C, convert: ArgumentConverter): C {
  if (command.command !== SHOW_REFERENCES || !isShowReferencesArguments(command.arguments)) return command;
  const [uri, position, locations] = command.arguments;
  return { ...command, arguments: [convert.asUri(uri), convert.asPosition(position), locations.map((l) => convert.asLocation(l))] };
}

function isShowReferencesArguments(args: unknown[] | undefined): args is [string, Position, Location[]] {
  if (!args || args.length !== 3) return false;
  const [uri, position, locations] = args;
  return typeof uri === 'string' && isPosition(position) && Array.isArray(locations) && locations.every(isLocation);
}

function isPosition(value: unknown): value is Position {
  const p = value as Partial<Position> | null;
  return typeof p === 'object' && p !== null && typeof p.line === 'number' && typeof p.character === 'number';
}

function isLocation(value: unknown): value is Location {
  const l = value as Partial<Location> | null;
  return typeof l === 'object' && l !== null && typeof l.uri === 'string' && isPosition(l.range?.start) && isPosition(l.range?.end);
}
