/**
 * Strict argument parsing for one command, with node's `parseArgs` and one-line errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usageError.js';

/** The option declarations of a command, as `parseArgs` takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed values and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a stray value throws a UsageError
 * whose message is one line naming the command, for example `unknown option '--fast' for 'gloss check'`.
 */
export function commandArgs(command: string, args: string[], options: OptionSpec, allowPositionals: boolean): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    // Node's messages run to several sentences; the quoted token is what the user needs to see.
    const token = /'([^']*)'/.exec(message)?.[1] ?? '';
    const where = `'gloss ${command}'`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${token}' for ${where}; see 'gloss ${command} --help'`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${optionValueProblem(message, token)} for ${where}; see 'gloss ${command} --help'`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument '${token}' for ${where}; see 'gloss ${command} --help'`);
    throw new UsageError(`${message.split('\n')[0] ?? message} for ${where}`);
  }
}

function optionValueProblem(message: string, token: string): string {
  const option = /^-\S+/.exec(token)?.[0] ?? token;
  return message.includes('does not take an argument') ? `the option '${option}' takes no value` : `the option '${option}' needs a value`;
}
