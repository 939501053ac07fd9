/**
 * Conversions from the server's plain locations to VS Code's, and the command that reveals one.
 */
import * as vscode from 'vscode';
import type { Location, Range } from './protocol.js';

/** The VS Code range of a protocol range; the numbers are already LSP positions, so nothing is recounted. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** A command that opens the location's document with the location selected. */
export function revealCommand(location: Location, title: string): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: toRange(location.range) };
  return { title, command: 'vscode.open', arguments: [vscode.Uri.parse(location.uri), options] };
}

/** Opens the location's document and selects the location. */
export async function reveal(location: Location): Promise<void> {
  await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(location.uri), { selection: toRange(location.range) });
}
