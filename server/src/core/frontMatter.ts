/**
 * The front matter reader: the YAML between the `---` fences in, Gloss's document fields,
 * definitions, references and problems out (DESIGN §1.1). Pure, and it never throws.
 *
 * Hostile YAML is defused before the `yaml` package composes it: a size cap, then a linear nesting
 * pre-scan (deep nesting can abort the whole process inside the composer), then an alias budget counted
 * as `toJS({ maxAliasCount })` counts. The composed tree is walked directly, never converted with `toJS`,
 * so every key and value keeps its exact range.
 */
import { isMap, isScalar, parseDocument, type Node, type YAMLError } from 'yaml';
import { composeFlat } from './frontMatter/flatYaml.js';
import type { DocMeta, EntityDef, Problem, Range, Reference, SourceDef } from './model.js';
import type { LineIndex } from './text.js';
import { MAX_ALIAS_COUNT, resolveAliases } from './frontMatter/aliases.js';
import { ReadContext, shorten } from './frontMatter/context.js';
import { readEntities } from './frontMatter/entities.js';
import { checkMappingKeys } from './frontMatter/mappingKeys.js';
import { emptyMeta, readTopLevel } from './frontMatter/meta.js';
import { MAX_YAML_NESTING, prescanYaml } from './frontMatter/prescan.js';
import { readSources } from './frontMatter/sources.js';

export { MAX_ALIAS_COUNT } from './frontMatter/aliases.js';
export { MAX_YAML_NESTING } from './frontMatter/prescan.js';

/** The most YAML syntax errors reported for one front matter; later ones are mostly echoes of the first. */
export const MAX_SYNTAX_PROBLEMS = 10;

/** The largest front matter, in UTF-16 code units of YAML, that the reader analyses (512 KiB). */
export const MAX_FRONT_MATTER_LENGTH = 512 * 1024;

/** What one front matter says: a plain value that holds no state. */
export interface FrontMatter {
  /** The `id:` field when it is a valid id, else null (the document then takes its file name). */
  id: string | null;
  /** The range of the `id:` value, or null. */
  idRange: Range | null;
  meta: DocMeta;
  entities: EntityDef[];
  sources: SourceDef[];
  /** `outlet`, each `sources.*.publisher` and each `related` id, with the exact range of the id. */
  references: Reference[];
  problems: Problem[];
}

/** The front matter of a file that has none. */
export function emptyFrontMatter(): FrontMatter {
  return { id: null, idRange: null, meta: emptyMeta(), entities: [], sources: [], references: [], problems: [] };
}

/**
 * Reads a front matter.
 * `yaml` is the text between the fences, `offset` where it starts in the whole document, and `lines` the
 * line index of the whole document, so that every range is a position in that document.
 * Problems: `invalid-front-matter` (error) for YAML that does not parse, fields of the wrong shape, invalid
 * ids and dates, duplicate keys (the first one is read), merge keys and unresolved aliases;
 * `invalid-attribute` (warning) for an unknown entity type or source kind; `analysis-limit` (warning) when
 * the YAML is larger than {@link MAX_FRONT_MATTER_LENGTH}, nests deeper than {@link MAX_YAML_NESTING} or
 * expands aliases past {@link MAX_ALIAS_COUNT}, in which case nothing else is read.
 * Never throws: an unexpected failure becomes an `invalid-front-matter` problem.
 */
export function readFrontMatter(yaml: string, offset: number, lines: LineIndex): FrontMatter {
  try {
    return read(yaml, offset, lines);
  } catch (error) {
    const result = emptyFrontMatter();
    result.problems.push({
      code: 'invalid-front-matter',
      severity: 'error',
      message: `Gloss could not read this front matter because of an internal error (${shorten(String(error))}). The rest of the file is still checked; please report this with the front matter that caused it.`,
      range: firstLineRange(yaml, offset, lines),
    });
    return result;
  }
}

function read(yaml: string, offset: number, lines: LineIndex): FrontMatter {
  const tooLarge = refuseSize(yaml, offset, lines);
  if (tooLarge) return { ...emptyFrontMatter(), problems: [tooLarge] };
  // A flat mapping cannot nest or alias, so it needs neither the pre-scan nor the `yaml` package.
  const flat = composeFlat(yaml);
  if (flat !== null) return readComposed({ contents: flat, errors: [], warnings: [] }, yaml, offset, lines);
  const refusal = refuseStructure(yaml, offset, lines);
  if (refusal) return { ...emptyFrontMatter(), problems: [refusal] };
  return readComposed(parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, merge: false }), yaml, offset, lines);
}

/** Composed YAML as the readers walk it, from `parseDocument` or from the flat composer. */
export interface ComposedYaml {
  contents: Node | null;
  errors: YAMLError[];
  warnings: YAMLError[];
}

/** Reads composed YAML into a FrontMatter. */
export function readComposed(doc: ComposedYaml, yaml: string, offset: number, lines: LineIndex): FrontMatter {
  const aliases = resolveAliases(doc.contents);
  const context = new ReadContext(yaml, offset, lines, aliases.targets);
  for (const error of doc.errors.slice(0, MAX_SYNTAX_PROBLEMS)) {
    context.report('invalid-front-matter', 'error', syntaxMessage(error), context.errorRange(error.pos[0], error.pos[1]));
  }
  for (const warning of doc.warnings.slice(0, MAX_SYNTAX_PROBLEMS)) {
    context.report('invalid-front-matter', 'warning', warningMessage(warning), context.errorRange(warning.pos[0], warning.pos[1]));
  }
  if (aliases.excessive) {
    const { alias, expansions } = aliases.excessive;
    context.report('analysis-limit', 'warning', aliasBudgetMessage(alias.source, expansions), context.nodeRange(alias));
    return { ...emptyFrontMatter(), problems: sortProblems(context.problems) };
  }
  for (const alias of aliases.unresolved) {
    const name = shorten(alias.source);
    context.error(`Alias “*${name}” refers to no anchor: YAML needs “&${name}” on a value before it. Define that anchor earlier, or write the value out.`, alias);
  }
  checkMappingKeys(context, doc.contents);

  const result = emptyFrontMatter();
  const contents = doc.contents;
  if (isMap(contents)) {
    const top = readTopLevel(context, contents);
    result.id = top.id;
    result.idRange = top.idRange;
    result.meta = top.meta;
    result.entities = readEntities(context, top.entities);
    result.sources = readSources(context, top.sources);
  } else if (contents !== null && !(isScalar(contents) && contents.value === null) && doc.errors.length === 0) {
    context.error(NOT_A_MAPPING_MESSAGE, contents);
  }
  return { ...result, references: context.references, problems: sortProblems(context.problems) };
}

/** The `analysis-limit` problem for YAML too large to read at all, or null. */
function refuseSize(yaml: string, offset: number, lines: LineIndex): Problem | null {
  if (yaml.length <= MAX_FRONT_MATTER_LENGTH) return null;
  const size = Math.ceil(yaml.length / 1024);
  const message = `The front matter is ${size} KB, more than the ${MAX_FRONT_MATTER_LENGTH / 1024} KB Gloss reads, so it is skipped to keep the editor responsive. Split the definitions into several smaller registry files.`;
  return limit(message, firstLineRange(yaml, offset, lines));
}

/** The `analysis-limit` problem for YAML nested or aliased so much that it must not reach the parser, or null. */
function refuseStructure(yaml: string, offset: number, lines: LineIndex): Problem | null {
  const excess = prescanYaml(yaml);
  if (!excess) return null;
  const range = lines.rangeOf(offset + excess.start, offset + excess.end);
  return limit(excess.kind === 'nesting' ? NESTING_MESSAGE : ALIASES_MESSAGE, range);
}

const NESTING_MESSAGE = `YAML nesting too deep (>${MAX_YAML_NESTING}): Gloss does not read front matter nested more than ${MAX_YAML_NESTING} levels, because the YAML parser can crash on deeper input. Flatten the nested lists and mappings.`;

const ALIASES_MESSAGE = `Too many YAML aliases (>${MAX_ALIAS_COUNT}): Gloss does not read front matter with more than ${MAX_ALIAS_COUNT} aliases, because floods of aliases are how YAML bombs exhaust memory and time. Write the values out instead of repeating aliases.`;

const NOT_A_MAPPING_MESSAGE =
  'The front matter must be a mapping of fields, one “field: value” per line (for example “title: …”), but this is a single value or a list.';

/** The message for an alias that goes over the alias budget. */
function aliasBudgetMessage(anchor: string, expansions: number): string {
  const name = shorten(anchor);
  return `Alias “*${name}” brings the expansion of anchor “&${name}” to ${expansions}, more than the ${MAX_ALIAS_COUNT} Gloss allows, so this front matter is not read: repeated aliases of aliases can grow exponentially (a “billion laughs” document). Write the values out or reuse the anchor less.`;
}

/** An `analysis-limit` warning. */
function limit(message: string, range: Range): Problem {
  return { code: 'analysis-limit', severity: 'warning', message, range };
}

/** The message for a YAML syntax error, built on the `yaml` package's own description. */
function syntaxMessage(error: YAMLError): string {
  return `The front matter is not valid YAML: ${lowerFirst(sentence(error.message))} Fix the YAML here so that Gloss can read every field.`;
}

/** The message for a YAML warning, such as a tag that the core schema does not know. */
function warningMessage(warning: YAMLError): string {
  const advice =
    warning.code === 'TAG_RESOLVE_FAILED'
      ? 'Gloss reads the value as plain text; remove the tag if it is not needed.'
      : 'Check the YAML here: Gloss may read this value differently from what was meant.';
  return `${sentence(warning.message)} ${advice}`;
}

/** The range of the first line of the YAML, for problems about the front matter as a whole. */
function firstLineRange(yaml: string, offset: number, lines: LineIndex): Range {
  const lineEnd = yaml.search(/[\r\n]/);
  return lines.rangeOf(offset, offset + (lineEnd < 0 ? yaml.length : lineEnd));
}

/** A message ending in a full stop. */
function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Problems in document order; problems at the same place keep the order in which they were found. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
