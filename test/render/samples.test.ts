import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../server/src/core/index.js';
import { renderDocument, renderIndex, renderPage } from '../../server/src/render/index.js';
import { SAMPLES, readingCss, samplesWorkspace } from './workspaceOf.js';

const ws = samplesWorkspace();
const pageHref = (doc: Doc): string | null => (doc.uri === SAMPLES.registry ? null : `${doc.id}.html`);
const asianews = renderDocument(ws, SAMPLES.asianews, { pageHref })?.html ?? '';

/** How many elements of the HTML have exactly this class attribute. */
function countClass(html: string, className: string): number {
  return html.split(`class="${className}"`).length - 1;
}

/** The element that starts at the first occurrence of `start`, through its matching end tag. */
function elementAt(html: string, start: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `${start} is in the HTML`);
  const name = /^<([a-z0-9]+)/.exec(start)?.[1] as string;
  let depth = 0;
  const tags = new RegExp(`<(/?)${name}[\\s>]`, 'g');
  tags.lastIndex = from;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(from, html.indexOf('>', match.index) + 1);
  }
  throw new Error(`${start} is not closed`);
}

test('the AsiaNews sample has its mentions tinted by entity type', () => {
  assert.deepEqual(
    ['person', 'organization', 'place', 'event', 'group', 'work', 'other', 'unresolved'].map((type) => countClass(asianews, `gloss-mention gloss-type-${type}`)),
    // The legend repeats each type present once, so each count is the mentions plus one.
    [2 + 1, 23 + 1, 21 + 1, 3 + 1, 1 + 1, 0, 0, 0],
  );
  const doc = ws.doc(SAMPLES.asianews) as Doc;
  assert.equal(doc.spans.filter((span) => span.kind === 'mention').length, 2 + 23 + 21 + 3 + 1);
});

test('the legend lists the entity types present with their mention counts', () => {
  assert.equal(
    elementAt(asianews, '<ul class="gloss-legend"'),
    '<ul class="gloss-legend" aria-label="Entity types">' +
      ['person 2', 'organization 23', 'place 21', 'event 3', 'group 1']
        .map((entry) => {
          const [type, count] = entry.split(' ');
          return `<li class="gloss-legend-item"><span class="gloss-mention gloss-type-${type}">${type}</span> ${count}</li>`;
        })
        .join('') +
      '</ul>',
  );
});

test('claims and quotes are marked sourced or unsourced', () => {
  assert.equal(countClass(asianews, 'gloss-claim gloss-sourced gloss-status-unverified'), 16);
  assert.equal(countClass(asianews, 'gloss-claim gloss-unsourced gloss-status-unverified'), 11);
  assert.equal(countClass(asianews, 'gloss-claim gloss-sourced gloss-status-unverified gloss-quote'), 15);
  assert.equal(countClass(asianews, 'gloss-claim gloss-unsourced gloss-status-unverified gloss-quote'), 2);
  assert.equal(countClass(asianews, 'gloss-claim-entry gloss-sourced') + countClass(asianews, 'gloss-claim-entry gloss-unsourced'), 44);
});

test('the header shows the front matter', () => {
  assert.equal(
    elementAt(asianews, '<header class="gloss-header"'),
    '<header class="gloss-header"><h1>The mujahideen against Tirana (and the US): have handed over ‘sensitive data’ to Tehran</h1>' +
      '<p class="gloss-byline"><span class="gloss-outlet">AsiaNews</span> · <span class="gloss-author">Editor TLN</span> · <span class="gloss-date">2023-07-05</span></p></header>',
  );
});

test('a mention of khalaji carries the entity card of the editor hover', () => {
  assert.equal(
    elementAt(asianews, '<span class="gloss-mention gloss-type-person" tabindex="0" data-entity="khalaji"'),
    '<span class="gloss-mention gloss-type-person" tabindex="0" data-entity="khalaji">Sepehr Khalaji<span class="gloss-card" role="tooltip">' +
      '<span class="gloss-card-line"><strong>Sepehr Khalaji</strong> · person · <code>khalaji</code></span>' +
      "<span class=\"gloss-card-line\">Head of Iran's Government Information Council at the time of these reports (July 2023).</span>" +
      '<span class="gloss-card-line">Also: Khalaji</span>' +
      '<span class="gloss-card-line">Defined in <span class="gloss-card-place">registry.gloss.md:19</span> · mentioned 5 times in 2 documents</span></span></span>',
  );
});

test('the claims column shows the linked CDM quote with the differing words marked', () => {
  assert.equal(
    elementAt(asianews, '<li class="gloss-claim-entry gloss-sourced" data-claim="khalaji-quote-received"'),
    '<li class="gloss-claim-entry gloss-sourced" data-claim="khalaji-quote-received"><p class="gloss-claim-head">' +
      '<a href="#user-content-claim-khalaji-quote-received" class="gloss-claim-link">Quote #khalaji-quote-received</a> · <span class="gloss-status">unverified</span> · ' +
      '<span class="gloss-sourcing">sourced</span><span class="gloss-by"> · by Sepehr Khalaji</span></p>' +
      '<blockquote class="gloss-claim-text">“part of the hard drives and of computers.</blockquote>' +
      '<ul class="gloss-linked"><li class="gloss-link gloss-link-same"><p class="gloss-link-head"><span class="gloss-link-label">Same as</span> ' +
      '<a href="cdm-2023-07-03.html#user-content-claim-khalaji-quote-received">cdm-2023-07-03#khalaji-quote-received</a> (CDM)</p>' +
      '<blockquote class="gloss-linked-text">“part of the hard drives and <del>of</del> <del>computers.</del> <ins>casings</ins> <ins>have</ins> <ins>been</ins> <ins>received.’</ins></blockquote></li></ul></li>',
  );
});

test('citations link to the numbered sources list', () => {
  assert.equal(countClass(asianews, 'gloss-cite'), 5);
  assert.ok(asianews.includes('<sup class="gloss-cite"><a href="#user-content-source-1" class="gloss-cite-link" title="fars-2023-07-03">[1]</a></sup>'));
  assert.ok(asianews.includes('<li id="user-content-source-1" class="gloss-source">'));
  assert.equal(countClass(asianews, 'gloss-source'), 7);
});

test('the page inlines the style sheet and has no script', () => {
  const page = renderPage(ws, SAMPLES.cdm, { css: readingCss(), pageHref }) ?? '';
  assert.ok(page.includes(`<style>${readingCss()}</style>`));
  assert.equal(page.includes('<script'), false);
});

test('the index lists documents, entities by type and claims', () => {
  const { html } = renderIndex(ws, { pageHref });
  assert.ok(html.includes('<tr class="gloss-index-doc"><td><a href="cdm-2023-07-03.html">'));
  assert.ok(html.includes('<td>CDM</td><td>2023-07-03</td>'));
  assert.ok(html.includes('<li data-entity="khalaji"><span class="gloss-mention gloss-type-person">Sepehr Khalaji</span> — 5 mentions in 2 documents</li>'));
  assert.equal(countClass(html, 'gloss-index-doc'), 3);
});
