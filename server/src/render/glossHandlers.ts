/**
 * The remark-rehype handlers that turn Gloss spans and citations into annotated HTML, and drop the front matter
 * (the header shows it). Every value from the file lands in a text node or an attribute, which the serialiser escapes.
 */
import type { Element, ElementContent } from 'hast';
import type { Options } from 'remark-rehype';
import {
  CLAIM_STATUSES,
  claimCard,
  documentCard,
  entityCard,
  entityOf,
  isSourced,
  isValidId,
  sourceCard,
  type GlossCitation,
  type GlossSpan,
  type Span,
} from '../core/index.js';
import { claimAnchor, fragmentHref, sourceAnchor } from './anchors.js';
import { cardHast } from './cardHast.js';
import { el } from './hast.js';
import type { RenderContext } from './renderContext.js';

type Handlers = NonNullable<Options['handlers']>;

/** The handlers for one render. */
export function glossHandlers(context: RenderContext): Handlers {
  return {
    glossSpan(state, node: GlossSpan) {
      const children = state.all(node);
      const offset = node.position?.start.offset;
      const index = offset === undefined ? undefined : context.spanAtOffset.get(offset);
      const span = index === undefined ? undefined : context.doc.spans[index];
      if (index === undefined || span === undefined || span.kind === 'other') return el('span', {}, children);
      if (span.kind === 'mention') return mention(context, span, children);
      return claim(context, span, index, children);
    },
    glossCitation(_state, node: GlossCitation) {
      return node.items.map((item) => citation(context, item.key, [item.prefix, item.key, item.suffix].join(' ').trim()));
    },
    yaml() {
      return undefined;
    },
  };
}

/** The entity type a mention is tinted with: the entity's type, `other` when it has none, `unresolved` when nothing defines it. */
export function mentionType(context: RenderContext, id: string): string {
  const found = entityOf(context.ws, id);
  return found ? (found.entity.type ?? 'other') : 'unresolved';
}

function mention(context: RenderContext, span: Span, children: ElementContent[]): Element {
  const id = span.id ?? '';
  const { ws, doc } = context;
  const card = entityCard(ws, id, doc.uri) ?? sourceCard(ws, id, doc.uri) ?? documentCard(ws, id, doc.uri);
  const properties: Record<string, string | number | string[]> = { className: ['gloss-mention', `gloss-type-${mentionType(context, id)}`], tabIndex: 0 };
  if (isValidId(id)) properties['dataEntity'] = id;
  if (context.sourceRanges) properties['dataRange'] = rangeAttribute(span);
  return el('span', properties, [
    ...children,
    card === null ? undefinedCard(id) : cardHast(card),
  ]);
}

function undefinedCard(id: string): Element {
  return el('span', { className: ['gloss-card'], role: 'tooltip' }, [el('code', {}, [id]), ' — nothing in the workspace defines this id.']);
}

function claim(context: RenderContext, span: Span, index: number, children: ElementContent[]): Element {
  const { ws, doc } = context;
  const status = span.attributes['status'] ?? 'unverified';
  const className = [
    'gloss-claim',
    isSourced(ws, doc, span) ? 'gloss-sourced' : 'gloss-unsourced',
    `gloss-status-${(CLAIM_STATUSES as readonly string[]).includes(status) ? status : 'invalid'}`,
  ];
  if (span.kind === 'quote') className.push('gloss-quote');
  // Data attributes carry only values that cannot hold markup: valid ids and known statuses.
  const properties: Record<string, string | number | string[]> = { className, id: claimAnchor(span.id, index), tabIndex: 0 };
  if ((CLAIM_STATUSES as readonly string[]).includes(status)) properties['dataStatus'] = status;
  if (span.id !== null && isValidId(span.id)) properties['dataClaim'] = span.id;
  const by = (span.attributes['by'] ?? '').split(',').map((entry) => entry.trim()).filter(isValidId);
  if (by.length > 0) properties['dataBy'] = by.join(' ');
  if (context.sourceRanges) properties['dataRange'] = rangeAttribute(span);
  return el('span', properties, [...children, cardHast(claimCard(ws, doc, span))]);
}

/** The span's source range as `startLine:startCharacter-endLine:endCharacter`, in LSP positions. */
function rangeAttribute({ range: { start, end } }: Span): string {
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

function citation(context: RenderContext, key: string, label: string): Element {
  const number = context.sourceNumbers.get(key) ?? 0;
  return el('sup', { className: ['gloss-cite'] }, [
    el('a', { href: fragmentHref(sourceAnchor(number)), className: ['gloss-cite-link'], title: label }, [`[${number}]`]),
  ]);
}
