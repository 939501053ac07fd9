/**
 * A minimal edit that adds an entity or source definition to a front matter and keeps its YAML valid.
 */
import type { Doc, TextEdit } from '../model.js';
import type { LineIndex } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import { blockEndLine } from './yamlBlocks.js';

/** Where new definitions of each kind go, and the one field a new definition starts with. */
const FIRST_FIELD: Record<'entities' | 'sources', string> = { entities: 'name', sources: 'title' };

/**
 * The insertion that defines `id` under `section` of `doc`: appended to the block mapping when there is one,
 * as a new mapping before the closing fence when there is none, or as a new front matter at the top.
 * It follows the file's indentation and line endings. Null when the section is written in a form an append
 * could break (a flow mapping such as `entities: {}`) or the front matter is never closed.
 */
export function definitionInsert(doc: Doc, section: 'entities' | 'sources', id: string): TextEdit | null {
  const lines = lineIndexOf(doc);
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const field = `${FIRST_FIELD[section]}: ${id}`;
  if (!doc.frontMatterRange) {
    if (/^---[ \t]*(?:\r?\n|\r|$)/.test(doc.text)) return null;
    const newText = ['---', `${section}:`, `  ${id}:`, `    ${field}`, '---', ''].join(eol);
    return { range: at(0), newText };
  }
  const fence = doc.frontMatterRange.end.line;
  for (let line = 1; line < fence; line++) {
    const match = new RegExp(`^${section}:(.*)$`).exec(lines.lineText(line));
    if (!match) continue;
    const rest = (match[1] as string).trim();
    if (rest !== '' && !rest.startsWith('#')) return null;
    const end = blockEndLine(lines, { start: { line, character: 0 }, end: { line, character: 0 } }, fence - 1);
    const child = firstIndent(lines, line + 1, end, 0) ?? 2;
    const grandchild = firstIndent(lines, line + 1, end, child) ?? child * 2;
    const newText = `${' '.repeat(child)}${id}:${eol}${' '.repeat(grandchild)}${field}${eol}`;
    return { range: at(end + 1), newText };
  }
  return { range: at(fence), newText: [`${section}:`, `  ${id}:`, `    ${field}`, ''].join(eol) };
}

/** The indentation of the first line in `from..to` indented deeper than `than`, skipping blank lines and comments. */
function firstIndent(lines: LineIndex, from: number, to: number, than: number): number | null {
  for (let line = from; line <= to; line++) {
    const text = lines.lineText(line);
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = text.length - trimmed.length;
    if (indent > than) return indent;
  }
  return null;
}

function at(line: number) {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}
