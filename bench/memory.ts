/**
 * Memory readings of the current process. Peak resident memory is what the operating system had to give the
 * process at its worst moment; retained heap is what the JavaScript objects still alive take after a full collection.
 */
import { readFileSync } from 'node:fs';

/** Memory of one measurement, in bytes. */
export interface MemoryReading {
  peakRss: number;
  retainedHeap: number | null;
}

/**
 * The peak resident set size so far: `VmHWM` from `/proc/self/status` on Linux, else what `getrusage` reports.
 * Both count every page the process touched, including the V8 heap and native buffers.
 */
export function peakRss(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // Not Linux: getrusage gives the same figure there, in kilobytes.
  }
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * The bytes of JavaScript heap still in use after a full collection, or null when the process was started
 * without `--expose-gc` and cannot force one.
 */
export function retainedHeap(): number | null {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return null;
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** Both readings at once; the peak is read first, so that the forced collection cannot raise it. */
export function readMemory(): MemoryReading {
  const peak = peakRss();
  return { peakRss: peak, retainedHeap: retainedHeap() };
}
