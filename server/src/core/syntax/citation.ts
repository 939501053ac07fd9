/**
 * The micromark construct for a bracketed citation `[see @a, p. 3; @b]`, tried at `[` before links.
 * The content runs to the first unescaped `]` and may not hold another `[` or a backtick
 * (those would need inline parsing inside the citation, which Gloss does not do), so every `[` scans only
 * up to the next bracket and a run of unclosed citations costs linear time.
 * A `]` followed by `(` or `[`, or by a valid attribute block, is left to links and spans, as Pandoc does.
 */
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { markdownLineEnding } from 'micromark-util-character';
import { attributeBlock } from './attributeBlock.js';
import { parseCitationContent } from './citationContent.js';
import type { GlossCitationItem } from './types.js';
import './tokens.js';

const LEFT_SQUARE_BRACKET = 91;
const RIGHT_SQUARE_BRACKET = 93;
const LEFT_PARENTHESIS = 40;
const LEFT_BRACE = 123;
const BACKSLASH = 92;
const GRAVE_ACCENT = 96;

/** The citation construct for `text[91]`. */
export const citation: Construct = {
  name: 'glossCitation',
  tokenize(effects, ok, nok) {
    return tokenizeCitation(this, effects, ok, nok);
  },
};

/** The source text of the micromark codes that are not virtual spaces. */
function textOf(code: number): string {
  if (code === -5) return '\n';
  if (code === -4) return '\r';
  if (code === -3) return '\r\n';
  if (code === -2) return '\t';
  if (code === -1) return '';
  return String.fromCharCode(code);
}

function tokenizeCitation(self: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let content = '';
  // The source offset of every UTF-16 unit of `content`, so that keys map back exactly across line endings.
  const offsets: number[] = [];
  let items: GlossCitationItem[] = [];
  let inText = false;
  return start;

  function record(code: number): void {
    const text = textOf(code);
    const offset = self.now().offset;
    for (let index = 0; index < text.length; index++) offsets.push(offset + index);
    content += text;
    effects.consume(code);
  }

  function start(code: Code): State | undefined {
    if (code !== LEFT_SQUARE_BRACKET) return nok(code);
    effects.enter('glossCitation');
    effects.enter('glossCitationMarker');
    effects.consume(code);
    effects.exit('glossCitationMarker');
    return contentStart;
  }

  function contentStart(code: Code): State | undefined {
    if (code === null || code === RIGHT_SQUARE_BRACKET) return nok(code);
    effects.enter('glossCitationContent');
    return inside(code);
  }

  // Line endings get tokens of their own: micromark's subtokenizer expects every token that spans lines to be one.
  function inside(code: Code): State | undefined {
    if (code === null || code === LEFT_SQUARE_BRACKET || code === GRAVE_ACCENT) return nok(code);
    if (code === RIGHT_SQUARE_BRACKET) {
      if (inText) effects.exit('glossCitationText');
      return close(code);
    }
    if (markdownLineEnding(code)) {
      if (inText) effects.exit('glossCitationText');
      inText = false;
      effects.enter('glossCitationLineEnding');
      record(code);
      effects.exit('glossCitationLineEnding');
      return inside;
    }
    if (!inText) effects.enter('glossCitationText');
    inText = true;
    record(code);
    return code === BACKSLASH ? escaped : inside;
  }

  function escaped(code: Code): State | undefined {
    if (code === null) return nok(code);
    if (markdownLineEnding(code)) return inside(code);
    record(code);
    return inside;
  }

  function close(code: Code): State | undefined {
    const parsed = parseCitationContent(content);
    if (parsed === null) return nok(code);
    items = parsed.map((item) => ({
      key: item.key,
      keyStart: offsets[item.keyStart] as number,
      keyEnd: (offsets[item.keyEnd - 1] as number) + 1,
      prefix: item.prefix,
      suffix: item.suffix,
      suppressAuthor: item.suppressAuthor,
    }));
    effects.exit('glossCitationContent');
    effects.enter('glossCitationMarker');
    effects.consume(code);
    effects.exit('glossCitationMarker');
    return after;
  }

  function after(code: Code): State | undefined {
    if (code === LEFT_PARENTHESIS || code === LEFT_SQUARE_BRACKET) return nok(code);
    if (code === LEFT_BRACE) return effects.check(attributeBlock, nok, done)(code);
    return done(code);
  }

  function done(code: Code): State | undefined {
    effects.exit('glossCitation')._glossCitationItems = items;
    return ok(code);
  }
}
