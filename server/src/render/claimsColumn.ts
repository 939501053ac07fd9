/**
 * The side column: every claim and quote of the document with its attribution and status, and beside each
 * the claims of other articles linked to it (both directions), with the differing words of linked quotes marked.
 */
import type { Element } from 'hast';
import { isSourced, isValidId, linkedClaims, nameOf, wordDiff, type Doc, type Linked, type Span } from '../core/index.js';
import { claimAnchor, fragmentHref } from './anchors.js';
import { el, type Child } from './hast.js';
import type { RenderContext } from './renderContext.js';

/** The `<aside class="gloss-claims">`, or null when the document has no claim or quote. Pure. */
export function claimsColumn(context: RenderContext): Element | null {
  const entries: Element[] = [];
  context.doc.spans.forEach((span, index) => {
    if (span.kind === 'claim' || span.kind === 'quote') entries.push(entry(context, span, index));
  });
  if (entries.length === 0) return null;
  return el('aside', { className: ['gloss-claims'] }, [el('h2', {}, ['Claims']), el('ol', { className: ['gloss-claim-list'] }, entries)]);
}

function entry(context: RenderContext, span: Span, index: number): Element {
  const { ws, doc } = context;
  const sourced = isSourced(ws, doc, span);
  const status = span.attributes['status'] ?? 'unverified';
  const by = (span.attributes['by'] ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
  const linked = linkedClaims(ws, doc, span);
  return el('li', { className: ['gloss-claim-entry', sourced ? 'gloss-sourced' : 'gloss-unsourced'], dataClaim: span.id !== null && isValidId(span.id) ? span.id : undefined }, [
    el('p', { className: ['gloss-claim-head'] }, [
      el('a', { href: fragmentHref(claimAnchor(span.id, index)), className: ['gloss-claim-link'] }, [
        `${span.kind === 'quote' ? 'Quote' : 'Claim'}${span.id === null ? '' : ` #${span.id}`}`,
      ]),
      ' · ',
      el('span', { className: ['gloss-status'] }, [status]),
      ' · ',
      el('span', { className: ['gloss-sourcing'] }, [sourced ? 'sourced' : 'unsourced']),
      by.length > 0 ? el('span', { className: ['gloss-by'] }, [` · by ${by.map((id) => nameOf(ws, id)).join(', ')}`]) : null,
    ]),
    el('blockquote', { className: ['gloss-claim-text'] }, [span.text]),
    linked.length > 0 ? el('ul', { className: ['gloss-linked'] }, linked.map((link) => linkedEntry(context, span, link))) : null,
  ]);
}

function linkedEntry(context: RenderContext, span: Span, { label, role, claim }: Linked): Element {
  const name = claim.span.id === null ? claim.doc.id : `${claim.doc.id}#${claim.span.id}`;
  const outlet = claim.doc.meta.outlet ? nameOf(context.ws, claim.doc.meta.outlet) : null;
  const compare = role === 'same' && span.kind === 'quote' && claim.span.kind === 'quote';
  return el('li', { className: ['gloss-link', `gloss-link-${role}`] }, [
    el('p', { className: ['gloss-link-head'] }, [
      el('span', { className: ['gloss-link-label'] }, [label]),
      ' ',
      target(context, claim.doc, claim.span, name),
      outlet === null ? null : ` (${outlet})`,
    ]),
    el('blockquote', { className: ['gloss-linked-text'] }, compare ? difference(span.text, claim.span.text) : [claim.span.text]),
  ]);
}

function target(context: RenderContext, doc: Doc, span: Span, name: string): Child {
  const anchor = fragmentHref(claimAnchor(span.id, doc.spans.indexOf(span)));
  if (doc.uri === context.doc.uri) return el('a', { href: anchor }, [name]);
  const page = context.pageHref(doc);
  return page === null ? el('code', {}, [name]) : el('a', { href: `${page}${anchor}` }, [name]);
}

/** The linked quote's words, with the words only this quote has in `<del>` and those only the linked one has in `<ins>`. */
function difference(here: string, there: string): Child[] {
  const changes = wordDiff(here, there);
  if (changes === null) return [there, el('span', { className: ['gloss-note'] }, [' (too long to compare)'])];
  const result: Child[] = [];
  changes.forEach(({ word, change }, position) => {
    if (position > 0) result.push(' ');
    result.push(change === 'same' ? word : el(change === 'removed' ? 'del' : 'ins', {}, [word]));
  });
  return result;
}
