/**
 * The text form of a tokenized file that the grammar snapshots store.
 */
import type { TokenizedLine } from './tokenizeLines.js';

/**
 * Writes each source line after `>`, then one row per token: the token's text as a JSON string and its scopes.
 * JSON strings keep leading and trailing spaces visible, so a change in how whitespace is split shows in a diff.
 */
export function formatSnapshot(lines: readonly TokenizedLine[]): string {
  const rows: string[] = [];
  for (const { line, tokens } of lines) {
    rows.push(`>${line}`);
    for (const token of tokens) rows.push(`  ${JSON.stringify(token.text)} ${token.scopes.join(' ')}`.trimEnd());
  }
  return `${rows.join('\n')}\n`;
}
