/**
 * A fast composer for the front matter most articles have: one `key: value` per line, each value a plain string,
 * a quoted string without escapes, or a flow list of ids (`related: [a, b]`). It builds the same `yaml` nodes, with
 * the same ranges, types and sources, that `parseDocument` composes for such text, and returns null for anything
 * else (nesting, comments, blank or continued lines, escapes, numbers, booleans, nulls), which then goes to the
 * `yaml` package. test/core/frontMatter/flatYaml.test.ts holds the two to the same result.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

const KEY = /^[A-Z_][\w-]*$/i;
const PLAIN = /^[A-Z][^\t\r\n]*$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIST_ITEM = /^[A-Z][\w.:-]*$/i;
/** Plain words that YAML's core schema reads as booleans or null rather than text. */
const NOT_TEXT = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/** Composes `yaml` as a flat mapping, or returns null when it is not one this reader vouches for. */
export function composeFlat(yaml: string): YAMLMap | null {
  if (yaml.length === 0) return null;
  const map = new YAMLMap();
  let lineStart = 0;
  while (lineStart < yaml.length) {
    let lineEnd = yaml.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = yaml.length;
    const colon = yaml.indexOf(': ', lineStart);
    if (colon < 0 || colon >= lineEnd) return null;
    const key = yaml.slice(lineStart, colon);
    if (!KEY.test(key)) return null;
    const nodeEnd = lineEnd < yaml.length ? lineEnd + 1 : lineEnd;
    const value = composeValue(yaml, colon + 2, lineEnd, nodeEnd);
    if (value === null) return null;
    map.items.push(new Pair(scalar(key, 'PLAIN', key, [lineStart, colon, colon]), value));
    lineStart = nodeEnd;
  }
  map.range = [0, yaml.length, yaml.length];
  return map;
}

function composeValue(yaml: string, start: number, end: number, nodeEnd: number): Scalar | YAMLSeq | null {
  const written = yaml.slice(start, end);
  const first = written.charAt(0);
  if (first === '"' || first === "'") {
    const inner = written.slice(1, -1);
    if (written.length < 2 || !written.endsWith(first) || inner.includes(first) || inner.includes('\\')) return null;
    return scalar(inner, first === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', inner, [start, end, nodeEnd]);
  }
  if (first === '[') return composeList(yaml, start, end, nodeEnd);
  if (!(PLAIN.test(written) || DATE.test(written)) || NOT_TEXT.test(written)) return null;
  if (written.includes(': ') || written.includes(' #') || written.endsWith(':') || written.endsWith(' ')) return null;
  return scalar(written, 'PLAIN', written, [start, end, nodeEnd]);
}

/** `[a, b, c]`: ids separated by a comma and one space. */
function composeList(yaml: string, start: number, end: number, nodeEnd: number): YAMLSeq | null {
  if (yaml.charAt(end - 1) !== ']') return null;
  const seq = new YAMLSeq();
  seq.flow = true;
  let itemStart = start + 1;
  for (const item of yaml.slice(start + 1, end - 1).split(', ')) {
    if (!LIST_ITEM.test(item) || NOT_TEXT.test(item)) return null;
    seq.items.push(scalar(item, 'PLAIN', item, [itemStart, itemStart + item.length, itemStart + item.length]));
    itemStart += item.length + 2;
  }
  seq.range = [start, end, nodeEnd];
  return seq;
}

function scalar(value: string, type: Scalar.Type, source: string, range: [number, number, number]): Scalar {
  const node = new Scalar(value);
  node.type = type;
  node.source = source;
  node.range = range;
  return node;
}
