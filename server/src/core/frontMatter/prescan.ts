/**
 * The resource pre-scan that runs before any YAML is composed: nesting depth and the number of aliases.
 * The `yaml` package composes collections recursively: about 900 nested levels overflow the stack and
 * can abort the whole process with a V8 fatal error that no try/catch stops (see notes/reliability-bar.md).
 * So the depth is measured first, with the package's own lexer, which is a flat state machine and
 * classifies brackets inside quoted scalars, block scalars and comments exactly as the parser will.
 */
import { CST, Lexer } from 'yaml';
import { MAX_ALIAS_COUNT } from './aliases.js';

/** The deepest flow nesting, and the deepest block nesting, that the front matter reader composes. */
export const MAX_YAML_NESTING = 64;

/** What the pre-scan refused, and the token where it did: offsets into the YAML text. */
export interface PrescanExcess {
  /** `nesting`: deeper than {@link MAX_YAML_NESTING}; `aliases`: more aliases than {@link MAX_ALIAS_COUNT}. */
  kind: 'nesting' | 'aliases';
  start: number;
  end: number;
}

/** The limits of one pre-scan; a parameter so that tests can probe the bound at small depths. */
export interface PrescanLimits {
  nesting: number;
  aliases: number;
}

/** The limits the front matter reader uses. */
export const PRESCAN_LIMITS: PrescanLimits = { nesting: MAX_YAML_NESTING, aliases: MAX_ALIAS_COUNT };

/**
 * Finds the first token that nests deeper than `limits.nesting` levels, or that is alias number
 * `limits.aliases` + 1, and returns null when there is none. Linear in the text; stops at the first excess.
 *
 * Flow depth counts open `[` and `{`. Block depth counts the distinct, increasing columns at which block
 * nodes start, including compact `- - x` items. Neither undercounts by more than half: a flow level holds
 * at most one more collection (the implicit mapping of `[a [b]]`), a block collection always starts right
 * of its parent, and only a sequence written at its parent mapping's column shares that column. So with
 * the default limits the composer recurses at most about 4 × 64 levels, far below the depth that
 * overflows its stack (a property test checks the bound).
 *
 * The cap on alias tokens complements the alias budget of `resolveAliases`, which weighs aliases as
 * `toJS` does: it refuses a flood of aliases, even of distinct anchors, in a fraction of the time that
 * composing it would take. Holds no state.
 */
export function prescanYaml(yaml: string, limits: PrescanLimits = PRESCAN_LIMITS): PrescanExcess | null {
  let aliases = 0;
  const columns: number[] = [];
  let flowDepth = 0;
  let offset = 0;
  let lineStart = 0;
  let atNodeStart = true;
  let scalarTextNext = false;

  for (const token of new Lexer().lex(yaml)) {
    const isScalarText = scalarTextNext;
    scalarTextNext = false;
    if (!isScalarText && isVirtualToken(token)) {
      if (token === CST.SCALAR) scalarTextNext = true;
      if (token === CST.FLOW_END) flowDepth = 0;
      continue;
    }

    const start = offset;
    offset += token.length;
    const type = isScalarText ? 'scalar' : CST.tokenType(token);
    const column = start - lineStart;
    const lastBreak = token.lastIndexOf('\n');
    if (lastBreak >= 0) lineStart = start + lastBreak + 1;

    switch (type) {
      case 'newline':
        atNodeStart = true;
        continue;
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'anchor':
      case 'tag':
        continue;
      case 'doc-start':
      case 'doc-end':
        columns.length = 0;
        flowDepth = 0;
        atNodeStart = true;
        continue;
      case 'flow-seq-end':
      case 'flow-map-end':
        if (flowDepth > 0) flowDepth--;
        atNodeStart = false;
        continue;
      default:
        break;
    }

    if (flowDepth === 0 && atNodeStart) {
      while (columns.length > 0 && (columns[columns.length - 1] as number) >= column) columns.pop();
      columns.push(column);
      if (columns.length > limits.nesting) return { kind: 'nesting', start, end: offset };
    }
    if (type === 'alias' && ++aliases > limits.aliases) return { kind: 'aliases', start, end: offset };
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      flowDepth++;
      if (flowDepth > limits.nesting) return { kind: 'nesting', start, end: offset };
    }
    // A block indicator (`- `, `? `, `: `) at a node start opens a node whose content may follow on the
    // same line, as in `- - x`; anything else ends the node starts of this line.
    const isBlockIndicator = type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind';
    const endsLine = token.length > 0 && lastBreak === token.length - 1;
    atNodeStart = (flowDepth === 0 && atNodeStart && isBlockIndicator) || endsLine;
  }
  return null;
}

/** The lexer's markers that stand for no source text: document start, flow-error end and scalar start. */
function isVirtualToken(token: string): boolean {
  return token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR;
}
