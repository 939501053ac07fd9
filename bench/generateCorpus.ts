/**
 * The benchmark's corpus generator: deterministic Gloss corpora of realistic annotated news articles.
 * It is pure (text in memory, no files), so that tests can check what it makes; `writeCorpus` puts it on disk.
 */
import { articleId, planArticles, renderArticle, type ArticlePlan } from './article.js';
import { createRandom } from './random.js';
import { REGISTRY_FILE, createRegistry, renderRegistry, type Registry } from './registry.js';

/** What to generate. */
export interface CorpusOptions {
  /** How many articles (the registry comes on top). */
  documents: number;
  /** The seed; one seed always gives byte-identical files. */
  seed: number;
}

/** A generated corpus: file texts by path relative to the corpus folder, and the facts the benchmark needs. */
export interface GeneratedCorpus {
  files: Map<string, string>;
  registry: Registry;
  plans: ArticlePlan[];
  /** The entity that about half of the articles mention. */
  hubId: string;
}

/** The default seed of `npm run bench`. */
export const DEFAULT_SEED = 20240705;

/** The sizes, in UTF-8 bytes, of the single documents used for keystroke timing. */
export const KEYSTROKE_SIZES = { 'keystroke-5k': 5_000, 'keystroke-100k': 100_000 } as const;

/** Generates the registry and `documents` articles. */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const registry = createRegistry(createRandom(options.seed));
  const random = createRandom(options.seed ^ 0x5bd1e995);
  const plans = planArticles(options.documents, registry, random);
  const files = new Map<string, string>([[REGISTRY_FILE, renderRegistry(registry)]]);
  plans.forEach((plan, position) => files.set(plan.file, renderArticle(plans, position, registry, random)));
  return { files, registry, plans, hubId: registry.hub.id };
}

/**
 * Generates the single long documents of `KEYSTROKE_SIZES`, each at least its size, by file name.
 * They use the registry of the same seed and link only to the first `linkable` articles, so that their references
 * resolve in any corpus of at least that many documents.
 */
export function generateKeystrokeDocuments(seed: number, linkable: number): Map<string, string> {
  const registry = createRegistry(createRandom(seed));
  const documents = new Map<string, string>();
  for (const [name, size] of Object.entries(KEYSTROKE_SIZES)) {
    const plans = planArticles(linkable + 1, registry, createRandom(seed ^ size));
    const own = plans.length - 1;
    // The last plan stands for the long document itself; it gets its own id and keeps the links the plan drew.
    plans[own] = { ...(plans[own] as ArticlePlan), id: name, file: `${name}.gloss.md`, related: [articleId(1)] };
    let text = '';
    for (let sections = 1; utf8Length(text) < size; sections++) {
      text = renderArticle(plans, own, registry, createRandom(seed ^ size), sections);
    }
    documents.set(`${name}.gloss.md`, text);
  }
  return documents;
}

/** The length of a text in UTF-8 bytes, as it is stored on disk. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
