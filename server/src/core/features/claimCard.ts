/**
 * The hover card of a claim or quote: its text, who makes it, its sources, status, date, note,
 * and every claim linked to it by `same=`, `supports=` or `contradicts=`, in both directions.
 */
import type { Doc, Reference, ReferenceRole, Span } from '../model.js';
import { splitTarget } from '../ids.js';
import { isSourced } from '../sourcing.js';
import type { Workspace } from '../workspace.js';
import { claimReferences, claimsWithId, nameOf, type ClaimAt } from './lookup.js';
import { code, escapeInline, link, safeUrl } from './markdown.js';
import { within } from './positions.js';
import { wordDiff } from './wordDiff.js';

const LINK_ROLES: readonly ReferenceRole[] = ['same', 'supports', 'contradicts'];

/** How a link reads from this claim's side: what it says of the claim it points at, or of the claim pointing here. */
const OUTGOING: Record<string, string> = { same: 'Same as', supports: 'Supports', contradicts: 'Contradicts' };
const INCOMING: Record<string, string> = { same: 'Same as', supports: 'Supported by', contradicts: 'Contradicted by' };

/** One linked claim as the card lists it. */
export interface Linked {
  label: string;
  role: string;
  claim: ClaimAt;
}

/** The Markdown card of claim or quote `span` of `doc`. */
export function claimCard(ws: Workspace, doc: Doc, span: Span): string {
  const kind = span.kind === 'quote' ? 'Quote' : 'Claim';
  const title = [`**${kind}**`, span.id ? code(`${doc.id}#${span.id}`) : code(doc.id)];
  title.push(escapeInline(span.attributes['status'] ?? 'unverified'));
  title.push(isSourced(ws, doc, span) ? 'sourced' : 'unsourced');
  const parts = [title.join(' · '), `> ${escapeInline(span.text)}`];
  const facts: string[] = [];
  const by = span.attributes['by'];
  if (by !== undefined) facts.push(`By ${listOf(by).map((id) => escapeInline(nameOf(ws, id))).join(', ')}`);
  const sources = sourcesOf(ws, doc, span);
  if (sources.length > 0) facts.push(`Sources: ${sources.join(', ')}`);
  const date = span.attributes['date'];
  if (date !== undefined) facts.push(`Date: ${escapeInline(date)}`);
  if (facts.length > 0) parts.push(facts.join(' · '));
  const note = span.attributes['note'];
  if (note !== undefined) parts.push(`Note: ${escapeInline(note)}`);
  const linked = linkedClaims(ws, doc, span);
  if (linked.length > 0) parts.push(linked.map((entry) => linkedLine(ws, span, entry)).join('\n'));
  return parts.join('\n\n');
}

function listOf(value: string): string[] {
  return value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
}

function sourcesOf(ws: Workspace, doc: Doc, span: Span): string[] {
  const result: string[] = [];
  for (const entry of listOf(span.attributes['src'] ?? '')) {
    const url = safeUrl(entry);
    if (url) {
      result.push(link(entry, url));
      continue;
    }
    const target = splitTarget(entry, doc.id);
    if (!target) result.push(escapeInline(entry));
    else if (target.fragment !== null) result.push(code(entry));
    else result.push(escapeInline(nameOf(ws, target.id)));
  }
  const citation = span.citation === null ? undefined : doc.citations[span.citation];
  for (const key of citation?.keys ?? []) result.push(escapeInline(nameOf(ws, splitTarget(key, doc.id)?.id ?? key)));
  return result;
}

/** The claims this one links to and the claims that link to it, each once per relation, in a stable order. */
export function linkedClaims(ws: Workspace, doc: Doc, span: Span): Linked[] {
  const result: Linked[] = [];
  const seen = new Set<string>();
  const add = (label: string, role: string, claim: ClaimAt): void => {
    const key = `${role}\u0000${claim.doc.uri}\u0000${claim.span.range.start.line}:${claim.span.range.start.character}`;
    if (claim.span === span || seen.has(key)) return;
    seen.add(key);
    result.push({ label, role, claim });
  };
  for (const reference of doc.references) {
    if (!LINK_ROLES.includes(reference.role) || reference.fragment === null || !within(reference.range, span.range)) continue;
    if (ownerOf(doc, reference) !== span) continue;
    for (const claim of claimsWithId(ws, reference.id, reference.fragment)) add(OUTGOING[reference.role] as string, reference.role, claim);
  }
  if (span.id !== null) {
    for (const { doc: other, reference } of claimReferences(ws, doc.id, span.id)) {
      if (!LINK_ROLES.includes(reference.role)) continue;
      const owner = ownerOf(other, reference);
      if (owner) add(INCOMING[reference.role] as string, reference.role, { doc: other, span: owner });
    }
  }
  return result;
}

/** The innermost claim or quote whose attributes hold `reference`. */
function ownerOf(doc: Doc, reference: Reference): Span | undefined {
  let owner: Span | undefined;
  for (const candidate of doc.spans) {
    if (candidate.kind !== 'claim' && candidate.kind !== 'quote') continue;
    if (!within(reference.range, candidate.range) || within(reference.range, candidate.contentRange)) continue;
    owner = candidate;
  }
  return owner;
}

function linkedLine(ws: Workspace, span: Span, { label, role, claim }: Linked): string {
  const name = claim.span.id ? `${claim.doc.id}#${claim.span.id}` : claim.doc.id;
  const outlet = claim.doc.meta.outlet ? ` (${escapeInline(nameOf(ws, claim.doc.meta.outlet))})` : '';
  let line = `- ${label} ${code(name)}${outlet}: “${escapeInline(claim.span.text)}”`;
  if (role === 'same' && span.kind === 'quote' && claim.span.kind === 'quote') line += ` — ${differenceOf(span.text, claim.span.text)}`;
  return line;
}

/** The word difference between two quotes: struck words only here, bold words only there. */
function differenceOf(here: string, there: string): string {
  const changes = wordDiff(here, there);
  if (!changes) return 'too long to compare';
  if (changes.every((change) => change.change === 'same')) return 'same words';
  const words = changes.map(({ word, change }) => {
    const escaped = escapeInline(word);
    return change === 'same' ? escaped : change === 'removed' ? `~~${escaped}~~` : `**${escaped}**`;
  });
  return `difference: ${words.join(' ')}`;
}
