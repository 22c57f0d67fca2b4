/**
 * Places by name, from GeoNames and ISO country names (compiled by scripts/gazetteer.ts):
 * evidence that a name no sentence marks is a place ("its Rustenburg mines", "Antakya").
 */

import { foldName } from '../text/fold';
import { GAZETTEER_DATA } from './gazetteerData';
import { placesOfDemonym } from './vocabulary';
import type { NameMention, ReadArticle } from './mentions';
import type { WordTag } from './tags';

export type PlaceKind = 'country' | 'region' | 'city';

/** Folded names of each kind, in code-unit order, separated by "|"; `metropolis`: the cities of a million people or more among them. */
export type GazetteerData = Readonly<Record<PlaceKind | 'metropolis', string>>;

const KINDS: readonly PlaceKind[] = ['country', 'region', 'city'];

/** The names, split on first use. Searched in order rather than put in a map: 20,000 insertions would cost the builder's cold start more than every look-up of a build. */
let namesOf: Record<PlaceKind | 'metropolis', readonly string[]> | undefined;

function names(): Record<PlaceKind | 'metropolis', readonly string[]> {
  namesOf ??= {
    country: GAZETTEER_DATA.country.split('|'),
    region: GAZETTEER_DATA.region.split('|'),
    city: GAZETTEER_DATA.city.split('|'),
    metropolis: GAZETTEER_DATA.metropolis.split('|'),
  };
  return namesOf;
}

/** Countries news names by two capitals, too short for the gazetteer's look-up (where "us" is a pronoun). */
const COUNTRY_ACRONYMS = new Set(['US', 'UK', 'NZ', 'UAE', 'DRC', 'PNG', 'PRC', 'DPRK', 'ROK']);

/** What kind of place the gazetteer knows by this name, if any. */
export function placeKind(name: string): PlaceKind | undefined {
  if (COUNTRY_ACRONYMS.has(name)) return 'country';
  const folded = foldName(name);
  return KINDS.find((kind) => includesSorted(names()[kind], folded));
}

/** Whether the gazetteer knows a city of a million people or more by this name. */
function isMetropolis(name: string): boolean {
  return includesSorted(names().metropolis, foldName(name));
}

function includesSorted(sorted: readonly string[], wanted: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return sorted[low] === wanted;
}

/** What the tagger says of a person's name. */
const PERSON_TAGS: readonly WordTag[] = ['person', 'first-name', 'last-name'];
/** What the tagger says that a gazetteer must not overrule: a person's name ("Florence", "Jordan"), a body's ("Toyota"), a demonym. */
const OVERRULING_TAGS: readonly WordTag[] = [
  'person',
  'first-name',
  'last-name',
  'honorific',
  'organization',
  'demonym',
];
/** "the" right before a name. */
export const THE_BEFORE = /\bthe\s+$/i;

/** What overrules a country: only a person's full name holding it ("Michael Jordan", "Chad Smith") or a title before it; a lexicon's first name alone does not ("Jordan said it would"), countries take "the" (the Philippines) and lexicons call some of them demonyms or bodies. */
const OVERRULING_COUNTRY_TAGS: readonly WordTag[] = [...PERSON_TAGS, 'honorific'];

/** The names of an article that the gazetteer may not call places, by folded name: see `gazetteerPlaceEvidence`. */
interface OverruledNames {
  readonly places: Set<string>;
  readonly countries: Set<string>;
  /** First words of people's names the article writes ("Sydney" of Sydney Brenner): no great city's there. */
  readonly givenNames: Set<string>;
}
const overruledOf = new WeakMap<ReadArticle, OverruledNames>();

function overruledNames(article: ReadArticle): OverruledNames {
  let overruled = overruledOf.get(article);
  if (!overruled) {
    overruled = { places: new Set(), countries: new Set(), givenNames: new Set() };
    for (const mention of article.mentions) {
      const folded = foldName(mention.text);
      if (mention.words.length > 1 && PERSON_TAGS.some((tag) => mention.tags.has(tag)))
        overruled.givenNames.add(foldName(mention.words[0]!.text));
      if (
        OVERRULING_TAGS.some((tag) => mention.tags.has(tag)) ||
        THE_BEFORE.test(article.text.slice(Math.max(0, mention.start - 5), mention.start))
      )
        overruled.places.add(folded);
      // ("Michael Jordan … Jordan scored": a country's name borne by someone the article names in full.)
      if (mention.words.length > 1 && OVERRULING_COUNTRY_TAGS.some((tag) => mention.tags.has(tag)))
        for (const word of mention.words) overruled.countries.add(foldName(word.text));
      if (mention.title !== undefined) overruled.countries.add(folded);
    }
    overruledOf.set(article, overruled);
  }
  return overruled;
}

/** A country no one in the article bears the name of: news means the country, whatever a speech verb after it says ("Jordan said it would"). */
const COUNTRY_EVIDENCE = 3;

/** A city of a million people or more: more than the lexicon's reading of its name as a first name, and enough to prove a sentence's first word a name. */
const METROPOLIS_EVIDENCE = 1.5;

/**
 * How much the gazetteer says a mention names a place: enough to make a name nothing else
 * speaks for a place, less than any one clue of context (a title, a job, "a stake in"), so
 * that those outweigh it, and less than proves that a word opening a sentence is a name at
 * all ("Reading the report, ..." stays a verb). Nothing for a name the tagger reads otherwise
 * anywhere in the article, nor for one written after "the" ("the Falcon" is a car, "the Ajax
 * squad" a club; towns and regions take no article). A country is overruled only by a
 * person's full name or a title ("the Philippines" is a country, though a lexicon calls it a
 * demonym), and weighs as much as a clue (see COUNTRY_EVIDENCE); a city of a million people
 * or more is overruled by nothing the lexicon says (see METROPOLIS_EVIDENCE).
 */
export function gazetteerPlaceEvidence(article: ReadArticle, mention: NameMention): number {
  const kind = placeKind(mention.text);
  if (kind === undefined) return 0;
  const overruled = overruledNames(article);
  // A great city no lexicon overrules, and it outweighs the lexicon's first name: "Sydney" and "Adelaide" are first
  // names too, but news alone means the city (a title or a pronoun around the name still outweighs this evidence).
  if (kind === 'city' && isMetropolis(mention.text) && !overruled.givenNames.has(foldName(mention.text)))
    return METROPOLIS_EVIDENCE;
  if (kind === 'country') return overruled.countries.has(foldName(mention.text)) ? 0 : COUNTRY_EVIDENCE;
  return overruled.places.has(foldName(mention.text)) ? 0 : 1;
}

/** Whether a word is the demonym of a place the gazetteer knows ("Roman" of Rome, "Kenyan" of Kenya). */
export function isDemonymOfKnownPlace(word: string): boolean {
  return placesOfDemonym(word).some((place) => placeKind(place) !== undefined);
}
