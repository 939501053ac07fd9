import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import Ajv from 'ajv';
import { compareFiles, compareProblems, type CheckReport, type FileReport } from '../../server/src/cli/report/checkReport.js';
import { escapeGithubData, escapeGithubProperty, githubReporter } from '../../server/src/cli/report/githubReporter.js';
import { jsonReporter } from '../../server/src/cli/report/jsonReporter.js';
import { prettyReporter } from '../../server/src/cli/report/prettyReporter.js';
import { sarifReporter } from '../../server/src/cli/report/sarifReporter.js';
import { SAMPLE, SAMPLE_RULES } from './sampleReport.js';

/** The report with its files and problems in report order, as `gloss check` gives it to a reporter. */
function sortedReport(unsorted: { root: string; files: FileReport[] }): CheckReport & { files: FileReport[] } {
  const files = [...unsorted.files].sort(compareFiles).map((file) => ({ ...file, problems: [...file.problems].sort(compareProblems) }));
  return { root: unsorted.root, files };
}

const report = sortedReport(SAMPLE);
const tool = { version: '0.1.0', specUrl: 'https://example.org/gloss/docs/SPEC.md' };
const joined = (chunks: Iterable<string>): string => [...chunks].join('');

test('the pretty reporter prints path:line:col, severity, message and code, an excerpt with carets, and the summary', () => {
  assert.equal(
    joined(prettyReporter(report, { color: false })),
    [
      "articles/a,b.gloss.md:2:1  error  The id “t” is defined twice: 100% sure.  duplicate-id",
      "  2 | title: T",
      "    | ^^^^^",
      "  note: Also defined here. (registry.gloss.md:1:1)",
      "articles/a,b.gloss.md:4:4  warning  The claim has no source.",
      "    Add src=.  unsourced-claim",
      "  4 | 😀 [Tehran]{.claim} said: \"100%\".",
      "    |    ^^^^^^^^^^^^^^^^",
      "",
      "image.gloss.md  skipped  a PNG image, not text",
      "",
      "registry.gloss.md:1:1  hint  Nothing uses “abc”.  unused-definition",
      "  1 | abc",
      "    | ^^^",
      "",
      "3 files checked, 1 error, 1 warning, 1 infos/hints, 1 skipped",
      '',
    ].join('\n'),
  );
});

test('the pretty reporter colours severities, carets and codes only when asked', () => {
  assert.equal(joined(prettyReporter(report, { color: true })), "articles/a,b.gloss.md:2:1  \u001b[31merror\u001b[0m  The id “t” is defined twice: 100% sure.  \u001b[2mduplicate-id\u001b[0m\n  2 | title: T\n    | \u001b[31m^^^^^\u001b[0m\n  note: Also defined here. (registry.gloss.md:1:1)\narticles/a,b.gloss.md:4:4  \u001b[33mwarning\u001b[0m  The claim has no source.\n    Add src=.  \u001b[2munsourced-claim\u001b[0m\n  4 | 😀 [Tehran]{.claim} said: \"100%\".\n    |    \u001b[33m^^^^^^^^^^^^^^^^\u001b[0m\n\nimage.gloss.md  \u001b[2mskipped\u001b[0m  a PNG image, not text\n\nregistry.gloss.md:1:1  \u001b[36mhint\u001b[0m  Nothing uses “abc”.  \u001b[2munused-definition\u001b[0m\n  1 | abc\n    | \u001b[36m^^^\u001b[0m\n\n3 files checked, 1 error, 1 warning, 1 infos/hints, 1 skipped\n");
});

test('the pretty reporter cuts a very long line around the problem and keeps the carets under it', () => {
  const text = `${'x'.repeat(5000)}[claim]{.claim}${'y'.repeat(5000)}`;
  const long = {
    root: '/r',
    files: [{ path: 'l.gloss.md', uri: 'file:///r/l.gloss.md', source: { text }, skipped: null, problems: [{ code: 'unsourced-claim' as const, severity: 'warning' as const, message: 'M', range: { start: { line: 0, character: 5000 }, end: { line: 0, character: 5007 } } }] }],
  };
  const lines = joined(prettyReporter(long, { color: false })).split('\n');
  assert.equal(lines[1], `  1 | …${'x'.repeat(30)}[claim]{.claim}${'y'.repeat(55)}…`);
  assert.equal(lines[2], `    | ${' '.repeat(31)}^^^^^^^`);
});

test('the pretty reporter replaces control characters so a file cannot drive the terminal', () => {
  const hostile = {
    root: '/r',
    files: [{ path: 'h.gloss.md', uri: 'file:///r/h.gloss.md', source: { text: 'a\u001b[2Jb\n' }, skipped: null, problems: [{ code: 'invalid-attribute' as const, severity: 'warning' as const, message: 'bad \u001b[31m', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] }],
  };
  assert.equal(
    joined(prettyReporter(hostile, { color: false })),
    'h.gloss.md:1:1  warning  bad \uFFFD[31m  invalid-attribute\n  1 | a\uFFFD[2Jb\n    | ^\n\n1 file checked, 0 errors, 1 warning, 0 infos/hints, 0 skipped\n',
  );
});

test('the json reporter prints every file in path order with 0-based ranges and related paths', () => {
  const expected = [
  {
    "path": "articles/a,b.gloss.md",
    "skipped": null,
    "problems": [
      {
        "code": "duplicate-id",
        "severity": "error",
        "message": "The id “t” is defined twice: 100% sure.",
        "range": {
          "start": {
            "line": 1,
            "character": 0
          },
          "end": {
            "line": 1,
            "character": 5
          }
        },
        "related": [
          {
            "path": "registry.gloss.md",
            "range": {
              "start": {
                "line": 0,
                "character": 0
              },
              "end": {
                "line": 0,
                "character": 3
              }
            },
            "message": "Also defined here."
          }
        ]
      },
      {
        "code": "unsourced-claim",
        "severity": "warning",
        "message": "The claim has no source.\nAdd src=.",
        "range": {
          "start": {
            "line": 3,
            "character": 3
          },
          "end": {
            "line": 3,
            "character": 19
          }
        },
        "related": []
      }
    ]
  },
  {
    "path": "clean.gloss.md",
    "skipped": null,
    "problems": []
  },
  {
    "path": "image.gloss.md",
    "skipped": "a PNG image, not text",
    "problems": []
  },
  {
    "path": "registry.gloss.md",
    "skipped": null,
    "problems": [
      {
        "code": "unused-definition",
        "severity": "hint",
        "message": "Nothing uses “abc”.",
        "range": {
          "start": {
            "line": 0,
            "character": 0
          },
          "end": {
            "line": 0,
            "character": 3
          }
        },
        "related": []
      }
    ]
  }
];
  assert.equal(jsonReporter(report), `${JSON.stringify(expected, null, 2)}\n`);
});

test('the github reporter prints workflow commands with escaped properties and data', () => {
  assert.equal(
    joined(githubReporter(report)),
    [
      "::error file=articles/a%2Cb.gloss.md,line=2,col=1,endLine=2,endColumn=6,title=duplicate-id::The id “t” is defined twice: 100%25 sure.",
      "::warning file=articles/a%2Cb.gloss.md,line=4,col=4,endLine=4,endColumn=20,title=unsourced-claim::The claim has no source.%0AAdd src=.",
      "::notice file=image.gloss.md,title=skipped::Not checked: a PNG image, not text.",
      "::notice file=registry.gloss.md,line=1,col=1,endLine=1,endColumn=4,title=unused-definition::Nothing uses “abc”.",
      "3 files checked, 1 error, 1 warning, 1 infos/hints, 1 skipped",
      '',
    ].join('\n'),
  );
});

test('github escaping encodes %, CR and LF in data, and also : and , in properties', () => {
  assert.equal(escapeGithubData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
  assert.equal(escapeGithubProperty('dir:x/a,b%.md'), 'dir%3Ax/a%2Cb%25.md');
});

test('the sarif reporter describes every rule and locates every result relative to the root', () => {
  const expected = {
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "gloss",
          "version": "0.1.0",
          "informationUri": "https://example.org/gloss/docs/SPEC.md",
          "rules": [
            {
              "id": "duplicate-id",
              "shortDescription": {
                "text": "One id defined twice."
              },
              "helpUri": "https://example.org/gloss/docs/SPEC.md#duplicate-id",
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "unsourced-claim",
              "shortDescription": {
                "text": "A claim without a source."
              },
              "helpUri": "https://example.org/gloss/docs/SPEC.md#unsourced-claim",
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "unused-definition",
              "shortDescription": {
                "text": "A definition nothing uses."
              },
              "helpUri": "https://example.org/gloss/docs/SPEC.md#unused-definition",
              "defaultConfiguration": {
                "level": "note"
              }
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": true,
          "toolExecutionNotifications": [
            {
              "level": "note",
              "message": {
                "text": "Not checked: a PNG image, not text."
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "image.gloss.md",
                      "uriBaseId": "%SRCROOT%"
                    }
                  }
                }
              ]
            }
          ]
        }
      ],
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "uri": "file:///work/corpus/"
        }
      },
      "results": [
        {
          "ruleId": "duplicate-id",
          "level": "error",
          "message": {
            "text": "The id “t” is defined twice: 100% sure."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "articles/a%2Cb.gloss.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 1,
                  "endLine": 2,
                  "endColumn": 6
                }
              }
            }
          ],
          "ruleIndex": 0,
          "relatedLocations": [
            {
              "id": 0,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "registry.gloss.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 4
                }
              },
              "message": {
                "text": "Also defined here."
              }
            }
          ]
        },
        {
          "ruleId": "unsourced-claim",
          "level": "warning",
          "message": {
            "text": "The claim has no source.\nAdd src=."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "articles/a%2Cb.gloss.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 4,
                  "endLine": 4,
                  "endColumn": 20
                }
              }
            }
          ],
          "ruleIndex": 1
        },
        {
          "ruleId": "unused-definition",
          "level": "note",
          "message": {
            "text": "Nothing uses “abc”."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "registry.gloss.md",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 4
                }
              }
            }
          ],
          "ruleIndex": 2
        }
      ]
    }
  ]
};
  assert.equal(sarifReporter(report, tool, SAMPLE_RULES), `${JSON.stringify(expected, null, 2)}\n`);
});

test('the sarif output is valid against the SARIF 2.1.0 schema, with and without help links', () => {
  // The schema is the OASIS SARIF 2.1.0 (rtm.5) JSON schema as shipped in npm @microsoft/jest-sarif; it is draft-04.
  const schema: unknown = JSON.parse(readFileSync(new URL('../../../test/fixtures/cli/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ schemaId: 'id', allErrors: true });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(schema as object);
  for (const output of [sarifReporter(report, tool, SAMPLE_RULES), sarifReporter(report, { version: '0.1.0', specUrl: null }, SAMPLE_RULES)]) {
    assert.equal(validate(JSON.parse(output)), true, ajv.errorsText(validate.errors));
  }
});

test('each reporter gives byte-identical output for the same problems in any input order', () => {
  const shuffled = { ...SAMPLE, files: [...SAMPLE.files].reverse().map((f) => ({ ...f, problems: [...f.problems].reverse() })) };
  const again = sortedReport(shuffled);
  assert.equal(joined(prettyReporter(again, { color: false })), joined(prettyReporter(report, { color: false })));
  assert.equal(jsonReporter(again), jsonReporter(report));
  assert.equal(joined(githubReporter(again)), joined(githubReporter(report)));
  assert.equal(sarifReporter(again, tool, SAMPLE_RULES), sarifReporter(report, tool, SAMPLE_RULES));
});

test('the pretty reporter reads a file’s text only when it formats that file', () => {
  const reads: string[] = [];
  const files = ['a', 'b', 'c'].map((name) => ({
    path: `${name}.gloss.md`,
    uri: `file:///r/${name}.gloss.md`,
    source: {
      get text(): string {
        reads.push(name);
        return `${name} text\n`;
      },
    },
    skipped: null,
    problems: [{ code: 'unsourced-claim' as const, severity: 'warning' as const, message: 'M', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
  }));
  const chunks = prettyReporter({ root: '/r', files }, { color: false });
  assert.deepEqual(reads, []);
  assert.equal(chunks.next().value, 'a.gloss.md:1:1  warning  M  unsourced-claim\n  1 | a text\n    | ^\n\n');
  assert.deepEqual(reads, ['a']);
  assert.deepEqual([...chunks].length, 3);
  assert.deepEqual(reads, ['a', 'b', 'c']);
});

