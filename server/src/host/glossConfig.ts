/**
 * The workspace configuration read from `gloss.json`, and its defaults.
 */
import type { RuleSetting } from '../core/index.js';

/** The name of the configuration file at a workspace root. */
export const CONFIG_FILE_NAME = 'gloss.json';

export type { RuleSetting };

/** Every value a rule may be set to, in the order the error messages list them. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** A workspace's configuration; a plain immutable value. */
export interface GlossConfig {
  /** Globs, relative to the root, of the files that are Gloss files when a folder is scanned. */
  include: string[];
  /** Globs, relative to the root, of files and folders never scanned. */
  exclude: string[];
  /** Severity overrides by problem code; codes not listed keep their default severity. */
  rules: Record<string, RuleSetting>;
}

/** The configuration of a workspace without `gloss.json`; a fresh value on every call. */
export function defaultConfig(): GlossConfig {
  return { include: ['**/*.gloss.md'], exclude: [], rules: {} };
}
