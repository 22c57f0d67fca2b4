/**
 * Builds an entity dictionary from one English news article: its people, places and
 * organisations, each once under its fullest name, with the aliases the article uses, roles,
 * relations and dated events, each backed by the sentence that states it.
 */

import { withoutArticles } from '../text/names';
import { entityIdFor } from '../dictionary/entityId';
import { EntityIndex } from '../dictionary/entityIndex';
import { MAX_CASELESS_ALIAS_LENGTH } from '../dictionary/parse';
import {
  type Alias,
  type DateGuessed,
  type DatedEvent,
  type Entity,
  type EntityType,
  type Disagreement,
  type FactSource,
  RELATION_TYPES,
  type RelationType,
} from '../dictionary/schema';
import { foldName } from '../text/fold';
import { furnitureOf, openingKicker, storyText, unwrapped } from '../text/furniture';
import { type Day, formatDay } from '../text/calendar';
import { type Timeline, anchorOf, buildTimeline } from '../timeline/events';
import { builtFactsOf } from './builtFacts';
import { cluesOf } from './clues';
import { type EntityDraft, formKey, resolveEntities, surnameOf } from './entities';
import { factsOf } from './facts';
import { type FigureEntry, figuresOf } from './figures';
import { isDemonymOfKnownPlace } from './gazetteer';
import { KnownEntities, type KnownEntity } from './linking';
import { readArticle } from './mentions';
import { type QuotationEntry, quotationEntries, quotationFact } from './quotations';
import { type EntityReview, reviewOf } from './review';
import { type WordTag, type WordTagger, WordTags } from './tags';

/** An entity as written to a `*.entities.json` file. */
export interface EntityEntry {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: (string | Alias)[];
  readonly roles: { title: string; source: string; sources?: FactSource[] }[];
  readonly relations: { type: RelationType; target: string; title?: string; source: string; sources?: FactSource[] }[];
  /** Kept from a hand-made entry a build merges into; the builder never writes one. */
  readonly notVariants?: string[];
}

/** A dictionary as written to a `*.entities.json` file. */
export interface DictionaryFileContent {
  readonly source: { title: string; date: string; dateGuessed?: DateGuessed; file?: string };
  readonly entities: EntityEntry[];
  readonly events: EventEntry[];
  /** Absent in files written before quotations were recorded. */
  readonly quotations?: QuotationEntry[];
  /** The figures it gives, each with its sentence (see figures.ts). */
  readonly figures?: FigureEntry[];
  /** Where the articles of a story built from several disagree (see story.ts). */
  readonly disagreements?: Disagreement[];
  /** The ids of the entities the builder wrote, so that a rebuild can tell one deleted by hand from one it never found. */
  readonly builtEntities: string[];
  /** Its aliases, roles, relations and events likewise (see builtFacts.ts). */
  readonly builtFacts: string[];
}

export interface EventEntry {
  readonly date: string;
  readonly end?: string;
  readonly precision: DatedEvent['precision'];
  readonly qualifier?: string;
  readonly text: string;
  readonly entities: string[];
  readonly source: string;
  readonly sources?: FactSource[];
}

export interface BuildOptions {
  readonly tagger: WordTagger;
  /** The story's date when known (`--date`); else its dateline's, else `fallbackDate`. */
  readonly date?: Day;
  /** Usually the file's date. */
  readonly fallbackDate: Day;
  /** The article's file, relative to where the dictionary goes. */
  readonly file?: string;
  readonly title?: string;
  /** The title when the article has no headline line (usually its file name). */
  readonly fallbackTitle?: string;
  /** The entities of the dictionaries already loaded: what the article names of them is linked, not built again. */
  readonly known?: readonly KnownEntity[];
}

export interface LinkedEntity {
  readonly name: string;
  readonly id: string;
  readonly roles: readonly { readonly title: string; readonly source: string }[];
}

export interface BuildResult {
  readonly dictionary: DictionaryFileContent;
  /** Where the story's date came from: given, dateline, text or fallback. */
  readonly anchorSource: Timeline['anchorSource'];
  /** The dateline gives no year and nothing else in the text does: the year is the fallback date's. */
  readonly anchorYearGuessed: boolean;
  /** What the article names that a loaded dictionary already knows: written there, not here; the titles the article gives them, for a story's disagreements. */
  readonly linked: readonly LinkedEntity[];
  /** Each entity with its evidence sentence and confidence, in the dictionary's order. */
  readonly review: EntityReview[];
}

/** Articles longer than this are refused unless the limit is raised: the tagger reads about 0.2 MB a second. */
export const DEFAULT_BUILD_MAX_CHARS = 1_000_000;

/** Why an article cannot be built from: said to the user as it is. */
export class UnusableArticle extends Error {}

/** Line ends as LF, no byte-order mark, hard-wrapped lines joined: the text every offset of the builder points into. */
export function normalised(rawText: string): string {
  return unwrapped(rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

/**
 * The text the builder reads names from, and so the text its tagger must tag: bylines,
 * credits and a dateline's agency blanked out, offsets kept.
 */
export function storyOf(rawText: string): string {
  return storyText(normalised(rawText));
}

/** Builds the dictionary of `text`. Throws UnusableArticle when the text is no English prose. */
export function buildDictionary(rawText: string, options: BuildOptions): BuildResult {
  const text = normalised(rawText);
  assertUsable(text);
  const furniture = furnitureOf(text);
  const story = storyText(text, furniture);
  const tags = new WordTags(options.tagger(story));
  const article = readArticle(story, tags, furniture.captions);
  const wordsTagged = (tag: WordTag) =>
    new Set(
      article.mentions.flatMap((mention) =>
        mention.words.filter((word) => tags.within(word.start, word.end).has(tag)).map((word) => word.text),
      ),
    );
  const englishWords = wordsTagged('english-word');
  const givenNames = wordsTagged('first-name');
  const clues = cluesOf(article);
  const coreference = resolveEntities(article, clues, tags);
  const facts = factsOf(article, clues, coreference, furniture.captions);

  // What a loaded dictionary already knows keeps its id there and is not written again.
  const known = new KnownEntities(options.known ?? []);
  const linked = new Map<EntityDraft, KnownEntity>();
  for (const entity of coreference.entities) {
    const link = known.linkOf({ ...entity, forms: entity.forms.values() });
    if (link) linked.set(entity, link);
  }
  const ids = new Map<EntityDraft, string>([...linked].map(([entity, link]) => [entity, link.id]));
  const taken = new Set<string>((options.known ?? []).map((entity) => entity.id));
  for (const entity of coreference.entities) {
    if (linked.has(entity)) continue;
    const id = entityIdFor(entity.name, (candidate) => taken.has(candidate));
    taken.add(id);
    ids.set(entity, id);
  }
  // A relation stated from a known entity to a new one is written on the new one, turned round.
  const relations = facts.relations.flatMap((relation) => {
    if (!linked.has(relation.from)) return [relation];
    if (linked.has(relation.to)) return [];
    return [{ ...relation, from: relation.to, to: relation.from, type: RELATION_TYPES[relation.type].inverse }];
  });
  const names = indexNames(coreference.entities);
  const rolesOf = groupedBy(facts.roles, (role) => role.entity);
  const relationsFrom = groupedBy(relations, (relation) => relation.from);
  const entries: EntityEntry[] = coreference.entities
    .filter((entity) => !linked.has(entity))
    .map((entity) => ({
      id: ids.get(entity)!,
      name: entity.name,
      type: entity.type,
      aliases: aliasesOf(entity, names, englishWords, givenNames),
      roles: (rolesOf.get(entity) ?? []).map(({ title, source }) => ({ title, source })),
      relations: (relationsFrom.get(entity) ?? []).map(({ type, to, title, source }) => ({
        type,
        target: ids.get(to)!,
        ...(title ? { title } : {}),
        source,
      })),
    }));

  const { anchor, source: anchorSource, yearGuessed } = anchorOf(text, options.fallbackDate, options.date);
  const articleIndex = indexOfEntries([...entries, ...[...linked.values()].map(knownEntry)]);
  const events = eventsOf(storyText(text, furniture, true), articleIndex, anchor, anchorSource);
  const figures = figuresOf(story, articleIndex);
  const quotations = quotationEntries(story, articleIndex);
  return {
    dictionary: {
      source: {
        title: options.title ?? titleOf(story, options.fallbackTitle),
        date: formatDay(anchor),
        ...(anchorSource === 'fallback'
          ? { dateGuessed: 'date' as const }
          : yearGuessed
            ? { dateGuessed: 'year' as const }
            : {}),
        ...(options.file ? { file: options.file } : {}),
      },
      entities: entries,
      events,
      quotations,
      ...(figures.length > 0 ? { figures } : {}),
      builtEntities: entries.map((entry) => entry.id),
      builtFacts: [...builtFactsOf(entries, events, figures), ...quotations.map(quotationFact)],
    },
    anchorSource,
    anchorYearGuessed: yearGuessed === true,
    linked: [...linked].map(([entity, link]) => ({
      name: entity.name,
      id: link.id,
      roles: (rolesOf.get(entity) ?? []).map(({ title, source }) => ({ title, source })),
    })),
    review: reviewOf(
      text,
      article,
      coreference.entities.filter((entity) => !linked.has(entity)),
      entries,
    ),
  };
}

/** A known entity, as the article's events are matched against it. */
function knownEntry(entity: KnownEntity): EntityEntry {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    roles: [],
    relations: [],
  };
}

/** Refuses what is not prose in a Latin-script language the builder can read. */
function assertUsable(text: string): void {
  if (text.trim() === '') throw new UnusableArticle('the file is empty');
  if (text.includes('\u0000')) throw new UnusableArticle('the file looks binary (it contains NUL bytes)');
  const letters = charactersIn(text, /\p{L}+/gu);
  const latin = charactersIn(text, /[A-Za-z\u00C0-\u024F]+/g);
  if (letters === 0) throw new UnusableArticle('the file has no words');
  if (latin / letters < 0.6)
    throw new UnusableArticle('the text is not in English (most of its letters are not Latin)');
  // Names are found by their capitals: in a text written in capitals every phrase would be one.
  const lower = charactersIn(text, /\p{Ll}+/gu);
  const upper = charactersIn(text, /\p{Lu}+/gu);
  if (upper > lower)
    throw new UnusableArticle(
      'the text is written in capitals, so names cannot be told from other words; convert it to ordinary case first',
    );
  let words = 0;
  let english = 0;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    words++;
    if (ENGLISH_MARKERS.has(word)) english++;
  }
  if (words >= 40 && english / words < 0.03)
    throw new UnusableArticle('the text does not read as English (almost none of its words are common English words)');
}

/** Items by a key, each key's in their order: one pass, where a filter per key would make the builder quadratic. */
function groupedBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item)) ?? [];
    group.push(item);
    groups.set(keyOf(item), group);
  }
  return groups;
}

/** How many characters (code points) of `text` the runs `pattern` finds hold: counted run by run, where an array of every character would fill the memory of a long article. */
function charactersIn(text: string, pattern: RegExp): number {
  let count = 0;
  for (const [run] of text.matchAll(pattern)) count += [...run].length;
  return count;
}

const ENGLISH_MARKERS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'was',
  'that',
  'for',
  'on',
  'with',
  'he',
  'she',
  'it',
  'as',
  'by',
  'his',
  'her',
  'said',
  'at',
  'from',
  'were',
  'has',
  'had',
  'have',
]);

/**
 * The headline: a short first line of the story without its furniture ("ADVERTISEMENT" above
 * it is none) and without a closing full stop, or else the kicker run into its first sentence
 * ("Syrian Crisis: After decades…"). A line
 * wholly in brackets above it is a wire service's note to editors ("(Adds background)",
 * "(Updates with police statement)"), no headline.
 */
function titleOf(text: string, fallback = 'Untitled article'): string {
  const line = text
    .trim()
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '' && !/^\([^()]*\)$/.test(candidate));
  if (line === undefined) return fallback;
  if (line.length <= 120 && !/[.!?]["”’]?$/.test(line) && !/^\p{Lu}[\p{Lu} .'’-]+,/u.test(line)) return line;
  const kicker = openingKicker(text);
  return kicker ? text.slice(kicker.start, kicker.end).replace(/:\s*$/, '') : fallback;
}

/**
 * The names an entity goes by: the forms the article writes, a person's surname (with and
 * without its Arabic article), acronyms (matched only in capitals), and a facility's
 * namesake when no other entity has that name.
 */
/** The entities' names, read once for every entity's aliases (read per entity, they made the builder quadratic). */
interface NameIndex {
  /** How many entities' names have each form key. */
  readonly counts: ReadonlyMap<string, number>;
  /** The people whose full name is written, by the form key of their surname. */
  readonly bySurname: ReadonlyMap<string, readonly EntityDraft[]>;
}

function indexNames(entities: readonly EntityDraft[]): NameIndex {
  const counts = new Map<string, number>();
  const bySurname = new Map<string, EntityDraft[]>();
  for (const entity of entities) {
    const key = formKey(entity.name);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (entity.type !== 'person' || !entity.fullNameWritten) continue;
    const surname = formKey(surnameOf(entity.name));
    const sharing = bySurname.get(surname) ?? [];
    sharing.push(entity);
    bySurname.set(surname, sharing);
  }
  return { counts, bySurname };
}

function aliasesOf(
  entity: EntityDraft,
  names: NameIndex,
  englishWords: ReadonlySet<string>,
  givenNames: ReadonlySet<string>,
): (string | Alias)[] {
  const ownKey = formKey(entity.name);
  const isOthersName = (name: string) => {
    const key = formKey(name);
    return (names.counts.get(key) ?? 0) > (key === ownKey ? 1 : 0);
  };
  const aliases: (string | Alias)[] = [];
  const seen = new Set([foldName(entity.name)]);
  const add = (alias: string) => {
    const folded = foldName(alias);
    if (alias === '' || seen.has(folded)) return;
    seen.add(folded);
    const asWritten = /^[\p{Lu}\p{N}.&]{2,}$/u.test(alias) || [...alias].length <= MAX_CASELESS_ALIAS_LENGTH;
    aliases.push(asWritten ? { text: alias, matchCase: true } : alias);
  };
  for (const form of entity.forms.values()) if (!isOthersName(form) || entity.words.length === 1) add(form);
  for (const acronym of entity.acronyms) add(acronym);
  // ("Catherine of Aragon" has no surname: her last word is a place.)
  if (
    entity.type === 'person' &&
    entity.name.includes(' ') &&
    !entity.name.includes(' of ') &&
    entity.fullNameWritten
  ) {
    // A surname that is also an English word ("Lesser", "Rich") is an alias only where the article calls the person by it.
    // "Kim" for Kim Jong Un, "Rahim" for Rahim bin Osman: where the article calls a person of three names or more by the first
    // and never by the last, the first is the surname (two names, "Ehab and Eyad Makhlouf", are given name and surname).
    const surnameFirst =
      entity.words.length >= 3 &&
      entity.forms.has(formKey(entity.name.split(' ')[0]!)) &&
      !entity.forms.has(formKey(surnameOf(entity.name)));
    const unwritten = (alias: string) =>
      !alias.includes(' ') && (englishWords.has(alias) || surnameFirst) && !entity.forms.has(formKey(alias));
    // "Roman", "Kenyan": a demonym alone names a people, never one person.
    for (const alias of surnameAliases(entity, names.bySurname, givenNames))
      if (!isOthersName(alias) && !unwritten(alias) && !isDemonymOfKnownPlace(alias)) add(alias);
  }
  if (entity.facility && !isOthersName(entity.facility.base)) add(entity.facility.base);
  return aliases;
}

/**
 * A person's surname as an alias, with and without its Arabic article, and the name without
 * it ("Bashar Assad"). Where relatives share a surname, it goes to those the article calls
 * by it ("Pryce" is Gareth, not his wife), or to all of them when it calls none so.
 */
function surnameAliases(
  entity: EntityDraft,
  bySurname: NameIndex['bySurname'],
  givenNames: ReadonlySet<string>,
): string[] {
  const words = entity.name.split(' ');
  // "Lujan Grisham" for Michelle Lujan Grisham: a surname of two words, where the article calls her by both and never by the last;
  // "Pérez Soto" for Rosa María Pérez Soto: two given names and two surnames, the father's and the mother's (never the
  // mother's alone).
  const lastTwo = words.length >= 3 ? words.slice(-2).join(' ') : undefined;
  const twoGivenTwoSurnames =
    words.length === 4 &&
    givenNames.has(words[0]!) &&
    givenNames.has(words[1]!) &&
    !givenNames.has(words[2]!) &&
    // ("Okafor Jr.", "Okafor III": a generation, no second surname.)
    !/\.$|^[IVX]+$/.test(words[3]!);
  const surname =
    lastTwo &&
    (twoGivenTwoSurnames ||
      (entity.forms.has(formKey(lastTwo)) && !entity.forms.has(formKey(words[words.length - 1]!))))
      ? lastTwo
      : surnameOf(entity.name);
  const key = formKey(surname);
  const calledBySurname = (person: EntityDraft) => person.forms.has(key);
  const sharing = bySurname.get(key) ?? [];
  // "Benedict XVI", "John Paul II": a name with a regnal number has no surname.
  const regnal = /^[IVXLC]+$/.test(entity.name.split(' ').pop()!);
  const given =
    regnal || (sharing.length > 1 && sharing.some(calledBySurname) && !calledBySurname(entity))
      ? []
      : [surname, withoutArticles(surname)];
  // "Marcos Jr." for Ferdinand Marcos Jr.: the surname with the generation it is written with.
  const generation = /^(?:Jr\.?|Sr\.?|II|III|IV)$/.exec(words[words.length - 1]!)?.[0];
  const withGeneration = generation && given.length > 0 && surname !== generation ? [`${surname} ${generation}`] : [];
  return [...given, ...withGeneration, withoutArticles(entity.name)];
}

/** The article's entities as an index, to find them in its sentences. */
export function indexOfEntries(entries: readonly EntityEntry[]): EntityIndex {
  const entities: Entity[] = entries.map((entry) => ({
    ...entry,
    aliases: entry.aliases.map((alias) => (typeof alias === 'string' ? { text: alias, matchCase: false } : alias)),
    notVariants: entry.notVariants ?? [],
  }));
  return new EntityIndex([{ file: 'article', entities, events: [] }]);
}

/** The dated sentences of the article that name its entities. */
function eventsOf(text: string, index: EntityIndex, anchor: Day, anchorSource: Timeline['anchorSource']): EventEntry[] {
  return buildTimeline(text, index, anchor, anchorSource)
    .events.filter((event) => event.resolution && event.entities.length > 0)
    .map((event) => {
      const { date, end, precision, qualifier } = event.resolution!;
      return {
        date,
        ...(end ? { end } : {}),
        precision,
        ...(qualifier ? { qualifier } : {}),
        text: event.text,
        entities: [...event.entities],
        source: event.text,
      };
    });
}
