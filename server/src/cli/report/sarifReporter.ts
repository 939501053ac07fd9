/**
 * `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
 */
import { pathToFileURL } from 'node:url';
import type { Log, PhysicalLocation, ReportingDescriptor, Result } from 'sarif';
import type { ProblemCode, Range, Severity } from '../../core/index.js';
import type { CheckReport } from './checkReport.js';
import { relatedPath } from './relatedPath.js';

/** What the SARIF log says about the tool itself. */
export interface SarifTool {
  version: string;
  /** The absolute URL of docs/SPEC.md; each rule's help link is `<specUrl>#<code>`. Left out when null. */
  specUrl: string | null;
}

/** What SARIF says about a rule: the core's `RULES` entries have this shape. */
export interface RuleInfo {
  code: ProblemCode;
  defaultSeverity: Severity;
  /** One line: when the problem is reported. */
  description: string;
}

/** The base id that relative artifact URIs resolve against. */
const ROOT_ID = '%SRCROOT%';

const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * Formats a sorted report as a SARIF 2.1.0 log with one run: every rule described in `tool.driver.rules` (sorted by code),
 * one result per problem (1-based lines, UTF-16 columns, `endColumn` one past the end as SARIF counts),
 * artifact URIs relative to the root under `%SRCROOT%`, and one notification per skipped file. Pure.
 */
export function sarifReporter(report: CheckReport, tool: SarifTool, ruleInfos: readonly RuleInfo[]): string {
  const rules = [...ruleInfos].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.code as string, index]));
  const location = (path: string, range: Range): PhysicalLocation => ({
    artifactLocation: artifact(path),
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  });

  // The files are taken once; the skipped ones are listed apart from the results.
  const files = [...report.files];
  const results: Result[] = [];
  for (const file of files) {
    for (const problem of file.problems) {
      const result: Result = {
        ruleId: problem.code,
        level: LEVELS[problem.severity],
        message: { text: problem.message },
        locations: [{ physicalLocation: location(file.path, problem.range) }],
      };
      const index = ruleIndex.get(problem.code);
      if (index !== undefined) result.ruleIndex = index;
      if (problem.related && problem.related.length > 0) {
        result.relatedLocations = problem.related.map((related, id) => ({
          id,
          physicalLocation: location(relatedPath(related.uri, report.root), related.range),
          message: { text: related.message },
        }));
      }
      results.push(result);
    }
  }

  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.code,
    shortDescription: { text: rule.description },
    ...(tool.specUrl === null ? {} : { helpUri: `${tool.specUrl}#${rule.code}` }),
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
  }));

  const skipped = files.filter((file) => file.skipped !== null);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gloss', version: tool.version, ...(tool.specUrl === null ? {} : { informationUri: tool.specUrl }), rules: descriptors } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: skipped.map((file) => ({
              level: 'note' as const,
              message: { text: `Not checked: ${file.skipped}.` },
              locations: [{ physicalLocation: { artifactLocation: artifact(file.path) } }],
            })),
          },
        ],
        originalUriBaseIds: { [ROOT_ID]: { uri: directoryUri(report.root) } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A location of a file: relative paths under the root, anything else (another scheme) as an absolute URI. */
function artifact(path: string): { uri: string; uriBaseId?: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return { uri: path };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT_ID };
}

function directoryUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
