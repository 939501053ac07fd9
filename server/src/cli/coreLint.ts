/**
 * The uncached Lint of `gloss check`: the whole corpus parsed, then every file checked against one workspace.
 */
import { Workspace } from '../core/index.js';
import { checkToKeep, plainRun, type Lint, type LintResult } from './lint.js';
import { parseFiles, type ParseLimits } from './parseFiles.js';

/**
 * Lints a corpus with the core: every file parsed (slow ones within `limits`) into one workspace, then each checked
 * against it as its result is taken, so cross-file problems are the same as in the editor. The workspace keeps
 * summaries, not Docs, and a check parses again what it reads, so memory stays far below the corpus's Docs. Stateless.
 */
export function coreLint(limits: ParseLimits): Lint {
  return async (files, config) => {
    const ws = Workspace.build((await parseFiles(files, limits)).map((parsed) => parsed.doc));
    function* results(): Generator<LintResult> {
      for (const file of files) yield { uri: file.uri, problems: checkToKeep(ws, file.uri, config) };
    }
    return plainRun(results());
  };
}
