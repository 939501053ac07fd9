/**
 * Completion in the body: ids inside a span's `{…}` and in citations, attribute keys, classes and values.
 * It reads the text around the cursor, because the attribute block being typed usually does not parse yet.
 */
import { CLAIM_STATUSES, type Doc, type Position, type Range } from '../model.js';
import { CLAIM_KEYS, MENTION_KEYS } from '../spanAttributes.js';
import type { LineIndex } from '../text.js';
import { lineIndexOf } from '../docLines.js';
import type { Workspace } from '../workspace.js';
import {
  claimItems,
  documentItems,
  entityItems,
  sourceItems,
  valueItems,
  type CompletionItem,
} from './completionItems.js';
import { yamlCompletion } from './yamlCompletion.js';

export type { CompletionItem, CompletionKind } from './completionItems.js';

/** How far back the cursor may be from the `{` of the block it is typing in. */
const MAX_BLOCK = 2000;

/** What each attribute key means, shown beside the key. */
const KEY_DETAILS: Record<string, string> = {
  by: 'who makes the claim (entity ids)',
  src: 'where it can be checked (sources, documents, doc#claim, a quoted URL)',
  date: 'when it was made (ISO date)',
  status: 'unverified | supported | disputed | refuted',
  same: 'the same claim elsewhere (doc#claim)',
  supports: 'a claim this one supports (doc#claim)',
  contradicts: 'a claim this one contradicts (doc#claim)',
  note: "the annotator's note",
};

/** The completions at `position`: empty where nothing fits. Pure. */
export function completion(ws: Workspace, uri: string, position: Position): CompletionItem[] {
  const doc = ws.doc(uri);
  if (!doc) return [];
  const lines = lineIndexOf(doc);
  const offset = lines.offsetAt(position);
  return yamlCompletion(ws, doc, lines, position) ?? attributeCompletion(ws, doc, lines, offset) ?? citationCompletion(ws, doc, lines, offset);
}

/** Whether a character can be part of an id or of `doc#claim`. */
function isIdChar(c: string | undefined): boolean {
  return c !== undefined && /[\w.:#-]/.test(c);
}

/** The offset where the id run that the cursor is in ends, so a completion replaces the whole word. */
function idRunEnd(text: string, offset: number): number {
  let end = offset;
  while (isIdChar(text[end])) end++;
  return end;
}

/** Completions inside `]{…`, or null when the cursor is not in an attribute block. */
function attributeCompletion(ws: Workspace, doc: Doc, lines: LineIndex, offset: number): CompletionItem[] | null {
  const text = doc.text;
  const open = blockStart(text, offset);
  if (open === null) return null;
  const before = text.slice(open, offset);
  const tokenStart = open + lastTokenStart(before);
  const token = text.slice(tokenStart, offset);
  const rest = text.slice(offset, Math.min(text.length, offset + MAX_BLOCK));
  const block = before + rest.slice(0, Math.max(0, rest.indexOf('}')));
  const isClaim = /(?:^|\s)\.(?:claim|quote)(?=\s|$)/.test(block);
  const range = (from: number) => lines.rangeOf(from, idRunEnd(text, offset));
  if (token.startsWith('#')) return isClaim ? [] : entityItems(ws, range(tokenStart + 1));
  if (token.startsWith('.')) {
    return ['claim', 'quote'].map((name) => ({ label: `.${name}`, kind: 'class' as const, detail: `mark the span as a ${name}`, replaceRange: range(tokenStart) }));
  }
  const pair = /^([A-Z][\w-]*)="?/i.exec(token);
  if (pair) {
    const value = token.slice(pair[0].length);
    const partialStart = offset - (value.length - value.lastIndexOf(',') - 1);
    return valueCompletion(ws, doc, pair[1] as string, text.slice(partialStart, offset), range(partialStart));
  }
  if (!/^[A-Z]*$/i.test(token)) return [];
  const present = new Set([...block.matchAll(/(?:^|\s)([A-Z][\w-]*)=/gi)].map((m) => m[1]));
  const keys: readonly string[] = isClaim ? CLAIM_KEYS : MENTION_KEYS;
  const items: CompletionItem[] = keys
    .filter((key) => !present.has(key))
    .map((key) => ({ label: key, kind: 'attribute', detail: KEY_DETAILS[key] ?? key, insertText: `${key}=`, replaceRange: range(tokenStart) }));
  if (!isClaim) {
    for (const name of ['claim', 'quote']) {
      items.push({ label: `.${name}`, kind: 'class', detail: `mark the span as a ${name}`, insertText: `.${name}`, replaceRange: range(tokenStart) });
    }
  }
  return items;
}

function valueCompletion(ws: Workspace, doc: Doc, key: string, partial: string, range: Range): CompletionItem[] {
  switch (key) {
    case 'by':
      return entityItems(ws, range);
    case 'src':
      return [...sourceItems(ws, range), ...documentItems(ws, range, doc.uri), ...(partial.includes('#') ? claimItems(ws, doc, partial, range) : [])];
    case 'same':
    case 'supports':
    case 'contradicts':
      return claimItems(ws, doc, partial, range);
    case 'status':
      return valueItems(CLAIM_STATUSES, 'claim status', range);
    default:
      return [];
  }
}

/**
 * The offset just after the `{` of a `]{` block that is still open at `offset`, or null.
 * The search stops at a `}`, at a blank line and after MAX_BLOCK characters, so it stays local.
 */
function blockStart(text: string, offset: number): number | null {
  const limit = Math.max(0, offset - MAX_BLOCK);
  for (let i = offset - 1; i >= limit; i--) {
    const c = text[i];
    if (c === '}') return null;
    if (c === '{') return text[i - 1] === ']' ? i + 1 : null;
    if (c === '\n' && /\n[ \t]*\r?$/.test(text.slice(Math.max(0, i - 40), i))) return null;
  }
  return null;
}

/** Where the last attribute item before the cursor starts: after the last white space outside quotes. */
function lastTokenStart(before: string): number {
  let start = 0;
  let quoted = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i] as string;
    if (c === '"' && before[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && /\s/.test(c)) start = i + 1;
  }
  return start;
}

/** Completions of a citation key after `[@`, `[-@` or `; @`, or an empty list. */
function citationCompletion(ws: Workspace, doc: Doc, lines: LineIndex, offset: number): CompletionItem[] {
  const lineStart = lines.offsetAt({ line: lines.positionAt(offset).line, character: 0 });
  const before = doc.text.slice(Math.max(lineStart, offset - MAX_BLOCK), offset);
  const match = /(?:\[|;[ \t]*)-?@([\w.:#-]*)$/.exec(before);
  if (!match) return [];
  const range = lines.rangeOf(offset - (match[1] as string).length, idRunEnd(doc.text, offset));
  return [...sourceItems(ws, range), ...documentItems(ws, range, doc.uri)];
}
