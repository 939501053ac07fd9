/**
 * “Link all unlinked mentions in this file”: applies, in one edit, the server's quick fixes that link the
 * names of known entities in the active document to their entities.
 */
import * as vscode from 'vscode';
import { ACTION_TITLES, UNLINKED_MENTION } from '../protocol.js';
import { codeActionsAt } from './codeActions.js';

/**
 * Collects the server's fixes for every `unlinked-mention` diagnostic of the active document: each entity's
 * “Link all …” fix, or the preferred single fix where the server offers no “all” (a name that occurs once).
 * Their edits go into one workspace edit, so undo takes them back together.
 */
export async function linkAllUnlinkedMentions(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'gloss') {
    void vscode.window.showInformationMessage('Open a Gloss document (*.gloss.md) to link its mentions.');
    return;
  }
  const uri = editor.document.uri;
  const version = editor.document.version;
  const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === UNLINKED_MENTION);
  const chosen = new Map<string, vscode.CodeAction>();
  for (const diagnostic of diagnostics) {
    const actions = await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const own = actions.filter((a) => a.diagnostics?.some((d) => d.range.isEqual(diagnostic.range) && codeOf(d) === UNLINKED_MENTION));
    const all = own.filter((a) => a.title.startsWith(ACTION_TITLES.linkAll));
    for (const action of all.length > 0 ? all : own.filter((a) => a.isPreferred)) chosen.set(action.title, action);
  }
  if (chosen.size === 0) {
    void vscode.window.showInformationMessage('This file has no unlinked mentions that Gloss can link.');
    return;
  }
  if (editor.document.version !== version) {
    void vscode.window.showWarningMessage('The document changed while Gloss prepared the links; please run the command again.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, distinctEdits([...chosen.values()].flatMap((action) => action.edit?.get(uri) ?? [])));
  if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showWarningMessage('VS Code refused the links; please run the command again.');
}

/** The diagnostic's code as a string, whether it came bare or with a link to its documentation. */
function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The edits without repeats: two fixes may wrap the same occurrence, which must be wrapped once. */
function distinctEdits(edits: vscode.TextEdit[]): vscode.TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = `${edit.range.start.line}:${edit.range.start.character}-${edit.range.end.line}:${edit.range.end.character} ${edit.newText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
