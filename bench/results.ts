/**
 * The shapes of what each measurement reports. Every measurement runs in its own child process and prints one
 * of these as JSON on its last line of output; `.bench/results.json` holds them all.
 */
import type { MemoryReading } from './memory.js';
import type { Summary } from './stats.js';

/** The Gloss engine on one corpus, measured in one fresh process. */
export interface GlossResult {
  documents: number;
  /** Read every file, parse it and build the workspace index: the cold start of the language server. */
  coldIndexMs: number;
  readMs: number;
  parseMs: number;
  buildMs: number;
  /** Problems the parser itself found in the corpus; the generator promises none. */
  parseProblems: number;
  /** Check every document once after the cold index, as the server does to publish their diagnostics; absent from older runs. */
  checkAllMs?: number;
  /** Read after the cold index and the check of every document. */
  memory: MemoryReading;
  hover: Summary;
  definition: Summary;
  references: Summary;
  /** Per keystroke document: parse the edited text and update the workspace with it. */
  keystroke: Record<string, Summary & { bytes: number }>;
  /** Edit the hub entity's definition, then re-check every document that references it. */
  refresh: { referencingDocuments: number; runs: number[] };
  /** Read, hash and index the unchanged corpus again from stored summaries, as the server's second start does; null when not measured. */
  secondStartMs?: number | null;
}

/** A tool run in process by a measurement script (the remark-parse floor, vscode-markdown-languageservice). */
export interface PeerResult {
  documents: number;
  coldIndexMs: number;
  memory: MemoryReading;
  definition?: Summary;
  references?: Summary;
}

/** A command-line tool run as a whole process over the corpus. */
export interface ProcessResult {
  command: string;
  wallMs: number;
  peakRss: number;
  exitCode: number | null;
}

/** Everything measured on one corpus size. */
export interface SizeResults {
  documents: number;
  corpusBytes: number;
  gloss: GlossResult;
  /** The same measures with summaries kept instead of Docs (`summariesOnly`); absent from runs before it existed. */
  glossSummaries?: GlossResult;
  remarkParse: PeerResult;
  markdownService: PeerResult;
  cli: Record<string, ProcessResult | { skipped: string }>;
}

/** The whole run, as written to `.bench/results.json`. */
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  seed: number;
  sizes: SizeResults[];
}

/** The `cli` entries of the second and third `gloss check` runs, which find the cache the first run wrote. */
export const CHECK_UNCHANGED = 'gloss check, nothing changed';
export const CHECK_ONE_CHANGED = 'gloss check, one article changed';
