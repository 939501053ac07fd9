/**
 * The files of the check cache: one JSON header line, then one JSON array per line, each a record keyed by its first
 * element (a URI). Reading keeps each record's text, so that a run writes a record it did not change back as the same
 * string instead of serialising it again: for a corpus of thousands of files, most of the cost of writing the cache.
 */
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
 * A record file being written, a line at a time, through a temporary file that `commit` renames to the real name, so
 * that a run stopped midway never leaves half a file there. Lines are gathered into chunks of about a megabyte, each
 * written at once and synchronously: a caller that makes lines in a loop without ever yielding to the event loop (as
 * `gloss check` does while it checks file after file) would otherwise queue the whole file in memory. Any failure (a
 * folder that cannot be made, a full disk) only means the file is not written: an unwritable cache costs time later,
 * never the run.
 */
export class RecordFileWriter {
  readonly #path: string;
  readonly #temporary: string;
  #chunk: string;
  /** The open temporary file; null once anything failed, after which the rest is dropped. */
  #fd: number | null;

  constructor(path: string, header: unknown) {
    this.#path = path;
    this.#temporary = `${path}.${process.pid}.tmp`;
    this.#chunk = JSON.stringify(header);
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.#fd = openSync(this.#temporary, 'w');
    } catch {
      this.#fd = null;
    }
  }

  /** Adds a record's line. Returns true when that filled a chunk and the chunk was written. */
  add(line: string): boolean {
    this.#chunk += `\n${line}`;
    if (this.#chunk.length < CHUNK_UNITS) return false;
    this.#flush();
    return true;
  }

  /** Writes the rest, closes the file and gives it its real name; or, when anything failed, removes what was written. */
  commit(): void {
    this.#flush();
    if (this.#fd === null) return this.abandon();
    try {
      closeSync(this.#fd);
      this.#fd = null;
      renameSync(this.#temporary, this.#path);
    } catch {
      this.abandon();
    }
  }

  /** Drops the file: for a run that stops before its last line. */
  abandon(): void {
    this.#close();
    try {
      unlinkSync(this.#temporary);
    } catch {
      // Nothing was created, or it is gone already.
    }
  }

  #flush(): void {
    const text = this.#chunk;
    this.#chunk = '';
    if (this.#fd === null) return;
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(this.#fd, bytes, written);
    } catch {
      this.#close();
    }
  }

  #close(): void {
    if (this.#fd === null) return;
    try {
      closeSync(this.#fd);
    } catch {
      // The descriptor is released even when closing reports an error.
    }
    this.#fd = null;
  }
}

/**
 * Writes a record file with `header` and the records' `lines`, taken one by one, so that the lines of thousands of
 * files are never all held at once, nor joined into one string. It creates the file's folder if need be, and lets the
 * event loop run after each chunk, so that a language server writing its store goes on answering. Never rejects (see
 * `RecordFileWriter`). Resolves to the number of lines taken.
 */
export async function writeRecordFile(path: string, header: unknown, lines: Iterable<string>): Promise<number> {
  const writer = new RecordFileWriter(path, header);
  let count = 0;
  for (const line of lines) {
    count++;
    if (writer.add(line)) await new Promise((resolve) => setImmediate(resolve));
  }
  writer.commit();
  return count;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
