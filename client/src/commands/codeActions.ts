/**
 * Fetching the server's code actions through VS Code and applying one, so commands reuse the server's edits.
 */
import * as vscode from 'vscode';

/** The code actions of `kind` that the providers (the Gloss server among them) offer for `range`. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind.value,
  );
  // A bare Command has a string `command`; a CodeAction's `command`, if any, is an object.
  return (actions ?? []).filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}

/** Applies an action's edit, then runs its command if it has one; false when the editor refused the edit. */
export async function applyAction(action: vscode.CodeAction): Promise<boolean> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}
