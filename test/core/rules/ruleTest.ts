/**
 * The one test helper for lint rules: in-memory workspaces of Gloss text, parsed for real, and the problems of one rule.
 */
import { check } from '../../../server/src/core/check.js';
import type { Problem } from '../../../server/src/core/model.js';
import { parse } from '../../../server/src/core/parse.js';
import type { RuleConfig } from '../../../server/src/core/ruleConfig.js';
import type { Rule } from '../../../server/src/core/rules/rule.js';
import { Workspace } from '../../../server/src/core/workspace.js';

export { range } from '../../ranges.js';

/** The folder of every in-memory file: `a.gloss.md` becomes `file:///c/a.gloss.md`. */
export const ROOT = 'file:///c/';

/** The URI of a file name in the in-memory folder. */
export function uriOf(name: string): string {
  return `${ROOT}${name}`;
}

/** A workspace of the given files, by file name, each parsed with `parse`. */
export function workspaceOf(files: Record<string, string>): Workspace {
  return Workspace.build(Object.entries(files).map(([name, text]) => parse(text, uriOf(name))));
}

/** The problems that `rule` finds in file `name` of the workspace `files`, through `check` with that rule alone. */
export function problemsOf(rule: Rule, files: Record<string, string>, name: string, config: RuleConfig = {}): Problem[] {
  return check(workspaceOf(files), uriOf(name), config, [rule]).filter((problem) => problem.code === rule.code);
}

/** A problem as `line:column-line:column message`, 1-based, the form of the rules' documented examples. */
export function brief(problem: Problem): string {
  const { start, end } = problem.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${problem.message}`;
}

/** A registry file defining the entities and sources that most tests refer to. */
export const REGISTRY = [
  '---',
  'entities:',
  '  khalaji:',
  '    name: Sepehr Khalaji',
  '    type: person',
  '    aliases: [Khalaji]',
  '  asianews:',
  '    name: AsiaNews',
  '    type: organization',
  'sources:',
  '  fars-2023-07-03:',
  '    title: Khalaji on the return of the seized computers',
  '    publisher: asianews',
  '---',
  '',
].join('\n');
