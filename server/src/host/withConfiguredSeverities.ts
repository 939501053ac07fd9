/**
 * Applies the `rules` of `gloss.json` to problems that the host itself reports.
 */
import type { Problem } from '../core/index.js';
import type { GlossConfig } from './glossConfig.js';

/**
 * The problems with each code's configured severity; problems whose code is `off` are dropped. Pure.
 * The core applies the same settings to its own rules; this covers the host's `invalid-encoding`.
 */
export function withConfiguredSeverities(problems: readonly Problem[], config: GlossConfig): Problem[] {
  const result: Problem[] = [];
  for (const problem of problems) {
    const setting = config.rules[problem.code];
    if (setting === 'off') continue;
    result.push(setting === undefined ? problem : { ...problem, severity: setting });
  }
  return result;
}
