/**
 * The state of one front matter read: where the YAML sits in the document, the resolved aliases,
 * and the problems found so far. Field readers share it; it lives only for one call of `readFrontMatter`.
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Node, type Pair, type Scalar } from 'yaml';
import { isValidId } from '../ids.js';
import type { Problem, ProblemCode, Range, Reference, ReferenceRole, Severity } from '../model.js';
import type { LineIndex } from '../text.js';

/** A scalar value read from the YAML, with the range of its text. */
export interface ScalarText {
  text: string;
  range: Range;
}

/** The mutable state of one read; created by `readFrontMatter` and dropped when it returns. */
export class ReadContext {
  readonly problems: Problem[] = [];
  readonly references: Reference[] = [];
  readonly #yaml: string;
  readonly #offset: number;
  readonly #lines: LineIndex;
  readonly #aliasTargets: Map<Alias, Node>;

  constructor(yaml: string, offset: number, lines: LineIndex, aliasTargets: Map<Alias, Node>) {
    this.#yaml = yaml;
    this.#offset = offset;
    this.#lines = lines;
    this.#aliasTargets = aliasTargets;
  }

  /** The range of offsets into the YAML text, clamped into it. */
  rangeOf(start: number, end: number): Range {
    const clamp = (n: number) => this.#offset + Math.max(0, Math.min(n, this.#yaml.length));
    return this.#lines.rangeOf(clamp(start), clamp(Math.max(start, end)));
  }

  /** The range of a node's value as written, without the comments, spaces and line breaks after it. */
  nodeRange(node: unknown): Range {
    const range = (node as Node | null)?.range;
    if (!range) return this.rangeOf(0, 0);
    let end = range[1];
    while (end > range[0] && isSpaceOrBreak(this.#yaml.charCodeAt(end - 1))) end--;
    return this.rangeOf(range[0], end);
  }

  /**
   * The range of a YAML syntax error. The `yaml` package points some errors, such as a missing closing quote,
   * at an empty place or past the end of the text; such a range is widened to the last character before it, so that
   * the problem is visible on the line at fault rather than on the closing fence.
   */
  errorRange(start: number, end: number): Range {
    const length = this.#yaml.length;
    if (Math.min(end, length) > start) return this.rangeOf(start, end);
    let at = Math.min(start, length);
    while (at > 0 && isSpaceOrBreak(this.#yaml.charCodeAt(at - 1))) at--;
    if (at > 0) return this.rangeOf(at - 1, at);
    return this.rangeOf(start, Math.min(start + 1, this.#yaml.length));
  }

  /** The line (1-based, as people count) on which a node starts, for messages that point elsewhere. */
  lineNumber(node: unknown): number {
    return this.nodeRange(node).start.line + 1;
  }

  /** Records a problem. */
  report(code: ProblemCode, severity: Severity, message: string, range: Range): void {
    this.problems.push({ code, severity, message, range });
  }

  /** Records an `invalid-front-matter` error on a node. */
  error(message: string, node: unknown): void {
    this.report('invalid-front-matter', 'error', message, this.nodeRange(node));
  }

  /** The node an alias stands for (the node itself otherwise); null for an unresolved alias. */
  deref(node: unknown): unknown {
    return isAlias(node) ? (this.#aliasTargets.get(node) ?? null) : node;
  }

  /**
   * The text of a scalar, or null for an empty value (`key:` or `~`) and for anything that is not a scalar.
   * Numbers and booleans keep the text as written, so `1.10` stays `1.10` and `2023` stays `2023`.
   */
  scalarText(node: unknown): ScalarText | null {
    const value = this.deref(node);
    if (!isScalar(value) || value.value === null || value.value === undefined) return null;
    return this.#written(value);
  }

  /** The text of a mapping key as written (`~` and `null` stay text), or null when the key is not a scalar. */
  keyText(pair: Pair): ScalarText | null {
    const key = this.deref(pair.key);
    return isScalar(key) ? this.#written(key) : null;
  }

  /**
   * Reads a scalar that must be a single value. A list or mapping gives null, as does an empty value;
   * unless `reportShape` is false, it is also reported as the wrong shape, naming `field`.
   */
  singleValue(node: unknown, field: string, reportShape = true): ScalarText | null {
    const value = this.deref(node);
    if (isMap(value) || isSeq(value)) {
      if (reportShape) {
        const message = `“${field}” must be a single value, but here it is ${shapeName(value)}. Write it on one line, as in “${field}: …”.`;
        this.error(message, node);
      }
      return null;
    }
    return this.scalarText(value);
  }

  /**
   * Reads an id value: reports one that breaks the id grammar (`what` names it in the message) and
   * returns null for it, so no reference or definition is made from an invalid id.
   */
  idValue(value: ScalarText, what: string): ScalarText | null {
    if (isValidId(value.text)) return value;
    this.report('invalid-front-matter', 'error', invalidIdMessage(what, value.text), value.range);
    return null;
  }

  /** Records a reference to a whole id (front matter fields never name a claim). */
  refer(value: ScalarText, role: ReferenceRole): void {
    this.references.push({ target: value.text, id: value.text, fragment: null, role, range: value.range });
  }

  /**
   * A scalar's text (a string, or a number, boolean or null as written) and its range: inside the quotes for
   * a quoted scalar written without escapes, so that an id's range covers exactly the id; the whole value otherwise.
   */
  #written(scalar: Scalar): ScalarText {
    const text = typeof scalar.value === 'string' ? scalar.value : (scalar.source ?? String(scalar.value));
    const range = scalar.range;
    if (!range) return { text, range: this.rangeOf(0, 0) };
    const [start, end] = range;
    const quote = this.#yaml[start];
    const quoted = (quote === '"' || quote === "'") && this.#yaml[end - 1] === quote && end - start >= 2;
    if (quoted && this.#yaml.slice(start + 1, end - 1) === text) return { text, range: this.rangeOf(start + 1, end - 1) };
    return { text, range: this.rangeOf(start, end) };
  }
}

/** Whether a UTF-16 code unit is a space, a tab or a line break. */
function isSpaceOrBreak(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** “a list” or “a mapping”, for messages about a value of the wrong shape. */
export function shapeName(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  return 'a single value';
}

/** The message for a value that breaks the id grammar, with a corrected id to copy when one exists. */
export function invalidIdMessage(what: string, text: string): string {
  let suggestion = text.replace(/[^\w.:-]+/g, '-');
  // Trimmed with a loop: the regex `-+$` backtracks quadratically on long runs of hyphens.
  let end = suggestion.length;
  while (end > 0 && suggestion[end - 1] === '-') end--;
  suggestion = suggestion.slice(0, end);
  const example = isValidId(suggestion) ? `, for example “${shorten(suggestion)}”` : '';
  return `${what} “${shorten(text)}” is not a valid id: ids start with a letter and continue with letters, digits, “_”, “.”, “:” or “-”. Rename it${example}.`;
}

/** A value as quoted in a message: cut to 60 characters, so a pasted paragraph does not flood the problem list. */
export function shorten(text: string): string {
  if (text.length <= 60) return text;
  // Never cut between the two halves of an astral character.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(58)) ? 58 : 59;
  return `${text.slice(0, cut)}…`;
}
