/**
 * Reads one file from disk as Gloss text, refusing what is not text.
 */
import { close, closeSync, constants, fstat, fstatSync, open, openSync, read, readSync, type Stats } from 'node:fs';
import type { Problem } from '../core/index.js';
import { decodeText, type TextEncodingName } from './decodeText.js';
import { invalidEncodingProblem } from './invalidEncodingProblem.js';
import { sniffBinary } from './sniffBinary.js';

/** The default cap on a file's size: larger files are skipped with a note instead of read. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The four file operations that reading needs, each either synchronous or not. Synchronous reads are several times
 * faster for thousands of small files: the command line, which has nothing else to answer, reads that way, and so does
 * the language server when it scans a folder, in slices of a few milliseconds between which it answers requests. The
 * server reads a single file through the thread pool, which never holds up a request at all.
 */
export interface FileOps {
  open(path: string, flags: number): number | Promise<number>;
  fstat(fd: number): Stats | Promise<Stats>;
  read(fd: number, buffer: Buffer, offset: number, length: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

/** Operations through the thread pool. */
export const ASYNC_FILE_OPS: FileOps = {
  open: (path, flags) => settle<number>((done) => open(path, flags, done)),
  fstat: (fd) => settle<Stats>((done) => fstat(fd, done)),
  read: (fd, buffer, offset, length) => settle<number>((done) => read(fd, buffer, offset, length, null, done)),
  close: (fd) => settle<void>((done) => close(fd, done)),
};

/** Operations that block until done. */
export const SYNC_FILE_OPS: FileOps = {
  open: openSync,
  fstat: (fd) => fstatSync(fd),
  read: (fd, buffer, offset, length) => readSync(fd, buffer, offset, length, null),
  close: closeSync,
};

/** A promise of what a Node callback receives. */
function settle<T>(call: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => call((error, value) => (error ? reject(error) : resolve(value))));
}

/** Limits for reading, and how. */
export interface ReadOptions {
  /** Files larger than this many bytes are skipped; default `DEFAULT_MAX_FILE_BYTES`. */
  maxBytes?: number;
  /** The file operations to use; default `ASYNC_FILE_OPS`. */
  ops?: FileOps;
}

/** The size and modification time of a file, as its status said just before it was read. */
export interface FileStamp {
  size: number;
  modifiedMs: number;
}

/**
 * What reading produced: text (with problems about its encoding to attach to the file),
 * or the reason the file was skipped. `errno` is set when the operating system refused the file.
 */
export type FileContent =
  | {
      kind: 'text';
      text: string;
      /**
       * The text encoded as UTF-8: the file's own bytes when they are exactly that, as they nearly always are, so that
       * a reader that hashes or keeps the text as bytes need not encode it again.
       */
      utf8: Uint8Array;
      encoding: TextEncodingName;
      problems: Problem[];
      stamp: FileStamp;
    }
  | { kind: 'skipped'; reason: string; errno: string | null };

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/**
 * Reads a file as text. Never throws and never blocks on a FIFO or device:
 * the file is opened non-blocking and must be a regular file, no larger than the cap, and not binary.
 * The text has its BOM removed; UTF-16 with a BOM is decoded; invalid UTF-8 becomes U+FFFD plus an
 * `invalid-encoding` problem.
 */
export async function readGlossFile(path: string, options: ReadOptions = {}): Promise<FileContent> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ops = options.ops ?? ASYNC_FILE_OPS;
  let fd: number;
  try {
    fd = await ops.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refused(error);
  }
  try {
    const stat = await ops.fstat(fd);
    if (stat.isDirectory()) return { kind: 'skipped', reason: 'is a directory', errno: 'EISDIR' };
    if (!stat.isFile()) return { kind: 'skipped', reason: 'not a regular file', errno: null };
    if (stat.size > maxBytes) return { kind: 'skipped', reason: tooLarge(stat.size, maxBytes), errno: null };
    // Read up to one byte past the cap: a file that grows while it is read is still refused.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const wanted = buffer.length - length;
      const bytesRead = await ops.read(fd, buffer, length, wanted);
      length += bytesRead;
      // A regular file reads short only at its end, so a short read saves asking again for nothing.
      if (bytesRead < wanted) break;
    }
    if (length > maxBytes) return { kind: 'skipped', reason: tooLarge(length, maxBytes), errno: null };
    const bytes = buffer.subarray(0, length);
    const binary = sniffBinary(bytes);
    if (binary !== null) return { kind: 'skipped', reason: `${binary}, not text`, errno: null };
    const decoded = decodeText(bytes);
    const problem = invalidEncodingProblem(decoded);
    const stamp = { size: stat.size, modifiedMs: stat.mtimeMs };
    const utf8 = decoded.encoding === 'utf-8' && !decoded.hadBom && decoded.invalidAt < 0 ? bytes : Buffer.from(decoded.text, 'utf8');
    return { kind: 'text', text: decoded.text, utf8, encoding: decoded.encoding, problems: problem ? [problem] : [], stamp };
  } catch (error) {
    return refused(error);
  } finally {
    try {
      await ops.close(fd);
    } catch {
      // Nothing was lost: the content is already read, and the descriptor goes with the process at worst.
    }
  }
}

function refused(error: unknown): FileContent {
  const errno = (error as NodeJS.ErrnoException | undefined)?.code ?? null;
  const reason = (errno !== null ? ERRNO_REASONS[errno] : undefined) ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'skipped', reason, errno };
}

function tooLarge(size: number, maxBytes: number): string {
  return `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(size)})`;
}

/** Sizes for people: whole bytes below 1 KB, else KB or MB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
