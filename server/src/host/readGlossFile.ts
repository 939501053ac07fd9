/**
 * Reads one file from disk as Gloss text, refusing what is not text.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Problem } from '../core/index.js';
import { decodeText, type TextEncodingName } from './decodeText.js';
import { invalidEncodingProblem } from './invalidEncodingProblem.js';
import { sniffBinary } from './sniffBinary.js';

/** The default cap on a file's size: larger files are skipped with a note instead of read. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Limits for reading. */
export interface ReadOptions {
  /** Files larger than this many bytes are skipped; default `DEFAULT_MAX_FILE_BYTES`. */
  maxBytes?: number;
}

/**
 * What reading produced: text (with problems about its encoding to attach to the file),
 * or the reason the file was skipped. `errno` is set when the operating system refused the file.
 */
export type FileContent =
  | { kind: 'text'; text: string; encoding: TextEncodingName; problems: Problem[] }
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
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refused(error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { kind: 'skipped', reason: 'is a directory', errno: 'EISDIR' };
    if (!stat.isFile()) return { kind: 'skipped', reason: 'not a regular file', errno: null };
    if (stat.size > maxBytes) return { kind: 'skipped', reason: tooLarge(stat.size, maxBytes), errno: null };
    // Read up to one byte past the cap: a file that grows while it is read is still refused.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { kind: 'skipped', reason: tooLarge(length, maxBytes), errno: null };
    const bytes = buffer.subarray(0, length);
    const binary = sniffBinary(bytes);
    if (binary !== null) return { kind: 'skipped', reason: `${binary}, not text`, errno: null };
    const decoded = decodeText(bytes);
    const problem = invalidEncodingProblem(decoded);
    return { kind: 'text', text: decoded.text, encoding: decoded.encoding, problems: problem ? [problem] : [] };
  } catch (error) {
    return refused(error);
  } finally {
    await handle.close().catch(() => undefined);
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
