/**
 * Scores the dictionary builder: on articles we wrote with hand-checked expected
 * dictionaries (test/fixtures/builder), and on MEANTIME's gold entities where the corpus is
 * beside the project. `compromise` alone is scored the same way in the same run.
 */
import * as fs from 'fs';
import * as path from 'path';
import nlp from 'compromise';
import { type DictionaryFileContent, buildDictionary } from '../src/core/builder/build';
import { compromiseTagger } from '../src/core/builder/compromiseTagger';
import { type EntityType, RELATION_TYPES, type RelationType } from '../src/core/dictionary/schema';
import { foldName } from '../src/core/text/fold';
import { parseDay } from '../src/core/text/calendar';
import { PROJECT_ROOT } from './codeServer';

export const BUILDER_FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/builder');
/** Real published news (Wikinews, Voice of America), with its furniture: see test/fixtures/SOURCES.md. */
export const REAL_NEWS_FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/real-news');
/** More real news, gathered and annotated apart and never tuned on: how the rules do on copy they were not written for. */
export const HELD_OUT_NEWS_FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/real-news-heldout');

/** An entity to compare: its name, type, the other names it goes by, roles and relations (by names). */
export interface ComparableEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly relations: readonly (readonly [string, string])[];
}

export interface Expected {
  readonly article?: string;
  readonly entities: readonly {
    name: string;
    /** Other full names the article writes that are as good a canonical name ("Exxon Mobil" beside "Exxon Mobil Corp."). */
    names?: string[];
    type: EntityType;
    aliases?: string[];
    roles?: string[];
    relations?: [string, string][];
  }[];
  readonly notEntities?: readonly string[];
}

/** Counts of one kind of item: found, expected, right. */
export class Tally {
  found = 0;
  expected = 0;
  right = 0;
  add(other: Tally): void {
    this.found += other.found;
    this.expected += other.expected;
    this.right += other.right;
  }
  get precision(): number {
    return this.found === 0 ? 0 : this.right / this.found;
  }
  get recall(): number {
    return this.expected === 0 ? 0 : this.right / this.expected;
  }
  get f1(): number {
    const { precision, recall } = this;
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
}

export interface Score {
  readonly entities: Tally;
  /** Of the entities found by name, how many have the right type. */
  readonly typed: { named: number; right: number };
  readonly aliases: Tally;
  readonly roles: Tally;
  readonly relations: Tally;
  readonly missed: string[];
  readonly extra: string[];
  /** Aliases that are no name of the entity: a common word, or what the gold says is no entity (an agency, a credit). */
  readonly badAliases: string[];
}

const ROLE_STOP_WORDS = new Set(['of', 'to', 'for', 'the', 'a', 'an', 'at', 'in', 'under', 'with']);
const roleWords = (role: string) =>
  foldName(role)
    .split(/[\s,]+/)
    .filter((word) => word && !ROLE_STOP_WORDS.has(word))
    .sort()
    .join(' ');

function tallyOf(
  found: ReadonlySet<string>,
  expected: ReadonlySet<string>,
  same: (item: string) => boolean = (item) => expected.has(item),
): Tally {
  const tally = new Tally();
  tally.found = found.size;
  tally.expected = expected.size;
  tally.right = [...found].filter(same).length;
  return tally;
}

/** Compares a built dictionary with an expected one: an entity is right when its name is one of a gold entity's canonical names, with the same type. */
export function scoreAgainst(built: readonly ComparableEntity[], expected: Expected, article = ''): Score {
  const key = (name: string, type: string) => `${foldName(name)}|${type}`;
  const goldOf = new Map(
    expected.entities.flatMap((entity) =>
      [entity.name, ...(entity.names ?? [])].map((name) => [foldName(name), entity] as const),
    ),
  );
  const canonicalKey = (entity: ComparableEntity) => {
    const gold = goldOf.get(foldName(entity.name));
    return key(gold?.name ?? entity.name, entity.type);
  };
  const builtKeys = new Set(built.map(canonicalKey));
  const expectedKeys = new Set(expected.entities.map((entity) => key(entity.name, entity.type)));
  const entities = tallyOf(builtKeys, expectedKeys);
  entities.found = built.length;
  const named = built.filter((entity) => goldOf.has(foldName(entity.name)));
  const typed = {
    named: named.length,
    right: named.filter((entity) => goldOf.get(foldName(entity.name))!.type === entity.type).length,
  };
  const notEntities = new Set((expected.notEntities ?? []).map((name) => foldName(name)));
  const badAliases = built.flatMap((entity) => {
    const gold = goldOf.get(foldName(entity.name));
    const goldAliases = new Set([...(gold?.aliases ?? []), ...(gold?.names ?? [])].map((name) => foldName(name)));
    return entity.aliases
      .filter(
        (alias) =>
          !goldAliases.has(foldName(alias)) && (notEntities.has(foldName(alias)) || isCommonWord(alias, article)),
      )
      .map((alias) => `${entity.name}: "${alias}"`);
  });

  const pairs = (entities: readonly { name: string; aliases?: readonly string[] }[]) =>
    new Set(
      entities.flatMap((entity) =>
        (entity.aliases ?? []).map((alias) => `${foldName(entity.name)}|${foldName(alias)}`),
      ),
    );
  const aliases = tallyOf(pairs(built), pairs(expected.entities));
  const rolesOf = (entities: readonly { name: string; roles?: readonly string[] }[]) =>
    new Set(
      entities.flatMap((entity) => (entity.roles ?? []).map((role) => `${foldName(entity.name)}|${roleWords(role)}`)),
    );
  const roles = tallyOf(rolesOf(built), rolesOf(expected.entities));
  const relationsOf = (entities: readonly { name: string; relations?: readonly (readonly [string, string])[] }[]) =>
    new Set(
      entities.flatMap((entity) =>
        (entity.relations ?? []).map(([type, target]) => `${foldName(entity.name)}|${type}|${foldName(target)}`),
      ),
    );
  const expectedRelations = relationsOf(expected.entities);
  const relations = tallyOf(relationsOf(built), expectedRelations, (item) => {
    const [from, type, to] = item.split('|') as [string, RelationType, string];
    return (
      expectedRelations.has(item) ||
      expectedRelations.has(`${to}|${RELATION_TYPES[type].inverse}|${from}`) ||
      [...expectedRelations].some((other) => {
        const [otherFrom, otherType, otherTo] = other.split('|') as [string, RelationType, string];
        return otherFrom === to && otherTo === from && RELATION_TYPES[otherType].inverse === type;
      })
    );
  });
  return {
    entities,
    typed,
    aliases,
    roles,
    relations,
    missed: [...expectedKeys].filter((item) => !builtKeys.has(item)),
    extra: [...builtKeys].filter((item) => !expectedKeys.has(item)),
    badAliases,
  };
}

const NAME_TAGS = new Set([
  'ProperNoun',
  'Person',
  'Place',
  'Organization',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Country',
  'City',
  'Region',
]);
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

/** A word English uses in lower case ("Natural", "File"): the article writes it so, or compromise's lexicon knows it as no name. */
function isCommonWord(alias: string, article: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(alias)) return false;
  const lower = alias.toLowerCase();
  const tag = LEXICON[lower];
  return (
    (tag !== undefined && !NAME_TAGS.has(tag)) || new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(article)
  );
}

/** A built dictionary in comparable form: relations by target name. */
export function comparable(dictionary: DictionaryFileContent): ComparableEntity[] {
  const names = new Map(dictionary.entities.map((entity) => [entity.id, entity.name]));
  return dictionary.entities.map((entity) => ({
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
    roles: entity.roles.map((role) => role.title),
    relations: entity.relations.map(
      (relation) => [relation.type, names.get(relation.target) ?? relation.target] as const,
    ),
  }));
}

/** What `compromise` alone returns: people, places and organisations, each distinct text an entity. */
export function compromiseAlone(text: string): ComparableEntity[] {
  const doc = nlp(text);
  const found = new Map<string, ComparableEntity>();
  for (const [type, list] of [
    ['person', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ] as const) {
    for (const name of list.out('array') as string[]) {
      const trimmed = name.trim();
      if (trimmed && !found.has(trimmed))
        found.set(trimmed, { name: trimmed, type, aliases: [], roles: [], relations: [] });
    }
  }
  return [...found.values()];
}

export interface FixtureResult {
  readonly file: string;
  readonly builder: Score;
  readonly compromise: Score;
}

/** Scores the builder and compromise alone on every article of a fixture folder. */
export function scoreFixtures(folder = BUILDER_FIXTURES): FixtureResult[] {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Expected;
      const articleFile = path.resolve(folder, expected.article ?? file.replace('.expected.json', '.txt'));
      const text = fs.readFileSync(articleFile, 'utf8');
      const built = buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! });
      return {
        file: path.basename(articleFile),
        builder: scoreAgainst(comparable(built.dictionary), expected, text),
        compromise: scoreAgainst(compromiseAlone(text), expected, text),
      };
    });
}

interface MeantimeArticle {
  readonly doc_id: string;
  readonly dct: string | null;
  readonly text: string;
  readonly names: readonly { start: number; end: number; text: string; type: 'PER' | 'LOC' | 'ORG'; entity: string }[];
}

const MEANTIME_TYPES = { PER: 'person', LOC: 'place', ORG: 'organization' } as const;

/** A gold form as a name: without a leading article, a possessive ending or a bracket. */
function goldForm(form: string): string {
  return foldName(
    form
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/['’]s?$/u, '')
      .replace(/\s*\($/, ''),
  );
}

interface GoldEntity {
  readonly type: EntityType;
  /** As the article writes it. */
  readonly forms: Set<string>;
  /** Those, and the gold's own name for it. */
  readonly names: Set<string>;
}

/**
 * The gold's own name for each entity ("Vladimir Putin" where the article's mention reads
 * "President Vladimir Putin"), without its bracketed description, from the aliases file
 * beside the names when there is one.
 */
function canonicalNames(file: string): Map<string, string> {
  if (!fs.existsSync(file)) return new Map();
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as { entity: string; name: string }[];
  return new Map(entries.map((entry) => [entry.entity, entry.name.replace(/\s*\([^)]*\)/g, '').trim()]));
}

/** "German", "North American", "Irish": words compromise's lexicon reads as demonyms or adjectives only. */
function isDemonymOnly(form: string): boolean {
  const terms = (nlp(form).json() as { terms: { tags: string[] }[] }[]).flatMap((sentence) => sentence.terms);
  return (
    terms.length > 0 &&
    terms.every(
      (term) => term.tags.includes('Demonym') || (term.tags.includes('Adjective') && !term.tags.includes('ProperNoun')),
    )
  );
}

/**
 * How a found entity is paired with a gold one: by a name equal to one of its gold forms, or
 * also by a name inside a gold mention's extent, which MEANTIME draws round titles,
 * appositions and the state after a city, where a dictionary keeps the name alone. This
 * scoring also leaves out gold entities named by demonyms alone, which the issue does not
 * count as entities.
 */
export type MeantimeMatching = 'exact' | 'within-extent';

export interface MeantimeScore {
  readonly articles: number;
  readonly entities: Tally;
  /** Counting only found entities that the gold judges: MEANTIME marks the people, places and bodies its events involve, not every name. */
  readonly judged: Tally;
  readonly typed: { named: number; right: number };
  readonly aliases: Tally;
}

/**
 * Scores entities found in MEANTIME articles against the gold entities: a found entity is
 * right when one of its names is one of a gold entity's named forms or the gold's own name
 * for it (see `MeantimeMatching` for the lenient pairing); its type is then checked.
 * Aliases: the found entity's names that are forms of that same gold entity.
 */
export function scoreMeantimeEntities(
  file: string,
  find: (article: MeantimeArticle) => ComparableEntity[],
  matching: MeantimeMatching = 'exact',
): MeantimeScore {
  const articles = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as MeantimeArticle);
  const entities = new Tally();
  const judged = new Tally();
  const aliases = new Tally();
  const typed = { named: 0, right: 0 };
  const canonical = canonicalNames(path.join(path.dirname(file), 'meantime-en-aliases.json'));
  for (const article of articles) {
    // An entity's forms are how the article writes it; it may also be found under the gold's own name for it.
    const gold = new Map<string, GoldEntity>();
    for (const name of article.names) {
      const entry = gold.get(name.entity) ?? {
        type: MEANTIME_TYPES[name.type],
        forms: new Set<string>(),
        names: new Set<string>(),
      };
      entry.forms.add(goldForm(name.text));
      entry.names.add(goldForm(name.text));
      const known = canonical.get(name.entity);
      if (known) entry.names.add(goldForm(known));
      gold.set(name.entity, entry);
    }
    // The issue rules demonyms out ("Syrian" is no entity): in the lenient scoring, a gold entity named only by them is not expected.
    if (matching === 'within-extent')
      for (const [id, entry] of gold) if ([...entry.forms].every(isDemonymOnly)) gold.delete(id);
    const found = find(article);
    const matched = new Set<string>();
    entities.found += found.length;
    entities.expected += gold.size;
    judged.expected += gold.size;
    const goldTexts = article.names.map((name) => ` ${foldName(name.text)} `);
    const namesOf = (entity: ComparableEntity) => [entity.name, ...entity.aliases].map((name) => foldName(name));
    const matchOf = new Map<ComparableEntity, [string, GoldEntity]>();
    const pairUp = (isForm: (name: string, form: string) => boolean) => {
      for (const entity of found) {
        if (matchOf.has(entity)) continue;
        const names = namesOf(entity);
        const match = [...gold.entries()].find(
          ([id, entry]) =>
            !matched.has(id) && names.some((name) => [...entry.names].some((form) => isForm(name, form))),
        );
        if (!match) continue;
        matched.add(match[0]);
        matchOf.set(entity, match);
      }
    };
    pairUp((name, form) => name === form);
    // Then, for what is left, a name that stands within a gold mention's extent ("President Vladimir Putin", "Mobile, Alabama").
    const spaced = (name: string) => ` ${name.replaceAll('-', ' ')} `;
    if (matching === 'within-extent') pairUp((name, form) => spaced(form).includes(spaced(name)));
    for (const entity of found) {
      const names = namesOf(entity);
      const match = matchOf.get(entity);
      const usedNames = names.filter((name) => article.text.toLowerCase().includes(name));
      aliases.found += Math.max(0, usedNames.length - 1);
      if (match || names.some((name) => goldTexts.some((text) => text.includes(` ${name} `)))) judged.found++;
      if (!match) continue;
      entities.right++;
      judged.right++;
      typed.named++;
      if (match[1].type === entity.type) typed.right++;
      aliases.right += Math.max(0, usedNames.filter((name) => match[1].forms.has(name)).length - 1);
    }
    for (const entry of gold.values()) aliases.expected += Math.max(0, entry.forms.size - 1);
  }
  return { articles: articles.length, entities, judged, typed, aliases };
}

/** The builder on a MEANTIME article, dated by its document date. */
export function buildMeantime(article: MeantimeArticle): ComparableEntity[] {
  return comparable(
    buildDictionary(article.text, {
      tagger: compromiseTagger,
      fallbackDate: parseDay((article.dct ?? '').slice(0, 10)) ?? parseDay('2010-01-01')!,
    }).dictionary,
  );
}
