/**
 * `gloss stats [paths…]`: counts mentions, entities, claims, quotes, sourcing and broken references.
 */
import type { Command, CommandContext } from './command.js';
import { commandArgs } from './commandArgs.js';
import { loadCorpus } from './loadCorpus.js';
import { corpusStats } from './stats/corpusStats.js';
import { statsCsv, statsJson, statsTable } from './stats/statsReporters.js';
import { UsageError } from './usageError.js';

/** The formats of `gloss stats --format`. */
export const STATS_FORMATS = ['table', 'json', 'csv'] as const;

const HELP = `Usage: gloss stats [options] [paths…]

Counts, per document and per outlet (the front matter "outlet"): mentions, distinct
entities, claims, quotes, sourced claims and quotes with their ratio, and unresolved
references. Paths are found as 'gloss check' finds them (default: the current folder).

Options:
  --format <name>  table (default), json or csv
  -h, --help       show this help

Exit status: 0 printed, 2 a usage, configuration or missing-file error.
`;

/** Runs `gloss stats` and resolves to the exit code. */
export async function runStats(args: string[], context: CommandContext): Promise<number> {
  const { values, positionals } = commandArgs('stats', args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  const { io } = context;
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = (values['format'] as string | undefined) ?? 'table';
  if (!(STATS_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}'; use one of ${STATS_FORMATS.join(', ')}`);
  const corpus = await loadCorpus(io, positionals);
  if (corpus === 2) return 2;
  const stats = corpusStats(corpus.ws, corpus.files, corpus.config);
  io.stdout.write(format === 'json' ? statsJson(stats) : format === 'csv' ? statsCsv(stats) : statsTable(stats));
  return 0;
}

/** The `stats` command. */
export function statsCommand(): Command {
  return { name: 'stats', summary: 'count annotations and sourcing per document and outlet', help: HELP, run: runStats };
}
