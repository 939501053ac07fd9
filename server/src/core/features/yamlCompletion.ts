/**
 * Completion in the YAML front matter: top-level fields, entity and source fields,
 * entity types, source kinds, and the ids of `outlet:`, `publisher:` and `related:`.
 */
import { ENTITY_TYPES, SOURCE_KINDS, type Doc, type Position, type Range } from '../model.js';
import type { LineIndex } from '../text.js';
import type { Workspace } from '../workspace.js';
import { documentItems, entityItems, valueItems, type CompletionItem } from './completionItems.js';

const FENCE = /^---[ \t]*$/;

/** The top-level fields of DESIGN §1.1 with what each holds. */
const TOP_FIELDS: Record<string, string> = {
  id: 'the document id (default: the file name)',
  title: 'the headline',
  outlet: 'the entity id of the outlet',
  author: 'who wrote the article',
  published: 'the publication date (ISO)',
  url: 'where the article is published',
  language: 'the language of this text',
  'translated-from': 'the language of the original',
  related: 'other document ids',
  entities: 'entity definitions',
  sources: 'source definitions',
};

const ENTITY_FIELDS: Record<string, string> = {
  name: 'the display name',
  type: ENTITY_TYPES.join(' | '),
  aliases: 'other names, as a list',
  description: 'Markdown shown on hover',
  wikidata: 'a checked Wikidata id (Q…)',
  url: 'a page about the entity',
};

const SOURCE_FIELDS: Record<string, string> = {
  title: 'the title of the source',
  publisher: 'the entity id of the publisher',
  date: 'the publication date (ISO)',
  url: 'where the source can be read',
  kind: SOURCE_KINDS.join(' | '),
};

/** Completions at `position` when it lies inside the front matter, or null when it does not. */
export function yamlCompletion(ws: Workspace, doc: Doc, lines: LineIndex, position: Position): CompletionItem[] | null {
  if (!inFrontMatter(lines, position.line)) return null;
  const line = lines.lineText(position.line);
  const before = line.slice(0, position.character);
  const wordEnd = position.character + (/^[\w.:#-]*/.exec(line.slice(position.character))?.[0].length ?? 0);
  const range = (from: number): Range => ({ start: { line: position.line, character: from }, end: { line: position.line, character: wordEnd } });
  if (/^(?:[A-Z][\w-]*)?$/i.test(before)) return topFields(lines, position.line, range(0));
  const section = sectionOf(lines, position.line);
  const value = /^([ \t]*)([A-Z][\w-]*):(?=\s|$)(.*)$/i.exec(before);
  if (value) {
    const [, indent, key, rest] = value as unknown as [string, string, string, string];
    // The partial id starts after the last `[` or `,` of a flow list, or after the colon.
    const partial = rest.slice(Math.max(rest.lastIndexOf('['), rest.lastIndexOf(',')) + 1).trimStart();
    if (!/^[\w.:-]*$/.test(partial)) return [];
    const from = range(position.character - partial.length);
    if (indent === '' && key === 'outlet') return outletItems(ws, from);
    if (indent === '' && key === 'related') return documentItems(ws, from, doc.uri);
    if (indent !== '' && section === 'sources' && key === 'publisher') return entityItems(ws, from);
    if (indent !== '' && section === 'sources' && key === 'kind') return valueItems(SOURCE_KINDS, 'source kind', from);
    if (indent !== '' && section === 'entities' && key === 'type') return valueItems(ENTITY_TYPES, 'entity type', from);
    return [];
  }
  const item = /^[ \t]+-[ \t]*([\w.:-]*)$/.exec(before);
  if (item && section === 'related') return documentItems(ws, range(position.character - (item[1] as string).length), doc.uri);
  const field = /^([ \t]+)(?:[A-Z][\w-]*)?$/i.exec(before);
  if (field && (section === 'entities' || section === 'sources') && isFieldLevel(lines, position.line, (field[1] as string).length)) {
    const fields = section === 'entities' ? ENTITY_FIELDS : SOURCE_FIELDS;
    const from = range((field[1] as string).length);
    return Object.entries(fields).map(([name, detail]) => ({ label: name, kind: 'field', detail, insertText: `${name}: `, replaceRange: from }));
  }
  return [];
}

/** Whether `line` lies between the opening fence on line 0 and the closing fence (or the end, while it is missing). */
function inFrontMatter(lines: LineIndex, line: number): boolean {
  if (line < 1 || !FENCE.test(lines.lineText(0))) return false;
  for (let i = 1; i <= line; i++) if (FENCE.test(lines.lineText(i))) return false;
  return true;
}

/** The top-level key whose block holds `line`. */
function sectionOf(lines: LineIndex, line: number): string | null {
  for (let i = line; i >= 1; i--) {
    const match = /^([A-Z][\w-]*):/i.exec(lines.lineText(i));
    if (match) return match[1] as string;
    if (i < line && /^\S/.test(lines.lineText(i)) && !lines.lineText(i).startsWith('#')) return null;
  }
  return null;
}

/** Whether an indentation of `indent` on `line` is a field of an entity or source, not a new id under `entities:`. */
function isFieldLevel(lines: LineIndex, line: number, indent: number): boolean {
  for (let i = line - 1; i >= 1; i--) {
    const text = lines.lineText(i);
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const own = text.length - text.trimStart().length;
    if (own < indent) return own > 0;
  }
  return false;
}

function topFields(lines: LineIndex, line: number, range: Range): CompletionItem[] {
  const present = new Set<string>();
  for (let i = 1; i < lines.lineCount; i++) {
    const text = lines.lineText(i);
    if (FENCE.test(text)) break;
    const match = /^([A-Z][\w-]*):/i.exec(text);
    if (match && i !== line) present.add(match[1] as string);
  }
  return Object.entries(TOP_FIELDS)
    .filter(([name]) => !present.has(name))
    .map(([name, detail]) => ({ label: name, kind: 'field', detail, insertText: name === 'entities' || name === 'sources' ? `${name}:` : `${name}: `, replaceRange: range }));
}

/** Entities for `outlet:`, organisations first since an outlet almost always is one. */
function outletItems(ws: Workspace, range: Range): CompletionItem[] {
  return entityItems(ws, range).map((item) => ({ ...item, sortText: `${item.detail.startsWith('organization') ? 0 : 1}${item.label}` }));
}
