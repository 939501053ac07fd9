/**
 * A JSON syntax checker that says where a file goes wrong and where each value starts.
 * `JSON.parse` reports positions inconsistently across Node versions (often not at all),
 * and a configuration error without a line and column sends users hunting.
 */

/** What a scan found: the first syntax error, if any, and the offset of every value by JSON Pointer. */
export interface JsonScan {
  error: { offset: number; message: string } | null;
  /** UTF-16 offsets of values, keyed by JSON Pointer (`""` for the root, `/rules/unsourced-claim`). */
  valueOffsets: Map<string, number>;
}

/** Nesting deeper than this is reported as an error rather than risking the call stack. */
const MAX_DEPTH = 256;

/** A JSON number, matched in place (sticky) so that long numbers are read whole. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/iy;

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Scans a JSON text (RFC 8259, as `JSON.parse` reads it) without building values.
 * Holds no state between calls and never throws.
 */
export function scanJson(text: string): JsonScan {
  const valueOffsets = new Map<string, number>();
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(at, message);
  };
  const describe = (at: number): string => (at >= text.length ? 'the end of the file' : `“${text[at]}”`);
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] as string)) pos++;
  };
  const expect = (literal: string): void => {
    if (!text.startsWith(literal, pos)) fail(`expected “${literal}” but found ${describe(pos)}`);
    pos += literal.length;
  };

  const scanString = (): string => {
    const start = pos;
    pos++;
    let value = '';
    while (pos < text.length) {
      const c = text[pos] as string;
      if (c === '"') {
        pos++;
        return value;
      }
      if (c.charCodeAt(0) < 0x20) fail('a string contains an unescaped control character or line break');
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[\da-f]{4}$/i.test(text.slice(pos + 2, pos + 6))) fail('“\\u” must be followed by four hex digits');
          value += String.fromCharCode(Number.parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
          continue;
        }
        const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === undefined || !(e in escapes)) fail(`“\\${e ?? ''}” is not a JSON escape`);
        value += escapes[e as string];
        pos += 2;
        continue;
      }
      value += c;
      pos++;
    }
    return fail('a string is not closed', start);
  };

  const scanNumber = (): void => {
    NUMBER.lastIndex = pos;
    if (!NUMBER.test(text)) fail(`expected a value but found ${describe(pos)}`);
    pos = NUMBER.lastIndex;
  };

  const scanValue = (pointer: string, depth: number): void => {
    skipSpace();
    valueOffsets.set(pointer, pos);
    const c = text[pos];
    if (depth > MAX_DEPTH) fail(`values are nested more than ${MAX_DEPTH} levels deep`);
    if (c === '{') {
      pos++;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail(`expected a property name in double quotes but found ${describe(pos)}`);
        const key = scanString();
        skipSpace();
        if (text[pos] !== ':') fail(`expected “:” after the property name but found ${describe(pos)}`);
        pos++;
        scanValue(`${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, depth + 1);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return;
        }
        fail(`expected “,” or “}” but found ${describe(pos)}`);
      }
    }
    if (c === '[') {
      pos++;
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (let index = 0; ; index++) {
        scanValue(`${pointer}/${index}`, depth + 1);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return;
        }
        fail(`expected “,” or “]” but found ${describe(pos)}`);
      }
    }
    if (c === '"') {
      scanString();
      return;
    }
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    scanNumber();
  };

  try {
    scanValue('', 0);
    skipSpace();
    if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);
    return { error: null, valueOffsets };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { offset: error.offset, message: error.message }, valueOffsets };
    throw error;
  }
}
