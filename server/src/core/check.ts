/**
 * `check`: every problem of one document, as the editor and the CLI show them (DESIGN §3).
 */
import type { Problem, Range } from './model.js';
import { settingFor, type RuleConfig } from './ruleConfig.js';
import { RULES } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { isSuppressed } from './suppressions.js';
import { compareCodeUnits, compareRanges } from './text.js';
import { lineIndexOf } from './docLines.js';
import type { Workspace } from './workspace.js';

/** Where a failing rule is reported: the start of the file, since the failure belongs to no construct. */
const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The problems of the document at `uri`: the parser's own and those of every enabled rule,
 * with the configured severities, without those that `gloss-disable` comments suppress,
 * sorted by range, then code, then message. The same inputs always give the same list.
 * A rule that throws is reported as one `analysis-limit` problem; the other rules still run.
 * Returns an empty list when the workspace has no document at `uri`. Pure.
 */
export function check(ws: Workspace, uri: string, config: RuleConfig = {}, rules: readonly Rule[] = RULES): Problem[] {
  const doc = ws.doc(uri);
  if (!doc) return [];
  const problems: Problem[] = [];
  for (const problem of doc.problems) {
    const setting = settingFor(config, problem.code, problem.severity);
    if (setting !== 'off') problems.push({ ...problem, severity: setting });
  }
  const context: RuleContext = { ws, doc, lines: lineIndexOf(doc) };
  for (const rule of rules) {
    if (!rule.check) continue;
    const setting = settingFor(config, rule.code, rule.defaultSeverity);
    if (setting === 'off') continue;
    try {
      for (const { range, message, related } of rule.check(context)) {
        problems.push(related ? { code: rule.code, severity: setting, message, range, related } : { code: rule.code, severity: setting, message, range });
      }
    } catch (error) {
      const failure = settingFor(config, 'analysis-limit', 'warning');
      if (failure === 'off') continue;
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        code: 'analysis-limit',
        severity: failure,
        message: `The rule “${rule.code}” failed on this file (${reason}), so its problems are missing; the other rules ran. This is a bug in Gloss: please report it with this file.`,
        range: ORIGIN,
      });
    }
  }
  return problems
    .filter((problem) => !isSuppressed(doc.suppressions, problem.code, problem.range.start.line))
    .sort(compareProblems);
}

function compareProblems(a: Problem, b: Problem): number {
  return compareRanges(a.range, b.range) || compareCodeUnits(a.code, b.code) || compareCodeUnits(a.message, b.message);
}
