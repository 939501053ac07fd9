/**
 * What the extension-host tests share: the workspace's files and waits that end on an editor event.
 */
import * as vscode from 'vscode';

/** The extension under test, as `publisher.name` in `package.json`. */
export const EXTENSION_ID = 'gloss.gloss';

/** How long a wait may take before the test fails with what it saw; a wait ends on the event, not on this. */
const DEADLINE_MS = 30_000;

/** The URI of a file of the workspace (a copy of `samples/`). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The suite must run with the samples folder open.');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in an editor and activates the extension. */
export async function openGlossFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  return editor;
}

/**
 * The diagnostics of `uri` once `accept` holds for them: checked now, then on every diagnostics change.
 * Fails after the deadline, naming the last diagnostics seen.
 */
export function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri);
    if (accept(current())) {
      resolve(current());
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`Timed out waiting for diagnostics of ${uri.toString()}; last seen: ${JSON.stringify(current().map((d) => d.message))}`));
    }, DEADLINE_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString()) || !accept(current())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(current());
    });
  });
}

/** The diagnostic's code as a string, whether bare or with a documentation link. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return code === undefined ? undefined : typeof code === 'object' ? String(code.value) : String(code);
}

/** The text of a hover's contents, whatever form each part takes. */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/** A definition result as a plain location, whether the provider answered with a Location or a LocationLink. */
export function targetOf(result: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in result ? { uri: result.targetUri, range: result.targetSelectionRange ?? result.targetRange } : result;
}
