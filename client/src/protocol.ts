/**
 * The Gloss server's custom requests, as the client sees them.
 *
 * This is a typed copy of `server/src/lsp/protocol.ts`: the client must not import server code (it holds no
 * language logic and is bundled alone), so the method names and shapes here must match that file exactly.
 * `test/client/protocol.test.ts` compares the method names of both.
 */
import { RequestType } from 'vscode-languageclient/node';

/** A position as LSP counts it: 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

/** A range of a document, end exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** A range in the document at `uri`. */
export interface Location {
  uri: string;
  range: Range;
}

/** An entity defined somewhere in the workspace. */
export interface EntityEntry {
  id: string;
  name: string;
  type: string | null;
  location: Location;
}

/** A source defined somewhere in the workspace. */
export interface SourceEntry {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  location: Location;
}

/** A claim or quote of some document. */
export interface ClaimEntry {
  /** The claim id, or null for a claim without `#id`. */
  id: string | null;
  kind: 'claim' | 'quote';
  text: string;
  docId: string;
  sourced: boolean;
  location: Location;
}

/** The claim counts of one document. */
export interface DocumentStats {
  claims: number;
  quotes: number;
  sourced: number;
  unsourced: number;
}

/** Params of the workspace-wide lists. */
export interface ListParams {
  /** Only documents under this URI, or the whole workspace when absent. */
  uri?: string;
}

/** Params of `gloss/documentStats`. */
export interface DocumentStatsParams {
  textDocument: { uri: string };
}

/** Params of `gloss/readingView`. */
export interface ReadingViewParams {
  uri: string;
}

/** The annotated reading view of one document, for the webview. */
export interface ReadingView {
  /** The server's sanitised body fragment; every mention, claim and quote carries `data-range="line:char-line:char"`. */
  html: string;
  /** The front matter title, else the document id. */
  title: string;
  /** The version of the open document the view was rendered from, or null when it was read from disk. */
  version: number | null;
}

/** Every entity defined in the workspace, sorted by id then URI. */
export const EntitiesRequest = new RequestType<ListParams, EntityEntry[], void>('gloss/entities');
/** Every source defined in the workspace, sorted by id then URI. */
export const SourcesRequest = new RequestType<ListParams, SourceEntry[], void>('gloss/sources');
/** Every claim and quote in the workspace, by document URI then position. */
export const ClaimsRequest = new RequestType<ListParams, ClaimEntry[], void>('gloss/claims');
/** The claim counts of one document; null when the server does not know the document. */
export const DocumentStatsRequest = new RequestType<DocumentStatsParams, DocumentStats | null, void>('gloss/documentStats');
/** The reading view of the latest text of one document, unsaved edits included; null when the server does not know the document. */
export const ReadingViewRequest = new RequestType<ReadingViewParams, ReadingView | null, void>('gloss/readingView');

/**
 * How the server titles its code actions, which the commands pick by prefix: they must match the titles in
 * `server/src/core/features/selectionRefactors.ts` and `codeActions.ts`.
 */
export const ACTION_TITLES = {
  mention: 'Annotate selection as mention',
  claim: 'Annotate selection as claim',
  quote: 'Annotate selection as quote',
  linkAll: 'Link all unlinked mentions of ',
} as const;

/** The diagnostic code whose quick fixes link a name to its entity. */
export const UNLINKED_MENTION = 'unlinked-mention';
