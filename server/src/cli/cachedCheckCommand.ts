/**
 * `gloss check` with its cache: the `check` command plus `--no-cache`.
 */
import { join } from 'node:path';
import { CACHE_DIR_NAME, cachedLint } from './checkCache.js';
import { checkCommand } from './checkCommand.js';
import type { Command } from './command.js';
import type { Lint } from './lint.js';

/**
 * The `check` command linting through the cache in `<cwd>/.gloss-cache/`, or with `uncached` alone when the
 * command line says `--no-cache` (anywhere before a `--`).
 */
export function cachedCheckCommand(uncached: Lint): Command {
  const plain = checkCommand(uncached);
  const help = plain.help.replace('  -h, --help', `  --no-cache             neither read nor write the cache in ${CACHE_DIR_NAME}/\n  -h, --help`);
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
      const lint = options.includes('--no-cache') ? uncached : cachedLint(join(context.io.cwd, CACHE_DIR_NAME), context.version);
      return checkCommand(lint).run(rest, context);
    },
  };
}
