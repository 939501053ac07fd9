/**
 * Reads `gloss.json` at a workspace root.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineIndex } from '../core/index.js';
import type { ConfigError } from './configError.js';
import { CONFIG_FILE_NAME, RULE_SETTINGS, defaultConfig, type GlossConfig, type RuleSetting } from './glossConfig.js';
import { scanJson } from './scanJson.js';

/** A configuration, or the reason there is none; `path` is null when the defaults apply. */
export type ConfigResult = { ok: true; config: GlossConfig; path: string | null } | { ok: false; error: ConfigError };

/** A configuration file is a few lines; anything far larger is a mistake, not a configuration. */
const MAX_CONFIG_BYTES = 1_000_000;

const FIELDS = ['$schema', 'include', 'exclude', 'rules'];
const RULE_CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Loads the configuration of the workspace at `root`: defaults when there is no `gloss.json`,
 * an error value (with the file, line and column) when it cannot be read or used. Never throws.
 */
export async function loadConfig(root: string): Promise<ConfigResult> {
  const path = join(root, CONFIG_FILE_NAME);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, config: defaultConfig(), path: null };
    return { ok: false, error: { path, line: 1, column: 1, message: `cannot be read (${code ?? String(error)})` } };
  }
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, error: { path, line: 1, column: 1, message: `is ${bytes.length} bytes long; a configuration file may hold at most ${MAX_CONFIG_BYTES}` } };
  }
  return readConfigText(bytes.toString('utf8'), path);
}

/** Validates the text of a configuration file; `path` only names the file in errors. Never throws. */
export function readConfigText(input: string, path: string): ConfigResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const errorAt = (offset: number, message: string): ConfigResult => {
    const position = lines.positionAt(offset);
    return { ok: false, error: { path, line: position.line + 1, column: position.character + 1, message } };
  };

  const scan = scanJson(text);
  if (scan.error) return errorAt(scan.error.offset, `is not valid JSON: ${scan.error.message}`);
  const at = (pointer: string): number => scan.valueOffsets.get(pointer) ?? 0;
  const value: unknown = JSON.parse(text);

  if (!isObject(value)) return errorAt(at(''), 'must hold a JSON object such as { "include": ["**/*.gloss.md"] }');
  const config = defaultConfig();
  for (const [key, field] of Object.entries(value)) {
    const pointer = `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (!FIELDS.includes(key)) {
      return errorAt(at(pointer), `has an unknown field “${key}”; the fields are “include”, “exclude” and “rules”`);
    }
    if (key === 'include' || key === 'exclude') {
      if (!Array.isArray(field)) return errorAt(at(pointer), `“${key}” must be an array of glob strings, such as ["**/*.gloss.md"]`);
      const bad = field.findIndex((glob) => typeof glob !== 'string' || glob.trim() === '');
      if (bad >= 0) return errorAt(at(`${pointer}/${bad}`), `“${key}” must hold non-empty glob strings only`);
      config[key] = field as string[];
    }
    if (key === 'rules') {
      if (!isObject(field)) return errorAt(at(pointer), '“rules” must be an object from problem code to severity, such as { "unsourced-claim": "error" }');
      const rules: Record<string, RuleSetting> = {};
      for (const [code, setting] of Object.entries(field)) {
        const rulePointer = `${pointer}/${code.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (!RULE_CODE.test(code)) return errorAt(at(rulePointer), `“rules” has the key “${code}”, which is not a problem code (codes are kebab-case, such as “unsourced-claim”)`);
        if (!RULE_SETTINGS.includes(setting as RuleSetting)) {
          return errorAt(at(rulePointer), `the rule “${code}” is set to ${JSON.stringify(setting)}; use one of "error", "warning", "info", "hint" or "off"`);
        }
        rules[code] = setting as RuleSetting;
      }
      config.rules = rules;
    }
  }
  return { ok: true, config, path };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
