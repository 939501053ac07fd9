/**
 * `gloss check` as `gloss` runs it: the core's lint with a time limit on slow parses, through the cache unless `--no-cache`.
 */
import { join } from 'node:path';
import { CACHE_DIR_NAME } from '../host/summaryStore.js';
import { cachedLint } from './checkCache.js';
import { checkCommand } from './checkCommand.js';
import type { Command, CommandContext } from './command.js';
import { coreLint } from './coreLint.js';
import { plainRun } from './lint.js';
import { parseBudgetFrom, type ParseLimits } from './parseFiles.js';

/**
 * The `check` command linting through the cache in `<cwd>/.gloss-cache/`, or without it when the command line says
 * `--no-cache` (anywhere before a `--`). Stateless.
 */
export function cachedCheckCommand(): Command {
  const plain = checkCommand(() => Promise.resolve(plainRun([])));
  const help = plain.help
    .replace('  -h, --help', `  --no-cache             neither read nor write the cache in ${CACHE_DIR_NAME}/\n  -h, --help`)
    .replace('\nExit status:', `\nA file whose parse takes longer than GLOSS_PARSE_BUDGET_MS (default 2000) milliseconds\nis checked for its front matter only, with an analysis-limit note.\n\nExit status:`);
  return {
    ...plain,
    help,
    run: async (args, context) => {
      const end = args.includes('--') ? args.indexOf('--') : args.length;
      const options = args.slice(0, end);
      // The check command's own help does not know the cache option, so the help is answered here.
      if (options.includes('--help') || options.includes('-h')) {
        context.io.stdout.write(help);
        return 0;
      }
      const rest = args.filter((arg, i) => i >= end || arg !== '--no-cache');
      const limits = parseLimitsOf(context);
      const lint = options.includes('--no-cache') ? coreLint(limits) : cachedLint(join(context.io.cwd, CACHE_DIR_NAME), context.version, limits);
      return checkCommand(lint).run(rest, context);
    },
  };
}

function parseLimitsOf(context: CommandContext): ParseLimits {
  return {
    workerScript: context.workerScript ?? null,
    budgetMs: parseBudgetFrom(context.io.env),
    log: (message) => context.io.stderr.write(`gloss: ${message}\n`),
  };
}
