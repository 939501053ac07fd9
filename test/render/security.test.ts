import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RENDER_DEPTH, renderDocument, renderIndexPage, renderPage } from '../../server/src/render/index.js';
import { readingCss, workspaceOf } from './workspaceOf.js';

const URI = 'file:///c/hostile.gloss.md';

const HOSTILE = `---
title: "<script>alert(1)</script>\\" onmouseover=\\"alert(1)"
author: '" onmouseover="alert(2)'
outlet: evil
url: "javascript:alert(3)"
language: 'en" onload="alert(9)'
description: "<script>alert(10)</script>"
entities:
  evil:
    name: "<script>alert(4)</script>\\" onmouseover=\\"x"
    type: person
    description: "<img src=x onerror=alert(5)> [x](javascript:alert(6)) <script>alert(11)</script>"
    url: "javascript:alert(12)"
sources:
  bad:
    title: "<script>alert(13)</script>"
    url: "javascript:alert(14)"
---

<script>alert(1)</script>

Hello <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](data:text/html,hi) [v](vbscript:msgbox(1)) [J](JaVaScRiPt:alert(1))

<div onclick="alert(1)" id="clobber">raw <iframe src="javascript:alert(1)"></iframe></div>

<a name="x" href="javascript:alert(1)">raw link</a>

[Mention]{#evil} and [a claim]{.claim #c1 by="\\"><script>alert(7)</script>" note="<b onmouseover=x>" status="javascript:alert(8)" src="javascript:alert(15)"} cites [see <script>alert(16)</script> @bad, p. "><script>].

[a quote]{.quote #q1 same="x#<script>"}

[![x](javascript:alert(17))](data:text/html,<script>alert(18)</script>)
`;

/** A start tag as hast-util-to-html writes it: a name, then attributes whose values are double-quoted. */
const START_TAG = /<([a-z][a-z0-9]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/iy;
const END_TAG = /<\/[a-z][a-z0-9]*>/iy;
const ATTRIBUTE = / ([^\s"'>/=]+)(?:="([^"]*)")?/g;

/** A tag of the output with its attributes, values unescaped only of `&#x22;` and `&#x26;` as the serialiser escapes them. */
interface Tag {
  name: string;
  attributes: Array<[string, string]>;
}

/**
 * Every start tag of the HTML, read as a browser would: text never holds a raw `<` (the serialiser escapes it),
 * so every `<` starts a tag, an end tag or the doctype, and anything else fails the test.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let at = html.indexOf('<');
  while (at >= 0) {
    let end: number;
    if (html.startsWith('<!doctype html>', at)) end = at + '<!doctype html>'.length;
    else if (html.startsWith('<style>', at)) end = html.indexOf('</style>', at) + '</style>'.length;
    else {
      END_TAG.lastIndex = at;
      START_TAG.lastIndex = at;
      const closing = END_TAG.exec(html);
      const opening = closing ? null : START_TAG.exec(html);
      assert.ok(closing || opening, `a stray “<” at ${at}: ${html.slice(at, at + 40)}`);
      if (opening) {
        const attributes = [...(opening[2] ?? '').matchAll(ATTRIBUTE)].map((match) => [match[1] as string, (match[2] ?? '').replace(/&#x22;/g, '"').replace(/&#x26;/g, '&')] as [string, string]);
        tags.push({ name: (opening[1] as string).toLowerCase(), attributes });
      }
      end = at + (closing ?? opening)![0].length;
    }
    at = html.indexOf('<', end);
  }
  return tags;
}

function assertInert(html: string): void {
  for (const { name, attributes } of tagsOf(html)) {
    assert.ok(!['script', 'iframe', 'object', 'embed', 'form', 'base', 'link'].includes(name), `no <${name}>`);
    for (const [attribute, value] of attributes) {
      assert.doesNotMatch(attribute, /^on/i, `no event handler ${attribute} on <${name}>`);
      if (['href', 'src', 'cite', 'action', 'formaction', 'srcset'].includes(attribute)) {
        assert.doesNotMatch([...value].filter((character) => character.charCodeAt(0) > 0x20).join(''), /^(?:javascript|vbscript|data|file):/i, `unsafe URL ${value}`);
      }
      if (attribute === 'id' || (attribute === 'name' && name !== 'meta')) assert.match(value, /^user-content-/);
      if (name === 'meta' && attribute === 'http-equiv') assert.equal(value, 'Content-Security-Policy');
    }
  }
}

test('hostile prose, links, raw HTML and attribute values render to inert HTML', () => {
  const ws = workspaceOf({ [URI]: HOSTILE });
  const rendered = renderDocument(ws, URI);
  assert.ok(rendered);
  assertInert(rendered.html);
  assert.doesNotMatch(rendered.html, /clobber|iframe/);
  assert.equal(rendered.language, null);
});

test('hostile text stays visible as escaped text rather than disappearing', () => {
  const ws = workspaceOf({ [URI]: HOSTILE });
  const html = renderDocument(ws, URI)?.html ?? '';
  assert.ok(html.includes('<h1>&#x3C;script>alert(1)&#x3C;/script>" onmouseover="alert(1)</h1>'));
  assert.ok(html.includes('<span class="gloss-author">" onmouseover="alert(2)</span>'));
  assert.ok(html.includes('<strong>&#x3C;script>alert(4)&#x3C;/script>" onmouseover="x</strong>'));
  assert.ok(html.includes('<span class="gloss-card-line">Note: &#x3C;b onmouseover=x></span>'));
});

test('data attributes carry only valid ids and known statuses', () => {
  const ws = workspaceOf({ [URI]: HOSTILE });
  const html = renderDocument(ws, URI)?.html ?? '';
  const claim = /<span class="gloss-claim [^>]*>/.exec(html)?.[0];
  assert.equal(claim, '<span class="gloss-claim gloss-unsourced gloss-status-invalid" id="user-content-claim-c1" tabindex="0" data-claim="c1">');
});

test('the standalone page adds no script and forbids scripts by policy', () => {
  const ws = workspaceOf({ [URI]: HOSTILE });
  const page = renderPage(ws, URI, { css: readingCss() }) ?? '';
  assertInert(page);
  assert.ok(page.startsWith('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src https: http:">'));
  assert.ok(page.includes('<title>&#x3C;script>alert(1)&#x3C;/script>" onmouseover="alert(1)</title>'));
  assertInert(renderIndexPage(ws, { css: readingCss() }));
});

test('a document nested deeper than the budget renders as escaped plain text with a notice', () => {
  const text = `${'> '.repeat(5000)}<script>alert(1)</script>`;
  const ws = workspaceOf({ [URI]: text });
  const rendered = renderDocument(ws, URI);
  assert.ok(rendered);
  assert.equal(rendered.plainText, true);
  assertInert(rendered.html);
  assert.ok(rendered.html.includes(`<p class="gloss-notice">This document nests more than ${MAX_RENDER_DEPTH} levels deep or is longer than 1000000 characters, so it is shown as plain text.</p>`));
  assert.ok(rendered.html.includes(`<pre class="gloss-plain">${'> '.repeat(5000)}&#x3C;script>alert(1)&#x3C;/script></pre>`));
});

test('deeply nested lists and emphasis within the budget still render as Markdown', () => {
  const text = `${'> '.repeat(50)}*deep*`;
  const ws = workspaceOf({ [URI]: text });
  const rendered = renderDocument(ws, URI);
  assert.equal(rendered?.plainText, false);
  assert.equal((rendered?.html.match(/<blockquote>/g) ?? []).length, 50);
  assert.ok(rendered?.html.includes('<p><em>deep</em></p>'));
});

test('a document the parser gives up on renders as plain text with a notice', () => {
  const text = `${'1. '.repeat(4000)}x`;
  const ws = workspaceOf({ [URI]: text });
  const rendered = renderDocument(ws, URI);
  assert.equal(rendered?.plainText, true);
  assert.ok(rendered?.html.includes(`<pre class="gloss-plain">${'1. '.repeat(4000)}x</pre>`));
});

test('an entity description nested too deeply shows as plain text inside its card', () => {
  const registry = `---\nentities:\n  deep:\n    name: Deep\n    type: place\n    description: "${'- '.repeat(100)}x"\n---\n\n[Deep]{#deep}\n`;
  const ws = workspaceOf({ [URI]: registry });
  const html = renderDocument(ws, URI)?.html ?? '';
  assertInert(html);
  assert.ok(html.includes(`<span class="gloss-card" role="tooltip">**Deep** · place · \`deep\`\n\n${'- '.repeat(100)}x\n\nDefined in`));
});
