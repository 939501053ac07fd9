/**
 * What makes the server's code lenses clickable in VS Code: the capability that tells the server which lens commands
 * this client runs, and the middleware that gives those commands VS Code arguments.
 */
import * as vscode from 'vscode';
import type { ClientCapabilities, FeatureState, Middleware, StaticFeature } from 'vscode-languageclient/node';
import { toEditorCommand, declareLensCommands, type ArgumentConverter } from './lensCommands.js';
import { toRange } from './location.js';

const CONVERTER: ArgumentConverter = {
  asUri: (uri) => vscode.Uri.parse(uri),
  asPosition: (position) => new vscode.Position(position.line, position.character),
  asLocation: (location) => new vscode.Location(vscode.Uri.parse(location.uri), toRange(location.range)),
};

/** Declares the lens commands in the client capabilities. Holds no state. */
export class LensCommandsFeature implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    declareLensCommands(capabilities);
  }

  initialize(): void {}

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {}
}

/** The lens with its command's arguments converted for VS Code; the lens is changed in place. */
function withEditorArguments(lens: vscode.CodeLens): vscode.CodeLens {
  if (lens.command) lens.command = toEditorCommand(lens.command, CONVERTER);
  return lens;
}

/** Converts the commands of lenses as they are provided and as they are resolved. */
export const codeLensMiddleware: Middleware = {
  provideCodeLenses: async (document, token, next) => (await next(document, token))?.map(withEditorArguments),
  resolveCodeLens: async (lens, token, next) => {
    const resolved = await next(lens, token);
    return resolved && withEditorArguments(resolved);
  },
};
