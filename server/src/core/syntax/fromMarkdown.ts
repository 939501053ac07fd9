/**
 * The mdast-util-from-markdown extension that turns Gloss tokens into `glossSpan` and `glossCitation` nodes.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { decodeString } from 'micromark-util-decode-string';
import type { GlossAttributeItem, GlossCitation, GlossSpan } from './types.js';
import { isAsciiPunctuation } from './characters.js';
import './tokens.js';

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** The attribute item being read, between its enter and exit tokens. */
    glossAttribute?: GlossAttributeItem | undefined;
    /** Whether the value of the attribute item being read was quoted. */
    glossQuoted?: boolean | undefined;
  }
}

/**
 * The compiler extension for Gloss tokens. Stateless: per-document state lives in the compile context.
 */
export function glossFromMarkdown(): Extension {
  return {
    canContainEols: ['glossSpan'],
    enter: {
      glossSpan: enterSpan,
      glossCitation: enterCitation,
      glossAttributeId: enterItem,
      glossAttributeClass: enterItem,
      glossAttributePair: enterItem,
      glossAttributeSpecial: enterItem,
      glossAttributeValueMarker: enterValueMarker,
    },
    exit: {
      glossSpan: exitNode,
      glossCitation: exitNode,
      glossSpanMarker: exitSpanMarker,
      glossAttributeName: exitName,
      glossAttributeValue: exitValue,
      glossAttributeId: exitItem,
      glossAttributeClass: exitItem,
      glossAttributePair: exitItem,
      glossAttributeSpecial: exitItem,
    },
  };
}

function enterSpan(this: CompileContext, token: Token): void {
  const node: GlossSpan = { type: 'glossSpan', children: [], attributes: [], contentStart: -1, contentEnd: -1 };
  this.enter(node, token);
}

function enterCitation(this: CompileContext, token: Token): void {
  const node: GlossCitation = { type: 'glossCitation', items: token._glossCitationItems ?? [] };
  this.enter(node, token);
}

function exitNode(this: CompileContext, token: Token): void {
  this.exit(token);
}

/** The innermost open span: attribute tokens come before the span's exit, so it is the top of the stack. */
function currentSpan(context: CompileContext): GlossSpan | undefined {
  const node = context.stack[context.stack.length - 1];
  return node?.type === 'glossSpan' ? node : undefined;
}

function exitSpanMarker(this: CompileContext, token: Token): void {
  const span = currentSpan(this);
  if (!span) return;
  if (span.contentStart < 0) span.contentStart = token.end.offset;
  else span.contentEnd = token.start.offset;
}

function enterItem(this: CompileContext, token: Token): void {
  const kinds: Record<string, GlossAttributeItem['kind']> = {
    glossAttributeId: 'id',
    glossAttributeClass: 'class',
    glossAttributePair: 'pair',
    glossAttributeSpecial: 'class',
  };
  const start = token.start.offset;
  const end = token.end.offset;
  // Pandoc reads `-` as the class `unnumbered`.
  const special = token.type === 'glossAttributeSpecial';
  this.data.glossAttribute = {
    kind: kinds[token.type] ?? 'class',
    name: special ? 'unnumbered' : '',
    value: '',
    start,
    end,
    valueStart: special ? start : end,
    valueEnd: end,
  };
  this.data.glossQuoted = false;
}

function exitName(this: CompileContext, token: Token): void {
  const item = this.data.glossAttribute;
  if (!item) return;
  item.name = this.sliceSerialize(token);
  if (item.kind !== 'pair') {
    item.valueStart = token.start.offset;
    item.valueEnd = token.end.offset;
  }
}

function enterValueMarker(this: CompileContext, token: Token): void {
  const item = this.data.glossAttribute;
  if (!item || this.data.glossQuoted) return;
  // The opening quote: an empty quoted value sits just inside it.
  this.data.glossQuoted = true;
  item.valueStart = token.end.offset;
  item.valueEnd = token.end.offset;
}

function exitValue(this: CompileContext, token: Token): void {
  const item = this.data.glossAttribute;
  if (!item) return;
  const raw = this.sliceSerialize(token);
  item.value = this.data.glossQuoted ? decodeString(raw.replace(/\r\n|\r|\n/g, ' ')) : unescape(raw);
  item.valueStart = token.start.offset;
  item.valueEnd = token.end.offset;
}

function exitItem(this: CompileContext): void {
  const item = this.data.glossAttribute;
  const span = currentSpan(this);
  if (!item || !span) return;
  span.attributes.push(item);
  this.data.glossAttribute = undefined;
  this.data.glossQuoted = undefined;
}

/** Unquoted values resolve backslash escapes of punctuation and spaces, as Pandoc's `escapedChar'` does, and nothing else. */
function unescape(raw: string): string {
  return raw.replace(/\\([\s\S])/g, (whole, char: string) => (isAsciiPunctuation(char) || char === ' ' ? char : whole));
}
