/**
 * Folding: the front matter, the `entities:` and `sources:` blocks and each definition in them,
 * multi-line HTML comments, and the section under each heading.
 */
import type { Doc } from '../model.js';
import type { LineIndex } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import { blockEndLine } from './yamlBlocks.js';

/** A foldable run of lines, both inclusive. */
export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment';
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The folding ranges of `doc`, sorted by start line; each spans at least two lines. Pure. */
export function foldingRanges(doc: Doc): FoldingRange[] {
  const lines = lineIndexOf(doc);
  const result: FoldingRange[] = [];
  const bodyStart = doc.frontMatterRange ? doc.frontMatterRange.end.line + 1 : 0;
  if (doc.frontMatterRange) {
    const fence = doc.frontMatterRange.end.line;
    result.push({ startLine: 0, endLine: fence, kind: 'region' });
    for (let line = 1; line < fence; line++) {
      if (/^(?:entities|sources):/.test(lines.lineText(line))) add(result, line, blockEndLine(lines, lineRange(line), fence - 1), 'region');
    }
    for (const def of [...doc.entities, ...doc.sources]) add(result, def.range.start.line, blockEndLine(lines, def.range, fence - 1), 'region');
  }
  bodyRanges(lines, bodyStart, result);
  return result.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Headings' sections and multi-line comments of the body, skipping fenced code. */
function bodyRanges(lines: LineIndex, from: number, result: FoldingRange[]): void {
  const open: { level: number; line: number }[] = [];
  let lastContent = from - 1;
  let fence: string | null = null;
  let commentStart: number | null = null;
  const close = (level: number): void => {
    while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= level) {
      add(result, (open.pop() as { line: number }).line, lastContent, 'region');
    }
  };
  for (let line = from; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (fence !== null) {
      if (text.trimStart().startsWith(fence)) fence = null;
    } else if (commentStart !== null) {
      if (text.includes('-->')) {
        add(result, commentStart, line, 'comment');
        commentStart = null;
      }
    } else {
      const fenceMatch = FENCE.exec(text);
      const heading = HEADING.exec(text);
      if (fenceMatch) fence = fenceMatch[1] as string;
      else if (heading) close((heading[1] as string).length);
      if (heading) open.push({ level: (heading[1] as string).length, line });
      else if (/^ {0,3}<!--/.test(text) && !text.includes('-->')) commentStart = line;
    }
    if (text.trim() !== '') lastContent = line;
  }
  close(1);
}

function add(result: FoldingRange[], startLine: number, endLine: number, kind: 'region' | 'comment'): void {
  if (endLine > startLine) result.push({ startLine, endLine, kind });
}

function lineRange(line: number) {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}
