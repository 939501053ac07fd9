/**
 * The handler table: each request finds the snapshot that holds the user's latest text, calls one core function
 * and converts the result (ARCHITECTURE invariant 8). No handler decides anything about the language.
 */
import {
  CodeActionRequest,
  CodeLensRequest,
  CodeLensResolveRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CancellationToken,
  type ProtocolRequestType,
  type RequestType,
} from 'vscode-languageserver/node';
import {
  codeActions,
  codeLenses,
  completion,
  definition,
  documentHighlights,
  documentSymbols,
  foldingRanges,
  hover,
  prepareRename,
  references,
  referencesTo,
  rename,
  semanticTokens,
  workspaceSymbols,
} from '../core/index.js';
import * as convert from './convert.js';
import { checkCancelled } from './guard.js';
import { documentStats, listClaims, listEntities, listSources } from './listings.js';
import { ClaimsRequest, DocumentStatsRequest, EntitiesRequest, ReadingViewRequest, SourcesRequest } from './protocol.js';
import { readingView } from './readingView.js';
import type { Snapshot, WorkspaceState } from './state.js';

/** What every handler may read: the state, and facts about the client fixed at initialisation. */
export interface HandlerContext {
  state: WorkspaceState;
  /** Whether the client takes versioned `documentChanges` in workspace edits. */
  versionedEdits: boolean;
  specUrl: string | null;
  /** The lens commands the client says it can run (see `clientCommands.ts`). */
  clientCommands: ReadonlySet<string>;
}

/** One entry of the table: a method and its handler. */
export interface Handler {
  method: string;
  run: (context: HandlerContext, params: unknown, token: CancellationToken) => Promise<unknown>;
}

type RequestShape<P, R> = ProtocolRequestType<P, R, unknown, unknown, unknown> | RequestType<P, R, unknown>;

function on<P, R>(type: RequestShape<P, R>, run: (context: HandlerContext, params: P, token: CancellationToken) => Promise<R>): Handler {
  return { method: type.method, run: run as Handler['run'] };
}

/** The snapshot with the latest text of the document at `uri`. */
function at(context: HandlerContext, uri: string): Promise<Snapshot> {
  return context.state.settled(uri);
}

function versionsOf(context: HandlerContext, snapshot: Snapshot): ReadonlyMap<string, number> | null {
  return context.versionedEdits ? snapshot.versions : null;
}

/** Every request the server answers. */
export const HANDLERS: readonly Handler[] = [
  on(HoverRequest.type, async (c, p) => convert.toHover(hover((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri, p.position))),
  on(DefinitionRequest.type, async (c, p) =>
    convert.toLocations(definition((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri, p.position)),
  ),
  on(ReferencesRequest.type, async (c, p, token) => {
    const { workspace } = await at(c, p.textDocument.uri);
    await checkCancelled(token);
    return convert.toLocations(references(workspace, p.textDocument.uri, p.position, p.context.includeDeclaration));
  }),
  on(PrepareRenameRequest.type, async (c, p) => prepareRename((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri, p.position)),
  on(RenameRequest.type, async (c, p, token) => {
    const snapshot = await at(c, p.textDocument.uri);
    await checkCancelled(token);
    const uri = p.textDocument.uri;
    if (c.state.snapshot.versions.get(uri) !== snapshot.versions.get(uri)) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; rename again.');
    const result = rename(snapshot.workspace, uri, p.position, p.newName);
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return convert.toWorkspaceEdit(result.edits, versionsOf(c, snapshot));
  }),
  on(CompletionRequest.type, async (c, p) =>
    convert.toCompletionItems(completion((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri, p.position)),
  ),
  on(DocumentSymbolRequest.type, async (c, p) => {
    const doc = (await at(c, p.textDocument.uri)).workspace.doc(p.textDocument.uri);
    return doc ? convert.toDocumentSymbols(documentSymbols(doc)) : null;
  }),
  on(WorkspaceSymbolRequest.type, async (c, p, token) => {
    await checkCancelled(token);
    return convert.toSymbolInformation(workspaceSymbols(c.state.snapshot.workspace, p.query));
  }),
  on(CodeActionRequest.type, async (c, p) => {
    const snapshot = await at(c, p.textDocument.uri);
    const problems = convert.toProblems(p.context.diagnostics);
    return convert.toCodeActions(codeActions(snapshot.workspace, p.textDocument.uri, p.range, problems), versionsOf(c, snapshot), c.specUrl);
  }),
  on(CodeLensRequest.type, async (c, p) =>
    convert.toCodeLenses(codeLenses((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri), p.textDocument.uri, c.clientCommands),
  ),
  on(CodeLensResolveRequest.type, async (c, lens, token) => {
    const data = convert.referencesLensDataOf(lens.data);
    if (data === null) return lens;
    const { workspace } = await at(c, data.uri);
    await checkCancelled(token);
    const locations = referencesTo(workspace, data.id, data.roles).map(({ doc, reference }) => ({ uri: doc.uri, range: reference.range }));
    return convert.toReferencesLens(lens.range, data, locations);
  }),
  on(SemanticTokensRequest.type, async (c, p) =>
    convert.toSemanticTokens(semanticTokens((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri)),
  ),
  on(DocumentHighlightRequest.type, async (c, p) =>
    convert.toDocumentHighlights(documentHighlights((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri, p.position)),
  ),
  on(FoldingRangeRequest.type, async (c, p) => {
    const doc = (await at(c, p.textDocument.uri)).workspace.doc(p.textDocument.uri);
    return doc ? convert.toFoldingRanges(foldingRanges(doc)) : null;
  }),
  on(EntitiesRequest, async (c, p) => listEntities(c.state.snapshot.workspace, p.uri)),
  on(SourcesRequest, async (c, p) => listSources(c.state.snapshot.workspace, p.uri)),
  on(ClaimsRequest, async (c, p) => listClaims(c.state.snapshot.workspace, p.uri)),
  on(DocumentStatsRequest, async (c, p) => documentStats((await at(c, p.textDocument.uri)).workspace, p.textDocument.uri)),
  on(ReadingViewRequest, async (c, p) => readingView(await at(c, p.uri), p.uri)),
];
