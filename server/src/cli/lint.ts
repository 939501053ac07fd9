/**
 * The seam between the CLI and the language: `gloss check` reads files, and a Lint turns them into problems.
 */
import type { Problem } from '../core/index.js';
import type { GlossConfig } from '../host/index.js';

/** One file's text, read and decoded by the host. */
export interface SourceFile {
  uri: string;
  /** The path relative to the workspace root, `/`-separated. */
  relativePath: string;
  text: string;
}

/** The problems found in one file, by its URI. */
export interface LintResult {
  uri: string;
  problems: Problem[];
}

/**
 * Checks a whole corpus at once (problems can depend on other files), honouring the configured severities.
 * May return results in any order and may omit clean files.
 */
export type Lint = (files: readonly SourceFile[], config: GlossConfig) => Promise<LintResult[]> | LintResult[];
