/**
 * Rule severities as a workspace configures them (`gloss.json` `rules`, or the editor's settings).
 */
import type { Severity } from './model.js';

/** A rule's configured severity: one of the model's severities, or `off` to drop the rule's problems. */
export type RuleSetting = Severity | 'off';

/**
 * The part of a configuration that `check` reads: severity overrides by problem code.
 * Codes not listed keep their default; codes that no rule has are ignored. A plain immutable value.
 */
export interface RuleConfig {
  rules?: Readonly<Record<string, RuleSetting>>;
}

/** The configured setting of `code`, or `fallback` when the configuration does not list it. */
export function settingFor(config: RuleConfig, code: string, fallback: Severity): RuleSetting {
  return config.rules?.[code] ?? fallback;
}
