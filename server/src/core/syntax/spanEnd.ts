/**
 * The micromark construct that closes a bracketed span: `]` directly followed by a valid attribute block.
 * It runs on `]` before CommonMark's label end, takes the same label start that a link would take
 * (the innermost `[` still open, even one that can no longer start a link because it contains a link),
 * and its resolver turns everything from that `[` to the `}` into a `glossSpan`, the way micromark's label end
 * turns a label into a link.
 */
import type { Code, Construct, Effects, Event, State, Token, TokenizeContext } from 'micromark-util-types';
import { push, splice } from 'micromark-util-chunked';
import { resolveAll } from 'micromark-util-resolve-all';
import { tokenizeAttributeBlock } from './attributeBlock.js';
import './tokens.js';

/**
 * Spans nest at most this deep; a deeper one stays text.
 * Each level re-resolves the emphasis inside it, so the limit keeps pathological nesting linear.
 */
export const MAX_SPAN_DEPTH = 64;

const RIGHT_SQUARE_BRACKET = 93;

/** The span-closing construct for `text[93]`. */
export const spanEnd: Construct = {
  name: 'glossSpanEnd',
  tokenize(effects, ok, nok) {
    return tokenizeSpanEnd(this, effects, ok, nok);
  },
  resolveTo: resolveToSpanEnd,
};

function tokenizeSpanEnd(self: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const starts = self._labelStarts;
  // Starts that already failed to close are never used again; label end drops them the same way.
  while (starts && starts.length > 0 && starts[starts.length - 1]?._balanced) starts.pop();
  const labelStart = starts?.[starts.length - 1];
  return start;

  function start(code: Code): State | undefined {
    if (code !== RIGHT_SQUARE_BRACKET || !labelStart || labelStart.type !== 'labelLink') return nok(code);
    effects.enter('glossSpanMarker');
    effects.consume(code);
    effects.exit('glossSpanMarker')._glossOpen = labelStart;
    return tokenizeAttributeBlock(self, effects, after, nok);
  }

  function after(code: Code): State | undefined {
    if (!admitDepth(self, (labelStart as Token).start.offset)) return nok(code);
    starts?.pop();
    return ok(code);
  }
}

/**
 * Records a span that closes now and starts at `startOffset`, unless it would nest deeper than MAX_SPAN_DEPTH.
 * Closed spans inside the new one are folded into it, so every span is pushed and popped once.
 */
function admitDepth(self: TokenizeContext, startOffset: number): boolean {
  const depths = (self._glossSpanDepths ??= []);
  let inner = 0;
  while (depths.length > 0 && (depths[depths.length - 1] as [number, number])[0] > startOffset) {
    inner = Math.max(inner, (depths.pop() as [number, number])[1]);
  }
  if (inner + 1 > MAX_SPAN_DEPTH) {
    // The spans inside still count towards any span that encloses this text.
    depths.push([startOffset, inner]);
    return false;
  }
  depths.push([startOffset, inner + 1]);
  return true;
}

/** Groups the events from the opening `[` through the attribute block into one `glossSpan`. */
function resolveToSpanEnd(events: Event[], context: TokenizeContext): Event[] {
  let close = events.length - 1;
  while (close >= 0 && !(events[close]?.[0] === 'enter' && events[close]?.[1].type === 'glossSpanMarker')) close--;
  const closeMarker = (events[close] as Event)[1];
  const openToken = closeMarker._glossOpen as Token;
  const open = findEnter(events, openToken, close);
  const span: Token = {
    type: 'glossSpan',
    start: { ...openToken.start },
    end: { ...(events[events.length - 1] as Event)[1].end },
  };
  const openMarker: Token = { type: 'glossSpanMarker', start: { ...openToken.start }, end: { ...openToken.end } };
  let grouped: Event[] = [
    ['enter', span, context],
    ['enter', openMarker, context],
    ['exit', openMarker, context],
  ];
  // The label start is `enter labelLink`, `enter labelMarker`, `exit labelMarker`, `exit labelLink`.
  const inside = events.slice(open + 4, close);
  grouped = push(grouped, resolveAll(context.parser.constructs.insideSpan.null ?? [], inside, context));
  grouped = push(grouped, events.slice(close));
  grouped = push(grouped, [['exit', span, context]]);
  splice(events, open, events.length - open, grouped);
  return events;
}

/**
 * Finds the index of `['enter', token]` before `limit`.
 * Events are in document order, so a binary search on offsets finds the neighbourhood without walking back
 * over everything in between (which would make nested spans quadratic).
 */
function findEnter(events: Event[], token: Token, limit: number): number {
  const target = token.start.offset;
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const [kind, current] = events[middle] as Event;
    const offset = kind === 'enter' ? current.start.offset : current.end.offset;
    if (offset < target) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < limit; index++) {
    const event = events[index] as Event;
    if (event[1] === token && event[0] === 'enter') return index;
  }
  // Unreachable while events stay in document order; walking back keeps the result right if they ever do not.
  for (let index = limit - 1; index >= 0; index--) {
    const event = events[index] as Event;
    if (event[1] === token && event[0] === 'enter') return index;
  }
  return limit;
}
