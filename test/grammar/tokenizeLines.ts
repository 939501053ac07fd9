/**
 * Tokenizes a whole text line by line, carrying the rule stack across lines as the editor does.
 */
import textmate from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';

/** One token: its text and its scopes, outermost first, without the grammar's root scope. */
export interface Token {
  text: string;
  scopes: string[];
}

/** One source line and its tokens. */
export interface TokenizedLine {
  line: string;
  tokens: Token[];
}

/** Splits `text` on LF or CRLF and tokenizes every line; pure apart from the grammar's rule cache. */
export function tokenizeLines(grammar: IGrammar, text: string): TokenizedLine[] {
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const tokens = result.tokens
      .map((token) => ({
        text: line.slice(token.startIndex, Math.min(token.endIndex, line.length)),
        scopes: token.scopes.slice(1),
      }))
      // vscode-textmate gives an empty line one token past its end; it carries no text to show.
      .filter((token) => token.text.length > 0);
    return { line, tokens };
  });
}

/** The tokens of `lines` whose text equals `text`, in order. */
export function tokensWithText(lines: readonly TokenizedLine[], text: string): Token[] {
  return lines.flatMap((line) => line.tokens.filter((token) => token.text === text));
}
