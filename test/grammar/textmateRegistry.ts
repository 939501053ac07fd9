/**
 * Loads the Gloss grammar the way VS Code does: vscode-textmate on the Oniguruma WebAssembly build,
 * with the embedded grammars (Markdown, YAML, HTML and the fenced-code languages) taken from the `tm-grammars` package.
 */
import { readFile } from 'node:fs/promises';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import type { IGrammar, IRawGrammar } from 'vscode-textmate';
import { grammars as knownGrammars } from 'tm-grammars';

/** The repository root, from `out/test/grammar/` where this module runs. */
export const repoRoot = new URL('../../../', import.meta.url);

const GLOSS_SCOPE = 'text.gloss';

let loaded: Promise<IGrammar> | undefined;

/** The compiled Gloss grammar; loaded once per process and shared, since grammars hold no per-document state. */
export function loadGlossGrammar(): Promise<IGrammar> {
  loaded ??= createGrammar();
  return loaded;
}

async function createGrammar(): Promise<IGrammar> {
  const wasm = await readFile(new URL('node_modules/vscode-oniguruma/release/onig.wasm', repoRoot));
  await oniguruma.loadWASM(wasm);
  const files = new Map<string, URL>(
    knownGrammars.map((info) => [info.scopeName, new URL(`node_modules/tm-grammars/grammars/${info.name}.json`, repoRoot)]),
  );
  files.set(GLOSS_SCOPE, new URL('syntaxes/gloss.tmLanguage.json', repoRoot));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    // A scope that no file provides resolves to null, as in a VS Code without that language's extension.
    loadGrammar: async (scopeName: string): Promise<IRawGrammar | null> => {
      const file = files.get(scopeName);
      if (file === undefined) return null;
      return textmate.parseRawGrammar(await readFile(file, 'utf8'), file.pathname);
    },
  });
  const grammar = await registry.loadGrammar(GLOSS_SCOPE);
  if (grammar === null) throw new Error(`The grammar ${GLOSS_SCOPE} did not load from syntaxes/gloss.tmLanguage.json.`);
  return grammar;
}
