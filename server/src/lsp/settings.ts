/**
 * The client's `gloss` settings, and how they combine with `gloss.json` into what `check` and `parse` read.
 */
import type { RuleConfig, RuleSetting } from '../core/index.js';
import type { GlossConfig } from '../host/index.js';

/** The editor settings the server reads: rule severities and the size above which only front matter is analysed. */
export interface ClientSettings {
  rules: Readonly<Record<string, RuleSetting>>;
  maxFileSize: number | undefined;
}

/** No rule overrides and the core's default size limit. */
export const DEFAULT_SETTINGS: ClientSettings = { rules: {}, maxFileSize: undefined };

const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * Reads the `gloss` section a client sent, keeping only well-formed entries: a client's settings are user input,
 * and a typo there must not break checking. Pure.
 */
export function readSettings(section: unknown): ClientSettings {
  if (typeof section !== 'object' || section === null) return DEFAULT_SETTINGS;
  const { rules, maxFileSize } = section as { rules?: unknown; maxFileSize?: unknown };
  const result: Record<string, RuleSetting> = {};
  if (typeof rules === 'object' && rules !== null) {
    for (const [code, value] of Object.entries(rules)) if (typeof value === 'string' && SETTINGS.includes(value)) result[code] = value as RuleSetting;
  }
  const size = typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0 ? Math.floor(maxFileSize) : undefined;
  return { rules: result, maxFileSize: size };
}

/**
 * The rule configuration for a file: the editor's settings, overridden by the folder's `gloss.json`, so that the
 * project's file decides and the editor agrees with `gloss check` on the same corpus (ARCHITECTURE invariant 9). Pure.
 */
export function ruleConfigOf(settings: ClientSettings, config: GlossConfig | undefined): RuleConfig {
  return { rules: { ...settings.rules, ...(config?.rules ?? {}) } };
}
