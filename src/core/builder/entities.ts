/**
 * Pass two of the builder: mentions joined into entities (coreference) and each entity's
 * type decided by the evidence of all its mentions.
 */

import { COMMON_WORDS, TITLE_WORDS, type Token, withoutArticles } from '../text/names';
import type { EntityType } from '../dictionary/schema';
import { foldName } from '../text/fold';
import { isSentenceStart } from '../text/structure';
import type { MentionClues } from './clues';
import { THE_BEFORE, gazetteerPlaceEvidence, placeKind } from './gazetteer';
import { type NameMention, type ReadArticle, UNTYPED_SUFFIXES, isAcronym, isTitleAlone } from './mentions';
import { NAME_WORD_TAGS, type WordTag, type WordTags } from './tags';
import {
  BODY_AFTER,
  LISTED_BODIES_AFTER,
  LISTED_PLACES_AFTER,
  LISTED_PLACES_BEFORE,
  BODY_BEFORE,
  BODY_KIND_BEFORE,
  BODY_JOBS,
  COMPASS_POINTS,
  EVENT_WORDS,
  HOLIDAYS,
  ONE_WORD_FEATURES,
  HOUSES,
  PLACE_HEADS_BEFORE_OF,
  POLITIES,
  JOINED_FROM,
  LEGAL_SUFFIXES,
  LOCATIVE_PREPOSITIONS,
  NAME_OPENERS,
  NEVER_ENTITIES,
  NUMBER_WORDS,
  PARTY_NAMES,
  NOT_ENTITY_OPENERS,
  ORGANIZATION_WORDS,
  PERSON_AFTER,
  PERSON_BEFORE,
  PLACE_AFTER,
  DEPARTMENT_AFTER_TOWN,
  STRETCH_FROM_BEFORE,
  STRETCH_TO_AFTER,
  STRETCH_TO_BEFORE,
  PLACE_PART_AFTER,
  PLACE_SHARED_AFTER,
  PLACE_APPOSITIVE,
  PLACE_BEFORE,
  PLACE_JOBS,
  PLACE_NAME_ENDINGS,
  PLACE_OPENING_TITLES,
  PLACE_NAME_OPENERS,
  REPORTING_AFTER,
  REPORTING_BEFORE,
  SHARED_PREPOSITIONS,
  SHARES_SURNAME,
  STATE_ABBREVIATIONS,
  TEAM_PLURALS,
  STATE_ABBREVIATION_OF,
  TOWN_BEFORE_STATE,
  VENUE_ENDINGS,
  placesOfDemonym,
  surnameAt,
} from './vocabulary';
import { WrittenWords } from './writtenWords';

export type Evidence = Record<EntityType, number>;

/** Particles after a place's first word ("Rio de Janeiro", "Dar es Salaam"). */
const PLACE_NAME_PARTICLES = new Set(['de', 'da', 'do', 'del', 'des', 'es', 'la', 'el']);
const BRANCH_BLOCKING_TAGS: readonly WordTag[] = [
  'place',
  'country',
  'city',
  'region',
  'demonym',
  'adjective',
  'first-name',
];
/** Between a name and another of the same one: ", also known as", " (a.k.a.", ", nicknamed" (a bare "called" may name something of it: "a program at Airbus, called Power8"). */
const KNOWN_AS_BEFORE =
  /^\s*[,(]\s*(?:(?:also|better|widely|popularly|commonly|now|today|formerly|once)\s+(?:known\s+as|called|named)\s+|nicknamed\s+|a\.?k\.?a\.?\s+|alias\s+)["“]?$/i;
const GEOGRAPHIC_WORDS = new Set([
  'lake',
  'mount',
  'cape',
  'port',
  'gulf',
  'bay',
  'river',
  'island',
  'islands',
  'upper',
  'lower',
  'greater',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
]);
const LEGAL_SUFFIX_BEFORE = new RegExp(`\\b(?:${[...LEGAL_SUFFIXES].join('|')})\\.? $`, 'i');

/** An entity as the builder assembles it. */
export interface EntityDraft {
  /** The fullest name, as written (or as the family it belongs to gives it). */
  name: string;
  words: string[];
  readonly mentions: number[];
  /** Each distinct written form, by its folded words (a legal suffix kept, so "Nordlys" and "Nordlys Inc." are two). */
  readonly forms: Map<string, string>;
  readonly acronyms: Set<string>;
  /** What all its mentions' contexts say, summed (see MentionEvidence). */
  readonly contextEvidence: Evidence;
  /** What the shapes of its names say: the strongest, once. */
  readonly shapeEvidence: Evidence;
  /** Where a full name (two words or more) was last written; surnames refer back to it. */
  lastFullName: number;
  /** The article writes the full name ("Ehab and Eyad Makhlouf" does), not only a first name a family gives a surname to. */
  fullNameWritten: boolean;
  facility?: NameMention['facility'];
  type: EntityType;
}

/**
 * Whether two names are one person's with and without a middle name or initial ("Ana L. Reyes",
 * "Ana Lucia Reyes" and "Ana Reyes"); two middle names written in full tell two people apart.
 */
export function differsByMiddleName(a: string, b: string): boolean {
  const [longer, shorter] = [a.split(' '), b.split(' ')].sort((x, y) => y.length - x.length) as [string[], string[]];
  return (
    shorter.length === 2 &&
    longer.length === 3 &&
    /^[A-Z]/.test(longer[1]!) &&
    foldName(longer[0]!) === foldName(shorter[0]!) &&
    foldName(longer[2]!) === foldName(shorter[1]!)
  );
}

/** Whether one name is the other and a second surname after it ("Miguel Angel Lopez Moreno" and "Miguel Angel Lopez"). */
function addsSecondSurname(a: string, b: string): boolean {
  const [longer, shorter] = [a.split(' '), b.split(' ')].sort((x, y) => y.length - x.length) as [string[], string[]];
  return (
    shorter.length >= 2 &&
    longer.length === shorter.length + 1 &&
    /^\p{Lu}\p{Ll}/u.test(longer[longer.length - 1]!) &&
    shorter.every((word, at) => foldName(word) === foldName(longer[at]!))
  );
}

/**
 * Whether one name is the other and a lineage after it ("Sabah Al-Khaled Al-Hamad Al-Sabah" and "Sabah Al-Khaled", "Mohd
 * Isa Abdul Samad" and "Mohd Isa"): the short form Arabic and Malay names take, the given names alone.
 */
function addsLineage(a: string, b: string): boolean {
  const [longer, shorter] = [a.split(' '), b.split(' ')].sort((x, y) => y.length - x.length) as [string[], string[]];
  const lineage = longer.slice(shorter.length);
  return (
    shorter.length >= 2 &&
    lineage.length > 0 &&
    shorter.every((word, at) => foldName(word) === foldName(longer[at]!)) &&
    (lineage.length >= 2 || /^(?:[Aa]l|[Ee]l)-\p{Lu}/u.test(lineage[0]!))
  );
}

/** Whether `longer` is `shorter` (two words or more) and an "of" phrase ("Central Bank of Mbale" and "Central Bank"). */
function opensWithOf(longer: readonly string[], shorter: readonly string[]): boolean {
  return (
    shorter.length >= 2 &&
    longer.length > shorter.length + 1 &&
    longer[shorter.length] === 'of' &&
    shorter.every((word, at) => longer[at] === word)
  );
}

/** A word's (or name's) plural forms by English spelling: "Wallaby" → "Wallabys", "Wallabies"; "Black" → "Blacks". */
function pluralsOf(word: string): string[] {
  return [`${word}s`, `${word}es`, ...(/[^aeiou]y$/i.test(word) ? [`${word.slice(0, -1)}ies`] : [])];
}

/** The singular forms a plural may have: "wallabies" → "wallaby", "blacks" → "black". */
function singularsOf(word: string): string[] {
  if (!/s$/i.test(word)) return [];
  return [
    word.slice(0, -1),
    ...(/es$/i.test(word) ? [word.slice(0, -2)] : []),
    ...(/ies$/i.test(word) ? [`${word.slice(0, -3)}y`] : []),
  ];
}

/** A word of plain English, or a lower-case joining word ("of"), that the tagger never reads as a name's. */
function isPlainWord(word: Token, tags: WordTags): boolean {
  if (/^\p{Ll}/u.test(word.text)) return true;
  const tagged = tags.within(word.start, word.end);
  return tagged.has('english-word') && !tagged.has('demonym') && !NAME_WORD_TAGS.some((tag) => tagged.has(tag));
}

/** The one candidate, or none when several are (two people, or two bodies, could be meant). */
function onlyOne<T>(candidates: readonly T[]): T | undefined {
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The words of a name as written: folded, Arabic articles dropped ("al-Assad" → ["assad"]). */
function writtenWords(name: string): string[] {
  return withoutArticles(foldName(name))
    .split(/[\s-]+/)
    .filter(Boolean);
}

/** The words of a name as compared: as written, and a closing legal suffix dropped. */
function nameKey(name: string): string[] {
  const words = writtenWords(name);
  // "Exxon Mobil Corp." is Exxon Mobil: a legal suffix ends a company's name but does not tell it apart.
  return words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!.replace(/\.$/, ''))
    ? words.slice(0, -1)
    : words;
}

const keyOf = (words: readonly string[]) => words.join(' ');

/** The key by which forms of one name are told the same ("al-Assad's" and "Al-Assad"). */
export function formKey(name: string): string {
  return keyOf(nameKey(name));
}

/** The surname of a person's name as written: the word `surnameAt` points to, with the particles before it. */
export function surnameOf(name: string): string {
  const written = name.split(' ');
  const at = surnameAt(written);
  // "Michael O' Leary": a prefix typed apart belongs to the surname.
  if (at > 0 && /^\p{Lu}['’]$/u.test(written[at - 1]!)) return `${written[at - 1]} ${written[at]}`;
  // "Anna van der Berg", "Charles de Gaulle": particles in lower case belong to it too.
  let from = at;
  while (from > 1 && SURNAME_PARTICLES.has(written[from - 1]!)) from--;
  return written.slice(from, at + 1).join(' ');
}

/** Particles that open a European surname, written in lower case ("von der Leyen", "da Silva"). */
const SURNAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'dos',
  'das',
  'ter',
  'ten',
  'zu',
  'le',
  'la',
]);

/**
 * What a mention alone says about its type: from the shape of the name itself (its words and
 * their tags), counted once for an entity however often it is named, and from its context
 * (titles, jobs, prepositions, appositions), counted at each mention.
 */
interface MentionEvidence {
  readonly shape: Evidence;
  readonly context: Evidence;
}

const noEvidence = (): Evidence => ({ person: 0, place: 0, organization: 0 });
const ENTITY_TYPES = ['person', 'place', 'organization'] as const;

function mentionEvidence(
  article: ReadArticle,
  mention: NameMention,
  clues: MentionClues,
  tags: WordTags,
): MentionEvidence {
  const context = noEvidence();
  const shape = noEvidence();
  const { text } = article;
  // "Voice of America", "Movement for Democratic Change": the word before "of" or "for" is the name's head.
  const link = mention.words.findIndex((word, i) => i > 0 && (word.text === 'of' || word.text === 'for'));
  const headWords = link < 0 ? mention.words : mention.words.slice(0, link);
  // ("Highway 29": a road's name ends with the road's word before its number.)
  const numbered = headWords.length > 1 && /^\d/.test(headWords[headWords.length - 1]!.text);
  const lastWord = headWords[headWords.length - (numbered ? 2 : 1)]!.text.toLowerCase();
  if (mention.facility || mention.dateline) {
    context[mention.facility?.kind ?? 'place'] += 5;
    return { shape, context };
  }
  if (mention.title !== undefined || mention.titleOwner !== undefined) context.person += 3;
  // "Marks & Spencer", "Johnson & Johnson": names an ampersand joins are a firm's.
  if (mention.words.some((word) => word.text === '&')) shape.organization += 6;
  // "in Ayrshire, Grampian, Tayside and Fife", "landfall between Oakbridge and Fernmouth": listed as places are.
  if (listedBesidePlaces(article, mention)) context.place += 2;
  const personClue = [clues.before, clues.after].some((clue) => clue && clue.kind !== 'ally');
  if (personClue) context.person += 3;
  if (clues.who) context.person += 2;
  const tagged = mention.tags;
  // A place's name ends in a place ("Kuala Lumpur"); "Johannesburg Stock Exchange" does not.
  const head = headWords[headWords.length - 1]!;
  // "Middle East", "Far East": a name that ends in a point of the compass.
  const first = mention.words[0]!;
  // "Tony Windsor", "Paris Hilton": a first name before a surname the lexicon also knows as a town.
  const personNamedForPlace =
    mention.words.length > 1 &&
    tags.within(first.start, first.end).has('first-name') &&
    tags.within(head.start, head.end).has('last-name');
  // "West Hartford": a point of the compass before a place the gazetteer knows.
  const compassBeforePlace =
    mention.words.length > 1 &&
    COMPASS_POINTS.has(first.text.toLowerCase()) &&
    placeKind(mention.text.slice(mention.words[1]!.start - mention.start)) !== undefined;
  if (
    (tags.namesPlace(head.start, head.end) && !personNamedForPlace) ||
    (mention.words.length > 1 && COMPASS_POINTS.has(lastWord)) ||
    compassBeforePlace ||
    // "Sri Lanka", "Sierra Leone": a country's name of several words, whose first the lexicon knows as a given name.
    (mention.words.length > 1 && placeKind(mention.text) === 'country')
  )
    shape.place += 3;
  else if (
    (tags.within(head.start, head.end).has('place') && !personNamedForPlace) ||
    // "North Darfur": a point of the compass opens a place's name, not a person's.
    (mention.words.length === 2 && COMPASS_POINTS.has(first.text.toLowerCase()))
  )
    shape.place += 1.5;
  if (link === 1 && mention.words.length === 3 && tags.within(first.start, first.end).has('first-name')) {
    // "Catherine of Aragon": a given name and where its bearer was of.
    shape.person += 2;
  } else if (link >= 0) {
    // Otherwise no one's name has "of" or "for" inside it: a body's has, or a place's ("Gulf of Mexico"). A
    // place's word opening it only qualifies a body's before "of" ("Central Bank of Kenya", "Central Committee of …").
    const placeHead = (word: string) =>
      GEOGRAPHIC_WORDS.has(word) || POLITIES.has(word) || PLACE_HEADS_BEFORE_OF.has(word);
    if (placeHead(lastWord) || (placeHead(first.text.toLowerCase()) && !ORGANIZATION_WORDS.has(lastWord)))
      shape.place += 3;
    else shape.organization += 1.5;
  } else if (mention.words.length >= 2 && tags.within(first.start, first.end).has('first-name'))
    shape.person += mention.words.length >= 3 ? 3.5 : 2;
  else if (tagged.has('person') || tagged.has('last-name') || tagged.has('first-name')) shape.person += 1;
  // ("Port United", "Fort Worth Police": a body's word closing the name makes it a body's.)
  if (
    mention.words.length >= 2 &&
    PLACE_NAME_OPENERS.has(first.text.toLowerCase()) &&
    !ORGANIZATION_WORDS.has(lastWord)
  )
    shape.place += 5;
  // "Saint-Lo", "Sainte-Maxime": a French town named for its saint, in one hyphenated word.
  if (mention.words.length === 1 && /^(?:Saint|Sainte|St)-\p{Lu}/u.test(first.text)) shape.place += 3;
  if (tagged.has('organization')) shape.organization += 1;
  // "Orlando Pirates", "Kaizer Chiefs": a name closed by the plural a team goes by is a team's, unless the lexicon
  // knows it as a surname or the first word as a given name; weak, so that any clue of a person outweighs it.
  const headTags = tags.within(head.start, head.end);
  if (
    mention.words.length > 1 &&
    TEAM_PLURALS.has(lastWord) &&
    !PLURAL_NAME_BLOCKING_TAGS.some((tag) => headTags.has(tag)) &&
    !tags.within(first.start, first.end).has('first-name')
  )
    shape.organization += 1.5;
  // "the Knesset plenum", "in the Duma": a parliament known by its own one-word name, which no lexicon types.
  if (mention.words.length === 1 && LEGISLATURES.has(lastWord)) shape.organization += 5;
  if (isMaoriGroup(mention, text)) shape.organization += 5;
  const beforeOf = mention.words.findIndex((word) => word.text === 'of');
  const nameWords = mention.words.slice(0, beforeOf < 0 ? undefined : beforeOf).map((word) => word.text.toLowerCase());
  // An organisation word anywhere in the name, or an airline's "Air" opening it ("Air France").
  const hasOrganizationWord =
    ORGANIZATION_WORDS.has(lastWord) ||
    LEGAL_SUFFIXES.has(lastWord.replace(/\.$/, '')) ||
    nameWords.some((word) => ORGANIZATION_WORDS.has(word) && word !== 'united') ||
    (nameWords[0] === 'air' && nameWords.length > 1) ||
    (beforeOf === 1 && HOUSES.has(nameWords[0]!));
  if (
    (mention.words.length === 1 && ONE_WORD_FEATURES.has(lastWord)) ||
    (mention.words.length > 1 &&
      (PLACE_NAME_ENDINGS.has(lastWord) ||
        // "Shennongjia National Nature Reserve" and "Kruger National Park", unlike the "Federal Reserve" or "Jessica Park".
        PLACE_KINDS_BEFORE[lastWord]?.has(mention.words[mention.words.length - 2]!.text.toLowerCase())))
  )
    shape.place += 5;
  else if (hasOrganizationWord || (mention.words.length > 1 && PARTY_NAMES.has(head.text))) shape.organization += 4;
  if (mention.acronym || mention.affiliation) context.organization += 2;
  // A company's acronym before a region is its branch there ("EADS North America", "GM Europe"); "US Navy" is no place
  // either. ("AKM Shamim, former managing director of …": initials before one name a job goes with are a person's.)
  if (
    mention.words.length > 1 &&
    /^\p{Lu}{2,}$/u.test(first.text) &&
    !tags.namesPlace(first.start, first.end) &&
    !(
      mention.words.length === 2 &&
      (personClue || givenNamesWritten(text, first.text, head.text)) &&
      !tags.namesPlace(head.start, head.end) &&
      !ORGANIZATION_WORDS.has(lastWord)
    )
  )
    shape.organization += 4;
  // A company's name before a country is its branch there ("Ford Australia"), unlike "Western Australia" or "Lake Victoria".
  if (
    mention.words.length === 2 &&
    tags.namesPlace(head.start, head.end) &&
    !compassBeforePlace &&
    isBranchOwner(first, tags)
  )
    shape.organization += 4;
  // "Islamic State": a state named by a creed, not a place's name, is a body ("Rakhine State" is a place's).
  if (
    mention.words.length === 2 &&
    lastWord === 'state' &&
    /(?:ic|ist)$/.test(first.text) &&
    placeKind(first.text) === undefined
  )
    shape.organization += 4;
  if (mention.product) context.organization += 2;
  if (mention.suffix === 'based' || mention.suffix === 'born' || mention.suffix === 'area') context.place += 2;
  else if (mention.suffix && !UNTYPED_SUFFIXES.has(mention.suffix)) context.organization += 2;
  const before = text.slice(Math.max(0, mention.start - 20), mention.start);
  const preposition = /([\p{L}]+)\s+(?:the\s+)?$/u.exec(before)?.[1];
  if (preposition && LOCATIVE_PREPOSITIONS.has(preposition))
    context.place += SHARED_PREPOSITIONS.has(preposition) ? 0.5 : 1;
  // A place the tagger's lexicon does not know ("its Rustenburg mines"): a gazetteer's word for it.
  if (shape.place === 0) shape.place = gazetteerPlaceEvidence(article, mention);
  // "Gharibabad", "Hayatabad": a town the gazetteer lacks, by an ending only places' names have.
  if (shape.place === 0 && mention.words.length === 1 && PLACE_SUFFIX.test(mention.text)) shape.place += 2;
  // "told 'Tiempo Argentino'", "the newspaper “O Globo”": a name in quotation marks is a title's, a newspaper's or a show's, no one's.
  if (/["“'‘]$/u.test(before) && /^["”'’]/u.test(text.slice(mention.end, mention.end + 1))) context.organization += 2;
  if (
    BODY_BEFORE.test(before) ||
    BODY_AFTER.test(text.slice(mention.end, mention.end + 30)) ||
    LISTED_BODIES_AFTER.test(text.slice(mention.end, mention.end + 120)) ||
    JOINED_FROM.test(text.slice(Math.max(0, mention.start - 60), mention.start))
  )
    context.organization += BODY_KIND_BEFORE.test(before) ? 4 : 2;
  // "40 km north of Camana", "Arequipa, the country's second-largest city", "Chivay, in the Colca Valley".
  const after = text.slice(mention.end, mention.end + 60);
  if (
    PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) ||
    LISTED_PLACES_AFTER.test(text.slice(mention.end, mention.end + 120)) ||
    LISTED_PLACES_BEFORE.test(text.slice(Math.max(0, mention.start - 160), mention.start)) ||
    PLACE_APPOSITIVE.test(after) ||
    PLACE_AFTER.test(after) ||
    (DEPARTMENT_AFTER_TOWN.before.test(before) && DEPARTMENT_AFTER_TOWN.after.test(after)) ||
    stretchesToPlace(article, mention, before, after) ||
    PLACE_PART_AFTER.test(after) ||
    PLACE_SHARED_AFTER.test(after) ||
    (preposition === 'at' && mention.words.length > 1 && VENUE_ENDINGS.has(lastWord)) ||
    // "places on Earth", "a mission to Mars", "to walk the Earth": a world one is on or goes to, or the one named so.
    (WORLDS.has(mention.text) &&
      ((preposition !== undefined && WORLD_PREPOSITIONS.has(preposition)) ||
        (/\bthe\s+$/.test(before) && WORLDS_NAMED_WITH_THE.has(mention.text))))
  )
    context.place += 3;
  // "the Normal, Illinois plant": a region after a town.
  const region = /^, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u.exec(after);
  if (region && placeKind(region[1]!) === 'region') context.place += 2;
  // "Kensington, Md.", "Santa Fe, N.M.": a state after a town, abbreviated.
  if (
    STATE_ABBREVIATIONS.has(mention.text.replace(/\.$/, '')) &&
    TOWN_BEFORE_STATE.test(before) &&
    (after.startsWith('.') || mention.text.endsWith('.'))
  )
    shape.place += 3;
  // "the chairman of Chrysler LLC Jim Press": a name straight after a company's legal suffix is the person its title goes with.
  if (LEGAL_SUFFIX_BEFORE.test(before) || PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) context.person += 3;
  // "Prabowo told reporters he …", "Prabowo said. He added …": a speaker taken up as "he" or "she" is a person
  // (a name of two words or more the tagger reads as a town's, "Baldwin Lonsdale said … He appealed", more surely so).
  if (!mention.tags.has('organization') && SPEAKER_TAKEN_UP_AS_PERSON.test(text.slice(mention.end, mention.end + 300)))
    context.person += mention.words.length === 1 ? 1 : 2;
  if (
    mention.words.length === 1 &&
    ((!mention.possessive && REPORTING_AFTER.test(text.slice(mention.end, mention.end + 40))) ||
      REPORTING_BEFORE.test(before))
  )
    context.organization += 1;
  return { shape, context };
}

/** "from Quang Binh to Kon Tum": one end of a stretch whose other end is a place the lexicon or the gazetteer knows. */
function stretchesToPlace(article: ReadArticle, mention: NameMention, before: string, after: string): boolean {
  const otherEnd = STRETCH_FROM_BEFORE.test(before)
    ? STRETCH_TO_AFTER.exec(after)?.[1]
    : STRETCH_TO_BEFORE.exec(article.text.slice(Math.max(0, mention.start - 60), mention.start))?.[1];
  return otherEnd !== undefined && placeKind(otherEnd) !== undefined;
}

/**
 * What the jobs around a name say about whoever the job is for: a place for a mayor or an
 * ambassador, a body for a chief executive or a spokesman, or for any job written straight
 * after a name ("Kremlin spokesman"); a body for what someone commands or plays for.
 */
function ownerEvidence(
  mentions: readonly NameMention[],
  clues: readonly MentionClues[],
  tags: WordTags,
): Map<number, Evidence> {
  const evidence = new Map<number, Evidence>();
  const add = (index: number, type: EntityType) => {
    const own = evidence.get(index) ?? noEvidence();
    own[type] += 2;
    evidence.set(index, own);
  };
  for (const mention of mentions) {
    if (mention.titleOwner !== undefined) {
      // "U.S. Secretary of State", "Russian FM": a country's officials; "Arviat Mayor": a town's; "Exxon Mobil CEO": a body's.
      const owner = mentions[mention.titleOwner]!;
      // (Only a mayor: "Bank of England Governor", "Fed Governor" are a body's.)
      const townsMayor =
        /\bmayor$/i.test(mention.title ?? '') &&
        !owner.words.some((word) => ORGANIZATION_WORDS.has(word.text.toLowerCase()));
      // ("Kwara State Governor": a state's.)
      const state = owner.words.length > 1 && POLITIES.has(owner.words[owner.words.length - 1]!.text.toLowerCase());
      add(
        mention.titleOwner,
        townsMayor || state || tags.namesPlace(owner.start, owner.end) || placeKind(owner.text) === 'country'
          ? 'place'
          : 'organization',
      );
    }
    const { before, after, who } = clues[mention.index]!;
    for (const clue of [before, after]) {
      if (clue?.kind !== 'job' || clue.owner?.kind !== 'mention') continue;
      if (PLACE_JOBS.has(clue.noun)) add(clue.owner.mention, 'place');
      else if (BODY_JOBS.has(clue.noun) || !mentions[clue.owner.mention]!.possessive)
        add(clue.owner.mention, 'organization');
    }
    if (who) add(who.object, 'organization');
  }
  return evidence;
}

/** How far back a pronoun may point, in names. */
const PRONOUN_REACH = 40;

/** The nearest entity named before mention `index` that `accept` takes: what "his", "its" or "whose" stands for. */
export function entityBefore(
  entityOf: ReadonlyMap<number, EntityDraft>,
  index: number,
  accept: (entity: EntityDraft) => boolean,
): EntityDraft | undefined {
  for (let i = index - 1; i >= 0 && i >= index - PRONOUN_REACH; i--) {
    const entity = entityOf.get(i);
    if (entity && accept(entity)) return entity;
  }
  return undefined;
}

export interface Coreference {
  readonly entities: EntityDraft[];
  /** The entity of each mention that names one. */
  readonly entityOf: ReadonlyMap<number, EntityDraft>;
}

/** Joins mentions into entities, in reading order, as a reader would. */
export function resolveEntities(article: ReadArticle, clues: readonly MentionClues[], tags: WordTags): Coreference {
  const { mentions } = article;
  const entities: EntityDraft[] = [];
  const entityOf = new Map<number, EntityDraft>();
  const byForm = new Map<string, EntityDraft>();
  const shelves = new EntityShelves();
  const writing = howWordsAreWritten(article.text);
  const owners = ownerEvidence(mentions, clues, tags);
  const evidence = mentions.map((mention) => {
    const own = mentionEvidence(article, mention, clues[mention.index]!, tags);
    const owned = owners.get(mention.index);
    if (owned) for (const type of ENTITY_TYPES) own.context[type] += owned[type];
    return own;
  });
  /** Adds context evidence to an entity, and shape evidence, kept at its strongest. */
  const weigh = (entity: EntityDraft, context: Evidence, shape: Evidence = noEvidence()) => {
    for (const type of ENTITY_TYPES) {
      entity.contextEvidence[type] += context[type];
      entity.shapeEvidence[type] = Math.max(entity.shapeEvidence[type], shape[type]);
    }
  };

  /**
   * `shortFor`: the mention is a person's surname alone, whose organisation evidence is the word's, not the person's
   * ("Press" of Jim Press), or a body's first word, whose place evidence is the word's ("Boston" of the Boston Red Sox).
   */
  const attach = (
    entity: EntityDraft,
    mention: NameMention,
    form = mention.text,
    shortFor?: 'surname' | 'first word',
  ) => {
    entity.mentions.push(mention.index);
    entityOf.set(mention.index, entity);
    const key = formKey(form);
    // One name with and without its legal suffix, but both kept as forms: "Nordlys" after "Nordlys Inc." is how drafts write it.
    const writtenKey = keyOf(writtenWords(form));
    if (!entity.forms.has(writtenKey)) entity.forms.set(writtenKey, form);
    byForm.set(key, entity);
    if (mention.withRegion) entity.forms.set(keyOf(writtenWords(mention.withRegion)), mention.withRegion);
    const shortForm = islandsShortForm(form) ?? titledPlaceShortForm(form);
    if (shortForm) byForm.set(formKey(shortForm), entity);
    const own = evidence[mention.index]!;
    // News calls a person by surname alone, never a body by its last word ("Khoshnaw noted" after "said Omed
    // Khoshnaw"): what would make a lone word a body's ("according to Khoshnaw") is the person's here.
    if (shortFor === 'surname')
      weigh(
        entity,
        { ...own.context, organization: 0, person: own.context.person + 1 },
        { ...own.shape, organization: 0 },
      );
    else if (shortFor === 'first word') weigh(entity, own.context, { ...own.shape, place: 0 });
    else weigh(entity, own.context, own.shape);
    if (mention.acronym && !entity.acronyms.has(mention.acronym)) {
      entity.acronyms.add(mention.acronym);
      shelves.file(entity);
    }
    if (mention.acronym) byForm.set(formKey(mention.acronym), entity);
    if (mention.words.length > 1 && form === mention.text) {
      entity.lastFullName = mention.start;
      entity.fullNameWritten = true;
    }
  };
  const create = (mention: NameMention, name: string) => {
    const entity: EntityDraft = {
      name,
      words: nameKey(name),
      mentions: [],
      forms: new Map(),
      acronyms: new Set(),
      contextEvidence: noEvidence(),
      shapeEvidence: noEvidence(),
      lastFullName: -1,
      fullNameWritten: false,
      ...(mention.facility ? { facility: mention.facility } : {}),
      type: 'organization',
    };
    entities.push(entity);
    shelves.file(entity);
    if (name !== mention.text) byForm.set(keyOf(entity.words), entity);
    attach(entity, mention);
    return entity;
  };
  const ownerEntity = (mention: NameMention): EntityDraft | undefined => {
    const owner = clues[mention.index]!.before?.owner;
    if (owner?.kind === 'mention') return entityOf.get(owner.mention);
    if (owner?.kind === 'pronoun' && owner.pronoun === 'whose') return entityOf.get(mention.index - 1);
    // Types are not settled yet: "his" points to whoever the evidence so far makes a person.
    if (owner?.kind === 'pronoun' && owner.pronoun !== 'its') return entityBefore(entityOf, mention.index, isPersonish);
    return undefined;
  };

  for (const mention of mentions) {
    const words = nameKey(mention.text);
    if (words.length === 0) continue;
    // "a New Zealander" after "NZ": a demonym is no form of an entity, not even one its initials spell.
    if (words.length > 1 && isDemonymOfPlace(article, mention)) continue;
    const key = keyOf(words);
    let entity: EntityDraft | undefined;
    // A team goes by its plural ("the Wallabies" over "Wallaby captain"), a company by the name it is mostly called ("Airbus", not "Airbuses").
    const writtenAtLeastAsOften = (candidate: EntityDraft, form: string, other: string) => {
      const count = (written: string) =>
        candidate.mentions.filter((index) => formKey(mentions[index]!.text) === formKey(written)).length;
      return count(form) >= count(other);
    };
    // "the All Black coach" and "the All Blacks", "Wallaby captain" and "the Wallabies": a team's name in the singular
    // before a noun is the team's, and its plural names the singular read before it.
    const teamOf = (name: string) =>
      [
        ...(/^ [a-z]/.test(article.text.slice(mention.end, mention.end + 2)) ? pluralsOf(name) : []),
        ...singularsOf(name),
      ]
        .map((form) => byForm.get(form))
        // ("the Americas" and "America", "the two Koreas" and "Korea" are places apart, and people are no teams.)
        .find(
          (candidate) =>
            candidate !== undefined &&
            !isPersonish(candidate) &&
            !isPlaceish(candidate) &&
            placeKind(candidate.name) === undefined &&
            placeKind(mention.text) === undefined,
        );
    // "the Yankees" after "the New York Yankees", "the Greens" after "the Tasmanian Greens": a team's or a party's plural
    // after the place or the people its name opens with.
    const nicknameOf = (plural: NameMention, pluralKey: string) =>
      /\p{Ll}s$/u.test(plural.text) && !ORGANIZATION_WORDS.has(pluralKey)
        ? onlyOne(
            shelves.bySurname.get(pluralKey).filter((candidate) => {
              const opening = candidate.name.slice(0, candidate.name.lastIndexOf(' '));
              return (
                candidate.lastFullName >= 0 &&
                candidate.lastFullName < plural.start &&
                !isPersonish(candidate) &&
                (placeKind(opening) !== undefined || article.demonyms.has(opening))
              );
            }),
          )
        : undefined;
    // "bins in Tauranga" after "Tauranga City Council": a town the sentence places is the town, not its council
    // (but "union leaders at Toyota" is Toyota Motor Corp.).
    const placedTown =
      words.length === 1 &&
      placeKind(mention.text) !== undefined &&
      PLACED_BY_PREPOSITION.test(article.text.slice(Math.max(0, mention.start - 12), mention.start));
    const isCivicBodyOfTown = (candidate: EntityDraft) =>
      placedTown && candidate.words.some((word) => CIVIC_WORDS.has(word));
    // "Lockheed" after "Lockheed Martin", of which nothing is known yet: news calls people by surname, a company by its first word
    // (but "Senate" after "Senate Republicans" is a body of its own).
    const calledByFirstWord =
      words.length === 1 &&
      !mention.tags.has('first-name') &&
      // "Venus started upping her game": a body is "it", never "he" or "she".
      !GENDERED_AFTER.test(article.text.slice(mention.end, mention.sentence.end)) &&
      !mention.tags.has('adjective') &&
      !ORGANIZATION_WORDS.has(key) &&
      // "NZ" after "NZ Rugby", "UK" after "UK Sport": a country opening a body's name is still the country.
      placeKind(mention.text) !== 'country'
        ? latest(
            shelves.byFirstWord
              .get(key)
              .filter(
                (candidate) =>
                  !candidate.facility &&
                  strongest(evidenceOf(candidate)) <= 1 &&
                  candidate.contextEvidence.person === 0 &&
                  !isCivicBodyOfTown(candidate),
              ),
          )
        : undefined;
    // A later surname refers to the last full name with it.
    // (A place's name is not a body's short name: "Peru" is not the Geophysical Institute of Peru.)
    const namesPlace = tags.namesPlace(mention.start, mention.end);
    const bearers =
      words.length === 1
        ? shelves.bySurname
            .get(key)
            .filter(
              (candidate) =>
                candidate.lastFullName >= 0 &&
                candidate.lastFullName < mention.start &&
                !candidate.facility &&
                !(isBody(candidate) && !ORGANIZATION_WORDS.has(key)) &&
                !(namesPlace && isBodyOrPlace(candidate)),
            )
        : [];
    // "President Lee" (or "pro-President Lee") after President Lee Jae Myung and Rep. Lee Geon-tae: the one the article
    // gave that title.
    const title =
      mention.title ??
      /\b(?:pro|anti)-(\p{Lu}[\p{L}.]*)\s$/u.exec(
        article.text.slice(Math.max(0, mention.start - 30), mention.start),
      )?.[1];
    const titled = (candidate: EntityDraft) =>
      candidate.mentions.some((index) => mentions[index]!.title?.toLowerCase() === title?.toLowerCase());
    const surnameOf =
      title !== undefined && bearers.filter(titled).length === 1 ? bearers.find(titled) : latest(bearers);
    // "the merger of Exxon and Mobil": two words of a name written side by side are two names, not short names of it.
    const partner = coordinatedWith(article, mention);
    const isPartOfPair = (candidate: EntityDraft) =>
      partner !== undefined &&
      candidate.words.length === 2 &&
      candidate.words.includes(key) &&
      candidate.words.includes(partner);
    // "Paul Kipkemboi Ruto, also known as Saitoti", "CERN (European Organization for Nuclear Research)": another name of the one just named.
    const previous = mentions[mention.index - 1];
    const anotherNameOf =
      previous &&
      (KNOWN_AS_BEFORE.test(article.text.slice(previous.end, mention.start)) ||
        (isAcronym(previous.text) &&
          /^ \((?:the )?$/.test(article.text.slice(previous.end, mention.start)) &&
          article.text.startsWith(')', mention.end)))
        ? entityOf.get(previous.index)
        : undefined;
    if (anotherNameOf) {
      entity = anotherNameOf;
    } else if (words.length === 1 && shelves.byPairWord.get(key).some(isPartOfPair)) {
      entity = byForm.get(key);
      if (entity && isPartOfPair(entity)) entity = undefined;
    } else if (words.length === 1) {
      const byFirstWord = shelves.byFirstWord.get(key);
      entity =
        shelves.byAcronym.get(mention.text)[0] ??
        // "the GAO", after "the Government Accountability Office": an acronym of a name already read.
        (isAcronym(mention.text) ? shelves.byInitials.get(mention.text.replaceAll('.', ''))[0] : undefined) ??
        surnameOf ??
        byForm.get(key) ??
        (mention.tags.has('first-name') ? undefined : teamOf(key)) ??
        nicknameOf(mention, key) ??
        // "US" after "U.S.", "U.N." after "UN": one acronym, with and without its stops.
        (isAcronym(mention.text) ? byForm.get(otherAcronymSpelling(mention.text)) : undefined) ??
        // "Pennsylvania" after "SCRANTON, Pa. (AP) —": a state and its abbreviation.
        (STATE_ABBREVIATION_OF.has(mention.text)
          ? byForm.get(formKey(STATE_ABBREVIATION_OF.get(mention.text)!))
          : undefined) ??
        // "ExxonMobil" for Exxon Mobil.
        shelves.byCompactName.get(key)[0] ??
        // "Lula" for Luiz Inácio Lula da Silva: a word inside one person's long full name, no one else's name, and no
        // place's, people's or plain English word ("Santos", "Shia", "Washington").
        (placeKind(mention.text) === undefined &&
        !tags.namesPlace(mention.start, mention.end) &&
        !MIDDLE_WORD_BLOCKING_TAGS.some((tag) => mention.tags.has(tag))
          ? onlyOne(
              shelves.byMiddleWord
                .get(key)
                .filter((candidate) => candidate.words.length >= 4 && isPersonish(candidate) && !candidate.facility),
            )
          : undefined) ??
        latest(byFirstWord.filter(isPersonish)) ??
        calledByFirstWord ??
        // "Rio" for Rio de Janeiro: a place called by the word before its particle.
        byFirstWord.find(
          (candidate) =>
            candidate.words.length > 2 && PLACE_NAME_PARTICLES.has(candidate.words[1]!) && isPlaceish(candidate),
        ) ??
        // "Karoo" for Karoo Platinum, but "Singapore" stays the country beside Singapore Airlines.
        (tags.namesPlace(mention.start, mention.end) ||
        tags.within(mention.start, mention.end).has('place') ||
        ORGANIZATION_WORDS.has(key) ||
        placeKind(mention.text) === 'country'
          ? undefined
          : byFirstWord.find((candidate) => isBody(candidate) && !candidate.facility && !isCivicBodyOfTown(candidate)));
    } else {
      // "GM" read before "General Motors (GM)" or before "General Motors": the full name joins the acronym's entity.
      const acronym = mention.acronym ?? initialsOf(mention.text);
      entity =
        byForm.get(key) ??
        teamOf(key) ??
        shelves.earliest(
          shelves.byAcronymName.get(acronym)[0],
          shelves.byOneWord.get(words.join(''))[0],
          // "AfD" read before "Alternative for Germany (AfD)": an acronym in mixed case is filed as a word.
          mention.acronym && !isAcronym(mention.acronym)
            ? shelves.byOneWord.get(formKey(mention.acronym))[0]
            : undefined,
        ) ??
        (countryHead(mention.text) === undefined ? undefined : byForm.get(formKey(countryHead(mention.text)!))) ??
        // "China Eastern" and "China Eastern Airlines", "Aer Lingus" and "Aer Lingus Group PLC": a body without its closing
        // body words; not "New York" and the "New York Times".
        shelves.earliest(
          shelves.byCoreName
            .get(key)
            .find((candidate) => !isPlaceish(candidate) && placeKind(mention.text) === undefined),
          coreName(words) === undefined
            ? undefined
            : shelves.byWords
                .get(coreName(words)!)
                .find((candidate) => !isPlaceish(candidate) && placeKind(candidate.name) === undefined),
        ) ??
        // "Bashar al-Assad" after "Assad", but "Ford Colombia" is not Colombia.
        shelves.earliest(
          ...shelves.endingAlike(words).map((candidates) =>
            candidates.find(
              (candidate) =>
                !candidate.facility &&
                !mention.facility &&
                candidate.words.length !== words.length &&
                // (a place by its shape: "Abramoff", placed only by "in the Abramoff scandal", is Jack Abramoff's)
                !(isPlaceish(candidate) && candidate.shapeEvidence.place > 0) &&
                (candidate.words.length > words.length
                  ? endsWith(candidate.name, candidate.words, words)
                  : endsWith(mention.text, words, candidate.words)),
            ),
          ),
        ) ??
        // "SK Sinha" after "Surendra Kumar Sinha": a person called by the initials of the given names.
        (words.length === 2 && /^\p{Lu}{2,3}$/u.test(mention.words[0]!.text)
          ? onlyOne(
              shelves.bySurname
                .get(words[1]!)
                .filter(
                  (candidate) =>
                    isPersonish(candidate) &&
                    initialsOf(candidate.name.slice(0, candidate.name.lastIndexOf(' '))) === mention.words[0]!.text,
                ),
            )
          : undefined) ??
        // "Ana Reyes" after "Ana Lucia Reyes", "Ana L. Reyes" after "Ana Reyes": one person with and without a middle name;
        // "the Central Bank" after "the Central Bank of Mbale", and the full name after the short one: a body without its place.
        onlyOne(
          shelves.byFirstWord
            .get(words[0]!)
            .filter((candidate) =>
              isPersonish(candidate) || mention.tags.has('first-name')
                ? !candidate.facility &&
                  (differsByMiddleName(mention.text, candidate.name) ||
                    (isPersonish(candidate) &&
                      (addsSecondSurname(mention.text, candidate.name) || addsLineage(mention.text, candidate.name))))
                : opensWithOf(candidate.words, words) || opensWithOf(words, candidate.words),
            ),
        );
    }
    if (entity) {
      attach(
        entity,
        mention,
        mention.text,
        entity === surnameOf && (isPersonish(entity) || strongest(evidenceOf(entity)) === 0)
          ? 'surname'
          : entity === calledByFirstWord
            ? 'first word'
            : undefined,
      );
      if (entity === calledByFirstWord && entity !== surnameOf) weigh(entity, { ...noEvidence(), organization: 2 });
      // The fullest name: more words, or a state's name after its abbreviation; "the Bayrak Hotel" names "the Bayrak hotel";
      // a team's name in the plural names its singular before a noun ("the All Blacks", "the All Black coach").
      if (
        (words.length > entity.words.length ||
          (pluralsOf(entity.name).includes(mention.text) && writtenAtLeastAsOften(entity, mention.text, entity.name)) ||
          STATE_ABBREVIATIONS.get(entity.name) === mention.text ||
          isCapitalisedForm(mention.text, entity.name)) &&
        !mention.headline
      ) {
        entity.name = mention.text;
        entity.words = words;
        shelves.file(entity);
      }
      continue;
    }
    const { shape, context } = evidence[mention.index]!;
    if (!isProven(article, mention, total(shape, context), clues[mention.index]!, writing, tags)) continue;
    const name = mention.dateline
      ? { text: mention.dateline, written: true }
      : fullNameOf(article, mention, clues, ownerEntity(mention));
    create(mention, name.text).fullNameWritten ||= name.written;
  }

  for (const entity of entities) {
    // A country the gazetteer knows is a place, whatever a list or a job around it suggests ("U.S. automaker"),
    // unless its name is a person's ("Chad", "Georgia").
    if (placeKind(entity.name) === 'country' && entity.shapeEvidence.person === 0) {
      entity.type = 'place';
      continue;
    }
    // "the Crown Victoria", "the Joint Strike Fighter": no one's name is written after "the", whatever its words look like.
    const alwaysAfterThe = entity.mentions.every((index) =>
      THE_BEFORE.test(article.text.slice(Math.max(0, mentions[index]!.start - 4), mentions[index]!.start)),
    );
    const all = evidenceOf(entity);
    if (alwaysAfterThe && entity.contextEvidence.person === 0) all.person = 0;
    const { person, place } = all;
    const best = strongest(all);
    // With nothing to go by, several words are a person's name, unless all are plain English ("Doctors Without Borders")
    // or the last is ("Uchumi Supermarket", "Limuru Tea"): no one's name ends in a common noun the tagger knows as no name.
    const plainWords = () => {
      const words = mentions[entity.mentions[0]!]!.words;
      return words.every((word) => isPlainWord(word, tags)) || isPlainWord(words[words.length - 1]!, tags);
    };
    entity.type =
      best < 1
        ? entity.words.length > 1 && !alwaysAfterThe && !plainWords()
          ? 'person'
          : 'organization'
        : person === best
          ? 'person'
          : place === best
            ? 'place'
            : 'organization';
    // "UNIVERSITY PARK, Pa.": a state written only by its abbreviation is named in full, the abbreviation kept with its stop.
    const state = entity.type === 'place' ? STATE_ABBREVIATIONS.get(entity.name.replace(/\.$/, '')) : undefined;
    if (state && entity.words.length === 1) {
      const abbreviation = `${entity.name.replace(/\.$/, '')}.`;
      entity.forms.clear();
      entity.forms.set(keyOf(writtenWords(abbreviation)), abbreviation);
      entity.name = state;
      entity.words = nameKey(state);
    }
  }
  return { entities, entityOf };
}

/**
 * The name a bare first name stands for: with the family's surname after a family word
 * ("his younger brother Maher" → "Maher al-Assad"), or with the surname of the name it is
 * joined to ("cousins Ehab and Eyad Makhlouf" → "Ehab Makhlouf").
 */
function fullNameOf(
  article: ReadArticle,
  mention: NameMention,
  clues: readonly MentionClues[],
  owner: EntityDraft | undefined,
): { text: string; written: boolean } {
  const asWritten = { text: mention.text, written: false };
  if (mention.words.length !== 1) return asWritten;
  const next = article.mentions[mention.index + 1];
  const clue = clues[mention.index]!.before;
  if (next && next.words.length > 1 && /^\s*(?:and|&)\s*$/.test(article.text.slice(mention.end, next.start))) {
    const firstName = mention.tags.has('first-name') || (clue?.plural ?? false);
    if (firstName) return { text: `${mention.text} ${next.words[next.words.length - 1]!.text}`, written: true };
  }
  if (clue?.kind === 'family' && owner && owner.words.length > 1 && SHARES_SURNAME.has(clue.noun)) {
    const surname = owner.name.split(' ').pop()!;
    return { text: `${mention.text} ${surname}`, written: false };
  }
  return asWritten;
}

/** Whether `name` is `written` with the words it writes in lower case capitalised ("Bayrak Hotel" of "Bayrak hotel"). */
function isCapitalisedForm(name: string, written: string): boolean {
  // (A dateline's "PARIS" is no fuller form of "Paris": a name in capitals alone is only shouted.)
  return (
    name !== written && name.toLowerCase() === written.toLowerCase() && !/\s\p{Ll}/u.test(name) && /\p{Ll}/u.test(name)
  );
}

/** "the Canaries" for the Canary Islands, "the Falklands" for the Falkland Islands: an island group's short form, by its plural. */
function islandsShortForm(name: string): string | undefined {
  const group = /^(\p{Lu}\p{Ll}+) (?:Islands|Isles)$/u.exec(name)?.[1];
  if (!group) return undefined;
  return group.endsWith('y') ? `${group.slice(0, -1)}ies` : `${group}s`;
}

/** "Lady Elliott" for Lady Elliott Island: a place whose name a title opens, without its last word. */
function titledPlaceShortForm(name: string): string | undefined {
  const words = name.split(' ');
  return words.length > 2 &&
    PLACE_OPENING_TITLES.has(words[0]!) &&
    PLACE_NAME_ENDINGS.has(words[words.length - 1]!.toLowerCase())
    ? words.slice(0, -1).join(' ')
    : undefined;
}

/** Words that open a Māori tribe's or sub-tribe's name ("Ngāti Rua": descendants of Rua); "Te" opens places too ("Te Anau"). */
const MAORI_GROUP_OPENERS = new Set(['ngāti', 'ngati', 'ngāi', 'ngai', 'ngaati']);

/** "Ngāti Rua", and "Te Rangi" in a text about iwi (tribes) or hapū (sub-tribes): a people and its legal body, no person. */
function isMaoriGroup(mention: NameMention, text: string): boolean {
  if (mention.words.length < 2) return false;
  const first = mention.words[0]!.text.toLowerCase();
  return (
    MAORI_GROUP_OPENERS.has(first) ||
    (first === 'te' && placeKind(mention.text) === undefined && /\b(?:iwi|hap[uū])(?!\p{L})/iu.test(text))
  );
}

/** Words that open an exclamation to or about a deity ("Thank God", "Oh my God"). */
const EXCLAIMING = new Set(['thank', 'thanks', 'praise', 'oh', 'my', 'dear', 'good', 'swear', 'by', 'for']);
const lastWordOf = (mention: NameMention) => mention.words[mention.words.length - 1]!.text.toLowerCase();

/** What the tagger says of a word that is then no short name of a person ("Shia", "Washington"). */
/** What the lexicon says of a plural closing a name that makes it a person's or a place's ("Burns", "Woods", "Hills"). */
const PLURAL_NAME_BLOCKING_TAGS: readonly WordTag[] = ['person', 'first-name', 'last-name', 'place', 'city', 'region'];
const MIDDLE_WORD_BLOCKING_TAGS: readonly WordTag[] = ['demonym', 'english-word', 'adjective', 'place'];
/** "in Tauranga", "from Rustenburg": a preposition that places what it governs. */
const PLACED_BY_PREPOSITION = /\b(?:in|at|from|near|into|outside|across|around|throughout)\s+$/i;
/** Words that name a town's own bodies ("Tauranga City Council", "Rustenburg Local Municipality"). */
const CIVIC_WORDS = new Set(['council', 'municipality', 'city', 'county', 'borough', 'shire', 'district', 'port']);
/** A gendered pronoun later in a name's sentence. */
const GENDERED_AFTER = /\b(?:he|she|his|her|him|himself|herself)\b/i;
/** After a name: a verb of speech, then "he" or "she" straight after it or its object, or opening the next sentence. */
const SPEAKER_TAKEN_UP_AS_PERSON =
  /^,?\s+(?:said|says|told|tells|added|adds)(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{Lu}[\p{L}-]*))?(?:\s+(?:that\s+)?(?:he|she)\b|[^.!?\n]{0,200}[.!?]["”’]?\s+(?:He|She)\s)/u;

/** The worlds of the solar system news names as places ("on Earth", "to the Moon"). */
const WORLDS = new Set([
  'Earth',
  'Moon',
  'Mercury',
  'Venus',
  'Mars',
  'Jupiter',
  'Saturn',
  'Uranus',
  'Neptune',
  'Pluto',
]);
const WORLD_PREPOSITIONS = new Set(['on', 'to', 'around', 'orbit', 'orbits', 'orbiting', 'orbited']);
/** "the Earth", "the Moon"; "the Mercury" is as likely a newspaper. */
const WORLDS_NAMED_WITH_THE = new Set(['Earth', 'Moon']);
/** Not "trade": the International Trade Centre is a body, as often as a World Trade Center is a site. */
const FACILITY_CENTRES = new Set(['space', 'launch', 'convention', 'shopping', 'exhibition', 'conference']);
/** Last words that make a name a place after the words that say what kind ("Nature Reserve", "National Park"). */
const PLACE_KINDS_BEFORE: Partial<Record<string, ReadonlySet<string>>> = {
  reserve: new Set(['nature', 'game', 'wildlife', 'marine', 'forest', 'biosphere']),
  park: new Set(['national', 'state', 'country', 'regional', 'marine', 'safari', 'wildlife', 'theme', 'memorial']),
  // "Kennedy Space Center", "World Trade Center": a site, unlike a body's "Center for Strategic Studies".
  center: FACILITY_CENTRES,
  centre: FACILITY_CENTRES,
};

/** Endings of the Latin names of genera and families ("Kosmoceratops", "Goniopholididae", "Australopithecus"), in words long enough to be no one's name. */
const TAXON_ENDING =
  /^\p{Lu}\p{Ll}{3,}(?:idae|inae|oidea|aceae|saurus|ceratops|raptor|suchus|therium|pithecus|odon|ichthys|opteryx|cotylus|onychus|mimus)$/u;
/** Parliaments known by a one-word name of their own ("the Knesset", "the Duma"), folded. */
const LEGISLATURES = new Set([
  'knesset',
  'duma',
  'bundestag',
  'bundesrat',
  'sejm',
  'storting',
  'riksdag',
  'folketing',
  'eduskunta',
  'oireachtas',
  'majlis',
  'seimas',
  'saeima',
  'riigikogu',
  'congreso',
]);
/** A people's word for one of them: "Frenchman", "Englishwomen". */
const DEMONYM_NOUN =
  /^(?:French|English|Irish|Scots|Scotch|Dutch|Welsh|Cornish|Manx|Chinese|Norse)(?:man|men|woman|women)$/;
const WAR_NAME = /(?<!\bof) War(?: (?:I{1,3}|One|Two))?$/;

/** Heads of titles that name a person's post ("District Police Officer", "Regional Transport Commissioner"): a post, no body. */
const POST_HEADS = new Set([
  'Officer',
  'Inspector',
  'Superintendent',
  'Commissioner',
  'Constable',
  'Sergeant',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
]);

const POST_INITIALS = new RegExp(String.raw`\b(?:${[...POST_HEADS].join('|')}) \((\p{Lu}{2,6})\)`, 'gu');

/** "District Police Officer (DPO)": a post, though its words are capitalised ("High Commissioner for Refugees" heads a body). */
function isPost(mention: NameMention): boolean {
  return (
    mention.words.length > 1 &&
    POST_HEADS.has(mention.words[mention.words.length - 1]!.text) &&
    !mention.words.some((word) => word.text === 'of' || word.text === 'for')
  );
}

/** "Misseriya Arab tribesmen", "Maasai herders": a name before a word for a people's kin group names a people, no entity. */
const PEOPLE_AFTER = /^ (?:tribesmen|tribeswomen|tribe|tribes|clan|clans|clansmen|herders|nomads)\b/;

/** "Christmas", "Eid al-Fitr", "New Year's Eve": a feast or a day of the calendar by its folded name. */
function isHoliday(mention: NameMention): boolean {
  return HOLIDAYS.has(foldName(mention.text).replace(/['’]/g, '').replace(/-/g, ' '));
}

/** Whether a mention that matches no entity yet is a name worth an entity of its own. */
function isProven(
  article: ReadArticle,
  mention: NameMention,
  evidence: Evidence,
  clues: MentionClues,
  writing: HowWordsAreWritten,
  tags: WordTags,
): boolean {
  // A headline may name someone already known, never someone new; a country it names is known to all, and so is a
  // region both the gazetteer and the tagger know ("Africa").
  if (
    (mention.headline && !isKnownToAll(mention, article.text)) ||
    isTitleAlone(mention.text) ||
    NOT_ENTITY_OPENERS.has(mention.words[0]!.text.toLowerCase()) ||
    NEVER_ENTITIES.has(mention.text.toLowerCase()) ||
    mention.words.every((word) => NEVER_ENTITIES.has(word.text.toLowerCase())) ||
    isHoliday(mention) ||
    // "Won't I get my brother back?": a negative contraction, capitalised in speech, names no one.
    mention.words.some((word) => /n['’]t$/i.test(word.text)) ||
    PEOPLE_AFTER.test(article.text.slice(mention.end, mention.end + 12)) ||
    // "Thank God", "Praise Allah", "Oh my God": an exclamation, no one's name.
    (NEVER_ENTITIES.has(lastWordOf(mention)) &&
      mention.words.slice(0, -1).every((word) => EXCLAIMING.has(word.text.toLowerCase())))
  )
    return false;
  // "the Migration Act", "the Climate Change Conference", "the Frederica Quartet": a law, an event or a work, no person, place or body.
  const lastWord = mention.words[mention.words.length - 1]!.text;
  if (isPost(mention)) return false;
  if ((lastWord === 'Act' || WORK_SERIES_WORDS.has(lastWord)) && mention.words.length > 1) return false;
  // "Pentaceratops", "Goniopholididae": a genus or family of living things, by the Latin endings only taxa have.
  if (mention.words.length === 1 && TAXON_ENDING.test(mention.text)) return false;
  // "the Frenchman", "two Englishmen": a people's word for one of them, no one's name.
  if (mention.words.length === 1 && DEMONYM_NOUN.test(mention.text)) return false;
  if (
    isEventName(mention) ||
    eventNamesOf(article).has(foldName(mention.text)) ||
    commonAcronymsOf(article).has(mention.text) ||
    isAwardName(article, mention)
  )
    return false;
  // "Election Day", "World War II", "the Vietnam War": a day of the calendar or a war ("Doris Day" is a person, the "Ministry of War" a body).
  if (
    mention.words.length > 1 &&
    ((lastWord === 'Day' && !mention.tags.has('first-name')) || WAR_NAME.test(mention.text))
  )
    return false;
  // "the Hubble Space Telescope", and "Hubble" for it: a made thing, not an entity.
  if (artefactNamesOf(article).has(foldName(mention.text))) return false;
  if (isDemonymOfPlace(article, mention)) return false;
  // "Big Three", "Ten of China": a number names a group or a list, no one ("Formula One" aside).
  const last = mention.words[mention.words.length - 1]!.text.toLowerCase();
  const numbered =
    (NUMBER_WORDS.has(last) && last !== 'one' && last !== 'first') ||
    (NUMBER_WORDS.has(mention.words[0]!.text.toLowerCase()) && mention.words[1]?.text === 'of');
  // "People's Party", "Workers' Bank": a common word's possessive before a body's word names one body.
  const possessiveBody =
    /^\p{L}+['’]s? \p{L}+$/u.test(mention.text) &&
    ORGANIZATION_WORDS.has(mention.words[mention.words.length - 1]!.text.toLowerCase());
  if (mention.words.length > 1)
    return (
      !numbered &&
      (possessiveBody ||
        // "US Air Force": a word in capitals throughout is an acronym, not the common word it spells.
        !mention.words.every(
          (word) =>
            (COMMON_WORDS.has(word.text.toLowerCase()) && !isAcronym(word.text)) ||
            TITLE_WORDS.has(word.text.toLowerCase()),
        ))
    );
  const word = mention.text;
  const lower = word.toLowerCase();
  if (
    word.length < 2 ||
    ((COMMON_WORDS.has(lower) || TITLE_WORDS.has(lower)) && !isAcronym(word)) ||
    mention.tags.has('date')
  )
    return false;
  if (/(?:ial|ical)$/.test(lower) && !mention.tags.has('country')) return false;
  const strength = evidence.person + evidence.place + evidence.organization;
  const proven = strength >= 1.5 || clues.before !== undefined || clues.after !== undefined || clues.who !== undefined;
  // "both Houses", "the Democrats": a plural of plain English names no one unless something says it does ("Greens MP Adam Bandt"), or it is a country's name ("Philippines").
  if (mention.tags.has('english-word') && /\p{Ll}s$/u.test(word) && !proven && placeKind(word) === undefined)
    return false;
  // A capital that opens a sentence proves nothing; the same word capitalised mid-sentence does.
  const capitalisedMidSentence = () => writing.midSentence(word);
  if (!mention.sentenceStart) {
    // "Poultry prices" beside "poultry farms": a plain word capitalised for emphasis, which the article also writes in
    // lower case, names nothing.
    if (mention.tags.has('ordinary-word') && !proven && !mention.possessive && writing.inLowerCase(lower)) return false;
    if (mention.tags.has('ordinary-word') && mention.tags.has('english-word') && !proven && !mention.possessive) {
      // "Republican senators", "Democratic lawmakers": an adjective of belonging before a noun qualifies it; it names no one.
      return (
        !(/(?:an|ic|ist)$/.test(word) && /^ \p{Ll}/u.test(article.text.slice(mention.end, mention.end + 2))) &&
        capitalisedMidSentence()
      );
    }
    return mention.tags.has('adjective') === false || strength >= 1.5 || mention.possessive;
  }
  // "Mining company Cerro Alto": a word for a kind of body is its own evidence, which proves nothing here.
  if (ORGANIZATION_WORDS.has(lower) && !isAcronym(word)) return capitalisedMidSentence();
  // "Weather bureau spokesman Ian Moss said": a plain English word opening a sentence before a lower-case noun opens a noun phrase.
  const next = /^ (\p{Ll}+)\b/u.exec(article.text.slice(mention.end, mention.end + 30));
  if (mention.tags.has('english-word') && next && !isAcronym(word)) {
    const nextTags = tags.within(mention.end + 1, mention.end + 1 + next[1]!.length);
    if (
      !nextTags.has('verb') &&
      !nextTags.has('function-word') &&
      !nextTags.has('adjective') &&
      !capitalisedMidSentence()
    )
      return false;
  }
  if (proven || mention.dateline) return true;
  if (mention.tags.has('ordinary-word')) return false;
  return capitalisedMidSentence();
}

const ARTICLES_OPENING = /^(?:The|A|An)$/;

/**
 * Whether a word is written after another word (and a comma or semicolon) and one space, that
 * word no article opening a sentence (after "The" in "The Latest on the quake" it is still a
 * sentence's capital): what a global scan of the text for `(\p{L}+[,;]?) word(?!\p{L})` finds,
 * worked out from the places the word is written instead of a scan of the text per word.
 */
function midSentenceWords(text: string, written: WrittenWords): (word: string) => boolean {
  const found = new Map<string, boolean>();
  /** The length of the letter that ends at `at` (2 for one outside the Basic Multilingual Plane), or 0 when no letter does. */
  const letterEndingAt = (at: number) => {
    const before = /\p{L}$/u.exec(text.slice(Math.max(0, at - 2), at));
    return before ? before[0].length : 0;
  };
  const midSentence = (word: string) => {
    // Where the scan goes on from after its last match: the words before a later one start no earlier.
    let scannedTo = 0;
    for (const start of written.standingAlone(word)) {
      const space = start - 1;
      if (text[space] !== ' ') continue;
      const lettersEnd = text[space - 1] === ',' || text[space - 1] === ';' ? space - 1 : space;
      let lettersStart = lettersEnd;
      for (
        let letter = letterEndingAt(lettersStart);
        letter > 0 && lettersStart > scannedTo;
        letter = letterEndingAt(lettersStart)
      )
        lettersStart -= letter;
      if (lettersStart === lettersEnd) continue;
      scannedTo = start + word.length;
      if (!(ARTICLES_OPENING.test(text.slice(lettersStart, space)) && isSentenceStart(text, lettersStart))) return true;
    }
    return false;
  };
  return (word) => {
    if (!found.has(word)) found.set(word, midSentence(word));
    return found.get(word)!;
  };
}

interface HowWordsAreWritten {
  /** Whether a word is written mid-sentence (see `midSentenceWords`). */
  midSentence(word: string): boolean;
  /** Whether a word in lower case is written, standing alone. */
  inLowerCase(lower: string): boolean;
}

/** How the article writes its words, read from one index of where each is written. */
function howWordsAreWritten(text: string): HowWordsAreWritten {
  const written = new WrittenWords(text);
  return {
    midSentence: midSentenceWords(text, written),
    inLowerCase: (lower) => written.standingAlone(lower).length > 0,
  };
}

/**
 * "North Korean state media", "Canadian", "exiled Russian": a demonym, alone or after a point
 * of the compass or plain words, of a country or of a place the article names ("Korean" of
 * North Korea): not an entity.
 */
function isDemonymOfPlace(article: ReadArticle, mention: NameMention): boolean {
  const words = mention.words.map((word) => word.text);
  const last = words[words.length - 1]!;
  const named = namesWrittenIn(article);
  // "a Sri Lankan", "a New Zealander": the demonym of a country named in more than one word.
  const nameBefore = words.slice(0, -1);
  if (
    nameBefore.length > 0 &&
    placesOfDemonym(last).some((root) => placeKind([...nameBefore, root].join(' ')) === 'country')
  )
    return true;
  if (
    !words
      .slice(0, -1)
      .every(
        (word) =>
          NAME_OPENERS.has(word.toLowerCase()) ||
          COMMON_WORDS.has(word.toLowerCase()) ||
          /^\p{Lu}\p{Ll}+ed$/u.test(word),
      )
  )
    return false;
  const opening = words.slice(0, -1).filter((word) => NAME_OPENERS.has(word.toLowerCase()));
  return placesOfDemonym(last).some((root) => {
    const place = [...opening, root].join(' ');
    return named.has(foldName(place)) || placeKind(place) === 'country';
  });
}

/** The last words of the names of made things and of projects ("Hubble Space Telescope", "Sentinel-2 Satellite", "Deep Impact Experiment"). */
/** Made things that fly, in one list for a name's last word and for the words after a name. */
const CRAFT_NOUNS = [
  'satellite',
  'spacecraft',
  'rocket',
  'capsule',
  'probe',
  'rover',
  'telescope',
  'lander',
  'orbiter',
  'missile',
  'drone',
] as const;
/** Craft that are rarely anything else; a "probe" is often an inquiry, a "rocket" or a "missile" a weapon fired at one. */
const UNMISTAKABLE_CRAFT = CRAFT_NOUNS.filter((noun) => !['probe', 'rocket', 'missile', 'drone'].includes(noun));
const ARTEFACT_WORDS = new Set([
  ...CRAFT_NOUNS.filter((noun) => noun !== 'drone').map((noun) => noun[0]!.toUpperCase() + noun.slice(1)),
  'Observatory',
  'Experiment',
]);
/** The last words of the names of works in parts ("the Frederica Quartet", "the Dark Tower Series"). */
const WORK_SERIES_WORDS = new Set(['Quartet', 'Trilogy', 'Tetralogy', 'Series', 'Saga', 'Chronicles']);
/** "X was the first satellite made by…", "X is a small spacecraft": a name said to be a craft names a made thing. */
const SAID_TO_BE_CRAFT = new RegExp(
  `^ (?:is|was) (?:the|a|an|its|their) (?:(?!that |which |who )[a-z-]+ ){0,2}(?:${CRAFT_NOUNS.join('|')})(?![a-z'’]| (?!made|built|launched|designed|developed|to|from|in|of|by|that|which|and|ever)[a-z])`,
);

/** "the Lapan satellite", "NASA's Curiosity rover": an article or an owner's possessive before a name and a craft after it. */
const CRAFT_AFTER = new RegExp(`^ (?:${UNMISTAKABLE_CRAFT.join('|')})s?\\b`);
const CRAFT_OWNER_BEFORE = /(?:\bthe|\p{L}['’]s) $/u;
/** A probe is a craft only after its owner ("ESA's Rosetta probe"): "the Senate probe" is an inquiry. */
const PROBE_AFTER = /^ probes?\b/;
const OWNER_BEFORE = /\p{L}['’]s $/u;

/** Whether a mention is a craft's name by the words round it ("the Lapan satellite", "ESA's Rosetta probe"). */
function isCraftByContext(text: string, mention: NameMention): boolean {
  const after = text.slice(mention.end, mention.end + 15);
  const before = text.slice(Math.max(0, mention.start - 8), mention.start);
  return (
    !isAcronym(mention.words[0]!.text) &&
    ((CRAFT_AFTER.test(after) && CRAFT_OWNER_BEFORE.test(before)) ||
      (PROBE_AFTER.test(after) && OWNER_BEFORE.test(before)))
  );
}

/** The folded names of made things an article names, and the first word each is called by, worked out once per article. */
const artefactNames = new WeakMap<ReadArticle, ReadonlySet<string>>();

function artefactNamesOf(article: ReadArticle): ReadonlySet<string> {
  let names = artefactNames.get(article);
  if (!names) {
    names = new Set(
      article.mentions
        .filter(
          (mention) =>
            isArtefactName(mention) ||
            isCraftByContext(article.text, mention) ||
            SAID_TO_BE_CRAFT.test(article.text.slice(mention.end, mention.end + 60)),
        )
        .flatMap((mention) => [foldName(mention.text), foldName(mention.words[0]!.text)]),
    );
    artefactNames.set(article, names);
  }
  return names;
}

/** "Hubble Space Telescope", "Space Capsule Recovery Experiment": a made thing's or a project's name (a "Mission" is often a body's: "Kosovo Verification Mission"). */
function isArtefactName(mention: NameMention): boolean {
  const words = mention.words;
  return words.length > 1 && ARTEFACT_WORDS.has(words[words.length - 1]!.text);
}

/** "the Climate Change Conference", "the WTA Finals", "the Pacific Cup of Champions": an event, no person, place or body ("Conference of Bishops" is one). */
function isEventName(mention: NameMention): boolean {
  const words = mention.words;
  const of = words.findIndex((word) => word.text === 'of');
  return (
    (words.length > 1 && EVENT_WORDS.has(words[words.length - 1]!.text)) ||
    // "the Tour de Suisse", "the Tour of Flanders": a stage race.
    (words[0]!.text === 'Tour' && /^(?:de|du|des|of)$/.test(words[1]?.text ?? '')) ||
    (of > 0 && EVENT_WORDS.has(words[of - 1]!.text) && words[of - 1]!.text !== 'Conference')
  );
}

/** The last words of honours' names ("Nobel Prize", "Brandt Award for Fiction"). */
const AWARD_WORDS = new Set(['Prize', 'Prizes', 'Award', 'Awards', 'Medal', 'Medals', 'Commendation', 'Citation']);
/** A lower-case honour after a name, and a word for its field between ("Nobel peace prize"). */
const AWARD_AFTER = /^(?: \p{Ll}+)? (?:prize|prizes|award|awards|medal)\b/u;

/** "the Nobel Prize in Literature", "the Brandt Award for Fiction", "the Halvorsen poetry prize": an honour, or the field it is given in, is no person, place or body. */
function isAwardName(article: ReadArticle, mention: NameMention): boolean {
  const words = mention.words;
  const link = words.findIndex((word, i) => i > 0 && (word.text === 'for' || word.text === 'in'));
  const head = words[link > 0 ? link - 1 : words.length - 1]!;
  if (words.length > 1 && AWARD_WORDS.has(head.text)) return true;
  if (AWARD_AFTER.test(article.text.slice(mention.end, mention.end + 40))) return true;
  const previous = article.mentions[mention.index - 1];
  if (previous === undefined || previous.words.length < 2) return false;
  const between = article.text.slice(previous.end, mention.start);
  // "the Medal for Bravery and Service": the field after an honour's "for" goes on after "and".
  if (between === ' and ' && AWARD_WORDS.has(previous.words[0]!.text) && previous.words[1]!.text === 'for') return true;
  return AWARD_WORDS.has(previous.words[previous.words.length - 1]!.text) && /^ (?:in|for) (?:the )?$/.test(between);
}

/** Acronyms an article spells out in lower case ("the measles, mumps and rubella (MMR) vaccine"): things, no one's name. */
const commonAcronyms = new WeakMap<ReadArticle, ReadonlySet<string>>();
/** "(MMR)", or between dashes: "rubella - MMR - shots". */
const BRACKETED_ACRONYM = /(?:\(|\s[-–—]\s)([A-Z][A-Z0-9]{1,7})(?:\)|\s[-–—]\s)/g;
const LOWER_CASE_WORDS_BEFORE = /((?:[a-z][a-z-]*[\s,]+){1,8})$/;
const JOINING_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an']);

function commonAcronymsOf(article: ReadArticle): ReadonlySet<string> {
  let found = commonAcronyms.get(article);
  if (!found) {
    const acronyms = new Set<string>();
    for (const match of article.text.matchAll(BRACKETED_ACRONYM)) {
      // (A dash's space before the acronym ends the spelled-out words as a bracket's does.)
      const opening = match.index + (match[0].startsWith('(') ? 0 : 1);
      const words = LOWER_CASE_WORDS_BEFORE.exec(article.text.slice(Math.max(0, opening - 120), opening))?.[1];
      const initials = (words ?? '')
        .split(/[\s,-]+/)
        .filter((word) => word !== '' && !JOINING_WORDS.has(word))
        .map((word) => word[0]!.toUpperCase())
        .join('');
      if (initials.endsWith(match[1]!)) acronyms.add(match[1]!);
    }
    found = acronyms;
    commonAcronyms.set(article, found);
  }
  return found;
}

/** The folded acronyms of the events and posts an article names ("PCC" after "the Pacific Cup of Champions (PCC)", "DPO" after "District Police Officer (DPO)"), and the names of its storms and operations ("Man-yi" after "Typhoon Man-yi"), worked out once per article. */
const eventNames = new WeakMap<ReadArticle, ReadonlySet<string>>();

function eventNamesOf(article: ReadArticle): ReadonlySet<string> {
  let names = eventNames.get(article);
  if (!names) {
    names = new Set([
      ...article.mentions.flatMap((mention) => {
        // "Typhoon Man-yi", "Operation Desert Storm": the storm's or the operation's name, alone as well ("the storm Man-Yi").
        const opener = mention.words.findIndex((word) => !NOT_ENTITY_OPENERS.has(word.text.toLowerCase()));
        if (opener > 0) return [foldName(mention.text.slice(mention.words[opener]!.start - mention.start))];
        return mention.acronym && (isEventName(mention) || isPost(mention)) ? [foldName(mention.acronym)] : [];
      }),
      // "the Chief Election Commissioner (CEC)": a post read as a title alone, which no mention keeps, has initials too.
      ...[...article.text.matchAll(POST_INITIALS)].map((post) => foldName(post[1]!)),
    ]);
    eventNames.set(article, names);
  }
  return names;
}

/** The folded names an article's mentions write, worked out once per article. */
const writtenNames = new WeakMap<ReadArticle, ReadonlySet<string>>();

function namesWrittenIn(article: ReadArticle): ReadonlySet<string> {
  let names = writtenNames.get(article);
  if (!names) {
    names = new Set(article.mentions.map((mention) => foldName(mention.text)));
    writtenNames.set(article, names);
  }
  return names;
}

/** The single-word name written right beside this one with "and" or "&", folded ("Exxon" for "Mobil" in "Exxon and Mobil"). */
function coordinatedWith(article: ReadArticle, mention: NameMention): string | undefined {
  const { text, mentions } = article;
  const joined = (left: NameMention | undefined, right: NameMention | undefined) =>
    left && right && /^\s+(?:and|&)\s+$/.test(text.slice(left.end, right.start));
  const previous = mentions[mention.index - 1];
  const next = mentions[mention.index + 1];
  const other = joined(previous, mention) ? previous : joined(mention, next) ? next : undefined;
  return other && other.words.length === 1 ? formKey(other.text) : undefined;
}

const PLACES_LISTED_AFTER = /\b(?:in|from|across|throughout|near|around|between)\s+(?:the\s+)?$/;
/** "make landfall this weekend between", "the border between": a stretch of land, sea or road, whose ends are places whether the gazetteer knows them or not. */
const STRETCH_BETWEEN =
  /\b(?:landfall|border|frontier|road|highway|motorway|railway|rail|flights?|route|coast|coastline|journey|drive|corridor|ferry|crossing|strait|midway|halfway)\b(?:\s+[\p{L}-]+){0,3}\s+between\s+$/u;
/** Endings only places' names have ("Lanarkshire", "Edinburgh", "Jacksonville", "Hayatabad", "Aligarh"), none a surname's too. */
const PLACE_SUFFIX = /\p{Ll}(?:shire|burgh|borough|ville|stadt|grad|abad|garh|ganj|nagar)$/u;

/** Whether a mention is listed as places are: an end of a stretch ("between X and Y"), or listed with a town or region known by the gazetteer or by its place-like shape ("Lanarkshire"). */
function listedBesidePlaces(article: ReadArticle, mention: NameMention): boolean {
  const { text, mentions } = article;
  const listed = (left: NameMention | undefined, right: NameMention | undefined) =>
    left !== undefined &&
    right !== undefined &&
    /^(?:,\s+|,?\s+(?:and|or)\s+)$/.test(text.slice(left.end, right.start));
  // ("Chicago-based Boeing" names a body.)
  const isTownOrRegion = (other: NameMention) => {
    if (other.suffix) return false;
    const kind = placeKind(other.text);
    return kind === undefined ? PLACE_SUFFIX.test(other.text) : kind !== 'country';
  };
  let first = mention.index;
  while (first > 0 && listed(mentions[first - 1], mentions[first])) first--;
  let last = mention.index;
  while (last + 1 < mentions.length && listed(mentions[last], mentions[last + 1])) last++;
  const start = mentions[first]!.start;
  if (first === last) return false;
  if (STRETCH_BETWEEN.test(text.slice(Math.max(0, start - 60), start))) return true;
  // "the provinces of Catanduanes and Camarines Sur": what only a place is, said of a whole list that "and" closes
  // ("the member for Saint Mary's, Chitungwiza, Job Sikhala" is a place and its member).
  if (
    PLACE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    /\s(?:and|or)\s+$/.test(text.slice(mentions[last - 1]!.end, mentions[last]!.start))
  )
    return true;
  // A list where places are listed: after "in", "from", "across"; its one-word names are places like the others.
  if (mention.words.length > 1 || !PLACES_LISTED_AFTER.test(text.slice(Math.max(0, start - 20), start))) return false;
  return mentions.slice(first, last + 1).some((other) => other !== mention && isTownOrRegion(other));
}

/** Whether a name's first word may be a company's, before the country of its branch: no place, demonym, adjective, first name ("Tony Windsor") or geographic word. */
/** Whether the text writes in full the given names that `initials` stand for, before `surname` ("Surendra Kumar Sinha" for "SK Sinha"). */
function givenNamesWritten(text: string, initials: string, surname: string): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(initials)) return false;
  const given = [...initials].map((initial) => `${initial}\\p{Ll}+`).join('\\s+');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${given}\\s+`, 'gu'))].some((match) => {
    const at = match.index + match[0].length;
    return text.startsWith(surname, at) && !/\p{L}/u.test(text[at + surname.length] ?? '');
  });
}

function isBranchOwner(word: Token, tags: WordTags): boolean {
  const tagged = tags.within(word.start, word.end);
  const lower = word.text.toLowerCase();
  return (
    !BRANCH_BLOCKING_TAGS.some((tag) => tagged.has(tag)) && !NAME_OPENERS.has(lower) && !GEOGRAPHIC_WORDS.has(lower)
  );
}

function total(shape: Evidence, context: Evidence): Evidence {
  const sum = noEvidence();
  for (const type of ENTITY_TYPES) sum[type] = shape[type] + context[type];
  return sum;
}

/** All an entity's evidence so far: its mentions' contexts, and the strongest shape of its names. */
function evidenceOf(entity: EntityDraft): Evidence {
  return total(entity.shapeEvidence, entity.contextEvidence);
}

function isPersonish(entity: EntityDraft): boolean {
  const { person, place, organization } = evidenceOf(entity);
  return person > Math.max(place, organization);
}

function isPlaceish(entity: EntityDraft): boolean {
  const { person, place, organization } = evidenceOf(entity);
  return place > Math.max(person, organization);
}

/** Whether the evidence so far makes an entity a body rather than a person. */
function isBody(entity: EntityDraft): boolean {
  const { person, organization } = evidenceOf(entity);
  return organization > person;
}

/** Whether the evidence so far makes an entity a body or a place rather than a person. */
function isBodyOrPlace(entity: EntityDraft): boolean {
  const { person, place, organization } = evidenceOf(entity);
  return Math.max(organization, place) > person;
}

/**
 * The names a bearer may be called alone: its last word (not the place after "of"), or in
 * Spanish names the word before "de" or "y" ("Rosa Valdivia de Ugarte" is "Valdivia").
 */
function surnamesBorne(entity: EntityDraft): ReadonlySet<string> {
  const surnames = new Set<string>();
  const words = entity.words;
  words.forEach((word, i) => {
    if (i >= 1 && words.indexOf(word) === i && (words[i + 1] === 'de' || words[i + 1] === 'y')) surnames.add(word);
  });
  const written = entity.name.split(' ');
  const at = surnameAt(written);
  const last = formKey(written[at]!);
  // The place after "of" is no surname, whatever else the name says ("Institute of Peru").
  if (at === 0 || nameKey(written[at - 1]!)[0] !== 'of') surnames.add(last);
  else surnames.delete(last);
  return surnames;
}

const NO_ENTITIES: readonly EntityDraft[] = [];

/**
 * Entities filed under one kind of key worked out from them (a surname, a first word), each
 * key's entities in the order they were created: what a scan of all entities would meet,
 * at the cost of the ones that match.
 */
class Shelf {
  private readonly byKey = new Map<string, EntityDraft[]>();
  private readonly filedUnder = new Map<EntityDraft, readonly string[]>();

  constructor(
    private readonly keysOf: (entity: EntityDraft) => Iterable<string>,
    private readonly createdAt: ReadonlyMap<EntityDraft, number>,
  ) {}

  get(key: string): readonly EntityDraft[] {
    return this.byKey.get(key) ?? NO_ENTITIES;
  }

  /** Files an entity under its current keys, and takes it out from under the ones it no longer has. */
  file(entity: EntityDraft): void {
    const keys = [...new Set(this.keysOf(entity))];
    const previous = this.filedUnder.get(entity) ?? [];
    for (const key of previous) {
      if (keys.includes(key)) continue;
      const shelved = this.byKey.get(key)!;
      shelved.splice(shelved.indexOf(entity), 1);
      if (shelved.length === 0) this.byKey.delete(key);
    }
    const order = this.createdAt.get(entity)!;
    for (const key of keys) {
      if (previous.includes(key)) continue;
      const shelved = this.byKey.get(key) ?? [];
      this.byKey.set(key, shelved);
      let at = shelved.length;
      while (at > 0 && this.createdAt.get(shelved[at - 1]!)! > order) at--;
      shelved.splice(at, 0, entity);
    }
    this.filedUnder.set(entity, keys);
  }
}

/** The keys coreference looks entities up by, kept up to date as entities are created, renamed and given acronyms. */
class EntityShelves {
  private readonly createdAt = new Map<EntityDraft, number>();
  private readonly shelves: Shelf[] = [];
  /** Acronyms written with the name ("General Motors (GM)"). */
  readonly byAcronym = this.shelf((entity) => entity.acronyms);
  /** Names of two words or more, by their initials, their words run together, first word, surnames and ending words. */
  readonly byInitials = this.shelf((entity) => (entity.words.length > 1 ? initialsKeys(entity.name) : []));
  readonly byCompactName = this.shelf((entity) => (entity.words.length > 1 ? [entity.words.join('')] : []));
  readonly byFirstWord = this.shelf((entity) => (entity.words.length > 1 ? [entity.words[0]!] : []));
  readonly bySurname = this.shelf((entity) => (entity.words.length > 1 ? surnamesBorne(entity) : []));
  readonly byPairWord = this.shelf((entity) => (entity.words.length === 2 ? entity.words : []));
  /** Names of three words or more, by the words between the first and the last ("lula" of Luiz Inácio Lula da Silva). */
  readonly byMiddleWord = this.shelf((entity) => (entity.words.length > 2 ? entity.words.slice(1, -1) : []));
  /** Each ending of two words or more short of the whole name ("Syrian President Bashar al-Assad" under "bashar assad"). */
  readonly byEnding = this.shelf((entity) => entity.words.slice(1, -1).map((_, i) => keyOf(entity.words.slice(i + 1))));
  /** One-word names: an acronym by its letters ("G.M." under "GM"), any other by its word. */
  readonly byAcronymName = this.shelf((entity) =>
    entity.words.length === 1 && isAcronym(entity.name) ? [entity.name.replaceAll('.', '')] : [],
  );
  readonly byOneWord = this.shelf((entity) =>
    entity.words.length === 1 && !isAcronym(entity.name) ? [entity.words[0]!] : [],
  );
  readonly byWords = this.shelf((entity) => [keyOf(entity.words)]);
  /** Bodies' names of two words or more before their closing body words ("China Eastern Airlines" under "china eastern"). */
  readonly byCoreName = this.shelf((entity) => {
    const core = coreName(entity.words);
    return core === undefined ? [] : [core];
  });

  /** Files a new entity, or again one whose name or acronyms changed. */
  file(entity: EntityDraft): void {
    if (!this.createdAt.has(entity)) this.createdAt.set(entity, this.createdAt.size);
    for (const shelf of this.shelves) shelf.file(entity);
  }

  /** Where names that end with `words`, or that `words` end with, are: shelf by shelf, longer names first. */
  endingAlike(words: readonly string[]): (readonly EntityDraft[])[] {
    return [this.byEnding.get(keyOf(words)), ...words.map((_, i) => this.byWords.get(keyOf(words.slice(i + 1))))];
  }

  /** The first created of the entities given: the one a scan of all entities would meet first. */
  earliest(...candidates: readonly (EntityDraft | undefined)[]): EntityDraft | undefined {
    let first: EntityDraft | undefined;
    for (const candidate of candidates)
      if (candidate && (!first || this.createdAt.get(candidate)! < this.createdAt.get(first)!)) first = candidate;
    return first;
  }

  private shelf(keysOf: (entity: EntityDraft) => Iterable<string>): Shelf {
    const shelf = new Shelf(keysOf, this.createdAt);
    this.shelves.push(shelf);
    return shelf;
  }
}

/** The key of a body's name without its closing body words ("china eastern airlines" → "china eastern"), where two words or more are left. */
function coreName(words: readonly string[]): string | undefined {
  let end = words.length;
  while (end > 0 && ORGANIZATION_WORDS.has(words[end - 1]!)) end--;
  return end < words.length && end >= 2 ? keyOf(words.slice(0, end)) : undefined;
}

function strongest(evidence: Evidence): number {
  return Math.max(evidence.person, evidence.place, evidence.organization);
}

/** The form key of an acronym's other spelling: without its stops ("U.S." → "us"), or with them ("US" → "u.s."). */
function otherAcronymSpelling(acronym: string): string {
  const letters = acronym.replaceAll('.', '');
  return formKey(letters === acronym ? `${letters.split('').join('.')}.` : letters);
}

/** Whether a headline names a place every reader knows: a country, a region the gazetteer and the tagger know, a city too in a headline in sentence case. */
function isKnownToAll(mention: NameMention, text: string): boolean {
  const kind = placeKind(mention.text);
  return (
    kind === 'country' ||
    (kind === 'region' && (mention.tags.has('place') || mention.tags.has('region'))) ||
    // "Merz says Berlin back with voice in Europe": a city both know, in a headline whose case says what is a name.
    (kind === 'city' &&
      mention.tags.has('city') &&
      inSentenceCase(text.slice(mention.sentence.start, mention.sentence.end)))
  );
}

/** Whether most words after a headline's first are in lower case ("Merz says Berlin back"), not Title Case ("Gloves Off In Site Fight"). */
function inSentenceCase(headline: string): boolean {
  const words = headline
    .split(/\s+/)
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word));
  return words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 > words.length;
}

/** "United States" of the United States of America: a country's name before "of", where it has one. */
function countryHead(name: string): string | undefined {
  return / of /.test(name) && placeKind(name) === 'country' ? name.split(' of ')[0] : undefined;
}

/** The initials a name may be called by: of it whole, of a country's name before "of", of a body's name before its legal suffix ("TCS" for Tata Consultancy Services Ltd). */
function initialsKeys(name: string): string[] {
  const head = countryHead(name);
  const words = name.split(' ');
  const withoutSuffix =
    words.length > 2 && LEGAL_SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))
      ? words.slice(0, -1).join(' ')
      : undefined;
  return [name, head, withoutSuffix]
    .filter((form): form is string => form !== undefined)
    .map(initialsOf)
    .filter((initials, i) => i === 0 || initials.length >= 2);
}

/** The capitals that open a name's words, small words left out ("Government Accountability Office" → "GAO"). */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/**
 * Whether the longer name (written `longerName`) ends with the shorter, not as the place after
 * "of" ("Institute of Peru" does not end with "Peru") nor as the second half of a hyphenated
 * word ("Thomson-Reuters" joins two companies; "Hanson-Young" is a surname whole).
 */
function endsWith(longerName: string, longer: readonly string[], shorter: readonly string[]): boolean {
  const offset = longer.length - shorter.length;
  return (
    offset > 0 &&
    longer[offset - 1] !== 'of' &&
    shorter.every((word, i) => longer[offset + i] === word) &&
    writtenWordStarts(longerName).has(offset)
  );
}

/** Where the written words of a name start among its compared words ("Thomson-Reuters Professional" → 0 and 2). */
function writtenWordStarts(name: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const written of withoutArticles(foldName(name)).split(/\s+/).filter(Boolean)) {
    starts.add(at);
    at += written.split('-').filter(Boolean).length;
  }
  return starts;
}

function latest(entities: readonly EntityDraft[]): EntityDraft | undefined {
  return entities.reduce<EntityDraft | undefined>(
    (best, entity) => (!best || entity.lastFullName > best.lastFullName ? entity : best),
    undefined,
  );
}
