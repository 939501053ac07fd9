/**
 * The shared registry of a generated corpus: a few hundred entities and sources that every article refers to,
 * written as one `registry.gloss.md` whose front matter holds all the definitions.
 */
import type { Random } from './random.js';
import {
  CITIES,
  EVENT_NAMES,
  FIRST_NAMES,
  GROUP_NAMES,
  LAST_NAMES,
  ORGANIZATION_KINDS,
  OUTLET_NAMES,
  ROLES,
  TOPICS,
  WORK_NAMES,
} from './vocabulary.js';

/** An entity to be defined in the registry. */
export interface EntitySeed {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place' | 'event' | 'group' | 'work';
  aliases: string[];
  description: string;
}

/** A source to be defined in the registry. */
export interface SourceSeed {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  kind: 'article' | 'statement' | 'report' | 'post' | 'dataset' | 'interview';
}

/** Every definition of the registry, grouped the way the article writer draws from them. */
export interface Registry {
  people: EntitySeed[];
  organizations: EntitySeed[];
  outlets: EntitySeed[];
  places: EntitySeed[];
  others: EntitySeed[];
  sources: SourceSeed[];
  /** The entity that about half of all articles mention: the one whose edit touches thousands of documents. */
  hub: EntitySeed;
}

/** The id of the registry document and the name of its file. */
export const REGISTRY_ID = 'registry';
export const REGISTRY_FILE = 'registry.gloss.md';

const PEOPLE = 160;
const ORGANIZATIONS = 60;
const SOURCES = 160;
const SOURCE_KINDS = ['article', 'statement', 'report', 'post', 'dataset', 'interview'] as const;

/** Turns a display name into an id: lower case, words joined by `-`. */
export function slugId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Draws the registry's definitions from the vocabulary; the same random stream always gives the same registry. */
export function createRegistry(random: Random): Registry {
  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const hub: EntitySeed = {
    id: unique('council-of-nations'),
    name: 'Council of Nations',
    type: 'organization',
    aliases: ['the Council'],
    description: 'The intergovernmental body whose *monitoring mission* is cited in most of the coverage.',
  };
  const people: EntitySeed[] = [];
  while (people.length < PEOPLE) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const role = random.pick(ROLES);
    people.push({
      id: unique(slugId(`${first} ${last}`)),
      name: `${first} ${last}`,
      type: 'person',
      aliases: [last],
      description: `${capitalise(role)} based in ${random.pick(CITIES)}.`,
    });
  }
  const organizations: EntitySeed[] = random.sample(
    CITIES.flatMap((city) => ORGANIZATION_KINDS.map((kind) => `${city} ${kind}`)),
    ORGANIZATIONS,
  ).map((name) => ({ id: unique(slugId(name)), name, type: 'organization', aliases: [], description: `Public body: the ${name}.` }));
  const outlets: EntitySeed[] = OUTLET_NAMES.map((name) => ({
    id: unique(slugId(name)),
    name,
    type: 'organization',
    aliases: [`the ${name.split(' ')[0]}`],
    description: `News outlet published in ${random.pick(CITIES)}.`,
  }));
  const places: EntitySeed[] = CITIES.map((name) => ({ id: unique(slugId(name)), name, type: 'place', aliases: [], description: `The city of ${name}.` }));
  const others: EntitySeed[] = [
    ...GROUP_NAMES.map((name): EntitySeed => ({ id: unique(slugId(name)), name, type: 'group', aliases: [], description: `Civil-society group: ${name}.` })),
    ...EVENT_NAMES.map((name): EntitySeed => ({ id: unique(slugId(name)), name, type: 'event', aliases: [], description: `The ${name} of 2024.` })),
    ...WORK_NAMES.map((name): EntitySeed => ({ id: unique(slugId(name)), name, type: 'work', aliases: [], description: `Published document: the ${name}.` })),
  ];
  const publishers = [...outlets, ...organizations];
  const sources: SourceSeed[] = [];
  while (sources.length < SOURCES) {
    const publisher = random.pick(publishers);
    const kind = random.pick(SOURCE_KINDS);
    const date = isoDate(random.int(365));
    const id = unique(`${publisher.id}-${date}`);
    sources.push({
      id,
      title: `${capitalise(kind)} on ${random.pick(TOPICS)}`,
      publisher: publisher.id,
      date,
      url: `https://example.org/${publisher.id}/${date}/${sources.length + 1}`,
      kind,
    });
  }
  return { people, organizations, outlets, places, others, sources, hub };
}

/** The text with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The ISO date `day` days after 1 January 2024. */
export function isoDate(day: number): string {
  return new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
}

/** Every entity of the registry, hub first. */
export function allEntities(registry: Registry): EntitySeed[] {
  return [registry.hub, ...registry.people, ...registry.organizations, ...registry.outlets, ...registry.places, ...registry.others];
}

/** Writes the registry file: front matter with every definition and a short body that says what the file is. */
export function renderRegistry(registry: Registry): string {
  const lines = ['---', `id: ${REGISTRY_ID}`, 'title: "Shared registry of entities and sources"', 'entities:'];
  for (const entity of allEntities(registry)) {
    lines.push(`  ${entity.id}:`, `    name: ${entity.name}`, `    type: ${entity.type}`);
    if (entity.aliases.length > 0) lines.push(`    aliases: [${entity.aliases.join(', ')}]`);
    lines.push(`    description: "${entity.description}"`);
  }
  lines.push('sources:');
  for (const source of registry.sources) {
    lines.push(
      `  ${source.id}:`,
      `    title: "${source.title}"`,
      `    publisher: ${source.publisher}`,
      `    date: ${source.date}`,
      `    url: ${source.url}`,
      `    kind: ${source.kind}`,
    );
  }
  lines.push('---', '', '# Registry', '', 'The people, organisations, places and sources that the articles of this corpus refer to.', '');
  return lines.join('\n');
}
