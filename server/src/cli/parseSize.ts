/**
 * Reads sizes such as `5MB` from the command line.
 */
import { UsageError } from './usageError.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024 };

/** Bytes from `N`, `NKB` or `NMB` (case-insensitive, 1024-based); throws a UsageError naming the option otherwise. */
export function parseSize(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([km]?b?)$/i.exec(text.trim());
  const factor = match ? UNITS[(match[2] as string).toLowerCase()] : undefined;
  if (!match || factor === undefined) throw new UsageError(`the option '${option}' takes a size such as 5MB, 512KB or 100000, not '${text}'`);
  return Math.floor(Number(match[1]) * factor);
}
