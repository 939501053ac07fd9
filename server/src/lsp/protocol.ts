/**
 * The custom requests of the Gloss server: only what the protocol has no word for, which the VS Code extension's
 * tree views, status bar and reading view need. Each is a plain request with typed params and result.
 */
import { RequestType } from 'vscode-languageserver/node';
import type { Location } from '../core/index.js';

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

/** The claim counts of one document, for a status bar. */
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

/** The annotated reading view of one document, for the VS Code webview. */
export interface ReadingView {
  /** The sanitised body fragment; every mention, claim and quote carries `data-range="line:char-line:char"`. */
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
