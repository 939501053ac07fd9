/**
 * The files of the check cache: one JSON header line, then one JSON array per line, each a record keyed by its first
 * element (a URI). Reading keeps each record's text, so that a run writes a record it did not change back as the same
 * string instead of serialising it again: for a corpus of thousands of files, most of the cost of writing the cache.
 */
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

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

/** How much text is gathered before it is written: large enough to take few system calls, small beside a corpus's cache. */
const CHUNK_UNITS = 1 << 20;

/**
 * Writes a record file with `header` and the records' `lines`, taken one by one as they are written, so that the lines
 * of thousands of files are never all held at once, nor joined into one string. It creates the file's folder if need
 * be, and writes through a temporary file and a rename, so that a run stopped midway never leaves half a file under the
 * real name. Never rejects: an unwritable cache only costs time later.
 */
export async function writeRecordFile(path: string, header: unknown, lines: Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temporary, 'w');
    try {
      let chunk = JSON.stringify(header);
      for (const line of lines) {
        chunk += `\n${line}`;
        if (chunk.length >= CHUNK_UNITS) {
          await handle.write(chunk);
          chunk = '';
        }
      }
      await handle.write(chunk);
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch {
    await unlink(temporary).catch(() => undefined);
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
