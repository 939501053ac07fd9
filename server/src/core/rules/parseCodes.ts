/**
 * The documentation of the codes that the parser and the host report themselves; they have no lint rule.
 */
import type { Rule } from './rule.js';

/** `invalid-attribute`, from `spanAttributes.ts`. */
export const invalidAttribute: Rule = {
  code: 'invalid-attribute',
  defaultSeverity: 'warning',
  description: 'A span attribute that its kind does not take, a bad date or status, or a malformed list entry.',
  docs:
    'Claims and quotes take `by=`, `src=`, `date=`, `status=`, `same=`, `supports=`, `contradicts=` and `note=`; ' +
    'mentions take `note=`. Dates are ISO calendar dates, statuses one of unverified, supported, disputed, refuted, ' +
    'and list entries ids or `doc#claim`. Reported by the parser.',
  examples: [
    {
      title: 'a status that is not one of the four',
      text: '[It happened]{.claim status=true}\n',
      problems: ['1:29-1:33 Status “true” is not one of unverified, supported, disputed, refuted. Use one of these.'],
    },
  ],
};

/** `invalid-front-matter`, from `frontMatter.ts`. */
export const invalidFrontMatter: Rule = {
  code: 'invalid-front-matter',
  defaultSeverity: 'error',
  description: 'Front-matter YAML that does not parse, or a field of the wrong shape.',
  docs:
    'The front matter is YAML between `---` lines at the top of the file. Its fields have fixed shapes: ' +
    '`entities` and `sources` are mappings from ids to definitions, `published` and `date` are ISO dates, ' +
    '`related` is a list of document ids. YAML warnings are reported at warning level. Reported by the parser.',
  examples: [
    {
      title: 'a well-formed front matter',
      text: '---\ntitle: The mujahideen against Tirana\npublished: 2023-07-05\nrelated: [cdm-2023-07-03]\n---\n',
      problems: [],
    },
  ],
};

/** `malformed-span`, from `parse.ts`. */
export const malformedSpan: Rule = {
  code: 'malformed-span',
  defaultSeverity: 'warning',
  description: 'A “]{” in text that does not make a span.',
  docs:
    'An attribute block that cannot be read (for instance `{#}` or an unclosed quote) leaves the span as plain text. ' +
    'Fix the block, or write `\\]{` to keep the characters. Reported by the parser.',
  examples: [
    {
      title: 'an escaped bracket stays text',
      text: 'A set \\[1\\]{x} in prose.\n',
      problems: [],
    },
    {
      title: 'an empty id leaves the brackets as text',
      text: 'A [span]{#} here.\n',
      problems: [
        '1:8-1:10 This “]{” does not make a span: either its “{…}” is not a valid attribute block (#id, .class, key=value, key="quoted value") or no “[” opens it. Fix the annotation, or write “\\]{” to keep the text.',
      ],
    },
  ],
};

/** `malformed-citation`, from `parse.ts`. */
export const malformedCitation: Rule = {
  code: 'malformed-citation',
  defaultSeverity: 'warning',
  description: 'A “[@” in text that does not make a citation, or a citation key that is not an id.',
  docs:
    'A citation is `[@id]`, `[@id, p. 3]` or `[@a; @b]`. A bare `@name` stays text on purpose, ' +
    'because news text is full of social-media handles. Fix the citation, or write `\\[@` to keep the characters. Reported by the parser.',
  examples: [
    {
      title: 'a handle is not a citation',
      text: 'As @khalaji posted.\n',
      problems: [],
    },
    {
      title: 'a citation without its closing bracket',
      text: 'See [@khalaji, p. 3.\n',
      problems: [
        '1:5-1:7 This “[@” does not make a citation: a citation is “[@id]”, “[@id, p. 3]” or “[@a; @b]” with a closing “]”. Fix it, or write “\\[@” to keep the text.',
      ],
    },
  ],
};

/** `analysis-limit`, from the parser, and from `check` when a rule fails. */
export const analysisLimit: Rule = {
  code: 'analysis-limit',
  defaultSeverity: 'info',
  description: 'A file, or a rule on a file, that Gloss could not analyse fully.',
  docs:
    'A file larger than the analysis budget gets its front matter read and nothing else (info). ' +
    'When Gloss itself fails on a file, or one rule fails, the problem says so at warning level and the other results stay; ' +
    'that is a bug in Gloss, and the message asks for a report. Split very large files.',
  examples: [],
};

/** `invalid-encoding`, from the host that reads files. */
export const invalidEncoding: Rule = {
  code: 'invalid-encoding',
  defaultSeverity: 'warning',
  description: 'A file that is not valid UTF-8 (or UTF-16 with a byte order mark).',
  docs:
    'Invalid bytes are read as U+FFFD replacement characters, so positions and text near them may be wrong. ' +
    'Save the file as UTF-8. Reported by the host when it reads the file.',
  examples: [],
};
