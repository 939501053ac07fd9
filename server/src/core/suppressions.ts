/**
 * The `gloss-disable` comments of DESIGN §3, turned into line ranges.
 */
import type { Suppression } from './model.js';

const DIRECTIVE = /^<!--\s*gloss-(disable-next-line|disable|enable)\b([\s\S]*?)-->\s*$/;

/** One HTML comment as the parser found it: its text and its first and last line. */
export interface CommentAt {
  value: string;
  startLine: number;
  endLine: number;
}

/**
 * Pairs `gloss-disable` with the next `gloss-enable` for the same codes (or for all),
 * and turns `gloss-disable-next-line` into a one-line suppression.
 * A disable that is never enabled again runs to `lastLine`.
 */
export function readSuppressions(comments: CommentAt[], lastLine: number): Suppression[] {
  const result: Suppression[] = [];
  const open: { codes: string[]; fromLine: number }[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.value.trim());
    if (!match) continue;
    const codes = (match[2] ?? '').split(/[\s,]+/).filter((code) => code.length > 0);
    if (match[1] === 'disable-next-line') {
      result.push({ codes, fromLine: comment.endLine + 1, toLine: comment.endLine + 1 });
    } else if (match[1] === 'disable') {
      open.push({ codes, fromLine: comment.startLine });
    } else {
      // An enable closes the disables it names; a bare enable closes them all.
      for (let i = open.length - 1; i >= 0; i--) {
        const region = open[i] as { codes: string[]; fromLine: number };
        if (codes.length === 0 || sameCodes(region.codes, codes)) {
          result.push({ codes: region.codes, fromLine: region.fromLine, toLine: comment.endLine });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const region of open) result.push({ codes: region.codes, fromLine: region.fromLine, toLine: lastLine });
  return result.sort((a, b) => a.fromLine - b.fromLine || a.toLine - b.toLine);
}

/** Whether a problem with `code` on `line` is suppressed. */
export function isSuppressed(suppressions: readonly Suppression[], code: string, line: number): boolean {
  return suppressions.some(
    (s) => line >= s.fromLine && line <= s.toLine && (s.codes.length === 0 || s.codes.includes(code)),
  );
}

function sameCodes(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}
