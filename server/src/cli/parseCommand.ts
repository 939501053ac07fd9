/**
 * `gloss parse FILE`: prints one file's Doc as JSON.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGlossFile } from '../host/index.js';
import type { Command, CommandContext } from './command.js';
import { commandArgs } from './commandArgs.js';
import { UsageError } from './usageError.js';

/** Turns a file's text into the public JSON value of its Doc (the core's `parse` then `docToJson`). */
export type ParseToJson = (text: string, uri: string) => unknown;

const HELP = `Usage: gloss parse FILE

Prints the document model of one Gloss file as JSON (two-space indentation):
its id, front matter, entities, sources, spans, citations, references and problems.
Problems in the file do not change the exit status.

Exit status: 0 printed, 2 the file cannot be read or a usage error.
`;

/**
 * Runs `gloss parse`: reads the file with the host (BOM removed, invalid UTF-8 replaced) and prints `toJson` of it.
 * A file that cannot be read prints `gloss: cannot read 'FILE': <reason>` on stderr and gives 2.
 */
export async function runParse(args: string[], context: CommandContext, toJson: ParseToJson): Promise<number> {
  const { values, positionals } = commandArgs('parse', args, { help: { type: 'boolean', short: 'h' } }, true);
  const { io } = context;
  if (values['help'] === true) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`'gloss parse' takes exactly one file, not ${positionals.length}`);
  const file = positionals[0] as string;
  const path = resolve(io.cwd, file);
  const content = await readGlossFile(path);
  if (content.kind === 'skipped') {
    io.stderr.write(`gloss: cannot read '${file}': ${content.reason}\n`);
    return 2;
  }
  io.stdout.write(`${JSON.stringify(toJson(content.text, pathToFileURL(path).href), null, 2)}\n`);
  return 0;
}

/** The `parse` command over the given parser. */
export function parseCommand(toJson: ParseToJson): Command {
  return { name: 'parse', summary: 'print the document model of one file as JSON', help: HELP, run: (args, context) => runParse(args, context, toJson) };
}
