/**
 * The `sourceRanges` option of the renderer, which the VS Code reading view asks for: each mention, claim and quote
 * carries its source range, and without the option the HTML of `gloss render` has none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderDocument } from '../../server/src/render/index.js';
import { workspaceOf } from './workspaceOf.js';

const URI = 'file:///a.gloss.md';
const TEXT = ['---', 'entities:', '  iran: {name: Iran, type: place}', '---', '', '[Officials in [Iran]{#iran} said so.]{.claim #said}', ''].join('\n');

test('with sourceRanges every annotation carries its LSP range as line:character-line:character', () => {
  const html = renderDocument(workspaceOf({ [URI]: TEXT }), URI, { sourceRanges: true })?.html ?? '';
  assert.deepEqual(
    [...html.matchAll(/<span class="(gloss-[a-z]+)[ "][^>]*data-range="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    [
      ['gloss-claim', '5:0-5:51'],
      ['gloss-mention', '5:14-5:27'],
    ],
  );
});

test('without the option the HTML is the same but for the ranges', () => {
  const ws = workspaceOf({ [URI]: TEXT });
  const plain = renderDocument(ws, URI)?.html ?? '';
  const ranged = renderDocument(ws, URI, { sourceRanges: true })?.html ?? '';
  assert.doesNotMatch(plain, /data-range/);
  assert.equal(ranged.replace(/ data-range="[^"]*"/g, ''), plain);
});
