/**
 * Figures in English news prose: a number with its unit, what it counts and how the text
 * hedges it ("more than 28,000", "a 24-year rule", "$59.5 billion", "killed at least 12
 * people"). Times, dates, years (of any era), ordinals, heights and numbers that are
 * parts of names ("Airbus A320", "COVID-19", "Resolution 2254") are not figures.
 */

import { NUMBER_WORDS, spelledNumberPattern, spelledNumberValue } from './numberWords';
import { PEOPLE_ADJECTIVE } from './names';
import { sentenceSpans } from './sentences';

/** How the text bounds the value: "more than 28,000" is `above`, "nearly 60 billion" is `below`. */
export type Hedge = 'exact' | 'about' | 'below' | 'above' | 'at-least' | 'at-most';

export interface Figure {
  /** The figure as written, hedge included: "more than 28,000". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The number, scale applied: 59.5e9 for "$59.5 billion". */
  readonly value: number;
  /** The top of a range ("10-12", "10 to 12"). */
  readonly upTo?: number;
  /** The smallest step the number is written to: 1e9 for "60 billion", 1 for "28,113", 0.1 for "59.5". */
  readonly step: number;
  readonly hedge: Hedge;
  /** A currency ("$"), "%", or a measure ("year", "km"); empty when the number counts things. */
  readonly unit: string;
  /** The word the number counts, as written in lower case: "people" for "12 people", "rule" for "a 24-year rule"; empty if none follows. */
  readonly counted: string;
  /** Content words near the number, stemmed: what tells two statements of a quantity apart. */
  readonly context: readonly string[];
  /** Those of them that say what happened ("killed", "wounded"), stemmed. */
  readonly actions: readonly string[];
  /** The sentence that states it. */
  readonly sentence: { readonly start: number; readonly end: number };
}

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
};

const CURRENCIES: Record<string, string> = { $: '$', us$: '$', '£': '£', '€': '€', '¥': '¥' };

/** Measures written after a number ("24-year", "10 km"): the unit is part of what is compared. */
const MEASURES: Record<string, string> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  km: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'mile',
  miles: 'mile',
  foot: 'ft',
  feet: 'ft',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  percent: '%',
  'per cent': '%',
  '%': '%',
  tonne: 'tonne',
  tonnes: 'tonne',
  ton: 'tonne',
  tons: 'tonne',
  acre: 'acre',
  acres: 'acre',
  hectare: 'hectare',
  hectares: 'hectare',
  magnitude: 'magnitude',
  dollars: '$',
  dollar: '$',
  euros: '€',
  euro: '€',
  pounds: '£',
};

/** Words before a number that hedge it, longest first. */
const HEDGES: readonly [RegExp, Hedge][] = [
  [
    /\b(?:more than|over|above|upwards of|in excess of|topp(?:ed|ing)|tops|exceed(?:ed|ing|s)?|passed|surpass(?:ed|ing)?)\s+$/i,
    'above',
  ],
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at-least'],
  [/\b(?:nearly|almost|close to|just under|just short of|approaching)\s+$/i, 'below'],
  [/\b(?:fewer than|less than|under|below)\s+$/i, 'below'],
  [/\b(?:up to|at most|as many as|as much as|no more than)\s+$/i, 'at-most'],
  [
    /\b(?:about|around|roughly|some|approximately|an estimated|estimated|an? approximate|circa|almost exactly)\s+(?:an?\s+)?$/i,
    'about',
  ],
];

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Words that say nothing about which quantity a number is. */
const STOPWORDS = new Set(
  (
    'a an the of in on at to for from by with as and or but than that this these those its his her their our your ' +
    'was were is are be been being has have had will would could should may might can did do does not no ' +
    'he she it they we you i who which what when where while after before since during into onto about over ' +
    'more most less least some many much nearly almost around roughly approximately estimated least up just ' +
    'under below above than also only still per cent percent said says say told according new last first ' +
    'all each other another such there here then so if because out off whose them him us me my'
  ).split(' '),
);

/** The longest figure a number can start (digits and separators), to keep a pathological run of digits bounded. */
const MAX_DIGITS = 40;

/** A number, with a range's top (`range`) or without it. */
const numberPattern = (range: boolean) =>
  String.raw`(?<![\p{L}\p{N}_.,:/'’-])` +
  String.raw`(?<currency>US\$|[$£€¥])?\s?` +
  // ("10 000 protesters": thousands set apart by spaces, as French and SI style write them.)
  String.raw`(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d,.]\d)|\d{1,${MAX_DIGITS}}(?:\.\d+)?)` +
  (range
    ? String.raw`(?:(?<separator>\s?(?:-|–|to)\s?)(?<upTo>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,${MAX_DIGITS}}(?:\.\d+)?))?`
    : '') +
  String.raw`(?<scale>[\s-]?(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)\b)?` +
  String.raw`(?<percent>\s?(?:%|percent\b|per cent\b))?`;
const NUMBER = new RegExp(numberPattern(true), 'giu');
/** The first number of "from 4,500 to 15,000", read alone where it starts. */
const NUMBER_ALONE = new RegExp(numberPattern(false), 'iuy');
/** "went from 4,500 to 15,000": a change between two figures, not a range. */
const CHANGE_FROM = /\bfrom\s+$/i;

// "One" alone is left out: "one of", "no one", "one day" count nothing.
const WORD_NUMBER = new RegExp(
  String.raw`\b(?<word>${spelledNumberPattern(['one'])})(?<scale>\s(?:hundred|thousand|million|billion))?\b`,
  'gi',
);

/** The figures of `text`, in order. */
export function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of sentenceSpans(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const taken: [number, number][] = [];
    // (One pattern for every sentence, from its start: the check reads the draft's figures on every pause in typing.)
    NUMBER.lastIndex = 0;
    /** The first figure of a change ("from 4,500 to 15,000"), whose words the second shares. */
    let changedFrom: Figure | undefined;
    for (let found = NUMBER.exec(body); found; found = NUMBER.exec(body)) {
      let match: RegExpExecArray = found;
      const change = found.groups!.separator?.includes('to') && CHANGE_FROM.test(body.slice(0, found.index));
      if (change) {
        NUMBER_ALONE.lastIndex = found.index;
        match = NUMBER_ALONE.exec(body)!;
        NUMBER.lastIndex = found.index + found[0].indexOf(found.groups!.upTo!, found.groups!.number!.length);
      }
      const read = readDigits(body, match, sentence);
      const figure = read && changedFrom ? sharingWords(read, changedFrom) : read;
      changedFrom = change ? read : undefined;
      if (figure) {
        figures.push(figure);
        taken.push([figure.start - sentence.start, figure.end - sentence.start]);
      }
    }
    // Both in order of position: a spelled number inside a figure in digits ("5 million") is not another.
    let next = 0;
    for (const match of body.matchAll(WORD_NUMBER)) {
      while (next < taken.length && taken[next]![1] <= match.index) next++;
      if (next < taken.length && taken[next]![0] < match.index + match[0].length) continue;
      const figure = readWords(body, match, sentence);
      if (figure) figures.push(figure);
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

type SentenceSpan = Figure['sentence'];

/** The second figure of a change with what the first counts and the words around it: one quantity at two times. */
function sharingWords(figure: Figure, from: Figure): Figure {
  return {
    ...figure,
    counted: figure.counted || from.counted,
    context: [...new Set([...from.context, ...figure.context])],
  };
}

function readDigits(body: string, match: RegExpMatchArray, sentence: SentenceSpan): Figure | undefined {
  const groups = match.groups!;
  const at = match.index!;
  const end = at + match[0].length;
  const before = body.slice(Math.max(0, at - 30), at);
  const after = body.slice(end, end + 30);
  const digits = groups.number!;
  const currency = groups.currency ? CURRENCIES[groups.currency.toLowerCase()]! : '';
  const scaleWord = groups.scale?.replace(/^[\s-]/, '').toLowerCase();
  // "m" after a number is metres as often as millions: only with a currency is it millions.
  if (scaleWord === 'm' && !currency) return undefined;
  if (isNotAFigure(digits, groups, before, after, currency)) return undefined;
  const scale = scaleWord ? SCALES[scaleWord]! : 1;
  const value = Number(digits.replace(/[,\s]/g, '')) * scale;
  const upTo = groups.upTo ? Number(groups.upTo.replace(/[,\s]/g, '')) * scale : undefined;
  if (!Number.isFinite(value) || (upTo !== undefined && !(upTo > value))) return undefined;
  const unitAfter = groups.percent ? { unit: '%', length: 0 } : measureAfter(after);
  return assemble(body, sentence, at, end + (unitAfter?.length ?? 0), {
    value,
    upTo,
    step: stepOf(digits) * scale,
    unit: currency || (unitAfter?.unit ?? ''),
  });
}

function readWords(body: string, match: RegExpMatchArray, sentence: SentenceSpan): Figure | undefined {
  const at = match.index!;
  const word = match.groups!.word!.toLowerCase();
  const number = spelledNumberValue(word)!;
  const scaleWord = match.groups!.scale?.trim().toLowerCase();
  const after = body.slice(at + match[0].length, at + match[0].length + 30);
  // "one of", "ten of thousands", "dozens": not one figure. A spelled number only counts where a noun or unit follows.
  if (/^\s+of\b/i.test(after) || (word === 'hundred' && !scaleWord)) return undefined;
  const scale = scaleWord ? SCALES[scaleWord]! : 1;
  const unitAfter = measureAfter(after);
  const figure = assemble(body, sentence, at, at + match[0].length + (unitAfter?.length ?? 0), {
    value: number * scale,
    step: scale,
    unit: unitAfter?.unit ?? '',
  });
  return figure && (figure.counted || figure.unit) ? figure : undefined;
}

/** A number that is a time, date, year, ordinal, part of a name or a person's height. */
function isNotAFigure(
  digits: string,
  groups: Record<string, string | undefined>,
  before: string,
  after: string,
  currency: string,
): boolean {
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  // 9.30, 9:30, 10pm, 10 a.m., "at 9.30"
  if (/^\s?(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|o'clock)(?![\p{L}])/iu.test(after)) return true;
  if (/^[:]\d/.test(after) || (/\bat\s+$/i.test(before) && /\.\d{2}$/.test(digits))) return true;
  // A height: 5'11", 6 ft 2 in, "six feet" (a depth or a distance, "1,500 feet", is a figure); not a quotation mark
  // opening a word ('named 15 "ministers"').
  if (/^(?:['’′"”″]|\s['’′"”″](?!\p{L})|\s?(?:inch(?:es)?\b|in\.))/iu.test(after)) return true;
  if (/^[1-8]$/.test(digits) && /^[\s-]?(?:ft|feet|foot)\b(?! of\b)/i.test(after)) return true;
  // A year of an era: "79 AD", "AD 79", "44 BC" (a count with a thousands comma is no year: "3,000 BC residents").
  if (
    (/^\s?(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\p{L}])/u.test(after) && !/,/.test(digits)) ||
    /\b(?:AD|A\.D\.)\s+$/.test(before)
  )
    return true;
  // A date: "8 December", "Dec. 8", "December 8, 2024"
  const nextWord = /^\s+([\p{L}.]+)/u.exec(after)?.[1] ?? '';
  const previousWord = /([\p{L}.]+),?\s+$/u.exec(before)?.[1] ?? '';
  if (!currency && (MONTHS.test(nextWord) || MONTHS.test(previousWord))) return true;
  // A year: four digits from 1000 to 2099, with no currency, scale or percent, not a count of things ("said 1182 houses
  // were destroyed", where "the 2024 elections" and "in 1998 floods" are years).
  const counts =
    /^\s+(?:\p{Ll}+[^s\P{Ll}]s|people|children|men|women|cattle|livestock|sheep|personnel)\b/u.test(after) &&
    !/\b(?:the|this|that|its|their|his|her|our|in|since|until|till|before|after|during|by)\s+$/i.test(before);
  if (
    !currency &&
    !groups.scale &&
    !groups.percent &&
    !counts &&
    /^(?:1\d{3}|20\d{2})$/.test(digits) &&
    !(groups.upTo !== undefined && !/^(?:1\d{3}|20\d{2})$/.test(groups.upTo))
  ) {
    return true;
  }
  if (/^(?:1\d{3}|20\d{2})$/.test(groups.upTo ?? '') && !currency) return true;
  // An age set off after a name: "Suzanne Blamires, 36, Susan Rushworth, 43, and…", "(Jo Hart, 52)".
  if (
    !currency &&
    /^\d{1,3}$/.test(digits) &&
    /\p{Lu}[\p{L}'’-]*,\s+$/u.test(before) &&
    /^(?:,|\)|\.(?:\s|$)|\s+and\b|\s*$)/.test(after)
  )
    return true;
  // Numbers in names and references: "No. 5", "Resolution 2254", "Flight 17", "Article 50", "Route 66"
  if (/\b(?:No\.?|Nos\.?|number|#)\s*$/i.test(before)) return true;
  if (
    /\b(?:Resolution|Article|Flight|Route|Highway|Chapter|Section|Room|Gate|Platform|Apollo|Terminal|Ward|Precinct|District|Block|Lot|Unit|Level|Phase|Stage|Game|Round|Week|Vatican|Pope)\s+$/.test(
      before,
    )
  )
    return true;
  // Any other name's number ("Boeing 737 jets", "Super Bowl 50"): a capitalised word right before, not a sentence's
  // first; never written with a thousands separator or decimals ("Zelenskyy Says 31,000 Soldiers Killed" is a count).
  return (
    !currency &&
    !groups.scale &&
    !groups.percent &&
    /^\d+$/.test(digits) &&
    /[\p{Ll},]\s+\p{Lu}\p{Ll}*\s+$/u.test(before)
  );
}

/** The measure right after a number ("-year", " km", " percent"), and how much of the text it takes. */
function measureAfter(after: string): { unit: string; length: number } | undefined {
  const age = /^[-\s]years?[-\s]old\b/i.exec(after);
  if (age) return { unit: 'age', length: age[0].length };
  const match = /^(?:-|\s)(per cent|[\p{L}]+)(?![\p{L}-]*-old)/iu.exec(after);
  if (!match) return undefined;
  const unit = MEASURES[match[1]!.toLowerCase()];
  return unit ? { unit, length: match[0].length } : undefined;
}

/** The smallest step a number is written to: "28,000" 1000, "28,113" 1, "59.5" 0.1. */
function stepOf(digits: string): number {
  const plain = digits.replace(/[,\s]/g, '');
  const decimals = /\.(\d+)$/.exec(plain)?.[1];
  if (decimals) return 10 ** -decimals.length;
  // Counts under a hundred are written exactly: "10 people" is ten, not "about ten".
  if (Number(plain) < 100) return 1;
  const zeros = /0*$/.exec(plain)![0].length;
  return zeros === plain.length ? 1 : 10 ** zeros;
}

function assemble(
  body: string,
  sentence: SentenceSpan,
  start: number,
  end: number,
  number: { value: number; upTo?: number; step: number; unit: string },
): Figure | undefined {
  const before = body.slice(Math.max(0, start - 40), start);
  let hedge: Hedge = 'exact';
  let from = start;
  for (const [pattern, kind] of HEDGES) {
    const found = pattern.exec(before);
    if (!found) continue;
    hedge = kind;
    // Verbs that hedge ("topped") stay outside the figure's text: they are what the sentence says.
    const words = found[0].trimEnd();
    if (!/^(?:topp|tops|exceed|passed|surpass)/i.test(words)) from = start - found[0].length;
    break;
  }
  const rest = body.slice(end, end + WINDOW);
  const counted = countedWord(rest) || (countedBefore(body.slice(0, from))?.[0] ?? '');
  return {
    text: body.slice(from, end),
    start: sentence.start + from,
    end: sentence.start + end,
    value: number.value,
    ...(number.upTo !== undefined ? { upTo: number.upTo } : {}),
    step: number.step,
    hedge,
    unit: number.unit,
    counted,
    ...contextOf(body, from, end),
    sentence,
  };
}

/** The noun right after a number: "12 people" → "people", "24-year rule" → "rule". */
function countedWord(rest: string): string {
  // ("12 “ministers”": the noun in quotation marks is still what is counted.)
  const match = /^\s*["“‘']?((?:[\p{L}][\p{L}'’-]*\s+){0,1}[\p{L}][\p{L}'’-]*)/u.exec(rest);
  if (!match) return '';
  const words = match[1]!.split(/\s+/);
  // "two Russian aircraft": a people's adjective before the noun counted.
  if (PEOPLE_ADJECTIVE.test(words[0]!) && /^\p{Ll}/u.test(words[1] ?? '') && !STOPWORDS.has(words[1]!))
    return words[1]!;
  const first = words[0]!.toLowerCase();
  if (STOPWORDS.has(first) || /^\p{Lu}/u.test(words[0]!)) return '';
  return first;
}

/** "The number of homes destroyed … has risen to 131": what a figure counts, named earlier as "the number of". */
function countedBefore(before: string): string[] | undefined {
  const named =
    /\b(?:number|total|tally|count)\s+of\s+([\p{Ll}][\p{L}'’-]*)(?:\s+([\p{Ll}][\p{L}'’-]*))?[^.;:\d]*$/u.exec(before);
  return named ? [named[1]!, ...(named[2] && !STOPWORDS.has(named[2]) ? [named[2]] : [])] : undefined;
}

/** Content words around a figure (its hedge left out), within its clause, stemmed; and those that say what happened. */
function contextOf(body: string, start: number, end: number): { context: string[]; actions: string[] } {
  // The clause, and no further back than the number before: "killed 12 people and 30 people were wounded".
  const left =
    body
      .slice(Math.max(0, start - WINDOW), start)
      .split(/[;:()—–]|,\s(?=\p{Ll})|\d/u)
      .pop() ?? '';
  const right = body.slice(end, end + WINDOW).split(/[;:()—–,]|\d/)[0] ?? '';
  const words = [
    ...(countedBefore(body.slice(0, start)) ?? []),
    ...(left.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(-5),
    ...(right.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(0, 4),
  ];
  const content = words
    .filter((word) => !/^\p{Lu}/u.test(word) || word === word.toUpperCase())
    .map((word) => word.toLowerCase())
    .filter((word) => !STOPWORDS.has(word) && !(word in NUMBER_WORDS) && !(word in SCALES) && !(word in MEASURES));
  const actions = content.filter(
    (word) => (/..(?:ed|ing)$/.test(word) || DEATHS.has(word)) && !NOT_ACTIONS.has(stem(word)),
  );
  return { context: [...new Set(content.map(stem))], actions: [...new Set(actions.map(stem))] };
}

/** Words for deaths that do not end as verbs do: "12 dead", "deaths". */
const DEATHS = new Set(['dead', 'died', 'dies', 'death', 'deaths', 'killings']);

/** How far around a number its words are read, in characters: enough for a clause, bounded on long lines. */
const WINDOW = 120;

/** Verbs that say how a quantity stands or was reported, not what happened: "reached 28,000", "estimated at". */
const NOT_ACTIONS = new Set([
  'reach',
  'topp',
  'pass',
  'exceed',
  'surpass',
  'climb',
  'ris',
  'stood',
  'stand',
  'estimat',
  'put',
  'report',
  'confirm',
  'total',
  'count',
  'number',
  'includ',
  'accord',
  'approach',
  'bring',
  'brought',
  'leav',
  'remain',
  'appear',
]);

const IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  dead: 'death',
  died: 'death',
  dies: 'death',
  deaths: 'death',
  killing: 'kill',
  killings: 'kill',
  // One action in other words: "122 seats is needed" and "112 seats is required" state one quantity.
  require: 'need',
  requires: 'need',
  required: 'need',
  // "four bodies had been retrieved" and "six bodies had been recovered"; "12 injured" and "12 wounded".
  retrieve: 'recover',
  retrieves: 'recover',
  retrieved: 'recover',
  retrieving: 'recover',
  wounded: 'injur',
  wounding: 'injur',
  hurt: 'injur',
};

/** A crude stem, enough to tell "killed" and "kills" for one word and "wounded" for another. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  return lower
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '')
    .replace(/(?<=..)(?:ed|ing)$/, '')
    .replace(/(?<=..)e$/, '');
}

/** People counted by what they are doing: "12,000 people" may be the "10,000 protesters" a source counted. */
const PEOPLE_BY_ROLE = new Set(
  [
    'protesters',
    'demonstrators',
    'supporters',
    'residents',
    'villagers',
    'passengers',
    'workers',
    'students',
    'migrants',
    'refugees',
    'civilians',
    'fans',
    'spectators',
    'mourners',
    'voters',
  ].map(stem),
);

/** Whether one of two stemmed counted nouns is "people" and the other people by their role. */
function peopleBoth(a: string, b: string): boolean {
  const people = stem('people');
  return (a === people && PEOPLE_BY_ROLE.has(b)) || (b === people && PEOPLE_BY_ROLE.has(a));
}

/** A round number ("28,000", "60 billion") stands for anything that rounds to it: half its step either side. */
function slackOf(figure: Pick<Figure, 'step'>): number {
  return figure.step > 1 || figure.step < 1 ? figure.step / 2 : 0;
}

/** The values a figure allows, as an interval: what it says, widened by how it is rounded and hedged. */
export function boundsOf(figure: Pick<Figure, 'value' | 'upTo' | 'step' | 'hedge'>): [number, number] {
  const low = figure.value;
  const high = figure.upTo ?? figure.value;
  const slack = slackOf(figure);
  switch (figure.hedge) {
    case 'exact':
      return [low - slack, high + slack];
    // "About 500" is 475 to 525, or what rounds to 500 if that is wider: "about 200" and "about 300" do not agree.
    case 'about':
      return [low - Math.max(low * 0.05, slack), high + Math.max(high * 0.05, slack)];
    // "More than 28,000" is written for 28,113, not for 35,000, and "at least 12" for the 12 a source counted,
    // not for 15: the next round figure up is the limit.
    // (The next round figure itself is out: "over 200" and "over 300" do not agree.)
    case 'above':
    case 'at-least':
      return [low, high + Math.max(figure.step, high * 0.05) * (1 - 1e-6)];
    case 'below':
      return [low - Math.max(figure.step, low * 0.05), high];
    case 'at-most':
      return [0, high + slack];
  }
}

/** Whether two statements of one quantity can both be true, allowing the rounding and hedges a house style allows. */
export function figuresAgree(
  a: Pick<Figure, 'value' | 'upTo' | 'step' | 'hedge'>,
  b: Pick<Figure, 'value' | 'upTo' | 'step' | 'hedge'>,
): boolean {
  // "About 895" for "about 985", "up to 3,000" for "up to 2,000": a hedge copied with its figure
  // says the figures should be one, as far as rounding goes.
  if (a.hedge === b.hedge && a.hedge !== 'exact')
    return figuresAgree({ ...a, hedge: 'exact' }, { ...b, hedge: 'exact' });
  const tolerance = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  // Two single figures agree where one rounds to the other: "28,000" for 28,113 and "240" for "200", but not "1,500"
  // for "1,000" (it rounds to 2,000) nor "25,000" for "20,000".
  if (a.hedge === 'exact' && b.hedge === 'exact' && a.upTo === undefined && b.upTo === undefined) {
    const difference = Math.abs(a.value - b.value);
    return difference <= tolerance || difference < Math.max(slackOf(a), slackOf(b)) - tolerance;
  }
  const [aLow, aHigh] = boundsOf(a);
  const [bLow, bHigh] = boundsOf(b);
  const overlap = Math.min(aHigh, bHigh) - Math.max(aLow, bLow);
  // Two ranges that only touch are two round figures side by side ("200" is 150–250, "300" is 250–350): they differ.
  if (overlap <= tolerance && aHigh - aLow > tolerance && bHigh - bLow > tolerance) return false;
  return overlap >= -tolerance;
}

/**
 * Whether two figures state the same quantity: the same unit, the same thing counted (where
 * both name one), and at least two context words in common, or one besides the thing counted.
 */
export function sameQuantity(
  a: Pick<Figure, 'unit' | 'counted' | 'context' | 'actions'>,
  b: Pick<Figure, 'unit' | 'counted' | 'context' | 'actions'>,
): boolean {
  if (a.unit !== b.unit) return false;
  // "Killed 12" and "wounded 30" are two quantities, whatever else their sentences share.
  if (a.actions.length > 0 && b.actions.length > 0 && !a.actions.some((action) => b.actions.includes(action)))
    return false;
  const counted = a.counted && stem(a.counted);
  if (counted && b.counted && counted !== stem(b.counted) && !peopleBoth(counted, stem(b.counted))) return false;
  const shared = a.context.filter((word) => b.context.includes(word));
  const besidesCounted = shared.filter((word) => word !== counted && word !== (b.counted && stem(b.counted)));
  if (counted && b.counted && (a.unit || besidesCounted.length >= 1)) return true;
  return besidesCounted.length >= 2 || (a.unit !== '' && besidesCounted.length >= 1);
}
