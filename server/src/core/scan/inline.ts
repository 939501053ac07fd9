/**
 * The scanner's inline reader: spans, citations, links, emphasis and text of one run, in the order and with the
 * precedence micromark gives them (a citation is tried at `[` before a label starts; at `]` a span end is tried
 * before a link end). Whatever it cannot be sure to read as micromark does makes it give up with null.
 */
import { MAX_SPAN_DEPTH, parseCitationContent } from '../syntax/index.js';
import { isAsciiPunctuation } from '../syntax/characters.js';
import { OTHER, PUNCTUATION, classifyCharacter } from './characterClass.js';
import { resolveAttention } from './attention.js';
import { scanAttributes } from './attributeScan.js';
import type { BracketNode, CitationNode, CodeNode, InlineNode } from './nodes.js';
import type { Run } from './run.js';

/** A run with this many emphasis markers is left to the full parser, whose resolver is quadratic too. */
const MAX_DELIMITERS = 500;

/** Reads the inline nodes of `run`, or returns null. */
export function scanInline(run: Run): InlineNode[] | null {
  const content = run.content;
  const nodes: InlineNode[] = [];
  const brackets: { node: BracketNode; index: number }[] = [];
  let delimiters = 0;
  let runs: BacktickRuns | undefined;
  let textStart = -1;
  const flushText = (end: number): void => {
    if (textStart >= 0 && end > textStart) nodes.push({ kind: 'text', start: textStart, end });
    textStart = -1;
  };
  let i = 0;
  while (i < content.length) {
    const c = content.charCodeAt(i);
    if (c === 91 /* [ */) {
      if (content.charCodeAt(i + 1) === 94 /* ^ */) return null;
      flushText(i);
      const citation = scanCitation(run, i);
      if (citation === 'unsupported') return null;
      if (citation !== null) {
        nodes.push(citation);
        i = citation.end;
        continue;
      }
      const node: BracketNode = { kind: 'bracket', start: i, balanced: false, inactive: false };
      brackets.push({ node, index: nodes.length });
      nodes.push(node);
      i++;
      continue;
    }
    if (c === 93 /* ] */) {
      while (brackets.length > 0 && (brackets[brackets.length - 1] as { node: BracketNode }).node.balanced) brackets.pop();
      const top = brackets[brackets.length - 1];
      if (top === undefined) {
        if (textStart < 0) textStart = i;
        i++;
        continue;
      }
      flushText(i);
      const next = content.charCodeAt(i + 1);
      if (next === 123 /* { */) {
        const attributes = scanAttributes(content, i + 1);
        if (attributes === null || attributes === 'unsupported') return null;
        const children = resolveAttention(nodes.slice(top.index + 1));
        if (spanDepth(children) + 1 > MAX_SPAN_DEPTH - 4) return null;
        nodes.length = top.index;
        nodes.push({ kind: 'span', children, start: top.node.start, end: attributes.end, contentEnd: i, attributes: attributes.items });
        brackets.pop();
        i = attributes.end;
        continue;
      }
      if (!top.node.inactive && next === 40 /* ( */) {
        const end = scanDestination(content, i + 2);
        if (end < 0 || content.slice(top.node.start, i).includes('\n')) return null;
        const children = resolveAttention(nodes.slice(top.index + 1));
        nodes.length = top.index;
        nodes.push({ kind: 'link', children });
        brackets.pop();
        // No link in a link: every `[` still open can now only start a span.
        for (const open of brackets) open.node.inactive = true;
        i = end;
        continue;
      }
      top.node.balanced = true;
      textStart = i;
      i++;
      continue;
    }
    if (c === 92 /* \ */) {
      const next = content.charCodeAt(i + 1);
      // A backslash before a line ending is a hard break, which the full parser reads.
      if (next === 10 || next === 13) return null;
      if (isAsciiPunctuation(content.charAt(i + 1))) {
        flushText(i);
        nodes.push({ kind: 'escape', start: i });
        i += 2;
        continue;
      }
    }
    if (c === 96 /* ` */) {
      // Only an escape leaves a backtick right before this one; how that run counts is the full parser's to say.
      if (content.charCodeAt(i - 1) === 96) return null;
      runs ??= backtickRuns(content);
      const code = scanCode(content, i, runs);
      if (code.node !== null) {
        flushText(i);
        nodes.push(code.node);
      } else if (textStart < 0) {
        textStart = i;
      }
      i = code.end;
      continue;
    }
    if (c === 42 /* * */ || c === 95 /* _ */) {
      flushText(i);
      let end = i + 1;
      while (content.charCodeAt(end) === c) end++;
      if (++delimiters > MAX_DELIMITERS) return null;
      const before = classifyCharacter(content.charCodeAt(i - 1));
      const after = classifyCharacter(content.charCodeAt(end));
      const open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
      const close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
      nodes.push({
        kind: 'delimiter',
        marker: c,
        start: i,
        end,
        open: c === 42 ? open : open && (before !== OTHER || !close),
        close: c === 42 ? close : close && (after !== OTHER || !open),
      });
      i = end;
      continue;
    }
    // `@` may start an e-mail autolink and `<` an autolink or HTML: both are left to the full parser.
    if (c === 64 /* @ */ || c === 60 /* < */) return null;
    if (textStart < 0) textStart = i;
    i++;
  }
  flushText(content.length);
  return resolveAttention(nodes).map((node) => (node.kind === 'bracket' ? { kind: 'text', start: node.start, end: node.start + 1 } : node));
}

/**
 * A citation at the `[` at `open`, as the citation construct reads it: content up to the first `]` with no `[`
 * inside, citation items in it, and no `(`, `[` or attribute block right after the `]`.
 */
function scanCitation(run: Run, open: number): CitationNode | null | 'unsupported' {
  const content = run.content;
  // The content ends at the first bracket of either kind, so every `[` looks only as far as the next one.
  let close = open + 1;
  while (close < content.length && content.charCodeAt(close) !== 93 && content.charCodeAt(close) !== 91) close++;
  if (content.charCodeAt(close) !== 93) return null;
  const inside = content.slice(open + 1, close);
  if (!inside.includes('@') || inside.includes('`')) return null;
  // An escaped bracket does not end a citation, so where this one ends is the full parser's to say.
  if (inside.includes('\\')) return 'unsupported';
  const items = parseCitationContent(inside);
  if (items === null || items.length === 0) return null;
  const after = content.charCodeAt(close + 1);
  if (after === 40 || after === 91) return null;
  if (after === 123) {
    const attributes = scanAttributes(content, close + 1);
    if (attributes === 'unsupported') return 'unsupported';
    if (attributes !== null) return null;
  }
  return {
    kind: 'citation',
    start: open,
    end: close + 1,
    items: items.map((item) => ({
      key: item.key,
      keyStart: open + 1 + item.keyStart,
      keyEnd: open + 1 + item.keyEnd,
      prefix: item.prefix,
      suffix: item.suffix,
      suppressAuthor: item.suppressAuthor,
    })),
  };
}

/** Where each run of backticks of each length starts, in order: found once per run of content, on first need. */
type BacktickRuns = Map<number, number[]>;

function backtickRuns(content: string): BacktickRuns {
  const runs: BacktickRuns = new Map();
  for (let i = content.indexOf('`'); i >= 0; i = content.indexOf('`', i)) {
    const start = i;
    while (content.charCodeAt(i) === 96) i++;
    const list = runs.get(i - start);
    if (list) list.push(start);
    else runs.set(i - start, [start]);
  }
  return runs;
}

/**
 * A code span at the backticks at `open`: up to the next run of exactly as many backticks, found by binary search so
 * that runs of many lengths cost no more than one pass. Without one, the opening run is literal text. `end` is where
 * scanning goes on.
 */
function scanCode(content: string, open: number, runs: BacktickRuns): { node: CodeNode | null; end: number } {
  let after = open;
  while (content.charCodeAt(after) === 96) after++;
  const starts = runs.get(after - open) ?? [];
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) < after) low = middle + 1;
    else high = middle;
  }
  const close = starts[low];
  if (close === undefined) return { node: null, end: after };
  return { node: { kind: 'code', value: codeValue(content.slice(after, close)) }, end: close + (after - open) };
}

/**
 * A code span's text as mdast keeps it: line endings stay, and one space or line ending of padding is taken from each
 * side when both sides have one and something else is between.
 */
function codeValue(raw: string): string {
  if (!/[^ \r\n]/.test(raw)) return raw;
  const head = raw.startsWith('\r\n') ? 2 : raw.startsWith(' ') || raw.startsWith('\n') ? 1 : 0;
  const tail = raw.endsWith('\r\n') ? 2 : raw.endsWith(' ') || raw.endsWith('\n') ? 1 : 0;
  return head > 0 && tail > 0 ? raw.slice(head, raw.length - tail) : raw;
}

/**
 * The end (just after `)`) of a plain link destination starting at `from`, or -1.
 * Only destinations without spaces, brackets, parentheses, quotes or escapes are read; titles, `<…>` and the rest
 * are left to the full parser.
 */
function scanDestination(content: string, from: number): number {
  let i = from;
  for (;;) {
    const c = content.charCodeAt(i);
    if (c === 41 /* ) */) return i > from ? i + 1 : -1;
    if (Number.isNaN(c) || c <= 32 || c === 40 || c === 60 || c === 62 || c === 34 || c === 39 || c === 92 || c === 91 || c === 93) return -1;
    i++;
  }
}

/** How deeply spans nest in `nodes`. */
function spanDepth(nodes: InlineNode[]): number {
  let depth = 0;
  for (const node of nodes) {
    if (node.kind === 'span') depth = Math.max(depth, 1 + spanDepth(node.children));
    else if (node.kind === 'emphasis' || node.kind === 'link') depth = Math.max(depth, spanDepth(node.children));
  }
  return depth;
}
