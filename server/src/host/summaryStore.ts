/**
 * The summaries of a folder's documents kept between runs in `.gloss-cache/index.json`, by the hash of the text each was
 * made from: `gloss check` and the language server both build the index of unchanged files from it without parsing
 * them. Either may write it; a missing, stale or corrupt store only costs the parse it would have saved.
 *
 * Writers store only texts that `mayParseSlowly` does not flag, so a reader may parse any stored text again in
 * process, without a time budget, and need not look at its text to know that.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { DocSummary } from '../core/index.js';
import { readRecordFile, recordLine, writeRecordFile } from './recordFile.js';
import { packSummary, unpackSummary } from './storedSummary.js';

/** The name of the cache folder, relative to the workspace root; `.gitignore` lists it. */
export const CACHE_DIR_NAME = '.gloss-cache';

/** The layout of `index.json`; a store written in another layout is ignored and replaced. */
const FORMAT = 1;

/** One file's stored summary, with the hash of its text and the record's line, to write back unchanged. */
export interface StoredSummaryEntry {
  hash: string;
  summary: DocSummary;
  line: string;
}

/** The summaries stored in the cache folder `dir` by Gloss `version`, by URI; records of another shape are left out. */
export async function readSummaries(dir: string, version: string): Promise<Map<string, StoredSummaryEntry>> {
  const file = await readRecordFile(join(dir, 'index.json'));
  const summaries = new Map<string, StoredSummaryEntry>();
  const header = file?.header as { format?: unknown; version?: unknown } | null | undefined;
  if (!file || header?.format !== FORMAT || header.version !== version) return summaries;
  for (const [uri, { value, line }] of file.records) {
    const summary = typeof value[1] === 'string' ? unpackSummary(value[2]) : undefined;
    if (summary) summaries.set(uri, { hash: value[1] as string, summary, line });
  }
  return summaries;
}

/** The record line of one file's summary. */
export function summaryLine(uri: string, hash: string, summary: DocSummary): string {
  return recordLine([uri, hash, packSummary(summary)]);
}

/**
 * Replaces the store in `dir` by the records `lines`, written as they come; resolves to how many there were and never
 * rejects (see `writeRecordFile`).
 */
export function writeSummaries(dir: string, version: string, lines: Iterable<string>): Promise<number> {
  return writeRecordFile(join(dir, 'index.json'), { format: FORMAT, version }, lines);
}

/** The hash by which texts are stored: the sha256 of their UTF-8 encoding, given as the text or as those bytes. */
export function textHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
