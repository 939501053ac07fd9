/**
 * The extension manifest (`package.json`) against the client's code and the server's rules: every contribution
 * the manifest declares exists, and everything the client registers is declared.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../server/src/core/rules/index.js';
import { readSettings } from '../../server/src/lsp/settings.js';

/** The repository root, seen from `out/test/client/`. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(ROOT + path, 'utf8');

interface Command {
  command: string;
  title?: string;
  category?: string;
}
interface Setting {
  type: string;
  enum?: string[];
  enumDescriptions?: string[];
  default?: unknown;
  markdownDescription?: string;
}
interface Manifest {
  main: string;
  icon: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: boolean } };
  scripts: Record<string, string>;
  contributes: {
    commands: Command[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; when: string }[];
    views: Record<string, { id: string; name: string }[]>;
    configuration: { properties: Record<string, Setting> };
  };
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const commandIds = manifest.contributes.commands.map((c) => c.command);
/** The ids the client passes to `register(…)` and `registerTreeDataProvider(…)`. */
const registered = (file: string, call: string) => [...read(file).matchAll(new RegExp(`${call}\\('([^']+)'`, 'g'))].map((m) => m[1]);

test('every command has a title in the Gloss category', () => {
  for (const command of manifest.contributes.commands) {
    assert.ok(command.title && command.title.length > 0, `${command.command} has no title`);
    assert.equal(command.category, 'Gloss', command.command);
  }
});

test('the manifest declares exactly the commands that the client registers', () => {
  assert.deepEqual(commandIds, [
    'gloss.annotateMention',
    'gloss.annotateClaim',
    'gloss.annotateQuote',
    'gloss.linkAllUnlinkedMentions',
    'gloss.showUnsourcedClaims',
    'gloss.restartServer',
    'gloss.openReadingView',
  ]);
  assert.deepEqual(registered('client/src/commands/registerCommands.ts', 'register'), commandIds);
});

test('the reading view opens from the title bar and the context menu of Gloss editors', () => {
  assert.deepEqual(
    manifest.contributes.commands.find((c) => c.command === 'gloss.openReadingView'),
    { command: 'gloss.openReadingView', title: 'Open Reading View', category: 'Gloss', icon: '$(preview)' },
  );
  assert.deepEqual(manifest.contributes.menus['editor/title'], [{ command: 'gloss.openReadingView', when: 'editorLangId == gloss', group: 'navigation' }]);
  assert.deepEqual(
    manifest.contributes.menus['editor/context']?.find((entry) => entry.command === 'gloss.openReadingView'),
    { command: 'gloss.openReadingView', when: 'editorLangId == gloss', group: '1_gloss@5' },
  );
});

test('menus and keybindings name only declared commands', () => {
  const used = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map((entry) => entry.command);
  assert.deepEqual(
    used.filter((id) => !commandIds.includes(id)),
    [],
  );
  assert.deepEqual(
    manifest.contributes.keybindings.map((k) => k.key),
    ['ctrl+alt+g m', 'ctrl+alt+g c', 'ctrl+alt+g q'],
  );
});

test('there is one rule setting per diagnostic code, with its default severity', () => {
  const rules = Object.entries(manifest.contributes.configuration.properties).filter(([key]) => key.startsWith('gloss.rules.'));
  assert.deepEqual(
    rules.map(([key, setting]) => [key, setting.default]),
    RULES.map((rule) => [`gloss.rules.${rule.code}`, rule.defaultSeverity]),
  );
  for (const [key, setting] of rules) {
    assert.deepEqual(setting.enum, ['error', 'warning', 'info', 'hint', 'off'], key);
    assert.equal(setting.enumDescriptions?.length, 5, key);
  }
});

test('the server reads the default settings as the rules’ own severities and the core’s size limit', () => {
  // VS Code sends the `gloss` section with dotted keys nested, as `workspace.getConfiguration('gloss')` returns it.
  const section: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
    const path = key.split('.').slice(1);
    const rest = path.slice(0, -1).reduce<Record<string, unknown>>((node, part) => (node[part] ??= {}) as Record<string, unknown>, section);
    rest[path.at(-1) as string] = setting.default;
  }
  assert.deepEqual(readSettings(section), {
    rules: Object.fromEntries(RULES.map((rule) => [rule.code, rule.defaultSeverity])),
    maxFileSize: 1_000_000,
  });
  assert.deepEqual(manifest.contributes.configuration.properties['gloss.trace.server']?.enum, ['off', 'messages', 'verbose']);
});

test('the Explorer views are declared and registered by the client', () => {
  const ids = manifest.contributes.views['explorer']?.map((view) => view.id);
  assert.deepEqual(ids, ['gloss.entities', 'gloss.claims', 'gloss.sources']);
  assert.deepEqual(registered('client/src/views/registerViews.ts', 'registerTreeDataProvider'), ids);
});

test('the extension activates on the language and on a workspace with Gloss files', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:gloss', 'workspaceContains:**/*.gloss.md']);
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  assert.equal(manifest.main, './dist/extension.cjs');
});

test('the icon is a 128×128 PNG', () => {
  const png = readFileSync(ROOT + manifest.icon);
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});

test('the .vscodeignore allow-list packages only what the installed extension reads', () => {
  const lines = read('.vscodeignore')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  assert.deepEqual(lines, [
    '**',
    '!dist/extension.cjs',
    '!dist/server.cjs',
    '!syntaxes/*.tmLanguage.json',
    '!snippets/*.code-snippets',
    '!language-configuration.json',
    '!media/**',
    '!README.md',
    '!CHANGELOG.md',
    '!LICENSE',
    '!package.json',
  ]);
  // `!media/**` packages the reading view's style sheet and script, which the webview loads from the media folder.
  for (const path of ['syntaxes/gloss.tmLanguage.json', 'snippets/gloss.code-snippets', 'language-configuration.json', 'media/reading.css', 'media/readingView.js', 'CHANGELOG.md', 'LICENSE']) {
    assert.ok(existsSync(ROOT + path), `${path} is missing`);
  }
  assert.equal(manifest.scripts['package'], 'vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links -o gloss.vsix');
});
