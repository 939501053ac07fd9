/**
 * The shape of a lint rule, in the remark-lint style: one rule per file, with its metadata and a pure `check`.
 * Severity and configuration live outside the rule, in `check.ts` and `ruleConfig.ts`.
 */
import type { Doc, ProblemCode, Range, RelatedLocation, Severity } from '../model.js';
import type { LineIndex } from '../text.js';
import type { Workspace } from '../workspace.js';

/** What a rule sees: the whole workspace, the document under check and its line index. Holds no state. */
export interface RuleContext {
  ws: Workspace;
  doc: Doc;
  lines: LineIndex;
}

/** A problem as a rule finds it: the code and the severity are added by `check`. */
export interface Finding {
  range: Range;
  message: string;
  related?: RelatedLocation[];
}

/**
 * A documented example of a rule, run as a test.
 * `problems` are written as `line:column-line:column message`, 1-based as editors show positions.
 */
export interface RuleExample {
  /** What the example shows, e.g. “a claim with a citation is sourced”. */
  title: string;
  /** The file under check; it is checked as `example.gloss.md`, so its document id defaults to `example`. */
  text: string;
  /** Other files of the workspace, by file name, e.g. `{ 'registry.gloss.md': '…' }`. */
  workspace?: Record<string, string>;
  /** Exactly what the rule reports on `text`. */
  problems: string[];
}

/** The documentation of one diagnostic code: what the CLI's SARIF output and the docs show. */
export interface RuleMeta {
  code: ProblemCode;
  defaultSeverity: Severity;
  /** One line: when the problem is reported. */
  description: string;
  /** A paragraph of Markdown: why it matters and how to fix it. */
  docs: string;
  examples: RuleExample[];
}

/**
 * A diagnostic code and, for lint rules, the check that finds it.
 * Codes that the parser itself reports (`invalid-attribute`, `malformed-span`, …) have no `check`:
 * their problems come from `Doc.problems`.
 */
export interface Rule extends RuleMeta {
  /** Finds this rule's problems in `context.doc`. Pure; it may throw only through a bug, which `check` isolates. */
  check?(context: RuleContext): Finding[];
}
