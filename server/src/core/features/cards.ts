/**
 * The hover cards of entities, sources and documents (DESIGN §4), as Markdown.
 * User text is escaped; only descriptions keep their Markdown, without raw HTML.
 */
import type { Doc } from '../model.js';
import { isSourced } from '../sourcing.js';
import type { Definition, Workspace } from '../workspace.js';
import { entityOf, nameOf, relativeName, sourceOf } from './lookup.js';
import { code, escapeInline, link, markdownWithoutHtml, safeUrl } from './markdown.js';

/** External id fields whose value, when it matches, links to a known site. */
const KNOWN_IDS: Record<string, { pattern: RegExp; url: (value: string) => string }> = {
  wikidata: { pattern: /^Q\d+$/, url: (value) => `https://www.wikidata.org/wiki/${value}` },
};

/** The card of entity `id`, or null when no entity has that id. */
export function entityCard(ws: Workspace, id: string, fromUri: string): string | null {
  const found = entityOf(ws, id);
  if (!found) return null;
  const { entity } = found;
  const parts = [heading(entity.name || id, entity.type, id)];
  if (entity.description) parts.push(markdownWithoutHtml(entity.description));
  if (entity.aliases.length > 0) parts.push(`Also: ${entity.aliases.map(escapeInline).join(', ')}`);
  const external = externalLinks(entity.external);
  if (external) parts.push(external);
  const { times, documents } = ws.usage(id, ['mention']);
  parts.push(`${whereDefined(ws, id, fromUri)} · mentioned ${count(times, 'time')} in ${count(documents, 'document')}`);
  return parts.join('\n\n');
}

/** The card of source `id`, or null when no source has that id. */
export function sourceCard(ws: Workspace, id: string, fromUri: string): string | null {
  const found = sourceOf(ws, id);
  if (!found) return null;
  const { source } = found;
  const parts = [heading(source.title ?? id, source.kind, id)];
  const facts: string[] = [];
  if (source.publisher) facts.push(`Published by ${escapeInline(nameOf(ws, source.publisher))}`);
  if (source.date) facts.push(escapeInline(source.date));
  if (facts.length > 0) parts.push(facts.join(' · '));
  const url = source.url ? safeUrl(source.url) : null;
  if (url) parts.push(link(source.url as string, url));
  const { times, documents } = ws.usage(id, ['src', 'citation']);
  parts.push(`${whereDefined(ws, id, fromUri)} · cited ${count(times, 'time')} in ${count(documents, 'document')}`);
  return parts.join('\n\n');
}

/** The card of document `id`, or null when no document has that id. */
export function documentCard(ws: Workspace, id: string, fromUri: string): string | null {
  const doc = ws.docById(id);
  if (!doc) return null;
  const parts = [heading(doc.meta.title ?? id, 'document', id)];
  const facts: string[] = [];
  if (doc.meta.outlet) facts.push(escapeInline(nameOf(ws, doc.meta.outlet)));
  if (doc.meta.published) facts.push(`published ${escapeInline(doc.meta.published)}`);
  if (doc.meta.author) facts.push(`by ${escapeInline(doc.meta.author)}`);
  if (facts.length > 0) parts.push(facts.join(' · '));
  const url = doc.meta.url ? safeUrl(doc.meta.url) : null;
  if (url) parts.push(link(doc.meta.url as string, url));
  parts.push(claimSummary(ws, doc));
  parts.push(whereDefined(ws, id, fromUri));
  return parts.join('\n\n');
}

/** “3 claims · 1 quote · 2 of 4 sourced” for a document. */
export function claimSummary(ws: Workspace, doc: Doc): string {
  let claims = 0;
  let quotes = 0;
  let sourced = 0;
  for (const span of doc.spans) {
    if (span.kind === 'claim') claims++;
    else if (span.kind === 'quote') quotes++;
    else continue;
    if (isSourced(ws, doc, span)) sourced++;
  }
  const parts = [count(claims, 'claim')];
  if (quotes > 0) parts.push(count(quotes, 'quote'));
  if (claims + quotes > 0) parts.push(`${sourced} of ${claims + quotes} sourced`);
  return parts.join(' · ');
}

/** “Defined in [file:line](uri#Lline)” for every definition, with a duplicate shown as such. */
export function whereDefined(ws: Workspace, id: string, fromUri: string): string {
  const definitions = ws.definitions(id);
  const places = definitions.map((definition) => place(definition, fromUri));
  return `Defined in ${places.join(' and ')}${definitions.length > 1 ? ' (duplicate id)' : ''}`;
}

function place(definition: Definition, fromUri: string): string {
  const line = definition.range.start.line + 1;
  return link(`${relativeName(fromUri, definition.uri)}:${line}`, `${definition.uri}#L${line}`);
}

function heading(title: string, kind: string | null, id: string): string {
  return [`**${escapeInline(title)}**`, kind ? escapeInline(kind) : null, code(id)].filter((part) => part !== null).join(' · ');
}

function externalLinks(external: Record<string, string>): string | null {
  const links: string[] = [];
  for (const [key, value] of Object.entries(external).sort(([a], [b]) => a.localeCompare(b))) {
    const known = KNOWN_IDS[key];
    if (known && known.pattern.test(value)) links.push(link(`${key} ${value}`, known.url(value)));
    else if (safeUrl(value)) links.push(link(key, safeUrl(value) as string));
    else links.push(`${escapeInline(key)}: ${escapeInline(value)}`);
  }
  return links.length > 0 ? links.join(' · ') : null;
}

/** “1 time”, “3 times”. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
