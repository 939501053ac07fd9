/**
 * One generated news article: a plan (what the article is and what it links to), then prose rendered from it.
 * Articles are planned all at once before any is written, so that an article can link to a heading or a claim
 * of another article and know that it exists.
 */
import type { Random } from './random.js';
import { allEntities, capitalise, isoDate, type EntitySeed, type Registry } from './registry.js';
import { CLAIMS, HEADINGS, HEADLINES, PROSE, QUOTES, TOPICS, VERBS_OF_SAYING, WEEKDAYS } from './vocabulary.js';

/** What an article is about and what it points at, decided before any article is written. */
export interface ArticlePlan {
  id: string;
  /** The path of the file relative to the corpus folder. */
  file: string;
  outlet: EntitySeed;
  author: string;
  published: string;
  /** The titles of its second-level headings, in order. */
  headings: string[];
  /** Whether it mentions the registry's hub entity. */
  mentionsHub: boolean;
  related: string[];
}

/** Every article defines at least the claims `c1` … `c6`, so a `same=` link to one of them always resolves. */
export const GUARANTEED_CLAIMS = 6;

/** The folder, inside a corpus, that holds the articles. */
export const ARTICLES_FOLDER = 'articles';

const SECTIONS = 3;
const HUB_SHARE = 0.5;

/** The id of the `index`-th article (1-based), zero-padded so that file names sort in order. */
export function articleId(index: number): string {
  return `article-${String(index).padStart(5, '0')}`;
}

/** Plans `count` articles. */
export function planArticles(count: number, registry: Registry, random: Random): ArticlePlan[] {
  const plans: ArticlePlan[] = [];
  for (let index = 1; index <= count; index++) {
    const id = articleId(index);
    const others = count > 1 ? random.between(1, 2) : 0;
    const related = new Set<string>();
    while (related.size < others) {
      const other = random.between(1, count);
      if (other !== index) related.add(articleId(other));
    }
    const author = random.pick(registry.people);
    plans.push({
      id,
      file: `${ARTICLES_FOLDER}/${id}.gloss.md`,
      outlet: random.pick(registry.outlets),
      author: author.name,
      published: isoDate(Math.floor(((index - 1) * 365) / Math.max(count, 1))),
      headings: random.sample(HEADINGS, SECTIONS),
      mentionsHub: random.chance(HUB_SHARE),
      related: [...related],
    });
  }
  return plans;
}

/** The GitHub-style slug of a heading, as Markdown tools compute anchors. */
export function headingSlug(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

/**
 * Writes the article of `plans[position]`.
 * `sections` second-level sections follow the lead; a normal article has three, and a larger number makes the long
 * documents used for keystroke timing.
 */
export function renderArticle(plans: readonly ArticlePlan[], position: number, registry: Registry, random: Random, sections = SECTIONS): string {
  const plan = plans[position] as ArticlePlan;
  const writer = new ArticleWriter(plans, plan, registry, random);
  const topic = random.pick(TOPICS);
  const title = `${capitalise(topic.replace(/^the /, ''))}: ${random.pick(HEADLINES).replace('{city}', random.pick(registry.places).name)}`;
  const frontMatter = [
    '---',
    `id: ${plan.id}`,
    `title: "${title}"`,
    `outlet: ${plan.outlet.id}`,
    `author: ${plan.author}`,
    `published: ${plan.published}`,
    `url: https://example.org/${plan.outlet.id}/${plan.published}/${plan.id}`,
    ...(plan.related.length > 0 ? [`related: [${plan.related.join(', ')}]`] : []),
    '---',
  ];
  const body = [`# ${title}`, `*By ${plan.author}, ${plan.outlet.name}, ${plan.published}*`, writer.lead()];
  for (let i = 0; i < sections; i++) {
    const heading = plan.headings[i % plan.headings.length] as string;
    body.push(`## ${sections > plan.headings.length ? `${heading} (${i + 1})` : heading}`, writer.section(i));
  }
  return `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Writes the parts of one article; it counts the claims and quotes it has written so that their ids are unique. */
class ArticleWriter {
  readonly #plans: readonly ArticlePlan[];
  readonly #plan: ArticlePlan;
  readonly #registry: Registry;
  readonly #random: Random;
  readonly #entities: EntitySeed[];
  #claims = 0;
  #quotes = 0;

  constructor(plans: readonly ArticlePlan[], plan: ArticlePlan, registry: Registry, random: Random) {
    this.#plans = plans;
    this.#plan = plan;
    this.#registry = registry;
    this.#random = random;
    this.#entities = allEntities(registry).filter((entity) => entity !== registry.hub);
  }

  /** The lead paragraph: where the hub entity, when planned, is mentioned. */
  lead(): string {
    const r = this.#random;
    const hub = this.#plan.mentionsHub
      ? ` Observers from the ${this.#mention(this.#registry.hub)} were present throughout.`
      : '';
    return `${this.#prose()} ${this.#claim()}${hub} ${this.#prose()} The story was first reported by ${this.#mention(r.pick(this.#registry.outlets))}.`;
  }

  /** One second-level section: two paragraphs with claims, then a list, a quotation or a paragraph of links. */
  section(index: number): string {
    const r = this.#random;
    const first = `${this.#prose()} ${this.#claim()} ${this.#prose()} ${capitalise(this.#mention(r.pick(this.#entities)))} is expected to respond.`;
    const second = `${this.#personIntro()} ${r.pick(VERBS_OF_SAYING)} that **${r.pick(TOPICS)}** was *not* on the agenda. ${this.#claim()} ${this.#prose()}`;
    const extras = [
      () => ['- ' + this.#claim(), `- ${capitalise(this.#mention(r.pick(this.#registry.places)))} reported ${r.between(2, 90)} cases.`, `- ${this.#prose()}`].join('\n'),
      () => `> ${this.#quote()}`,
      () => this.#links(),
    ];
    return [first, second, (extras[index % extras.length] as () => string)()].join('\n\n');
  }

  #mention(entity: EntitySeed): string {
    const text = entity.aliases.length > 0 && this.#random.chance(0.3) ? (entity.aliases[0] as string) : entity.name;
    return `[${text}]{#${entity.id}}`;
  }

  #personIntro(): string {
    const person = this.#random.pick(this.#registry.people);
    return this.#random.chance(0.5) ? this.#mention(person) : `${this.#mention(person)}, speaking in ${this.#mention(this.#random.pick(this.#registry.places))},`;
  }

  #fill(template: string): string {
    const r = this.#random;
    return template
      .replace('{topic}', r.pick(TOPICS))
      .replace('{city}', r.chance(0.6) ? this.#mention(r.pick(this.#registry.places)) : r.pick(this.#registry.places).name)
      .replace('{day}', r.pick(WEEKDAYS))
      .replace('{number}', String(r.between(2, 40)))
      .replace('{percent}', String(r.between(3, 70)));
  }

  #prose(): string {
    return this.#fill(this.#random.pick(PROSE));
  }

  /** A claim with a speaker and, most of the time, a source: by `src=`, by a following citation, or by another article's claim. */
  #claim(): string {
    const r = this.#random;
    const person = r.pick(this.#registry.people);
    const attributes = ['.claim', `#c${++this.#claims}`, `by=${person.id}`];
    let citation = '';
    const sourcing = r.next();
    if (sourcing < 0.45) attributes.push(`src=${r.pick(this.#registry.sources).id}`);
    else if (sourcing < 0.75) citation = ` ${this.#citation()}`;
    else if (sourcing < 0.85 && this.#plans.length > 1) attributes.push(`src=${this.#otherClaim()}`);
    if (r.chance(0.3) && this.#plans.length > 1) attributes.push(`same=${this.#otherClaim()}`);
    if (r.chance(0.15)) attributes.push(`status=${r.pick(['supported', 'disputed', 'refuted'])}`);
    if (r.chance(0.1)) attributes.push('note="checked against the minutes"');
    let text = this.#fill(r.pick(CLAIMS));
    if (r.chance(0.25)) text = `the ${this.#mention(r.pick(this.#registry.organizations))} confirmed that ${text}`;
    return `${this.#mention(person)} ${r.pick(VERBS_OF_SAYING)} that [${text}]{${attributes.join(' ')}}${citation}.`;
  }

  #quote(): string {
    const r = this.#random;
    const person = r.pick(this.#registry.people);
    return `[“${r.pick(QUOTES)}”]{.quote #q${++this.#quotes} by=${person.id} src=${r.pick(this.#registry.sources).id}}, ${r.pick(VERBS_OF_SAYING)} ${this.#mention(person)}.`;
  }

  #citation(): string {
    const r = this.#random;
    const first = r.pick(this.#registry.sources).id;
    const shape = r.next();
    if (shape < 0.6) return `[@${first}]`;
    if (shape < 0.8) return `[@${first}, p. ${r.between(1, 40)}]`;
    return `[@${first}; @${r.pick(this.#registry.sources).id}]`;
  }

  /** A claim of another article, as `doc#claim`. */
  #otherClaim(): string {
    return `${this.#otherPlan().id}#c${this.#random.between(1, GUARANTEED_CLAIMS)}`;
  }

  #otherPlan(): ArticlePlan {
    for (;;) {
      const other = this.#random.pick(this.#plans);
      if (other !== this.#plan) return other;
    }
  }

  /** A paragraph with a web link, a link to a heading of another article and a citation in the annotator's words. */
  #links(): string {
    const r = this.#random;
    const other = this.#otherLinkTarget();
    const source = r.pick(this.#registry.sources);
    return `The [full statement](${source.url}) is available online. ${other} The figures match those in the earlier report ${this.#citation()}.`;
  }

  #otherLinkTarget(): string {
    if (this.#plans.length < 2) return 'No earlier coverage exists.';
    const other = this.#otherPlan();
    const heading = this.#random.pick(other.headings);
    return `See also [our earlier coverage](${other.file.slice(ARTICLES_FOLDER.length + 1)}#${headingSlug(heading)}) of ${this.#mention(other.outlet)}.`;
  }
}
