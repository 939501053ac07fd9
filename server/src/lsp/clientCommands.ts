/**
 * The client-side commands a code lens may run, and which of them a client says it can run.
 *
 * A lens command is executed by the client, so the server only puts one on a lens when the client has listed it in
 * `capabilities.experimental.commands.commands` (the convention rust-analyzer's clients follow). Any other client
 * gets lenses that show their title and run nothing.
 */
import type { ClientCapabilities } from 'vscode-languageserver/node';

/** VS Code's built-in peek of locations; its arguments are a document URI, a position and the locations. */
export const SHOW_REFERENCES_COMMAND = 'editor.action.showReferences';

/** The Gloss extension's quick pick of unsourced claims; it takes no arguments. */
export const SHOW_UNSOURCED_CLAIMS_COMMAND = 'gloss.showUnsourcedClaims';

/** The lens commands the server knows how to build. */
const KNOWN = new Set([SHOW_REFERENCES_COMMAND, SHOW_UNSOURCED_CLAIMS_COMMAND]);

/** The lens commands among those a client lists as runnable; empty when it lists none. Pure. */
export function clientCommandsOf(capabilities: ClientCapabilities): ReadonlySet<string> {
  const listed = (capabilities.experimental as { commands?: { commands?: unknown } } | undefined)?.commands?.commands;
  if (!Array.isArray(listed)) return new Set();
  return new Set(listed.filter((command): command is string => typeof command === 'string' && KNOWN.has(command)));
}
