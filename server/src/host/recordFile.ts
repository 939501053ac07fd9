/**
 * The files of the check cache: one JSON header line, then one JSON array per line, each a record keyed by its first
 * element (a URI). Reading keeps each record's text, so that a run writes a record it did not change back as the same
 * string instead of serialising it again: for a corpus of thousands of files, most of the cost of writing the cache.
 */
import { readFile } from 'node:fs/promises';

/** One record as read: its value and the line it was read from. */
export interface StoredRecord {
  value: unknown[];
  line: string;
}

/** A record file as read; records whose line is not a JSON array that starts with a string are left out. */
export interface RecordFile {
  header: unknown;
  records: Map<string, StoredRecord>;
}

/** Reads a record file, or returns undefined when it is missing or its header line is not JSON. */
export async function readRecordFile(path: string): Promise<RecordFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const header = parseLine(lines[0] ?? '');
  if (header === undefined) return undefined;
  const records = new Map<string, StoredRecord>();
  for (const line of lines.slice(1)) {
    const value = parseLine(line);
    if (Array.isArray(value) && typeof value[0] === 'string') records.set(value[0], { value, line });
  }
  return { header, records };
}

/** The line of a record. */
export function recordLine(value: readonly unknown[]): string {
  return JSON.stringify(value);
}

/** The text of a record file with `header` and the records' `lines`. */
export function recordFileText(header: unknown, lines: readonly string[]): string {
  return [JSON.stringify(header), ...lines].join('\n');
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
