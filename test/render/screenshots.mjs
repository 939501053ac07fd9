// Screenshots of `gloss render` output for the samples in light and dark, saved to test-artifacts/render/.
// Not part of `node --test out/test/`: it needs a build (`npx tsc -b`) and Debian's chromium at /usr/bin/chromium.
// Run from the repository root: node test/render/screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..', '..');
const site = join(root, 'test-artifacts', 'render', 'site');
const shots = join(root, 'test-artifacts', 'render');
mkdirSync(site, { recursive: true });
execFileSync(process.execPath, [join(root, 'out/server/src/cli/entry.js'), 'render', 'asianews-2023-07-05.gloss.md', 'cdm-2023-07-03.gloss.md', '-o', site], {
  cwd: join(root, 'samples'),
  stdio: 'inherit',
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme: scheme });
    for (const name of ['asianews-2023-07-05', 'cdm-2023-07-03', 'index']) {
      await page.goto(pathToFileURL(join(site, `${name}.html`)).href);
      await page.screenshot({ path: join(shots, `${name}-${scheme}.png`), fullPage: name === 'index' });
      console.log(join(shots, `${name}-${scheme}.png`));
    }
    // A hover card, shown by focusing the first mention of khalaji.
    await page.goto(pathToFileURL(join(site, 'asianews-2023-07-05.html')).href);
    await page.locator('[data-entity="khalaji"]').first().hover();
    await page.screenshot({ path: join(shots, `asianews-2023-07-05-card-${scheme}.png`) });
    console.log(join(shots, `asianews-2023-07-05-card-${scheme}.png`));
    await page.close();
  }
} finally {
  await browser.close();
}
