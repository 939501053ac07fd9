/**
 * The extension in a real VS Code: activation, diagnostics, hover, go to definition across files and a command,
 * on the copy of `samples/` that `runTest` opens. Expected values are the samples' own, as `gloss parse` reports them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, diagnosticsWhen, hoverText, openGlossFile, targetOf, workspaceFile } from './helpers.cjs';

const ASIANEWS = 'asianews-2023-07-05.gloss.md';

suite('Gloss extension', () => {
  suiteSetup(async () => {
    const editor = await openGlossFile(ASIANEWS);
    // Diagnostics for the article mean the server has started and indexed the workspace.
    await diagnosticsWhen(editor.document.uri, (diagnostics) => diagnostics.length > 0);
  });

  test('activates on a Gloss file and gives it the gloss language', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'gloss');
  });

  test('reports the unsourced claims of a sample, starting with the raid', async () => {
    const diagnostics = await diagnosticsWhen(workspaceFile(ASIANEWS), (all) => all.some((d) => codeOf(d) === 'unsourced-claim'));
    const unsourced = diagnostics.filter((d) => codeOf(d) === 'unsourced-claim').sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.equal(unsourced.length, 13);
    const first = unsourced[0] as vscode.Diagnostic;
    assert.deepEqual([first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character], [12, 1, 12, 119]);
    assert.equal(first.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(first.message.startsWith('The claim “In a June 20 raid, Albanian police…” has no source, so a reader cannot check it.'), first.message);
  });

  test('shows the entity card when hovering a mention', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', workspaceFile(ASIANEWS), new vscode.Position(13, 150));
    const text = hovers.map(hoverText).join('\n');
    assert.ok(text.includes('**Tehran** · place · `tehran`'), text);
    assert.ok(text.includes('Capital of Iran.'), text);
  });

  test('goes from a same= reference to the claim in the other article', async () => {
    const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      workspaceFile(ASIANEWS),
      new vscode.Position(19, 590),
    );
    assert.equal(results.length, 1);
    const target = targetOf(results[0] as vscode.Location | vscode.LocationLink);
    assert.equal(target.uri.toString(), workspaceFile('cdm-2023-07-03.gloss.md').toString());
    assert.deepEqual([target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character], [19, 306, 19, 321]);
  });

  test('annotates the selection as a claim with the command', async () => {
    const uri = workspaceFile('scratch.gloss.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nid: scratch\n---\n\nThe raid took place on June 20.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    editor.selection = new vscode.Selection(4, 0, 4, 31);
    await vscode.commands.executeCommand('gloss.annotateClaim');
    assert.equal(editor.document.lineAt(4).text, '[The raid took place on June 20.]{.claim}');
  });
});
