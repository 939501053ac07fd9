/**
 * Drives the VS Code workbench in a browser page the way a person does: with the keyboard shortcuts of
 * Quick Open and Go to Line, and by reading what the workbench renders. Every wait is on a DOM condition
 * with a bounded timeout.
 */
// The functions given to page.evaluate and page.waitForFunction run in the browser, where these exist.
/* global document, getComputedStyle */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Timeout for workbench reactions that involve the extension host or the language server. */
export const UI_TIMEOUT_MS = 30_000;

/** Debian's Chromium; CI installs it with apt-get. GLOSS_CHROMIUM names another binary. */
const CHROMIUM = process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching the network on its own and from needing a GPU or a sandbox. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches Chromium as a server process, so that the test can end it by its process id, and connects to it.
 * @returns {Promise<{ browser: import('playwright-core').Browser, pid: number, kill: () => Promise<void> }>}
 */
export async function launchBrowser() {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const pid = server.process().pid;
  if (pid === undefined) throw new Error(`Chromium did not start: ${CHROMIUM}`);
  const browser = await chromium.connect(server.wsEndpoint());
  return { browser, pid, kill: () => server.kill() };
}

/**
 * Saves a screenshot of the whole page as `dir/name.png` for a person to look at.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {string} dir the artefact folder
 * @param {string} name file name without extension, such as `01-grammar`
 */
export async function screenshot(page, dir, name) {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/**
 * Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor tab is the active one.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {string} fileName the file's name
 */
export async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(fileName);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: fileName })
    .first()
    .waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await waitForActiveTab(page, fileName);
}

/**
 * Waits until the active editor tab shows `fileName`.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {string} fileName the file's name
 */
export async function waitForActiveTab(page, fileName) {
  await page
    .locator('.editor-group-container.active .tab.active', { hasText: fileName })
    .waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
}

/**
 * The name shown on the active editor tab.
 * @param {import('playwright-core').Page} page the workbench page
 * @returns {Promise<string>}
 */
export async function activeTabName(page) {
  return (await page.locator('.editor-group-container.active .tab.active .label-name').innerText()).trim();
}

/**
 * Moves the cursor with Go to Line (Ctrl+G) to a 1-based line and column, which also scrolls it into view,
 * and waits until the status bar reports the new position.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {number} line 1-based line
 * @param {number} column 1-based column
 */
export async function goToPosition(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitForCursor(page, line, column);
}

/**
 * Waits until the status bar's cursor position reads `Ln line, Col column`.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {number} line 1-based line
 * @param {number} [column] 1-based column; any column when omitted
 */
export async function waitForCursor(page, line, column) {
  const text = column === undefined ? new RegExp(`^Ln ${line}, Col \\d+`) : new RegExp(`^Ln ${line}, Col ${column}\\b`);
  await page.locator('[id="status.editor.selection"]', { hasText: text }).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
}

/**
 * The 1-based line and column that the status bar reports for the cursor.
 * @param {import('playwright-core').Page} page the workbench page
 * @returns {Promise<{ line: number, column: number }>}
 */
export async function cursorPosition(page) {
  const text = await page.locator('[id="status.editor.selection"]').innerText();
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  if (!match) throw new Error(`the status bar shows no cursor position: “${text}”`);
  return { line: Number(match[1]), column: Number(match[2]) };
}

/**
 * A token as Monaco renders it: its text, its `mtkN` class and its computed colour.
 * @typedef {{ text: string, className: string, color: string }} RenderedToken
 */

/**
 * The tokens of the rendered editor line whose text starts with `prefix`, or null while no such line is rendered.
 * Monaco renders spaces as no-break spaces, so those are turned back into spaces.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {string} prefix the start of the line's text
 * @returns {Promise<RenderedToken[] | null>}
 */
export async function renderedTokens(page, prefix) {
  return page.evaluate((start) => {
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
    const line = lines.find((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').startsWith(start));
    if (!line) return null;
    return [...line.querySelectorAll('span[class^="mtk"]')].map((span) => ({
      text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
      className: span.className,
      color: getComputedStyle(span).color,
    }));
  }, prefix);
}

/**
 * Waits until, on the rendered editor line whose text starts with `prefix`, the token containing `first` and the
 * token containing `second` have different computed colours: that is, until the grammar has tokenised the line.
 * @param {import('playwright-core').Page} page the workbench page
 * @param {string} prefix the start of the line's text
 * @param {string} first text inside one token
 * @param {string} second text inside another token
 */
export async function waitForDifferentColours(page, prefix, first, second) {
  await page.waitForFunction(
    ({ start, a, b }) => {
      const line = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')].find((l) =>
        (l.textContent ?? '').replace(/\u00a0/g, ' ').startsWith(start),
      );
      const spans = line ? [...line.querySelectorAll('span[class^="mtk"]')] : [];
      const one = spans.find((s) => (s.textContent ?? '').includes(a));
      const other = spans.find((s) => (s.textContent ?? '').includes(b));
      return one !== undefined && other !== undefined && getComputedStyle(one).color !== getComputedStyle(other).color;
    },
    { start: prefix, a: first, b: second },
    { timeout: UI_TIMEOUT_MS },
  );
}
