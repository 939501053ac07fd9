/**
 * The Gloss extension in a real VS Code workbench: code-server (VS Code OSS in the browser, with a Node
 * extension host) driven by Playwright in Debian's Chromium. It installs the packaged `gloss.vsix`, opens a
 * copy of `samples/` and checks what a person would see, saving a screenshot of each step to
 * `test-artifacts/editor/`. Run it with `npm run test:editor` (see README.md next to this file).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { codeServerPath, installExtension, startCodeServer, USER_SETTINGS, writeUserSettings } from './codeServer.mjs';
import {
  activeTabName,
  cursorPosition,
  goToPosition,
  launchBrowser,
  quickOpen,
  renderedTokens,
  screenshot,
  UI_TIMEOUT_MS,
  waitForActiveTab,
  waitForCursor,
  waitForDifferentColours,
} from './workbench.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'editor');
const VSIX = process.env.GLOSS_VSIX ?? join(ROOT, 'gloss.vsix');
const CDM = 'cdm-2023-07-03.gloss.md';
const ASIANEWS = 'asianews-2023-07-05.gloss.md';

/**
 * The 1-based line and column of the first occurrence of `needle` in a file, plus `offset` characters.
 * @param {string} file the file's path
 * @param {string} needle text that occurs in the file
 * @param {number} [offset] characters to move right of the match's start
 * @returns {{ line: number, column: number }}
 */
function positionOf(file, needle, offset = 0) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  assert.notEqual(index, -1, `${file} no longer contains “${needle}”; the test follows the samples, update it with them.`);
  return { line: index + 1, column: lines[index].indexOf(needle) + 1 + offset };
}

describe('The Gloss extension in a real VS Code workbench (code-server)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'gloss-editor-'));
  const workspace = join(temp, 'samples');
  /** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */
  let server;
  /** @type {Awaited<ReturnType<typeof launchBrowser>> | undefined} */
  let chromium;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    assert.ok(existsSync(VSIX), `${VSIX} does not exist: run npm run package first.`);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
    const codeServer = codeServerPath(ROOT);
    const extensionsDir = join(temp, 'extensions');
    const userDataDir = join(temp, 'user-data');
    const installed = await installExtension(codeServer, VSIX, extensionsDir);
    assert.match(installed, /was successfully installed/);
    writeUserSettings(userDataDir, USER_SETTINGS);
    server = await startCodeServer({ codeServer, userDataDir, extensionsDir, workspace });
    chromium = await launchBrowser();
    page = await chromium.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${workspace}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    // The explorer lists the folder once the workbench has connected to the server and read the workspace.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: CDM }).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await screenshot(page, ARTIFACTS, '00-workbench');
  });

  /**
   * Wraps a step so that, when it fails, the page is saved as `name-failed.png` next to the steps' screenshots.
   * @param {string} name the step's screenshot name
   * @param {() => Promise<void>} body the step
   * @returns {() => Promise<void>}
   */
  const step = (name, body) => async () => {
    try {
      await body();
    } catch (error) {
      // The step's own error is the one to report; a page too broken to capture adds nothing to it.
      await screenshot(page, ARTIFACTS, `${name}-failed`).catch(() => undefined);
      throw error;
    }
  };

  after(async () => {
    // Both processes end even when a step failed; the browser first, so that it does not log a lost connection.
    try {
      await chromium?.kill();
    } finally {
      await server?.stop();
      rmSync(temp, { recursive: true, force: true });
    }
  });

  test('the grammar colours the class and id of a span differently from the prose around it', step('01-grammar', async () => {
    await quickOpen(page, CDM);
    const prefix = 'In a shocking announcement, ';
    // Tokenisation runs after the editor first renders, so wait until the span's class has a colour of its own.
    await waitForDifferentColours(page, prefix, 'shocking', 'claim');
    await screenshot(page, ARTIFACTS, '01-grammar');
    const tokens = await renderedTokens(page, prefix);
    assert.ok(tokens, `no rendered line starts with “${prefix}”`);
    const prose = tokens.find((t) => t.text.includes('shocking'));
    const claimClass = tokens.find((t) => t.text.includes('claim'));
    const khalajiId = tokens.find((t) => /^#?khalaji$/.test(t.text.trim()));
    assert.ok(prose && claimClass && khalajiId, `expected prose, “.claim” and “#khalaji” tokens in ${JSON.stringify(tokens)}`);
    assert.notEqual(claimClass.className, prose.className, `“.claim” has the class of plain text: ${JSON.stringify(tokens)}`);
    assert.notEqual(claimClass.color, prose.color);
    assert.notEqual(khalajiId.color, prose.color, `“#khalaji” has the colour of plain text: ${JSON.stringify(tokens)}`);
  }));

  test('hovering an entity mention shows the entity’s card', step('02-hover', async () => {
    await quickOpen(page, CDM);
    // Go to Line puts the cursor in the mention, and Show Hover (Ctrl+K Ctrl+I) asks for its card there. A mouse
    // resting on the word missed it now and then: the line can sit at the editor's right edge, half scrolled out of
    // view, and code lenses arriving meanwhile move the lines under the pointer.
    const mention = positionOf(join(workspace, CDM), '[Sepehr Khalaji]{#khalaji}', 1);
    await goToPosition(page, mention.line, mention.column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Sepehr Khalaji' });
    await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await screenshot(page, ARTIFACTS, '02-hover');
    const card = await hover.innerText();
    assert.match(card, /Sepehr Khalaji · person · /);
    assert.match(card, /Head of Iran's Government Information Council at the time of these reports \(July 2023\)\./);
    await page.keyboard.press('Escape');
  }));

  test('the Problems panel lists the unsourced claims', step('03-problems', async () => {
    await quickOpen(page, CDM);
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    // The panel's filter narrows a long list to one claim, so the row is rendered whatever the panel's height.
    const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
    await filter.fill('state-sponsored');
    const row = panel.locator('.monaco-list-row', { hasText: 'The claim “state-sponsored” has no source, so a reader cannot check it.' });
    await row.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await screenshot(page, ARTIFACTS, '03-problems');
    const text = await row.innerText();
    assert.match(text, /unsourced-claim/);
    assert.match(text, /\[Ln 13, Col 14\]/);
    await filter.fill('');
    // Ctrl+J hides the panel again, so that the next steps have the whole height.
    await page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
  }));

  test('go to definition on a same= reference opens the other article at the claim', step('04-definition', async () => {
    await quickOpen(page, CDM);
    const reference = positionOf(join(workspace, CDM), 'same=asianews-2023-07-05#khalaji-received}', 'same=asianews-2023-07-05#'.length + 2);
    // The definition of a claim is its id, after the “#” of its attributes.
    const claim = positionOf(join(workspace, ASIANEWS), '{.claim #khalaji-received ', '{.claim #'.length);
    await goToPosition(page, reference.line, reference.column);
    await page.keyboard.press('F12');
    await waitForActiveTab(page, ASIANEWS);
    await waitForCursor(page, claim.line);
    await screenshot(page, ARTIFACTS, '04-definition');
    assert.equal(await activeTabName(page), ASIANEWS);
    assert.deepEqual(await cursorPosition(page), claim);
  }));

  test('the Entities view lists the registry by type', step('05-entities', async () => {
    await page.keyboard.press('Control+Shift+E');
    // Folding the folder's file list leaves the explorer's height to the Entities view.
    const folders = page.locator('.pane-header', { hasText: 'samples' });
    await folders.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const header = page.locator('.pane-header', { hasText: 'Gloss Entities' });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const pane = page.locator('.pane', { has: header });
    const organizations = pane.locator('.monaco-list-row[aria-level="1"]', { hasText: 'organization' });
    await organizations.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    // Sixteen organisations come before the people; folding them brings the person group into the pane.
    if ((await organizations.getAttribute('aria-expanded')) === 'true') await organizations.click();
    const person = pane.locator('.monaco-list-row', { hasText: 'Sepehr Khalaji' });
    await person.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await screenshot(page, ARTIFACTS, '05-entities');
    const group = pane.locator('.monaco-list-row[aria-level="1"]', { hasText: 'person' });
    assert.equal(await group.locator('.label-name').innerText(), 'person');
    assert.equal(await group.locator('.label-description').innerText(), '2');
    assert.equal(await person.getAttribute('aria-level'), '2');
    assert.equal(await person.locator('.label-name').innerText(), 'Sepehr Khalaji');
    // The count follows the samples, which grow; that it is a count of references is what the view promises.
    assert.match(await person.locator('.label-description').innerText(), /^#khalaji · \d+ references$/);
  }));

  test('the reading view opens beside the editor with the annotated article', step('06-reading-view', async () => {
    // The previous steps leave the AsiaNews article active (go to definition opened it) and the focus in the
    // Entities tree, which would take the keys for itself: a click gives the focus back to the editor.
    await waitForActiveTab(page, ASIANEWS);
    await page.locator('.editor-group-container.active .view-lines').click();
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget input');
    await palette.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await palette.fill('>Gloss: Open Reading View');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Reading View' }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Enter');
    // A webview is an iframe holding the page's own iframe; the content is the server's sanitised HTML.
    const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const mention = view.locator('.gloss-mention[data-entity="khalaji"]').first();
    await mention.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await screenshot(page, ARTIFACTS, '06-reading-view');
    assert.match(await view.locator('h1').first().innerText(), /^The mujahideen against Tirana/);
    assert.ok((await view.locator('.gloss-claim.gloss-unsourced').count()) > 0, 'unsourced claims are marked');
    // VS Code adds its own host script to the frame; the page's content is governed by Gloss's policy.
    assert.ok((await view.locator('script[nonce]').count()) >= 1, 'the page loads its one script with a nonce');
  }));
});
