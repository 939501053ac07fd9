/**
 * “Annotate selection as mention / claim / quote”: applies the server's refactor for the selection, asking
 * first which entity a mention refers to.
 */
import * as vscode from 'vscode';
import type { GlossClient } from '../glossClient.js';
import { ACTION_TITLES, EntitiesRequest, type EntityEntry } from '../protocol.js';
import { applyAction, codeActionsAt } from './codeActions.js';

/** What a selection can be annotated as. */
export type AnnotationKind = 'mention' | 'claim' | 'quote';

/** The closing text of the server's mention edit, `]{#id}` or `]{#}`, whose id the user's choice replaces. */
const MENTION_CLOSE = /^\]\{#([^}\s]*)\}$/;

type EntityPick = vscode.QuickPickItem & { id: string | null };

/** Annotates the active editor's selection as `kind`, through the server's code action for it. */
export async function annotateSelection(client: GlossClient, kind: AnnotationKind): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'gloss') {
    void vscode.window.showInformationMessage('Open a Gloss document (*.gloss.md) to annotate it.');
    return;
  }
  if (editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(`Select the text to annotate as a ${kind} first.`);
    return;
  }
  const actions = await codeActionsAt(editor.document.uri, editor.selection, vscode.CodeActionKind.RefactorRewrite);
  const action = actions.find((a) => a.title.startsWith(ACTION_TITLES[kind]));
  if (!action) {
    void vscode.window.showInformationMessage(
      `Gloss cannot annotate this selection as a ${kind}: select body text within one paragraph that does not cut through a span or citation.`,
    );
    return;
  }
  if (kind !== 'mention') {
    await applyOrWarn(action);
    return;
  }
  const id = await pickEntity(client, suggestedId(action, editor.document.uri));
  if (id === undefined) return;
  await applyOrWarn(withMentionId(action, editor.document.uri, id));
}

async function applyOrWarn(action: vscode.CodeAction): Promise<void> {
  if (!(await applyAction(action))) void vscode.window.showWarningMessage('The document changed while Gloss prepared the edit; please try again.');
}

/** The edits of `action` on the document at `uri`, and among them the one that writes `]{#…}`. */
function mentionClose(action: vscode.CodeAction, uri: vscode.Uri): { edits: vscode.TextEdit[]; close: vscode.TextEdit | undefined } {
  const edits = action.edit?.get(uri) ?? [];
  return { edits, close: edits.find((edit) => MENTION_CLOSE.test(edit.newText)) };
}

/** The entity id that the server chose because the selection is its name or alias, if any. */
function suggestedId(action: vscode.CodeAction, uri: vscode.Uri): string | null {
  const id = MENTION_CLOSE.exec(mentionClose(action, uri).close?.newText ?? '')?.[1];
  return id ? id : null;
}

/** The server's mention action with `id` in its `]{#…}`. */
function withMentionId(action: vscode.CodeAction, uri: vscode.Uri, id: string): vscode.CodeAction {
  const { edits, close } = mentionClose(action, uri);
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    edits.map((e) => (e === close ? new vscode.TextEdit(e.range, `]{#${id}}`) : e)),
  );
  const result = new vscode.CodeAction(action.title, action.kind);
  result.edit = edit;
  return result;
}

/**
 * Asks which entity the mention refers to: the workspace's entities with names and types, the server's
 * suggestion first, or a new id. Undefined when the user cancels.
 */
async function pickEntity(client: GlossClient, suggested: string | null): Promise<string | undefined> {
  const entities = (await client.request(EntitiesRequest, {})) ?? [];
  const ordered = suggested === null ? entities : [...entities.filter((e) => e.id === suggested), ...entities.filter((e) => e.id !== suggested)];
  const items: EntityPick[] = [...ordered.map(entityItem), { label: '$(add) Create new entity…', id: null, alwaysShow: true }];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Annotate selection as mention of…',
    placeHolder: 'Choose the entity this text mentions',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if (picked.id !== null) return picked.id;
  const id = await vscode.window.showInputBox({
    title: 'New entity id',
    prompt: 'The id of the new entity; the “unresolved reference” quick fix then creates its definition.',
    validateInput: (value) => (value.trim() === '' ? 'Enter an id, such as khalaji.' : /[\s{}[\]]/.test(value.trim()) ? 'An id has no spaces, brackets or braces.' : null),
  });
  return id === undefined ? undefined : id.trim();
}

function entityItem(entry: EntityEntry): EntityPick {
  return { label: entry.name, description: `#${entry.id}`, detail: entry.type ?? undefined, id: entry.id };
}
