/**
 * Pass one of the builder: every capitalised name in an article, cut free of titles,
 * demonyms, possessives and leading function words, with what its surroundings say about it.
 */

import {
  COMMON_WORDS,
  TITLES,
  TITLE_WORDS,
  type Token,
  capitalisedRuns,
  isCapitalised,
  PEOPLE_ADJECTIVE,
  isPortfolioWord,
} from '../text/names';
import { sentenceSpans } from '../text/sentences';
import { type Span, headlineSpans, isSentenceStart, overlapping, within } from '../text/structure';
import { isDemonymOfKnownPlace, placeKind } from './gazetteer';
import { NAME_WORD_TAGS, type WordTag, type WordTags } from './tags';
import {
  BODY_NOUNS,
  COMPASS_POINTS,
  HOUSES,
  POLITIES,
  STATE_ABBREVIATIONS,
  PLACE_HEADS_BEFORE_OF,
  JOB_RELATIONS,
  LEGAL_SUFFIXES,
  NAME_ABBREVIATIONS,
  NAME_OPENERS,
  NATURAL_FEATURE_WORDS,
  NUMBER_WORDS,
  PARTY_NAMES,
  ONE_WORD_FEATURES,
  PORTFOLIO_WORDS,
  ORGANIZATION_FACILITY_WORDS,
  ORGANIZATION_WORDS,
  PLACE_FACILITY_WORDS,
  PLACE_NAME_ENDINGS,
  PLACE_OPENING_TITLES,
  RUN_JOB_WORDS,
  SIGN_OFF_AFTER,
  TITLE_ABBREVIATIONS,
  WORK_NOUN_BEFORE,
  WORK_TITLE_BEFORE,
} from './vocabulary';
import { WrittenWords } from './writtenWords';

/** A name as the article writes it, stripped to the name itself. */
export interface NameMention {
  readonly index: number;
  /** The name as written, without title or possessive ending ("Bashar al-Assad"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly words: readonly Token[];
  /** The sentence the name stands in. */
  readonly sentence: Span;
  /** In a title-case headline: it may name someone already known, never someone new. */
  readonly headline: boolean;
  /** Its first word opens a sentence, where any word has a capital. */
  readonly sentenceStart: boolean;
  /** Written "Assad's". */
  readonly possessive: boolean;
  /** A formal title or job written right before it inside the same run ("President", "CEO"). */
  readonly title?: string;
  /** Where that title, or the demonym or body before it, starts. */
  readonly titleStart?: number;
  /** A demonym qualifying that title ("Syrian" in "Syrian President"). */
  readonly demonym?: string;
  /** The mention of the body that qualifies the title ("Northrop Grumman" in "Northrop Grumman CEO Ron Sugar"), or that the name is written straight after as its leader's ("Kataeb Party" in "Kataeb Party Samy Gemayel"). */
  readonly titleOwner?: number;
  /** "(HTS)" written right after it. */
  readonly acronym?: string;
  /** Written in brackets after a person's name it does not abbreviate: a team's or a party's ("Ion Izagirre (Movistar)"). */
  readonly affiliation?: boolean;
  /** "Mobile, Alabama", "Toulouse, France": the town as written with its region or country after it. */
  readonly withRegion?: string;
  /** "airport" in "Latakia airport": the mention names the facility, `base` the place it is named after. */
  readonly facility?: { readonly word: string; readonly kind: 'place' | 'organization'; readonly base: string };
  /** The model or flight the name is written with ("A380" in "Airbus A380"): its maker or operator is a body. */
  readonly product?: string;
  /** "-led", "-backed", "-based" joined to its last word. */
  readonly suffix?: string;
  /** What the tagger said about its words. */
  readonly tags: ReadonlySet<WordTag>;
  /** The city of a dateline ("SANTIAGO, March 14 -"), named in title case. */
  readonly dateline?: string;
}

/** The article's text as the builder reads it: sentences, headlines, names and demonyms. */
export interface ReadArticle {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly mentions: readonly NameMention[];
  /** Demonyms written before titles or nouns ("Syrian", "Emirati"): not entities, but pointers to a place. */
  readonly demonyms: ReadonlySet<string>;
}

/** "SANTIAGO, March 14, 2025 -", "BEIJING (AP) —", "WASHINGTON (AP) --", "LONDON: Police say": a dateline's city, in capitals at a line's start before a comma, on a line a dash or "(Reuters)" (or the blank a syndicator's bracket left) goes on to close ("GM, Chrysler offer buyouts" is a headline), or before an agency and a dash, or a colon, or a date ("BRASILIA Oct 29 …"); in title case before the blank an agency left as furniture and a dash ("Santiago (AFP) –", "Amman, Dec. 3 (Petra) --"); in any case before a date and a colon ("Dunedin, Dec 5: Pakistan have…"); in capitals before a date and the story ("BRUSSELS, June 28 Airline bosses…"); in title case before its region and a dash opening a paragraph ("Laqayi, Afghanistan - More than 300 people…"). */
const DATELINE_CITY =
  /^[ \t]*(?:[\p{Lu}][\p{Lu} .'’-]*\p{Lu}(?=,[^\n]{0,60}?(?:\s(?:--|[-–—])\s|\(\p{Lu}[\p{L} ]*\)|\S[ \t]{6,}\S)|\s+(?:\(\p{Lu}[\p{L} ]*\))?\s*(?:--|[-–—])\s|:\s+\p{Lu}\p{Ll}|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?=(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s{3,}(?:--|[-–—])\s)|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?=,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?:\s+\p{Lu})|[\p{Lu}][\p{Lu} .'’-]*\p{Lu}(?=,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+\p{Lu})|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?=(?:,\s+\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}){1,2}\s+(?:--|[-–—])\s+\p{Lu}[^\n]{40}))/mu;
/** The first dateline's city in the article's opening, passing over a caption's kicker (`isKicker`). */
function firstDatelineCity(text: string, tags: WordTags): RegExpExecArray | undefined {
  const pattern = new RegExp(DATELINE_CITY.source, 'gmu');
  const opening = text.slice(0, DATELINE_REACH);
  for (let city = pattern.exec(opening); city; city = pattern.exec(opening))
    if (!isKicker(text, city.index, city.index + city[0].length, tags)) return city;
  return undefined;
}

/**
 * "FOCUS OF ATTENTION: Local media…": words in capitals before a colon, which the lexicon knows as plain English and
 * none as a place's, are a caption's kicker, no dateline and no name.
 */
function isKicker(text: string, start: number, end: number, tags: WordTags): boolean {
  const written = text.slice(start, end);
  if (text[end] !== ':' || /\p{Ll}/u.test(written) || tags.namesPlace(start, end)) return false;
  const words = [...written.matchAll(/\p{L}{3,}/gu)].map((word) =>
    tags.within(start + word.index, start + word.index + word[0].length),
  );
  return words.length >= 2 && words.every((word) => word.has('english-word') && !word.has('place'));
}

/** How far into an article its dateline may stand: after a headline, a byline and a date line. */
const DATELINE_REACH = 1500;
const ARTICLES = new Set(['the', 'a', 'an']);
const ORDINAL_BEFORE = /(?:^|\s)(\d+(?:st|nd|rd|th))\s$/;
const ACRONYM_AFTER = /^\s?\(([\p{Lu}][\p{Lu}\p{N}&.]*[\p{Lu}\p{N}])\)/u;
const POSSESSIVE_ACRONYM_AFTER = /^['’]s?\s\(([\p{Lu}][\p{Lu}\p{N}&.]*[\p{Lu}\p{N}])\)/u;
/** "Hessische Landesbank (Helaba)": a short name in brackets after a long one. */
/** "the Japan Aerospace Exploration Agency, or JAXA, …": the initials offered as another name. */
const OR_ACRONYM_AFTER = /^,?\s+or\s+(\p{Lu}{2,}[\p{Lu}\d&]*)(?=[,.;:)]|\s+(?:for short|as\b))/u;
/** The kinds of political body written in lower case after a party's name ("the Law and Justice party"). */
const PARTY_KINDS = 'party|movement|alliance|coalition|bloc|front';
const BODY_KIND_BEFORE_BRACKET = new RegExp(`^ (?:${PARTY_KINDS})(?= \\()`);
const SHORT_NAME_AFTER = /^\s?\(([\p{Lu}][\p{L}\p{N}&.-]{1,15})\)/u;
/** How demonyms and other adjectives of belonging end ("Syrian", "Chinese", "Turkish", "Islamist", "Icelandic"), and those of no such ending ("French"): read as one before a lower-case noun. */
const DEMONYM_SHAPE =
  /^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|i|ist|ic)|French|Dutch|Swiss|Thai|Greek|Czech|Welsh|Basque|Filipino|Cypriot)$/u;
/** Before a title, "Moldovan", "German" and a party's "Democratic" qualify it as demonyms do. */
const QUALIFIER_DEMONYM_SHAPE = PEOPLE_ADJECTIVE;
/** A product's model ("KC-45", "A330", "F-16"), not a word of a name. */
const MODEL_NUMBER = /^\p{Lu}{1,3}-?\d+[\p{Lu}\d-]*$/u;
/** A product's model or a strain standing alone ("the A380", "F-16s", "DC-9", "FTSE-100", "Covid-19"); short codes such as "G20" or "M23" may name a body. */
const LONE_MODEL_NUMBER =
  /^(?:\p{Lu}{1,5}-\d[\p{L}\d-]*|\p{Lu}\p{Ll}+-\d+\p{Lu}?|\p{Lu}{1,3}\d{3,}[\p{L}\d-]*|\p{Lu}{1,3}-?\d+s)$/u;
/** Words a number follows to name a flight or a product ("Flight 574"). */
const NUMBERED_THINGS = new Set(['Flight', 'Route', 'Model', 'Series', 'Block']);
/** Words a number follows to name a part or a place in a sequence ("Chapter 11", "Terminal 3", "Article 5"), not an entity. */
const NUMBERED_PARTS = new Set([
  ...NUMBERED_THINGS,
  'Chapter',
  'Article',
  'Section',
  'Clause',
  'Paragraph',
  'Terminal',
  'Gate',
  'Platform',
  'Phase',
  'Stage',
  'Level',
  'Category',
  'Round',
  'Game',
  'Week',
  'Grade',
  'Page',
]);
/** "at 12:00 UTC Monday": a time zone after a clock time is no part of a name. */
const TIME_ZONE = /^(?:UTC|GMT|[ECMP][SD]T|BST|CES?T|AE[SD]T|JST|ET|PT)$/;
/** Lower-case words after a name that make it a disease or a thing, not an entity ("the Ebola virus", "the Ijaw ethnic group"). */
/** A gathering after a name: "meeting", "summit", "games" ("the 2011 Summer Davos meeting"). */
const EVENT_NOUN_AFTER =
  /^\s+(?:meeting|meetings|summit|forum|games|festival|conference|congress|championships?|tournament|talks|session)\b/;
const NAMED_THING_AFTER =
  /^\s+(?:virus|outbreak|epidemic|pandemic|disease|vaccine|variant|ethnic|language|dialect|dogs?|puppy|cats?|horses?|breed|cattle|wildfires?|bushfires?)\b/;
/** "named Nyasasaurus parringtoni", "the species Homo naledi": a genus before its Latin epithet names a species, no entity. */
const SPECIES_BEFORE = /\b(?:named|called|dubbed|species|genus)\s+$/;
const LATIN_EPITHET_AFTER = /^ [a-z]{2,}(?:i|ae|us|um|is|a|ensis|oides)\b/;
/** Honours and offices written after a person's name in British and Commonwealth copy. */
const POSTNOMINALS = new Set(['QC', 'KC', 'SC', 'MP', 'MSP', 'MEP', 'MLA', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);
const JOINED_SUFFIX =
  /-(led|backed|based|owned|run|allied|linked|born|made|built|era|area|controlled|dominated|held|funded|sponsored|affiliated|aligned|friendly|leaning|appointed|brokered|inspired|imposed|organi[sz]ed)$/;
/** Joined suffixes that a person's name takes as readily as a body's ("a PiS-friendly broadcaster", "Kohli-led India", "a Trump-appointed judge"), and "-era". */
export const UNTYPED_SUFFIXES = new Set([
  'era',
  'led',
  'friendly',
  'leaning',
  'appointed',
  'brokered',
  'inspired',
  'imposed',
  'organised',
  'organized',
]);
const MAKER_SUFFIXES = new Set(['made', 'built']);
const LIKENESS_SUFFIX = /-(?:like|style|esque|type|sized|shaped|wide)$/;
/** A currency's abbreviation joined to a number ("Sh126", "Rs500", "Tk50"): "G20" and "A380" are names. */
const AMOUNT = /^\p{Lu}\p{Ll}{1,2}\.?\d[\d.,]*$/u;
/** A currency's one letter and an amount's first digits ("N35", "R1" of "R1,500"). */
const LETTER_AMOUNT = /^\p{Lu}\d+$/u;
/** What goes on with an amount after its first digits: decimals, thousands or a magnitude. */
const AMOUNT_GOES_ON = /^(?:[.,]\d|\s?(?:billion|million|trillion|bn|mn)\b)/;
const PRICE_MOVE_BEFORE =
  /\b(?:rose|fell|climbed|dropped|jumped|slipped|gained|lost|traded|closed|opened|ended|settled|stood|priced)\s+(?:to|at|from|by)\s+$/;
/** Initials of a plural ("NGOs", "MPs", "IDPs"): a kind of people or things, not a name. */
const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;
/** The initials of a plural, in brackets after its words ("Returning Officers (ROs)"). */
const PLURAL_INITIALS_AFTER = /^\s?\(\p{Lu}{2,}s\)/u;
/** "H1 pretax profit", "Q3 results", "FY2012 revenue", "1H sales": a fiscal period before what it measures. */
const FISCAL_PERIOD = /^(?:[HQ][1-4]|[1-4][HQ]|FY\d{2}(?:\d{2})?)$/;
const FINANCE_NOUN_AFTER =
  /^ (?:[a-z-]+ ){0,2}(?:profits?|results|earnings|sales|revenues?|loss(?:es)?|income|growth|output|dividends?|guidance|forecasts?|GDP|EBITDA)\b/;
/** "the Booker Prize-winning novel", "an Oscar-nominated actor", "his AL-leading 12th win": an honour or a ranking made an adjective names no one. */
const HONOUR_ADJECTIVE = /-(?:winning|nominated|shortlisted|leading)$/;
/** "its first satellite in the INSAT series", "the Lapan satellite": a craft or a product line that a name only labels. */
const PRODUCT_LINE_AFTER = /^ (?:series|line)\b/;
const PRODUCT_LINE_BEFORE = /\b(?:in|of|from) the $/;

/** Reads every name in `text`. */
export function readArticle(text: string, tags: WordTags, captions: readonly Span[] = []): ReadArticle {
  const sentences = sentenceSpans(text);
  // (A caption whose credit is blanked out may read as a line of title case; it is a caption still.)
  const headlines = [
    ...[...firstLineHeadline(text), ...headlineSpans(text)].filter(
      (headline) => overlapping(captions, headline.start, headline.end).length === 0,
    ),
    ...labelLines(text, tags),
  ].sort((a, b) => a.start - b.start);
  const mentions: NameMention[] = [];
  const demonyms = new Set<string>();
  /** The first words of full names read after a title ("Somsak" of "Prime Minister Somsak Chaiyo"). */
  const titledGivenNames = new Set<string>();
  /** Where names in brackets after people's names start ("Movistar" of "Ion Izagirre (Movistar)"). */
  const affiliations = new Set<number>();
  const isOrdinary = ordinaryWords(tags, text);
  const workTitles = workTitlesIn(text);
  // A word the tagger reads as a demonym anywhere ("Syrian officials") is one everywhere ("the Syrian government").
  // ("Philippines" is a country, whatever the tagger's lexicon says.)
  const demonymWords = new Set(
    capitalisedRuns(text)
      .flat()
      .filter((word) => tags.within(word.start, word.end).has('demonym') && placeKind(word.text) !== 'country')
      .map((word) => word.text),
  );
  const isDemonym = (word: Token) => demonymWords.has(word.text);
  // "across the Atlantic to Spain": a sea's name after "the" has a demonym's shape ("Atlantic salmon" is one).
  const isPlace = (word: Token) =>
    tags.namesPlace(word.start, word.end) ||
    (ONE_WORD_FEATURES.has(word.text.toLowerCase()) &&
      /\bthe\s$/i.test(text.slice(Math.max(0, word.start - 4), word.start)));
  // "Kofi plays": a person's name before a verb has a demonym's shape only ("Emirati officials").
  const isNameBeforeVerb = (word: Token) => {
    const next = /^ (\p{Ll}+)/u.exec(text.slice(word.end, word.end + 30));
    return (
      tags.within(word.start, word.end).has('person') &&
      next !== null &&
      tags.within(word.end + 1, word.end + 1 + next[1]!.length).has('verb')
    );
  };
  // An English word other than a name's, capitalised only because it opens the sentence ("Stunning", "Young").
  const opensWithCommonWord = (word: Token) =>
    opensSentence(text, word.start) &&
    tags.within(word.start, word.end).has('english-word') &&
    !namesSomeone(tags, word);
  const add = (mention: Omit<NameMention, 'index' | 'text' | 'start' | 'end' | 'tags'>) => {
    const words = mention.words;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const written = text.slice(start, end);
    // ("Juan Miguel “Migz” Zubiri": the name without the nickname its words skip.)
    const name = /["“”]/.test(written) ? words.map((word) => word.text).join(' ') : written;
    mentions.push({ ...mention, index: mentions.length, text: name, start, end, tags: tags.within(start, end) });
    return mentions.length - 1;
  };

  const datelineCity = firstDatelineCity(text, tags);
  const datelineStart = datelineCity ? datelineCity.index : -1;
  const datelineEnd = datelineCity ? datelineCity.index + datelineCity[0].length : -1;
  // "NAIROBI, Feb. 10 (Xinhua) -- Voters…": the story's first sentence starts after the dateline's dash.
  const startsSentence = (offset: number) =>
    opensSentence(text, offset) ||
    (offset > datelineEnd &&
      datelineEnd >= 0 &&
      (/^[^\n]{0,60}(?:--|[-–—]|\d:)\s*$/.test(text.slice(datelineEnd, offset)) ||
        // "BRUSSELS, June 28 Airline bosses…": a dateline's date with nothing after it.
        /^,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+$/.test(
          text.slice(datelineEnd, offset),
        )));
  /** "Bangladesh Nationalist Party-BNP": an acronym joined to the name it stands for, by where the name ends. */
  const joinedAcronyms = new Map<number, string>();
  const runs = joinedRuns(text, tags, isOrdinary, joinedAcronyms);
  const offices = officeWordsIn(runs, tags, isOrdinary);
  for (const run of runs) {
    if (isKicker(text, run[0]!.start, run[run.length - 1]!.end, tags)) continue;
    const sentence = overlapping(sentences, run[0]!.start, run[0]!.end)[0] ?? {
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
    };
    if (run[0]!.start >= datelineStart && run[0]!.start < datelineEnd) {
      add({
        words: run,
        sentence,
        headline: false,
        sentenceStart: true,
        possessive: false,
        dateline: titleCase(text.slice(run[0]!.start, run[run.length - 1]!.end)),
      });
      continue;
    }
    const headline = within(headlines, run[0]!.start);
    // "Kataeb Party Samy Gemayel", "Chrysler LLC Jim Press": a name written straight after a body's, cut from it, is
    // its leader's or member's.
    const body = mentions[mentions.length - 1];
    const leaderOf =
      body && text.slice(body.end, run[0]!.start) === ' ' && endsBody(body.words[body.words.length - 1]!)
        ? body.index
        : undefined;
    const afterClock =
      TIME_ZONE.test(run[0]!.text) &&
      /\d(?:\s?[ap]\.?m\.?)? $/i.test(text.slice(Math.max(0, run[0]!.start - 8), run[0]!.start));
    let words = withoutLeadingCommonWords(withoutWireSlug(afterClock ? run.slice(1) : run, tags), tags, text);
    // "Judge Michael Lawson QC", "Jane Roe MP": letters after a person's name are no part of it.
    if (words.length >= 3 && POSTNOMINALS.has(words[words.length - 1]!.text)) words = words.slice(0, -1);
    if (words.length === 0) continue;
    if (HONOUR_ADJECTIVE.test(words[words.length - 1]!.text)) continue;
    // "rival eAccess Ltd" read without its brand: a legal suffix alone names nothing.
    if (words.length === 1 && LONE_LEGAL_SUFFIX.test(words[0]!.text)) continue;
    // "US$ 27 billion", "AU$52.5 million", "USD 5 million": a currency, not a country or a body.
    if (words.length === 1 && isCurrency(words[0]!, text)) continue;
    let last = words[words.length - 1]!;
    let possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(last.end, last.end + 2));
    // "Saint Mary's, Chitungwiza", "St. John's.": a saint's possessive before a comma or a stop is the place's own name.
    if (
      possessive &&
      words.length > 1 &&
      SAINTS.has(words[0]!.text.toLowerCase()) &&
      /^['’]s(?:[,.;:)]|\s*$)/u.test(text.slice(last.end, last.end + 3))
    ) {
      last = { text: text.slice(last.start, last.end + 2), start: last.start, end: last.end + 2 };
      words = [...words.slice(0, -1), last];
      possessive = false;
    }

    // A title inside the run: "Syrian President Bashar al-Assad", "Northrop Grumman CEO Ron Sugar".
    const title = opensPlaceNamedElsewhere(words, text)
      ? undefined
      : (lastTitleIn(words, isOrdinary, offices) ?? jobOpeningSentence(words, text));
    let titleText: string | undefined;
    let demonym: string | undefined;
    let titleOwner: number | undefined;
    let titleStart: number | undefined;
    if (title) {
      let before = words.slice(0, title.from);
      const titleWords = (plain: readonly Token[]) =>
        plain.every(
          (word) => (isOrdinary(word) && !PARTY_NAMES.has(word.text)) || TITLE_MODIFIERS.has(word.text.toLowerCase()),
        );
      const isDemonymWord = (word: Token) =>
        isDemonym(word) || (QUALIFIER_DEMONYM_SHAPE.test(word.text) && !isPlace(word));
      // "Electoral Chairman Kwadwo Afari-Gyan": plain words before a title are its own, no body's name;
      // "Japanese Chief Cabinet Secretary Aki Mori": so are a rank and plain words after a demonym.
      const titleFrom =
        before.length > 0 && titleWords(before)
          ? 0
          : before.length > 1 &&
              isDemonymWord(before[0]!) &&
              TITLE_RANKS.has(before[1]!.text.toLowerCase()) &&
              before.slice(2).every((word) => isOrdinary(word) || inPortfolio(word.text.toLowerCase()))
            ? 1
            : title.from;
      if (titleFrom === 0) before = [];
      else if (titleFrom === 1 && title.from > 1) before = before.slice(0, 1);
      titleStart = words[0]!.start;
      titleText = words
        .slice(titleFrom, title.to)
        .map((word) => word.text)
        .join(' ');
      if (title.plural) titleText = titleText.slice(0, -1);
      words = words.slice(title.to);
      // "the Lord Advocate": a title and a plain word after it are one title, naming no one.
      if (words.length === 1 && isOrdinary(words[0]!)) continue;
      if (before.length === 1 && isDemonymWord(before[0]!)) {
        demonym = before[0]!.text;
        demonyms.add(demonym);
      } else if (before.length > 0) {
        titleOwner = add({
          words: before,
          sentence,
          headline,
          sentenceStart: startsSentence(before[0]!.start),
          possessive: false,
        });
      }
      if (words.length === 0) continue;
      if (words.length > 1) titledGivenNames.add(words[0]!.text);
    } else if (
      words.length === 2 &&
      (REGION_QUALIFIERS.has(words[0]!.text.toLowerCase()) || opensWithCommonWord(words[0]!)) &&
      (isDemonym(words[1]!) || isDemonymOfKnownPlace(words[1]!.text)) &&
      /^ \p{Ll}/u.test(text.slice(last.end, last.end + 2)) &&
      !isNameBeforeVerb(last)
    ) {
      // "the best Latin American film", "the North African country": a demonym of a region, before a noun;
      // "Stunning Roman frescoes": a sentence's capitalised first word and a demonym, before a noun.
      demonyms.add(words.map((word) => word.text).join(' '));
      continue;
    } else if (
      isDemonym(words[0]!) ||
      (words.length === 1 &&
        DEMONYM_SHAPE.test(words[0]!.text) &&
        // "Prime Minister Somsak Chaiyo … Somsak was banned": the given name of someone titled before, no demonym.
        !titledGivenNames.has(words[0]!.text) &&
        /^ \p{Ll}/u.test(text.slice(last.end, last.end + 2)) &&
        !isPlace(last) &&
        !isNameBeforeVerb(last) &&
        !namesItsPlace(text.slice(last.end, last.end + 40)))
    ) {
      // "Syrian Crisis", "Russian military": a demonym and a common noun are not a name; "Syrian Democratic Forces" is.
      demonyms.add(words[0]!.text);
      // "Kenyans Eliud Kipchoge and…": a demonym before a person's name qualifies it.
      const second = words[1];
      const of = words.findIndex((word) => word.text === 'of');
      if (
        words.length > 1 &&
        (endsBody(last) || (of > 1 && endsBody(words[of - 1]!)) || second?.text === 'Air' || PARTY_NAMES.has(last.text))
      ) {
        // "Syrian Democratic Forces", "Chinese Academy of Sciences", "European Aeronautic Defence & Space NV",
        // "Norwegian Air Shuttle", "Scottish Labour": a body's name.
      } else if (
        second &&
        (tags.within(second.start, second.end).has('first-name') || (words.length >= 3 && !isOrdinary(second)))
      )
        words = words.slice(1);
      else continue;
    }
    // "Assistant Health Minister" with no name after it: a title and its portfolio; "Opposition MPs": holders of one.
    const lastFolded = words[words.length - 1]!.text.toLowerCase();
    if (
      words.length > 1 &&
      (RUN_TITLES_FOLDED.has(lastFolded) ||
        // (Not "the Valley of the Kings": a place named after the holders.)
        (lastFolded.endsWith('s') &&
          RUN_TITLES_FOLDED.has(lastFolded.slice(0, -1)) &&
          !words.some((word) => word.text === 'of'))) &&
      !words.some((word) => namesSomeone(tags, word)) &&
      // (Not "the Law and Justice party": a name joined with "and" whose first word is no title's.)
      !(words.some((word) => word.text === 'and') && !RUN_TITLES_FOLDED.has(words[0]!.text.toLowerCase()))
    )
      continue;
    const runEnd = words[words.length - 1]!.end;
    // "the Ebola virus": a disease, not a body; "the West Kiskatinaw wildfire": a fire; "Mohammed Yusuf has more": a
    // reporter's sign-off.
    if (NAMED_THING_AFTER.test(text.slice(runEnd, runEnd + 20)) || SIGN_OFF_AFTER.test(text.slice(runEnd, runEnd + 20)))
      continue;
    const before = text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start);
    if (PRODUCT_LINE_BEFORE.test(before) && PRODUCT_LINE_AFTER.test(text.slice(runEnd, runEnd + 10))) continue;
    // "please read our Community Guidelines": plain words a page writes of its own after "our" or "your" name no one.
    if (PAGE_OWN_BEFORE.test(before) && words.every((word) => isPlainLabelWord(word, tags))) continue;
    if (
      words.length === 1 &&
      LATIN_EPITHET_AFTER.test(text.slice(runEnd, runEnd + 30)) &&
      SPECIES_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 10), words[0]!.start))
    )
      continue;
    // "the 2011 Summer Davos meeting": a year before and a gathering after make the name an event's.
    if (
      words.length > 1 &&
      /\b(?:1[89]|20)\d\d\s+$/.test(text.slice(Math.max(0, words[0]!.start - 6), words[0]!.start)) &&
      EVENT_NOUN_AFTER.test(text.slice(runEnd, runEnd + 20)) &&
      placeKind(text.slice(words[0]!.start, runEnd)) === undefined
    )
      continue;
    // "a report entitled \"Al-Qaeda Vulnerabilities\"", "\"Iraqi Security Forces: More or Less Challenged?\"": the title of a work.
    if (
      within(workTitles, words[0]!.start) ||
      (words.length > 1 && WORK_TITLE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start))) ||
      WORK_NOUN_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start))
    )
      continue;
    // "Minister for Environment, Science, Technology and Innovation": portfolios listed after the first.
    if (
      words.every((word) => isPortfolioWord(word.text.toLowerCase())) &&
      PORTFOLIO_LIST_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 80), words[0]!.start))
    )
      continue;
    // "Minister for Preventive Services": a title's portfolio; "Minister for Foreign Affairs Julie Bishop": a name after it.
    if (PORTFOLIO_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))) {
      if (!words.some((word) => namesSomeone(tags, word))) continue;
      const firstName = words.findIndex((word) => tags.within(word.start, word.end).has('first-name'));
      if (firstName > 0 && firstName < words.length - 1) words = words.slice(firstName);
    }

    // "Northrop Grumman KC-45", "Adam Air Flight 574": the body is named, its product or flight is not.
    let product: string | undefined;
    while (
      words.length > 1 &&
      (MODEL_NUMBER.test(words[words.length - 1]!.text) ||
        (NUMBERED_THINGS.has(words[words.length - 1]!.text) && /^ \d/.test(text.slice(words[words.length - 1]!.end))))
    ) {
      product = words[words.length - 1]!.text;
      words = words.slice(0, -1);
    }
    if (
      words.length === 1 &&
      FISCAL_PERIOD.test(words[0]!.text) &&
      FINANCE_NOUN_AFTER.test(text.slice(words[0]!.end, words[0]!.end + 40))
    )
      continue;
    // "the A380", "Chapter 11": a model or a numbered part alone names nothing; nor does "the second T20I", a match.
    if (
      words.length === 1 &&
      (LONE_MODEL_NUMBER.test(words[0]!.text) ||
        (NUMBERED_PARTS.has(words[0]!.text) && /^ \d/.test(text.slice(words[0]!.end))) ||
        (/\d/.test(words[0]!.text) &&
          /\b(?:first|second|third|fourth|fifth|sixth|seventh|final|opening|deciding)\s+$/i.test(
            text.slice(Math.max(0, words[0]!.start - 10), words[0]!.start),
          )))
    )
      continue;
    // "Detik.com": a web address is one name.
    const domain = /^\.(?:com|org|net|gov|edu|co\.uk|co\.id|com\.au)(?![\p{L}])/u.exec(
      text.slice(words[words.length - 1]!.end),
    );
    if (domain) {
      const final = words[words.length - 1]!;
      words = [
        ...words.slice(0, -1),
        { text: final.text + domain[0], start: final.start, end: final.end + domain[0].length },
      ];
    }
    // "Typhoon Goni, locally named as Ineng": another name of what was just named, not an entity of its own.
    if (
      /\blocally (?:named|known|called)(?: as)? $/.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))
    )
      continue;
    // "reads in Spanish:", "spoke in Arabic.": a language, no place.
    if (
      words.length === 1 &&
      /\bin\s+$/.test(text.slice(Math.max(0, words[0]!.start - 4), words[0]!.start)) &&
      /^[:;,.!?"”)]/.test(text.slice(words[0]!.end, words[0]!.end + 1)) &&
      (isDemonym(words[0]!) || (/(?:ish|ese|ic)$/.test(words[0]!.text) && placeKind(words[0]!.text) === undefined))
    )
      continue;
    // "two Americans and a Briton": a person by nationality, no name.
    if (
      words.length === 1 &&
      /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, words[0]!.start - 4), words[0]!.start)) &&
      /^(?:[,.;:)]|\s+(?:and|or|who|was|is|were)\b)/.test(text.slice(words[0]!.end, words[0]!.end + 6)) &&
      // ("a Manhattan, New York court": a place and its state before a noun)
      !(placeKind(words[0]!.text) !== undefined && /^, \p{Lu}/u.test(text.slice(words[0]!.end, words[0]!.end + 3)))
    )
      continue;

    // "K-pop", "K-drama", "X-ray": a letter joined to a common word names a kind of thing.
    if (words.length === 1 && /^\p{Lu}-\p{Ll}+$/u.test(words[0]!.text)) continue;
    // "a Jupiter-like planet", "Soviet-style rule": a likeness, no mention of the name; "Sh126 million": an amount.
    if (LIKENESS_SUFFIX.test(words[words.length - 1]!.text) || (words.length === 1 && AMOUNT.test(words[0]!.text)))
      continue;
    // "the asteroid 1999 JU3": a provisional designation after its year.
    if (
      words.length === 1 &&
      /^\p{Lu}{2}\d+$/u.test(words[0]!.text) &&
      /\b(?:19|20)\d\d $/.test(text.slice(Math.max(0, words[0]!.start - 6), words[0]!.start))
    )
      continue;
    // "rose to N35", "N1.2 billion", "R1,500": a price in a currency's letter ("G20", "N95" name things).
    if (
      words.length === 1 &&
      LETTER_AMOUNT.test(words[0]!.text) &&
      (AMOUNT_GOES_ON.test(text.slice(words[0]!.end, words[0]!.end + 12)) ||
        PRICE_MOVE_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start)))
    )
      continue;
    // "Returning Officers (ROs)", "NGOs": a plural common noun and its initials, no one's name.
    const closing = words[words.length - 1]!;
    if (PLURAL_INITIALS.test(closing.text) || PLURAL_INITIALS_AFTER.test(text.slice(closing.end, closing.end + 12)))
      continue;
    let suffix: string | undefined;
    const joined = JOINED_SUFFIX.exec(words[words.length - 1]!.text);
    // "the Argentine-built Pehuensat-1", "Chinese-made drones": where a thing was made, no body.
    if (
      joined &&
      MAKER_SUFFIXES.has(joined[1]!) &&
      words.length === 1 &&
      (DEMONYM_SHAPE.test(joined.input.slice(0, joined.index)) ||
        tags.within(words[0]!.start, words[0]!.end).has('adjective'))
    )
      continue;
    if (joined) {
      const final = words[words.length - 1]!;
      suffix = joined[1];
      words = [
        ...words.slice(0, -1),
        { text: final.text.slice(0, joined.index), start: final.start, end: final.start + joined.index },
      ];
    }
    const end = words[words.length - 1]!.end;
    const after = text.slice(end, end + 40);
    // "the Law and Justice party (PiS)": the initials after the kind of body the name is are still the name's.
    const kindBeforeBracket = BODY_KIND_BEFORE_BRACKET.exec(after)?.[0].length ?? 0;
    const bracketAfter = after.slice(kindBeforeBracket);
    const orAcronym = words.length > 1 ? OR_ACRONYM_AFTER.exec(after) : null;
    const bracketed =
      ACRONYM_AFTER.exec(bracketAfter) ??
      (words.length > 1 ? SHORT_NAME_AFTER.exec(bracketAfter) : null) ??
      (orAcronym && abbreviates(orAcronym[1]!, text.slice(words[0]!.start, end)) ? orAcronym : null);
    // "Ion Izagirre (Movistar)", "Sen. Tim Kaine (D-Va.)": a team's or a party's name, not the person's short one.
    const affiliation =
      bracketed !== null && mayNamePerson(words, tags) && !abbreviates(bracketed[1]!, text.slice(words[0]!.start, end));
    if (affiliation) affiliations.add(end + kindBeforeBracket + bracketed.index + bracketed[0].indexOf('(') + 1);
    // "NZ Rugby's (NZR) board": the acronym after a possessive is still the name's, when it starts as the name does.
    const possessiveAcronym = possessive ? POSSESSIVE_ACRONYM_AFTER.exec(after)?.[1] : undefined;
    const acronym = possessive
      ? possessiveAcronym?.startsWith(words[0]!.text[0]!)
        ? possessiveAcronym
        : undefined
      : affiliation
        ? undefined
        : (bracketed?.[1] ?? joinedAcronyms.get(end));
    const facility = possessive || acronym ? undefined : facilityAfter(after, text.slice(words[0]!.start, end));
    if (facility) {
      const word = after.slice(1, 1 + facility.word.length);
      words = [...words, { text: word, start: end + 1, end: end + 1 + word.length }];
    }
    if (
      facility &&
      !NATURAL_FEATURE_WORDS.has(facility.word) &&
      (tags.namesPlace(words[0]!.start, words[words.length - 2]!.end) ||
        (tags.within(words[0]!.start, words[words.length - 2]!.end).has('place') &&
          placeKind(text.slice(words[0]!.start, words[words.length - 2]!.end)) !== undefined))
    ) {
      // "the Doha forum": Doha is a place of its own as well as the forum's namesake ("Heathrow airport" has no other).
      add({
        words: words.slice(0, -1),
        sentence,
        headline,
        sentenceStart: startsSentence(words[0]!.start),
        possessive: false,
      });
    }
    const withRegion =
      facility || titleText || possessive ? undefined : townWithRegion(text, words[0]!.start, end, tags);
    add({
      words,
      sentence,
      headline,
      sentenceStart: startsSentence(words[0]!.start),
      possessive: possessive && !facility,
      ...(titleText ? { title: titleText, titleStart: titleStart! } : {}),
      ...(demonym ? { demonym } : {}),
      ...((titleOwner ?? leaderOf) !== undefined ? { titleOwner: titleOwner ?? leaderOf } : {}),
      ...(acronym ? { acronym } : {}),
      ...(affiliations.has(words[0]!.start) ? { affiliation: true } : {}),
      ...(facility ? { facility } : {}),
      ...(withRegion ? { withRegion } : {}),
      ...(suffix ? { suffix } : {}),
      ...(product ? { product } : {}),
    });
  }
  return { text, sentences, mentions, demonyms };
}

/**
 * Whether a name may be a person's, by its first word or by having neither an English word nor a body's ("Jarlinson
 * Pantano"): in brackets after it goes what someone plays or stands for, not a short form of the name.
 */
function mayNamePerson(words: readonly Token[], tags: WordTags): boolean {
  const first = tags.within(words[0]!.start, words[0]!.end);
  return (
    first.has('first-name') ||
    first.has('person') ||
    words.every((word) => !tags.within(word.start, word.end).has('english-word') && !endsBody(word))
  );
}

/** Whether a short form could abbreviate a name: its letters in the name's order, from the name's first ("Helaba"). */
function abbreviates(short: string, name: string): boolean {
  const letters = (written: string) => written.toLowerCase().replace(/[^\p{L}]/gu, '');
  const full = letters(name);
  let at = 0;
  for (const letter of letters(short)) {
    at = full.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return full[0] === letters(short)[0];
}

/** Legal suffixes that stand for nothing else ("SA" may be South Africa, "Co" a county). */
const LONE_LEGAL_SUFFIX = /^(?:Inc|Ltd|LLC|Llc|PLC|Plc|plc|Corp|GmbH)\.?$/;

const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));
/** Rupees, taka, shillings, rupiah, dirhams and ringgit as South Asian, African and Asian copy abbreviates them before an amount ("Rs.10,043,000", "KSh 500"). */
const CURRENCY_ABBREVIATIONS = new Set([
  'Rs',
  'Re',
  'Tk',
  'Sh',
  'Ksh',
  'KSh',
  'Kshs',
  'Ush',
  'USh',
  'Tsh',
  'TSh',
  'Rp',
  'Dh',
  'Dhs',
  'RM',
]);

/** "US$", "AU$", "USD 5", "SGD1", "Rs.500", "RM3": a currency written before an amount. */
function isCurrency(word: Token, text: string): boolean {
  const after = text.slice(word.end, word.end + 3);
  if (after.startsWith('$')) return true;
  if (CURRENCY_ABBREVIATIONS.has(word.text) && /^\.? ?\d/.test(after)) return true;
  // "RM3.09 million", "Rs500": the abbreviation glued to the amount.
  const glued = /^(\p{L}{1,3})\d/u.exec(word.text);
  if (glued && CURRENCY_ABBREVIATIONS.has(glued[1]!)) return true;
  const code = /^(\p{Lu}{3})(\d*)$/u.exec(word.text);
  return code !== null && CURRENCY_CODES.has(code[1]!) && (code[2] !== '' || /^ ?\d/.test(after));
}

const LIST_GOES_ON = /^(?:,? (?:and|or) \p{Lu}|, \p{Lu})/u;

/** "Ituri province", "Visayas regions": a place's own kind after its name ("the Iraqi province of Anbar" is a demonym's). */
function namesItsPlace(after: string): boolean {
  return /^ (?:province|region|district|county|prefecture|governorate)s?\b(?! of\b)/.test(after);
}

/** "Mobile, Alabama", "Kensington, Md.": a town, a comma, and a region, country or state abbreviation the gazetteer knows. */
function townWithRegion(text: string, start: number, end: number, tags: WordTags): string | undefined {
  const town = text.slice(start, end);
  const kind = placeKind(town);
  if (kind === 'country' || (kind === undefined && !tags.namesPlace(start, end))) return undefined;
  if (/ of | (?:plant|assembly|factory)$/i.test(town)) return undefined;
  const region = /^, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(\.?)(?![\p{L}$])/u.exec(text.slice(end, end + 40));
  // Not in a list of towns ("Boston, Chicago, Los Angeles, Dubai and Orlando").
  if (
    !region ||
    /, $/.test(text.slice(start - 2, start)) ||
    LIST_GOES_ON.test(text.slice(end + region[0].length, end + region[0].length + 20))
  )
    return undefined;
  const regionKind = placeKind(region[1]!);
  // ("Bangkok, Thailand": a region may stand before its country.)
  if (regionKind === 'country' || (regionKind === 'region' && kind !== 'region')) return `${town}, ${region[1]}`;
  return region[2] && STATE_ABBREVIATIONS.has(region[1]!) ? `${town}, ${region[1]}.` : undefined;
}

const SAINTS = new Set(['saint', 'st.', 'st', 'san', 'santa', 'são', 'sao']);

/** "our Community Guidelines", "your Account Settings": what a page calls its own parts. */
const PAGE_OWN_BEFORE = /\b(?:[Oo]ur|[Yy]our) $/;
const LABEL_LINE = /^[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3}):?[ \t]*$/gmu;

/**
 * "Popular Stories", "Most Discussed", "Filed Under:": a line of a few plain English words on
 * its own is a page's label or a section's, a heading that names no one new.
 */
function labelLines(text: string, tags: WordTags): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(LABEL_LINE)) {
    const start = line.index! + line[0].indexOf(line[1]!);
    const words = [...line[1]!.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((word) => ({
      text: word[0],
      start: start + word.index!,
      end: start + word.index! + word[0].length,
    }));
    if (words.every((word) => isPlainLabelWord(word, tags))) spans.push({ start, end: start + line[1]!.length });
  }
  return spans;
}

const NAME_TAGS_OF_LABELS: readonly WordTag[] = [...NAME_WORD_TAGS, 'demonym'];

/**
 * A word the tagger reads as plain English (a word of its lexicon, an adjective, a verb or a plural), and no kind of
 * body or place that would make it part of a name. (A name the lexicon does not know, "Abdelmadjid", is no such word.)
 */
function isPlainLabelWord(word: Token, tags: WordTags): boolean {
  const tagged = tags.within(word.start, word.end);
  const english =
    tagged.has('english-word') ||
    tagged.has('adjective') ||
    tagged.has('verb') ||
    tagged.has('function-word') ||
    (tagged.has('ordinary-word') && /^\p{Lu}\p{Ll}{2,}s$/u.test(word.text));
  return (
    english && !NAME_TAGS_OF_LABELS.some((tag) => tagged.has(tag)) && !ORGANIZATION_WORDS.has(word.text.toLowerCase())
  );
}

/** "500 policemen seek drug dealers in Rio": a short first line without a closing full stop, over the story, is its headline in sentence case. */
function firstLineHeadline(text: string): Span[] {
  const line = /^\s*([^\n]{1,120})\n/.exec(text);
  if (!line || /[.!?:;,]["”’]?\s*$/.test(line[1]!) || DATELINE_CITY.test(line[1]!)) return [];
  const start = line.index + line[0].indexOf(line[1]!);
  return [{ start, end: start + line[1]!.length }];
}

/**
 * Capitalised runs, with what the shape-only runs leave apart put back: an ordinal before a
 * name ("4th Armoured Division"), "of" and "for" inside an institution's name ("Bank of
 * England", "Voice of America", "Movement for Democratic Change", "Secretary of State"), and
 * "and" inside a body's ("Monopolies and Mergers Commission").
 */
function joinedRuns(
  text: string,
  tags: WordTags,
  isOrdinary: (word: Token) => boolean,
  joinedAcronyms: Map<number, string>,
): Token[][] {
  const runs = withInitials(text, capitalisedRuns(text))
    .flatMap(cutAfterJoinedAcronym(joinedAcronyms))
    .flatMap(cutAfterLegalSuffix)
    .flatMap(cutBeforeArticleAfterCapitals)
    .flatMap(cutAfterJoinedSuffix)
    .flatMap(cutBeforeDate(text))
    .flatMap(cutBeforeLeader(tags, isOrdinary))
    .flatMap(cutBeforeGivenName(tags))
    .flatMap(cutAfterTitlesPlace(text, tags))
    .map(withRouteNumber(text));
  const joined: Token[][] = [];
  const joinedWithAnd = namesJoinedWithAnd(text);
  for (const run of runs) {
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, run[0]!.start - 8), run[0]!.start));
    const withOrdinal = ordinal
      ? [{ text: ordinal[1]!, start: run[0]!.start - ordinal[1]!.length - 1, end: run[0]!.start - 1 }, ...run]
      : run;
    const previous = joined[joined.length - 1];
    const previousLast = previous?.[previous.length - 1];
    const between = previousLast ? text.slice(previousLast.end, run[0]!.start) : '';
    // "Studio 7 for Zimbabwe": a number inside a name, before "of" or "for" and the rest of it.
    const numbered = /^ \d{1,3} (?:of|for)(?: the)? $/.test(between);
    // ("State Committee on Military Industry", "Council on Foreign Relations": "on" after a body's word, before its subject.)
    const link =
      /^ (?:\d{1,3} )?(of|for)(?: the)? $/.exec(between)?.[1] ??
      (between === ' on ' &&
      previousLast !== undefined &&
      ORGANIZATION_WORDS.has(previousLast.text.toLowerCase()) &&
      !tags.within(run[0]!.start, run[0]!.end).has('date')
        ? 'on'
        : undefined);
    // "the British Columbia District of Tumbler Ridge": a region's name, then the kind of place named after "of".
    if (
      previous &&
      previousLast &&
      link === 'of' &&
      previous.length > 1 &&
      MUNICIPALITY_WORDS.has(previousLast.text) &&
      placeKind(text.slice(previous[0]!.start, previous[previous.length - 2]!.end)) !== undefined
    ) {
      joined[joined.length - 1] = previous.slice(0, -1);
      joined.push(withOrdinal);
      continue;
    }
    // "the President of Serbia Aleksandar Vučić", "Minister of the Interior Juan Fernando Cristo": a title's country or
    // portfolio, then the holder's name (the country a name of its own, the portfolio no name).
    if (previous && previousLast && link !== undefined && TITLE_WORDS.has(previousLast.text.toLowerCase())) {
      const named = run.findIndex((word) => !isPortfolioWord(word.text.toLowerCase()));
      // ("Foreign Minister of Kazakhstan Mukhtar Tleuberdi", "President of South Africa Cyril Ramaphosa": the longest
      // place opening the run.)
      const placeWords =
        named === 0 && link === 'of'
          ? [...run.keys()]
              .reverse()
              .find((k) => k < run.length - 2 && placeKind(text.slice(run[0]!.start, run[k]!.end)))
          : undefined;
      const holder = named > 0 ? named : placeWords !== undefined ? placeWords + 1 : -1;
      const country =
        placeWords !== undefined && placeKind(text.slice(run[0]!.start, run[placeWords]!.end)) === 'country';
      // (After a portfolio, or a country, two words or more are a name, whether or not the lexicon knows the first:
      // "Minister of Information Salman bin Yousef Al-Dosari".)
      if (
        holder > 0 &&
        run.length >= holder + 2 &&
        (tags.within(run[holder]!.start, run[holder]!.end).has('first-name') ||
          ((named > 0 || country) && !endsBody(run[run.length - 1]!)))
      ) {
        if (named === 0) joined.push(run.slice(0, holder));
        joined.push(run.slice(holder));
        continue;
      }
    }
    if (previous && previousLast && !ordinal && link) {
      const lower = previousLast.text.toLowerCase();
      const titled = !numbered && RUN_TITLES_FOLDED.has(`${lower} ${link} ${run[0]!.text.toLowerCase()}`);
      // "President of Syria" is a title and a country, not one name.
      const bodyOf = previous.findIndex((word) => word.text === 'of');
      const opensBody =
        ORGANIZATION_WORDS.has(lower) ||
        // "Ministry of Culture and Sport of Dravia": a body's portfolio of two, and where the body is.
        (link === 'of' &&
          bodyOf > 0 &&
          ORGANIZATION_WORDS.has(previous[bodyOf - 1]!.text.toLowerCase()) &&
          previous.slice(bodyOf).some((word) => word.text === 'and')) ||
        HOUSES.has(lower) ||
        POLITIES.has(lower) ||
        (previous.length === 1 && PLACE_HEADS_BEFORE_OF.has(lower)) ||
        (isOrdinary(previousLast) &&
          !TITLE_WORDS.has(lower) &&
          !(lower in JOB_RELATIONS) &&
          !(previous.length === 1 && isSentenceStart(text, previousLast.start)) &&
          // ("Diego Pol of the Feruglio Museum": a person's name, whose surname is also a word, and where they work.)
          !(previous.length >= 2 && tags.within(previous[0]!.start, previous[0]!.end).has('person')));
      // "Catherine of Aragon", "Joan of Arc": a given name and where its bearer was of, one person.
      const bearerOf =
        link === 'of' &&
        previous.length === 1 &&
        run.length === 1 &&
        !ordinal &&
        tags.within(previousLast.start, previousLast.end).has('first-name');
      // "Ibalong Centrum for Recreation": plain words capitalised after "for" go on with the name before it.
      // ("Jeremy Corbyn for Labour": a person's name, or a party's after it, is no such name.)
      const forPlainWords =
        link === 'for' &&
        previous.length >= 2 &&
        // ("The Minister for Environment": a title's portfolio.)
        !TITLE_WORDS.has(lower) &&
        !previous.some((word) => namesSomeone(tags, word)) &&
        run.every((word) => isOrdinary(word) && !PARTY_NAMES.has(word.text));
      // ("Member of Parliament for Nsawam-Adoagyiri": a seat's place after "for", no part of the body's name.)
      const seat = lower === 'parliament' && link === 'for';
      if (!seat && (titled || opensBody || numbered || bearerOf || forPlainWords)) {
        joined[joined.length - 1] = [
          ...previous,
          ...wordsBetween(text, previousLast.end, run[0]!.start),
          ...withOrdinal,
        ];
        continue;
      }
    }
    // "Trinidad and Tobago", "Bosnia and Herzegovina", "Azad Jammu and Kashmir": a place whose name holds "and".
    if (
      previous &&
      previousLast &&
      between === ' and ' &&
      previous.length <= 2 &&
      previous.some((_, k) => placeKind(text.slice(previous[k]!.start, run[run.length - 1]!.end)) !== undefined)
    ) {
      joined[joined.length - 1] = [...previous, ...wordsBetween(text, previousLast.end, run[0]!.start), ...run];
      continue;
    }
    // "Law and Justice", written once as a party's name: words of no one's name joined with "and", wherever written.
    if (
      previous &&
      previousLast &&
      between === ' and ' &&
      !endsBody(run[run.length - 1]!) &&
      joinedWithAnd.has(text.slice(previous[0]!.start, run[run.length - 1]!.end)) &&
      ![...previous, ...run].some((word) => namesSomeone(tags, word))
    ) {
      joined[joined.length - 1] = [...previous, ...wordsBetween(text, previousLast.end, run[0]!.start), ...run];
      continue;
    }
    // "Marks & Spencer", "Tarn & Weller": an ampersand between names joins them into one firm's (people are joined with "and").
    if (previous && previousLast && between === ' & ' && previous.length <= 3 && run.length <= 3) {
      joined[joined.length - 1] = [...previous, ...wordsBetween(text, previousLast.end, run[0]!.start), ...run];
      continue;
    }
    // "Monopolies and Mergers Commission", "European Aeronautic Defence & Space NV": plain words joined before a body's word or legal suffix.
    const runLast = run[run.length - 1]!;
    // "Falkland Oil and Gas Ltd": before a legal suffix, a place may open the name and a trade word close each half.
    const legalName = LEGAL_SUFFIXES.has(runLast.text.toLowerCase().replace(/\./g, ''));
    if (
      previous &&
      previousLast &&
      /^ (?:and|&) $/.test(between) &&
      previous.length <= 3 &&
      (!endsBody(previousLast) ||
        (legalName && run.length === 2 && isOrdinary(previousLast) && isOrdinary(run[0]!)) ||
        // ("Water Resources and Meteorology Ministry": portfolios both.)
        namesPortfolios(previous)) &&
      (previous.some(isOrdinary) || namesPortfolios(previous)) &&
      !previous.some((word) =>
        legalName
          ? PERSON_NAME_TAGS.some((tag) => tags.within(word.start, word.end).has(tag))
          : namesSomeone(tags, word),
      ) &&
      run.length >= 2 &&
      endsBody(runLast) &&
      !run.some((word) => namesSomeone(tags, word))
    ) {
      joined[joined.length - 1] = [...previous, ...wordsBetween(text, previousLast.end, run[0]!.start), ...run];
      // "Meteorology, Climatology and Geophysics Agency": the fields listed before the last two, each after a comma.
      for (let listed = joined[joined.length - 2]; listed; listed = joined[joined.length - 2]) {
        const name = joined[joined.length - 1]!;
        const listedLast = listed[listed.length - 1]!;
        if (text.slice(listedLast.end, name[0]!.start) !== ', ' || listed.length > 2 || !namesPortfolios(listed)) break;
        joined.splice(joined.length - 2, 2, [
          ...listed,
          ...wordsBetween(text, listedLast.end, name[0]!.start),
          ...name,
        ]);
      }
      continue;
    }
    // "Ministry of Agriculture and Rural Affairs", "National Institute of Geology and Mining", "Movement for Rights and
    // Freedoms": a body's portfolio or cause of two, after its body word and "of" or "for".
    const firstOf = previous?.findIndex((word) => word.text === 'of' || word.text === 'for') ?? -1;
    // "Ministry of Agriculture, Forestry and Fisheries": a portfolio listed after a comma, before the list's "and".
    const listedPortfolio =
      between === ', ' &&
      run.length <= 2 &&
      namesPortfolios(run) &&
      PORTFOLIO_LIST_GOES_ON.test(text.slice(runLast.end, runLast.end + 80));
    // ("Association of Tanzania Oil and Gas Service Providers": two trades joined, each a body's word alone; but after
    // "Chamber of Commerce and Industry" a second "and" joins another body, "and Namdo News".)
    const joinsTrades =
      ORGANIZATION_WORDS.has(run[0]!.text.toLowerCase()) &&
      previousLast !== undefined &&
      ORGANIZATION_WORDS.has(previousLast.text.toLowerCase()) &&
      isOrdinary(previousLast) &&
      isOrdinary(run[0]!);
    if (
      previous &&
      previousLast &&
      (/^ (?:and|&) $/.test(between) || listedPortfolio) &&
      firstOf > 0 &&
      ORGANIZATION_WORDS.has(previous[firstOf - 1]!.text.toLowerCase()) &&
      (listedPortfolio || !previous.slice(firstOf).some((word) => word.text === 'and')) &&
      run.length <= 3 &&
      (!ORGANIZATION_WORDS.has(run[0]!.text.toLowerCase()) || joinsTrades) &&
      // (By the lexicon: in context the tagger may read "Rural Affairs" as someone's name, and "Aeronautics and Space" as no
      // English word's.)
      run.every(
        (word) =>
          PORTFOLIO_WORDS.has(word.text.toLowerCase()) ||
          FIELD_OF_STUDY.test(word.text) ||
          tags.within(word.start, word.end).has('english-word') ||
          tags.within(word.start, word.end).has('ordinary-word'),
      )
    ) {
      joined[joined.length - 1] = [...previous, ...wordsBetween(text, previousLast.end, run[0]!.start), ...run];
      continue;
    }
    // "People's Justice Alliance", "Children's Hospital", "Champion's League": a common word's possessive inside a name;
    // "Galeshewe Magistrate's Court", "Magherafelt Magistrates’ Court": a place's, before a body's word; "Richmond County
    // Sheriff's Office": an office's title's, before the office.
    const possessiveBetween =
      /^['’]s $/.test(between) || (/^['’] $/.test(between) && /s$/.test(previousLast?.text ?? ''));
    if (
      previous &&
      previousLast &&
      possessiveBetween &&
      // ("the South's Joint Chiefs of Staff": a point of the compass standing for a country owns the body.)
      !COMPASS_POINTS.has(previousLast.text.toLowerCase()) &&
      // ("It's Shakespearean": a pronoun's "'s" is "is", no possessive.)
      !CONTRACTED_PRONOUNS.has(previousLast.text.toLowerCase()) &&
      (COMMON_WORDS.has(previousLast.text.toLowerCase()) ||
        // ("Cox's Bazar", "St. John's Harbour": a place whose own name holds a possessive.)
        placeKind(text.slice(previous[0]!.start, runLast.end)) !== undefined ||
        // ("Chiefs' Johnson", "Labour's Keir Starmer": a body's member after its possessive is a name of its own.)
        (previous.length === 1 &&
          isOrdinary(previousLast) &&
          !(!endsBody(runLast) && PERSON_NAME_TAGS.some((tag) => tags.within(run[0]!.start, run[0]!.end).has(tag)))) ||
        (previous.length === 2 && isOrdinary(previousLast) && endsBody(runLast)) ||
        (TITLE_WORDS.has(previousLast.text.toLowerCase()) && run.length === 1 && endsBody(runLast)))
    ) {
      // "Sir Peter Ipatas People's Party": a person's name before the common word is no part of the body's.
      const owner = previous.slice(0, -1);
      if (
        owner.length >= 2 &&
        COMMON_WORDS.has(previousLast.text.toLowerCase()) &&
        owner.some((word) => tags.within(word.start, word.end).has('first-name'))
      ) {
        joined[joined.length - 1] = owner;
        joined.push([previousLast, ...withOrdinal]);
      } else joined[joined.length - 1] = [...previous, ...withOrdinal];
      continue;
    }
    joined.push(withOrdinal);
  }
  return joined;
}

/** Plain words joined with "and" before the kind of body they name, or after "the" and before its initials: "the Law and Justice party", "the Peace and Prosperity (PPP)" (not "Maintenance, Repair and Overhaul (MRO)"). */
const AND_NAME = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?`;
const JOINED_WITH_AND = new RegExp(
  String.raw`(?<![\p{L}])(${AND_NAME})(?= (?:${PARTY_KINDS})\b)|(?<=\b(?:the|ruling|opposition) )(${AND_NAME})(?= \(\p{Lu}[\p{L}]{1,7}\))`,
  'gu',
);

function namesJoinedWithAnd(text: string): ReadonlySet<string> {
  return new Set([...text.matchAll(JOINED_WITH_AND)].map((match) => (match[1] ?? match[2])!));
}

/** Whether a word is one English writes in lower case ("Voice", "Government", "Health"): capitalised, it opens a body's name or a title's portfolio. */
function ordinaryWords(tags: WordTags, text: string): (word: Token) => boolean {
  const written = new WrittenWords(text);
  const writtenInLowerCase = new Map<string, boolean>();
  const isWrittenInLowerCase = (lower: string) => {
    if (!writtenInLowerCase.has(lower)) writtenInLowerCase.set(lower, written.standingAlone(lower).length > 0);
    return writtenInLowerCase.get(lower)!;
  };
  return (word) => {
    const lower = word.text.toLowerCase();
    const tagged = tags.within(word.start, word.end);
    const english = tagged.has('english-word') || COMMON_WORDS.has(lower) || isWrittenInLowerCase(lower);
    return english && !tagged.has('demonym') && !namesSomeone(tags, word);
  };
}

/** Quotations in title case ("\"Iraqi Security Forces: More or Less Challenged?\""): the titles of works, whose words name nobody. */
function workTitlesIn(text: string): Span[] {
  const titles: Span[] = [];
  for (const quoted of text.matchAll(/["“]([^"”\n]{3,100})["”]/g)) {
    const words = quoted[1]!.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word));
    const end = quoted.index! + quoted[0].length;
    // "“Prayers for the Stolen” (“Noche de fuego”)": a title's other title, in brackets, whatever its case.
    const bracketed = text[quoted.index! - 1] === '(' && text[end] === ')' && words.length <= 8;
    if (
      bracketed ||
      (words.length >= 2 &&
        words.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word) || MINOR_TITLE_WORDS.has(word.toLowerCase())))
    )
      titles.push({ start: quoted.index!, end });
  }
  return titles;
}

/** A field of study or practice by its ending ("Seismology", "Oceanography", "Agronomy", "Economics", "Dentistry"), which a lexicon may lack. */
const FIELD_OF_STUDY = /\p{Ll}(?:ology|ography|onomy|ics|istry)$/u;
const MINOR_TITLE_WORDS = new Set(['and', 'the', 'for', 'from', 'with', 'into', 'than']);
/** What a portfolio listed after another follows: "Minister for Environment, Science, Technology and". */
const PORTFOLIO_LIST_BEFORE =
  /\b(?:Minister|Secretary|Commissioner)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:,|\s+and|\s+&)?\s+){1,6}$/u;
/** "Assistant Health Minister for", "Secretary of": what a portfolio's name follows. */
const PORTFOLIO_BEFORE = /\b(?:Minister|Secretary|Commissioner|Minister of State)\s+(?:for|of)\s+(?:the\s+)?$/;

function endsBody(word: Token): boolean {
  const lower = word.text.toLowerCase().replace(/\./g, '');
  return ORGANIZATION_WORDS.has(lower) || LEGAL_SUFFIXES.has(lower);
}

const PERSON_NAME_TAGS: readonly WordTag[] = ['person', 'first-name', 'last-name'];
const NAME_TAGS: readonly WordTag[] = [...PERSON_NAME_TAGS, 'country', 'city', 'region', 'place'];

/** Whether the tagger reads a word as a person's or a place's name. */
function namesSomeone(tags: WordTags, word: Token): boolean {
  const tagged = tags.within(word.start, word.end);
  return NAME_TAGS.some((tag) => tagged.has(tag));
}

/** The words between two runs ("of", "for the", "&") as tokens of the name they join. */
function wordsBetween(text: string, start: number, end: number): Token[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: start + match.index!,
    end: start + match.index! + match[0].length,
  }));
}

/** The kinds of town a region's name may come before ("the British Columbia District of Tumbler Ridge"). */
const MUNICIPALITY_WORDS = new Set(['District', 'Township', 'Municipality', 'Borough', 'Town', 'City', 'Village']);
const ROUTE_WORDS = new Set(['Highway', 'Route', 'Interstate', 'Motorway', 'Expressway', 'Freeway']);
const ROUTE_NUMBER_AFTER = /^ (\d{1,4}[A-Z]?)\b(?![.,]\d)/;

/** "Highway 29", "U.S. Highway 220", "Route 66": a road's name goes on with its number. */
function withRouteNumber(text: string): (run: Token[]) => Token[] {
  return (run) => {
    const last = run[run.length - 1]!;
    const number = ROUTE_WORDS.has(last.text) ? ROUTE_NUMBER_AFTER.exec(text.slice(last.end, last.end + 8)) : null;
    if (!number) return run;
    const start = last.end + 1;
    return [...run, { text: number[1]!, start, end: start + number[1]!.length }];
  };
}

/** Pronouns whose "'s" is "is" or "has" ("It's", "That's"), never a possessive. */
const CONTRACTED_PRONOUNS = new Set(['it', 'that', 'he', 'she', 'there', 'here', 'what', 'who', 'where', 'let']);

/** "NEW ORLEANS A federal jury": an article in title case after words in capitals opens the sentence a dateline stands before. */
function cutBeforeArticleAfterCapitals(run: Token[]): Token[][] {
  const cut = run.findIndex(
    (word, i) =>
      i > 0 &&
      ARTICLES.has(word.text.toLowerCase()) &&
      /^\p{Lu}\p{Ll}*$/u.test(word.text) &&
      run.slice(0, i).every((before) => /^\p{Lu}{2,}$/u.test(before.text)),
  );
  return cut < 0 ? [run] : [run.slice(0, cut), run.slice(cut)];
}

const JOINED_ACRONYM = /^(\p{Lu}[\p{L}]+)-(\p{Lu}{2,6})$/u;

/**
 * "Bangladesh Nationalist Party-BNP Standing Committee": a name with its initials joined by a hyphen ends there; the
 * word loses the initials, which `joinedAcronyms` keeps by where the name now ends.
 */
function cutAfterJoinedAcronym(joinedAcronyms: Map<number, string>): (run: Token[]) => Token[][] {
  return (run) => {
    for (const [at, word] of run.entries()) {
      const joined = JOINED_ACRONYM.exec(word.text);
      if (!joined) continue;
      const initials = run
        .slice(0, at + 1)
        .filter((named) => !/^(?:of|and|the|for|&)$/.test(named.text))
        .map((named) => named.text[0])
        .join('');
      if (!initials.endsWith(joined[2]!)) continue;
      const end = word.start + joined[1]!.length;
      joinedAcronyms.set(end, joined[2]!);
      const rest = run.slice(at + 1);
      return [[...run.slice(0, at), { text: joined[1]!, start: word.start, end }], ...(rest.length > 0 ? [rest] : [])];
    }
    return [run];
  };
}

/** "Chrysler LLC Jim Press": two names, the company's ending at its legal suffix. */
function cutAfterLegalSuffix(run: Token[]): Token[][] {
  const isSuffix = (word: Token | undefined) =>
    word !== undefined && LEGAL_SUFFIXES.has(word.text.toLowerCase().replace(/\.$/, ''));
  const cut = run.findIndex((word, i) => i > 0 && isSuffix(word) && i + 1 < run.length && !isSuffix(run[i + 1]));
  return cut < 0 ? [run] : [run.slice(0, cut + 1), ...cutAfterLegalSuffix(run.slice(cut + 1))];
}

/**
 * "head of the Kataeb Party Samy Gemayel", "Manchester United Marcus Rashford": a body's name
 * ends at its body word when a name of two or three words that no lexicon reads as common,
 * place or body follows; that name is its leader's or member's.
 */
function cutBeforeLeader(tags: WordTags, isOrdinary: (word: Token) => boolean): (run: Token[]) => Token[][] {
  const namesNoOne = (word: Token) =>
    isOrdinary(word) ||
    TITLE_WORDS.has(word.text.toLowerCase()) ||
    RUN_TITLES_FOLDED.has(word.text.toLowerCase()) ||
    isAcronym(word.text) ||
    endsBody(word) ||
    tags.namesPlace(word.start, word.end) ||
    tags.within(word.start, word.end).has('date') ||
    !/^\p{Lu}\p{Ll}/u.test(word.text);
  return (run) => {
    const cut = run.findIndex(
      (word, i) =>
        i > 0 &&
        ORGANIZATION_WORDS.has(word.text.toLowerCase()) &&
        run.length - i - 1 >= 2 &&
        run.length - i - 1 <= 3 &&
        !run.slice(i + 1).some(namesNoOne),
    );
    return cut < 0 ? [run] : [run.slice(0, cut + 1), run.slice(cut + 1)];
  };
}

/**
 * "the State Committee on Military Industry Dmitry Pantus": plain words of a portfolio, then a given name the
 * lexicon knows and a surname, are two names, the body's end and the person's.
 */
function cutBeforeGivenName(tags: WordTags): (run: Token[]) => Token[][] {
  const isPlain = (word: Token) => {
    const tagged = tags.within(word.start, word.end);
    const lower = word.text.toLowerCase();
    return (
      // (In context the tagger may read the portfolio as someone's name: only its lexicon's names count.)
      !tagged.has('first-name') &&
      !tagged.has('last-name') &&
      !TITLE_WORDS.has(lower) &&
      (tagged.has('english-word') || isPortfolioWord(lower))
    );
  };
  return (run) => {
    const at = run.findIndex(
      (word, i) =>
        i >= 2 && run.length - i >= 2 && run.length - i <= 3 && tags.within(word.start, word.end).has('first-name'),
    );
    // ("Wake Up Charlotte To Go", a show's name, has plain words after the given name, not a surname.)
    const surname = (word: Token) => {
      const tagged = tags.within(word.start, word.end);
      return tagged.has('last-name') || !(tagged.has('english-word') || tagged.has('function-word'));
    };
    return at > 0 && run.slice(0, at).every(isPlain) && run.slice(at + 1).every(surname)
      ? [run.slice(0, at), run.slice(at)]
      : [run];
  };
}

/**
 * "Deputy Mayor of Dhangadhi Sushila Mishra", "Ambassador to Cairo Abdel Mahmoud Abdel Halim": after a title and "of",
 * "to" or "in", the place of the office (a place to the lexicon, or one the article writes elsewhere without the words
 * after it), then its holder's name of two to four words.
 */
function cutAfterTitlesPlace(text: string, tags: WordTags): (run: Token[]) => Token[][] {
  const writtenWithout = (place: Token[], next: Token) => {
    const name = text.slice(place[0]!.start, place[place.length - 1]!.end);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (at !== place[0]!.start && !text.startsWith(` ${next.text}`, at + name.length)) return true;
    return false;
  };
  return (run) => {
    const title = /(\p{L}+) (?:of|to|in) $/u.exec(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start))?.[1];
    if (!title || !RUN_TITLES_FOLDED.has(title.toLowerCase())) return [run];
    for (let cut = 1; cut <= run.length - 2; cut++) {
      const holder = run.slice(cut);
      if (
        holder.length > 4 ||
        !holder.every((word) => /^\p{Lu}\p{Ll}/u.test(word.text) && !TITLE_WORDS.has(word.text.toLowerCase()))
      )
        continue;
      const place = run.slice(0, cut);
      if (tags.namesPlace(place[0]!.start, place[place.length - 1]!.end) || writtenWithout(place, run[cut]!))
        return [place, holder];
    }
    return [run];
  };
}

/** "Juba, South Sudan February 4, 2020", "Marilynne Robinson Wednesday": a date after a name is no part of it. */
function cutBeforeDate(text: string): (run: Token[]) => Token[][] {
  return (run) => {
    // ("went to Marilynne Robinson Wednesday": a weekday closing the run after a name of two words or more.)
    const cut = run.findIndex(
      (word, i) =>
        (i > 0 && MONTH_NAME.test(word.text) && /^ \d{1,2}\b/.test(text.slice(word.end, word.end + 4))) ||
        (i > 1 && i === run.length - 1 && WEEKDAY.test(word.text)),
    );
    return cut < 0 ? [run] : [run.slice(0, cut), run.slice(cut)];
  };
}
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const MONTH_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** "Kremlin-owned Unified Aircraft": a name made an adjective ends the name before the one it qualifies. */
function cutAfterJoinedSuffix(run: Token[]): Token[][] {
  const cut = run.findIndex((word, i) => i + 1 < run.length && JOINED_SUFFIX.test(word.text));
  return cut < 0 ? [run] : [run.slice(0, cut + 1), ...cutAfterJoinedSuffix(run.slice(cut + 1))];
}

/** What follows a full stop that ends a sentence: the text's or the line's end, or a capital after a space. */
const SENTENCE_AFTER_STOP = /^(?:\s*$|[ \t]*\r?\n|\s+["“]?\p{Lu})/u;

/** A capital letter, or capitals with full stops between them ("R", "U.S"), before a full stop. */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

/**
 * Runs with initials put back together: "U.S." is one word (its full stops included), and a
 * middle initial does not end a name ("Michael R. Golden"). A run that starts with a common
 * word after initials starts a sentence ("in the U.S. The company…").
 */
function withInitials(text: string, runs: readonly Token[][]): Token[][] {
  const joined: Token[][] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    const last = previous?.[previous.length - 1];
    if (
      !previous ||
      !last ||
      !(INITIALS.test(last.text) || NAME_ABBREVIATIONS.has(last.text) || TITLE_ABBREVIATIONS.has(last.text)) ||
      text[last.end] !== '.'
    ) {
      joined.push([...run]);
      continue;
    }
    const first = run[0]!;
    const between = text.slice(last.end, first.start);
    if (between === '.' && INITIALS.test(first.text)) {
      // "U" "." "S": one word.
      previous[previous.length - 1] = { text: text.slice(last.start, first.end), start: last.start, end: first.end };
      previous.push(...run.slice(1));
    } else if (
      between === '. ' &&
      // "Cosimo di Medici I. Eleonora…": a regnal number ends a name and its sentence; a middle initial follows a first name.
      !(previous.length >= 3 && /^[IVX]$/.test(last.text)) &&
      (previous.length >= 2 ||
        last.text.includes('.') ||
        NAME_ABBREVIATIONS.has(last.text) ||
        TITLE_ABBREVIATIONS.has(last.text)) &&
      (!COMMON_WORDS.has(first.text.toLowerCase()) || NAME_OPENERS.has(first.text.toLowerCase()))
    ) {
      // "Michael R" ". " "Golden", "U.S" ". " "Air Force".
      previous.push(...run);
    } else {
      joined.push([...run]);
    }
  }
  // "U.S." and "Jr." keep their closing full stop; "… competitor Nexo Corp." ends its sentence with it, and a draft
  // writes "Nexo Corp shares": a legal suffix leaves a stop that ends a sentence.
  const takesStop = (word: Token) =>
    word.text.includes('.') ||
    TITLE_ABBREVIATIONS.has(word.text) ||
    (NAME_ABBREVIATIONS.has(word.text) &&
      !(
        LEGAL_SUFFIXES.has(word.text.toLowerCase()) && SENTENCE_AFTER_STOP.test(text.slice(word.end + 1, word.end + 4))
      ));
  return joined.map((run) =>
    run.map((word) =>
      takesStop(word) && text[word.end] === '.'
        ? { text: `${word.text}.`, start: word.start, end: word.end + 1 }
        : word,
    ),
  );
}

const BODY_NOUN_SET = new Set(BODY_NOUNS);

/** A wire service's topic slug in capitals, hyphened to a headline's first word ("NORWEGIAN STOCKS-Grieg Seafood up"). */
const WIRE_SLUG = /^(\p{Lu}{2,})-(?=\p{Lu}\p{Ll})/u;

/** The run without a topic slug before its name: capitals only, the last an English word, not an acronym ("NATO-Russia"). */
function withoutWireSlug(run: readonly Token[], tags: WordTags): readonly Token[] {
  const at = run.findIndex((word) => WIRE_SLUG.test(word.text));
  if (at < 0 || run.slice(0, at).some((word) => word.text !== word.text.toUpperCase())) return run;
  const word = run[at]!;
  const slug = WIRE_SLUG.exec(word.text)![1]!;
  const tagged = tags.within(word.start, word.start + slug.length);
  if (!tagged.has('ordinary-word') || tagged.has('acronym') || tagged.has('organization') || tagged.has('place'))
    return run;
  const start = word.start + slug.length + 1;
  return [{ text: word.text.slice(slug.length + 1), start, end: word.end }, ...run.slice(at + 1)];
}

/** Ordinals that open names capitalised ("the Third Way"); "first" opens titles ("First Lady") and is read there. */
const ORDINAL_WORDS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Whether the tagger reads a word as plain English or a function word ("Without", "Borders"), no name's. */
const isPlainEnglish = (tagged: ReadonlySet<WordTag>) => tagged.has('english-word') || tagged.has('function-word');
/** A doer's word, plain English read alone ("Opener", "Pacer", "Lawyers"). */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|or|yer)s?$/u;
/** Words for what someone does: a trade by its ending ("Palaeoanthropologist", "Physician", "Photographer"), or a team position. */
const ROLE_NOUN =
  /^\p{Lu}\p{Ll}{3,}(?:ologist|ist|ician|grapher)$|^(?:Skipper|Striker|Midfielder|Defender|Goalkeeper|Winger|Batsman|Bowler|Spinner|Pitcher|Catcher|Quarterback|Jockey)$/u;

/** The run without the common words that open it ("However", "On", "The", "December"). */
function withoutLeadingCommonWords(run: readonly Token[], tags: WordTags, text: string): Token[] {
  let from = 0;
  while (from < run.length) {
    const word = run[from]!;
    if (/^['’]s /.test(text.slice(word.end, word.end + 3))) break; // kept inside a name: "People's Justice Alliance"
    if (/^(?:of|for)$/.test(run[from + 1]?.text ?? '')) break; // the head of "Movement for Democratic Change"
    const lower = word.text.toLowerCase();
    // "wrote to Police Scotland": a body's word capitalised mid-sentence before a place names the body.
    if (
      from === 0 &&
      run.length === 2 &&
      ORGANIZATION_WORDS.has(lower) &&
      tags.namesPlace(run[1]!.start, run[1]!.end) &&
      !isSentenceStart(text, word.start)
    )
      break;
    const tagged = tags.within(word.start, word.end);
    // "The Government Accountability Office" keeps "Government": the run names a body.
    const namesBody = ORGANIZATION_WORDS.has(run[run.length - 1]!.text.toLowerCase()) && from + 1 < run.length;
    // "New York", "North Korea", "Air France": a capitalised opener before another name word is part of the name
    // (but "South African miner" is a demonym before a noun).
    const next = run[from + 1];
    // "the All Blacks", "on All Nippon Airways": "All" capitalised inside a sentence opens the name it stands before.
    if (
      lower === 'all' &&
      next &&
      isCapitalised(word.text) &&
      // ("All Blacks coach Steve Hansen" opening a sentence, where the text names the All Black side mid-sentence.)
      (!isSentenceStart(text, word.start) || text.includes(` All ${next.text.replace(/s$/, '')}`))
    )
      break;
    if (
      NAME_OPENERS.has(lower) &&
      next &&
      isCapitalised(word.text) &&
      !tags.within(next.start, next.end).has('demonym')
    )
      break;
    // "Seamer Mark Adair", "Goalscorer Chris Dooley", "Lawyers Trimoelja D. Soerjadi": a word no lexicon names anyone
    // by, opening a sentence before a first name and a surname (and an initial), is what the person is.
    if (
      from === 0 &&
      (run.length === 3 || (run.length === 4 && /^\p{Lu}\.?$/u.test(run[2]!.text))) &&
      // (Or the story's first, after a dateline's dash: "MUMBAI — Opener Mayank Kumar".)
      (isSentenceStart(text, word.start) ||
        /(?:--|[-–—])\s+$/.test(text.slice(Math.max(0, word.start - 4), word.start))) &&
      !namesSomeone(tags, word) &&
      !isAcronym(word.text) &&
      !tagged.has('demonym') &&
      // ("Host Carol Castiel": a title, which the person's role takes.)
      !TITLE_WORDS.has(lower) &&
      !RUN_TITLES_FOLDED.has(lower) &&
      // ("Skipper Achraf Hakimi", "Palaeoanthropologist Lee Burger": a trade's or a position's word before any name.)
      (tags.within(run[1]!.start, run[1]!.end).has('first-name') ||
        ROLE_NOUN.test(word.text) ||
        (AGENT_NOUN.test(word.text) &&
          tagged.has('ordinary-word') &&
          // (Not "Doctors Without Borders": plain words after it.)
          run.slice(1).every((after) => !isPlainEnglish(tags.within(after.start, after.end)))))
    ) {
      from++;
      break;
    }
    // "outside City Hall", "a Town Hall meeting": the seat of a town's council, named by both words.
    if ((lower === 'city' || lower === 'town') && next?.text === 'Hall') break;
    // "the Third Way", "the Fifth Republic": an ordinal capitalised inside a sentence opens the name.
    if (ORDINAL_WORDS.has(lower) && next && !isSentenceStart(text, word.start)) break;
    // "Automaker GM": what kind of body it is, opening a sentence, is no part of its name.
    const common =
      (BODY_NOUN_SET.has(lower) && from + 1 < run.length) ||
      NUMBER_WORDS.has(lower) ||
      (COMMON_WORDS.has(lower) &&
        !TITLE_WORDS.has(lower) &&
        !isAcronym(word.text) &&
        !(namesBody && !ARTICLES.has(lower))) ||
      (tagged.has('function-word') && !tagged.has('place')) ||
      tagged.has('date');
    if (!common) break;
    from++;
  }
  return run.slice(from);
}

/** Formal titles and the job words that read as titles inside a run, longest first. */
const RUN_TITLES = [...TITLES, ...RUN_JOB_WORDS].sort((a, b) => b.length - a.length);
const RUN_TITLES_FOLDED = new Set(RUN_TITLES.map((title) => title.toLowerCase()));

/** Whether a name is a title and nothing else ("the Chief Operating Officer of AirTran"). */
export function isTitleAlone(name: string): boolean {
  // "Acting Deputy Clerk": a title after the words that qualify any title names no one either.
  const lower = name.toLowerCase().replace(TITLE_QUALIFIERS, '');
  // "MPs", "Senators": titles in the plural name no one either.
  return RUN_TITLES_FOLDED.has(lower) || (/\p{L}s$/u.test(lower) && RUN_TITLES_FOLDED.has(lower.slice(0, -1)));
}

const TITLE_QUALIFIERS = /^(?:(?:acting|deputy|assistant|interim|senior|former|vice|associate|executive|principal) )+/;

/** "the islands of Lady Elliott and Heron Island" after "Lady Elliott Island": the title opens the place's short form too. */
function opensPlaceNamedElsewhere(words: readonly Token[], text: string): boolean {
  if (words.length < 2 || !PLACE_OPENING_TITLES.has(words[0]!.text)) return false;
  const name = `${words.map((word) => word.text).join(' ')} `;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const next = /^[A-Z][a-z]+/.exec(text.slice(at + name.length, at + name.length + 20))?.[0];
    if (next && PLACE_NAME_ENDINGS.has(next.toLowerCase())) return true;
  }
  return false;
}

interface TitleSpan {
  readonly from: number;
  readonly to: number;
  /** Written in the plural before several names ("Judges"): each holder's title is the singular. */
  readonly plural?: boolean;
}

/**
 * The last formal title or job word in a run that a name follows, with the plain words of its
 * portfolio before it ("State Security Minister", "Assistant Health Minister").
 */
function lastTitleIn(
  words: readonly Token[],
  isOrdinary: (word: Token) => boolean,
  offices: ReadonlySet<string>,
): TitleSpan | undefined {
  // "Lady Elliott Island", "King George Sound Hospital": a place's last word makes the title word the place's own.
  if (PLACE_NAME_ENDINGS.has(words[words.length - 1]!.text.toLowerCase())) return undefined;
  let found: TitleSpan | undefined;
  for (let from = 0; from < words.length - 1; from++) {
    if (offices.has(words[from]!.text) && isCapitalised(words[from + 1]!.text)) {
      if (!found || from >= found.to) found = { from, to: from + 1 };
      continue;
    }
    for (const title of RUN_TITLES) {
      const parts = title.split(' ');
      // "Court of Appeal Judges Weldon Korir and …": a title in the plural before several names.
      const plural = words[from + parts.length - 1]?.text === `${parts[parts.length - 1]}s`;
      const written = (part: string, k: number) => words[from + k]!.text === part || (k === parts.length - 1 && plural);
      if (from + parts.length > words.length || !parts.every(written)) continue;
      // A title that runs to the end names nobody, and no shorter title inside it does ("Chief Executive Officer").
      if (from + parts.length === words.length) break;
      const next = words[from + parts.length]!;
      if (ORGANIZATION_WORDS.has(next.text.toLowerCase()) || !isCapitalised(next.text)) continue;
      if (!found || from >= found.to) found = { from, to: from + parts.length, ...(plural ? { plural } : {}) };
      break;
    }
  }
  if (found && PORTFOLIO_TITLES.has(words[found.to - 1]!.text.toLowerCase())) {
    let from = found.from;
    // ("Commerce Secretary Howard Lutnick": a portfolio opening the run, which the lexicon may not know.)
    while (from > 0 && (isOrdinary(words[from - 1]!) || (from === 1 && inPortfolio(words[0]!.text.toLowerCase()))))
      from--;
    found = { from, to: found.to };
  }
  return found;
}

/**
 * Offices the article writes before a given name and a surname, outside the title lexicon
 * ("Pastor Ilse Marrow", "Lake County Pastor Ilse Marrow"): an English noun there (not an
 * unknown word: "Jairus Mohammed Nyaoga" is one name) is the holder's office, and stays one
 * before the surname alone ("Pastor Marrow").
 */
function officeWordsIn(
  runs: readonly (readonly Token[])[],
  tags: WordTags,
  isOrdinary: (word: Token) => boolean,
): Set<string> {
  const offices = new Set<string>();
  for (const run of runs) {
    for (let at = 0; at + 2 < run.length; at++) {
      const office = run[at]!;
      const officeTags = tags.within(office.start, office.end);
      const given = tags.within(run[at + 1]!.start, run[at + 1]!.end);
      const surname = run[at + 2]!;
      const surnameTags = tags.within(surname.start, surname.end);
      if (
        /^[A-Z][a-z]+$/.test(office.text) &&
        officeTags.has('english-word') &&
        !OFFICE_NEVER.some((tag) => officeTags.has(tag)) &&
        !ORGANIZATION_WORDS.has(office.text.toLowerCase()) &&
        !PLACE_NAME_ENDINGS.has(office.text.toLowerCase()) &&
        given.has('first-name') &&
        !given.has('english-word') &&
        // ("Tan Sri Mohd Isa": the first word of a formal title.)
        !RUN_TITLES_FOLDED.has(`${office.text} ${run[at + 1]!.text}`.toLowerCase()) &&
        isCapitalised(surname.text) &&
        !isOrdinary(surname) &&
        (surnameTags.has('last-name') || !surnameTags.has('ordinary-word'))
      )
        offices.add(office.text);
    }
  }
  return offices;
}

/** What an office word before a name never is: a name's word, a demonym, a verb or an adjective ("Stunning", "Golden"). */
const OFFICE_NEVER: readonly WordTag[] = [
  'first-name',
  'last-name',
  'country',
  'city',
  'region',
  'demonym',
  'verb',
  'adjective',
  'function-word',
  'acronym',
];

/** Words that make a demonym a region's ("Latin American", "North African", "Central Asian"). */
const REGION_QUALIFIERS = new Set([
  'native',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'latin',
  'middle',
  'sub-saharan',
]);

/** Words that qualify a title before it ("Emeritus Senior Minister", "Acting President"). */
const TITLE_MODIFIERS = new Set([
  'acting',
  'interim',
  'emeritus',
  'former',
  'outgoing',
  'incoming',
  'deputy',
  'senior',
  'caretaker',
  'vice',
]);

/** The rest of a list of portfolios after one of its items: ", Water and Energy", " and Fisheries". */
const PORTFOLIO_LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*,?\s+(?:and|&)\s+\p{Lu}/u;
/** Words of portfolios or fields, after "The" if it opens them ("The Water Resources", "Climatology"). */
const namesPortfolios = (words: readonly Token[]) =>
  words.every(
    (word, at) =>
      isPortfolioWord(word.text.toLowerCase()) || FIELD_OF_STUDY.test(word.text) || (at === 0 && word.text === 'The'),
  );
/** A word a minister's or a secretary's portfolio may hold ("Cabinet", "Trade"). */
const inPortfolio = (lower: string) => PORTFOLIO_WORDS.has(lower) || ORGANIZATION_WORDS.has(lower);

/** Words that open a title of several words after a demonym ("Japanese Chief Cabinet Secretary", "Chinese Deputy Trade Minister"). */
const TITLE_RANKS = new Set([...TITLE_MODIFIERS, 'chief', 'principal', 'assistant', 'under', 'permanent']);

/** Titles a portfolio of plain words may open ("Health Minister", "Home Secretary"). */
const PORTFOLIO_TITLES = new Set([
  'minister',
  'secretary',
  'commissioner',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'officer',
  'chief',
  'adviser',
  'advisor',
  'coordinator',
  'administrator',
  'leader',
]);

/** A rank joined to a job with a hyphen ("Co-founder", "Vice-chairman", "Ex-minister"). */
const JOB_RANK_JOINED = /^(?:co|vice|ex|deputy|former|acting)-(?=[a-z])/;
/** Occupations news writes as a title before a full name at a sentence's opening ("Novelist Jane Roe, whose books…"). */
const OPENING_OCCUPATIONS = new Set([
  'author',
  'novelist',
  'writer',
  'poet',
  'playwright',
  'actor',
  'actress',
  'singer',
  'artist',
  'painter',
  'composer',
  'journalist',
  'historian',
  'economist',
  'architect',
  'lawyer',
  'minister',
]);

/** A job word opening a sentence before a name ("Striker Kwame Mensah-Bonsu scored"). */
function jobOpeningSentence(words: readonly Token[], text: string): TitleSpan | undefined {
  if (words.length < 2 || !opensSentence(text, words[0]!.start)) return undefined;
  // "Co-head Jane Roe", "Ex-minister John Doe": a job with its rank joined on; "Novelist Jane Roe": an occupation before a
  // given name and a surname.
  const job = words[0]!.text.toLowerCase().replace(JOB_RANK_JOINED, '');
  // "General Motors" is no general: a job word before an organisation word opens the body's name.
  return (job in JOB_RELATIONS || (OPENING_OCCUPATIONS.has(job) && words.length > 2)) &&
    isCapitalised(words[1]!.text) &&
    !ORGANIZATION_WORDS.has(words[1]!.text.toLowerCase())
    ? { from: 0, to: 1 }
    : undefined;
}

/** A facility word right after a name, by kind; longer words first ("air base" before "base"). */
const FACILITY_AFTER = (['place', 'organization'] as const).map((kind) => {
  const words = [...(kind === 'place' ? PLACE_FACILITY_WORDS : ORGANIZATION_FACILITY_WORDS)].sort(
    (a, b) => b.length - a.length,
  );
  return { kind, pattern: new RegExp(`^ (${words.join('|')})(?![\\p{L}])`, 'iu') };
});

/** A facility word right after a name ("Latakia airport", "Doha forum"), if any. */
function facilityAfter(after: string, base: string): NameMention['facility'] {
  if (/(?:ial|ical)$/.test(base)) return undefined;
  for (const { kind, pattern } of FACILITY_AFTER) {
    const word = pattern.exec(after)?.[1]?.toLowerCase();
    if (word) return { word, kind, base };
  }
  return undefined;
}

/** How long a headline's or a caption's line may be. */
const SHORT_LINE = 60;

/** Whether the line before `offset`, which opens a line, is short and ends in a lower-case letter: a headline or a caption, not a wrapped sentence. */
function followsShortOpenLine(text: string, offset: number): boolean {
  if (text[offset - 1] !== '\n') return false;
  const lineStart = text.lastIndexOf('\n', offset - 2) + 1;
  const last = text[offset - 2] ?? '';
  return (
    offset - 1 - lineStart <= SHORT_LINE &&
    last !== last.toUpperCase() &&
    !/[.!?:;]/.test(text.slice(lineStart, offset - 1))
  );
}

/** A sentence start, or the first word after a dateline's dash ("SANTIAGO, March 14 - Chilean President…"). */
function opensSentence(text: string, offset: number): boolean {
  return (
    isSentenceStart(text, offset) ||
    // ("… crowns * Turnover at the Oslo Bourse": a list's items flattened into one line, each after its bullet.)
    /\s[-–—*•]\s+$/.test(text.slice(Math.max(0, offset - 4), offset)) ||
    // (The builder reads hard-wrapped copy unwrapped: a line break left after a lower-case word ends a line of its own.)
    followsShortOpenLine(text, offset)
  );
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "US", "HTS", "EADS": capitals throughout, never the common word they spell. */
export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{N}&.-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}
