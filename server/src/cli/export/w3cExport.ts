/**
 * `gloss export --format w3c`: W3C Web Annotation JSON-LD, one AnnotationCollection per document.
 */
import type { Annotation, ExportedDocument } from './annotations.js';

/** How many characters of context a TextQuoteSelector carries on each side. */
const CONTEXT = 32;

/** The IRI prefix of Gloss ids (entities, sources, documents) in bodies. */
export const GLOSS_ID_PREFIX = 'urn:gloss:';

/**
 * A JSON array of AnnotationCollections, one per document, each holding one AnnotationPage with every annotation.
 * The collection's `source` is the document's plain text as an embedded `Text` resource (id `<uri>#plain`), and each
 * annotation's target selects within it by TextQuoteSelector and TextPositionSelector. Mentions are identified by their
 * entity (`SpecificResource`, purpose `identifying`) and tagged with their type; claims and quotes are tagged with their
 * kind and described by each attribute; citations identify each cited key. Two-space JSON, final newline. Pure.
 */
export function w3cExport(documents: readonly ExportedDocument[]): string {
  const collections = documents.map((doc) => {
    const source = `${doc.uri}#plain`;
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${doc.uri}#annotations`,
      type: 'AnnotationCollection',
      label: doc.title ?? doc.id,
      total: doc.annotations.length,
      source: { id: source, type: 'Text', format: 'text/plain', value: doc.text },
      first: {
        id: `${doc.uri}#annotations-page-1`,
        type: 'AnnotationPage',
        items: doc.annotations.map((a) => ({
          id: `${doc.uri}#${a.key}`,
          type: 'Annotation',
          motivation: a.kind === 'mention' ? 'identifying' : a.kind === 'citation' ? 'linking' : 'describing',
          body: bodies(a),
          target: {
            source,
            selector: [
              { type: 'TextQuoteSelector', exact: a.text, prefix: doc.text.slice(Math.max(0, a.start - CONTEXT), a.start), suffix: doc.text.slice(a.end, a.end + CONTEXT) },
              { type: 'TextPositionSelector', start: a.start, end: a.end },
            ],
          },
        })),
      },
    };
  });
  return `${JSON.stringify(collections, null, 2)}\n`;
}

function bodies(a: Annotation): unknown[] {
  const tag = (value: string) => ({ type: 'TextualBody', value, purpose: 'tagging' });
  const identify = (id: string) => ({ type: 'SpecificResource', source: `${GLOSS_ID_PREFIX}${id}`, purpose: 'identifying' });
  if (a.kind === 'mention') return [...(a.id === null ? [] : [identify(a.id)]), tag(a.entity?.type ?? 'mention')];
  if (a.kind === 'citation') return [tag('citation'), ...a.keys.map(identify)];
  const described = Object.entries(a.attributes).map(([key, value]) => ({ type: 'TextualBody', value: `${key}=${value}`, purpose: 'describing' }));
  return [tag(a.kind), ...(a.id === null ? [] : [{ type: 'TextualBody', value: `#${a.id}`, purpose: 'identifying' }]), ...described, { type: 'TextualBody', value: `sourced=${String(a.sourced)}`, purpose: 'describing' }];
}
