/**
 * The seam between the CLI and the language: `gloss check` reads files, and a Lint turns them into problems.
 */
import { check, type Problem, type Workspace } from '../core/index.js';
import type { GlossConfig } from '../host/index.js';

/** One file's text, read and decoded by the host. */
export interface SourceFile {
  uri: string;
  /** The path relative to the workspace root, `/`-separated. */
  relativePath: string;
  /** The same text on every read, though it may be made anew each time (see `compactSource`). */
  readonly text: string;
  /** The text encoded as UTF-8, when the reader has it at hand: hashing these bytes saves encoding the text again. */
  readonly utf8?: Uint8Array;
}

/** The problems found in one file, by its URI. */
export interface LintResult {
  uri: string;
  problems: Problem[];
}

/** A lint under way over a corpus. */
export interface LintRun {
  /**
   * One result per file, in the order of the files given. A file may be checked only when its result is taken, so that
   * a report printed as it goes never holds the problems of the whole corpus. Taken once.
   */
  results: Iterable<LintResult>;
  /** Keeps what outlives the run (a cache) once every result was taken, or drops what it began otherwise. Never rejects. */
  finish(): Promise<void>;
}

/**
 * Checks a whole corpus (problems can depend on other files), honouring the configured severities: reads everything it
 * needs from every file, then resolves to the run that checks them one by one.
 */
export type Lint = (files: readonly SourceFile[], config: GlossConfig) => Promise<LintRun>;

/** A run with nothing to keep afterwards. */
export function plainRun(results: Iterable<LintResult>): LintRun {
  return { results, finish: () => Promise.resolve() };
}

/**
 * The problems of the document at `uri`, ready to be kept for the rest of a run: the core's `check`, copied through JSON
 * so that they share no string with the document's text. A message names what it is about with a piece cut from the
 * text, and V8 keeps such a piece, and any message built from it, as a slice of the whole text. The line formats print
 * a file's problems and drop them, but `json` and `sarif` gather every file's before they print: without the copy, the
 * problems of a large corpus would keep most of its texts alive until the end of the run.
 */
export function checkToKeep(ws: Workspace, uri: string, config: GlossConfig): Problem[] {
  const problems = check(ws, uri, config);
  return problems.length === 0 ? problems : (JSON.parse(JSON.stringify(problems)) as Problem[]);
}
