/**
 * `missing-metadata`: an article whose front matter does not say what it is, where and when it appeared.
 */
import type { Doc } from '../model.js';
import type { LineIndex } from '../text.js';
import type { Finding, Rule } from './rule.js';

/** The fields an article needs, in the order a message lists them. */
const REQUIRED = ['title', 'outlet', 'published', 'url'] as const;

/** The `missing-metadata` rule. */
export const missingMetadata: Rule = {
  code: 'missing-metadata',
  defaultSeverity: 'warning',
  description: 'An article (a document with a mention, claim or quote) lacks title, outlet, published or url.',
  docs:
    'An article says what it is (`title`), where it appeared (`outlet`, an entity id, and `url`) and when (`published`, an ISO date); ' +
    'statistics, exports and hovers group and show articles by these fields. ' +
    'Files without any mention, claim or quote, such as a registry of entities and sources, are exempt. ' +
    'One problem lists every missing field, on the first line of the front matter.',
  examples: [
    {
      title: 'a registry file needs no article metadata',
      text: '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n---\nThe people and outlets of the corpus.\n',
      problems: [],
    },
    {
      title: 'an article with a title only',
      text: '---\ntitle: The mujahideen against Tirana\n---\n[Sepehr Khalaji]{#khalaji} spoke.\n',
      problems: [
        '1:1-1:4 This article’s front matter has no outlet, published or url; statistics, exports and hovers describe articles by them. Add outlet (an entity id), published (an ISO date such as 2023-07-05) and url (the article’s address).',
      ],
    },
  ],
  check({ doc, lines }) {
    if (!doc.spans.some((span) => span.kind !== 'other')) return [];
    const missing = REQUIRED.filter((field) => isBlank(doc.meta[field]));
    if (missing.length === 0) return [];
    return [finding(doc, lines, missing)];
  },
};

function finding(doc: Doc, lines: LineIndex, missing: readonly string[]): Finding {
  const fields = joined(missing, 'or');
  const hints = joined(missing.map(hint), 'and');
  const why = 'statistics, exports and hovers describe articles by them';
  if (doc.frontMatterRange === null) {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `This article has no front matter, so it has no ${fields}; ${why}. Add a front matter block between “---” lines at the top with ${hints}.`,
    };
  }
  const line = doc.frontMatterRange.start.line;
  return {
    range: { start: { line, character: 0 }, end: { line, character: lines.lineText(line).length } },
    message: `This article’s front matter has no ${fields}; ${why}. Add ${hints}.`,
  };
}

/** “a”, “a or b”, “a, b or c”. */
function joined(items: readonly string[], conjunction: string): string {
  return items.length === 1 ? (items[0] as string) : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function hint(field: string): string {
  switch (field) {
    case 'title':
      return 'title (the headline)';
    case 'outlet':
      return 'outlet (an entity id)';
    case 'published':
      return 'published (an ISO date such as 2023-07-05)';
    default:
      return 'url (the article’s address)';
  }
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}
