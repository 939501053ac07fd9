/**
 * The reading view's webview page shell (`client/src/readingView/readingViewHtml.ts`) and the check of the messages
 * its page sends (`messages.ts`): the policy, the one nonce script, the media-only resource roots.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFromView } from '../../client/src/readingView/messages.js';
import { escapeHtml, readingViewCsp, readingViewHtml, readingViewOptions } from '../../client/src/readingView/readingViewHtml.js';

const SHELL = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/reading.css',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/readingView.js',
  title: 'Tom & "Jerry" <script>alert(1)</script>',
  body: '<article class="gloss-reading"><p>Hello <span class="gloss-mention" data-range="1:2-1:7">world</span></p></article>',
};

test('the policy allows nothing by default, the media styles, images, and only the script with the nonce', () => {
  assert.equal(
    readingViewCsp(SHELL.cspSource, SHELL.nonce),
    "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net https:; script-src 'nonce-bm9uY2Utb2YtdGhlLXRlc3Q=';",
  );
});

test('the page carries the policy, the style sheet, the fragment as given and one script with the nonce', () => {
  assert.equal(
    readingViewHtml(SHELL),
    [
      '<!DOCTYPE html>',
      '<html>',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net https:; script-src 'nonce-bm9uY2Utb2YtdGhlLXRlc3Q=';">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<title>Tom &#38; &#34;Jerry&#34; &#60;script&#62;alert(1)&#60;/script&#62;</title>',
      '<link rel="stylesheet" href="https://file+.vscode-resource.vscode-cdn.net/ext/media/reading.css">',
      '</head>',
      '<body class="gloss-webview">',
      '<main id="gloss-root"><article class="gloss-reading"><p>Hello <span class="gloss-mention" data-range="1:2-1:7">world</span></p></article></main>',
      '<script nonce="bm9uY2Utb2YtdGhlLXRlc3Q=" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/readingView.js"></script>',
      '</body>',
      '</html>',
      '',
    ].join('\n'),
  );
});

test('every script element of the page has the nonce and a source, and no element has an inline handler', () => {
  const html = readingViewHtml(SHELL);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(scripts, [`<script nonce="${SHELL.nonce}" src="${SHELL.scriptUri}">`]);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
});

test('the webview may load local files from the media folder only, runs scripts, and is not kept when hidden', () => {
  const media = { path: '/ext/media' };
  const options = readingViewOptions(media);
  assert.deepEqual(options, { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
  assert.equal(options.localResourceRoots[0], media);
});

test('escapeHtml escapes the characters that end text or a double-quoted attribute', () => {
  assert.equal(escapeHtml(`a&b<c>d"e'f`), `a&#38;b&#60;c&#62;d&#34;e'f`);
});

test('the page’s messages are accepted only when well formed', () => {
  assert.deepEqual(parseFromView({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseFromView({ type: 'reveal', range: { start: { line: 10, character: 115 }, end: { line: 10, character: 128 } } }), {
    type: 'reveal',
    range: { start: { line: 10, character: 115 }, end: { line: 10, character: 128 } },
  });
  assert.equal(parseFromView({ type: 'reveal', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }), null);
  assert.equal(parseFromView({ type: 'reveal', range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } }), null);
  assert.equal(parseFromView({ type: 'reveal', range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } } }), null);
  assert.equal(parseFromView({ type: 'reveal' }), null);
  assert.equal(parseFromView({ type: 'open', uri: 'file:///etc/passwd' }), null);
  assert.equal(parseFromView('ready'), null);
  assert.equal(parseFromView(null), null);
});
