/**
 * Capitalised names in a draft, found by shape alone (no dictionary, no NLP): runs of
 * capitalised words, with the particles names carry ("al-Assad", "Hayat Tahrir al-Sham",
 * "Ursula von der Leyen") kept inside the run.
 */

import commonWords from './data/commonWords.json';
import titleAbbreviations from './data/titleAbbreviations.json';
import titles from './data/titles.json';
import { forEachWord } from './words';

/** A word of a draft with its source offsets. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Particles that stand lower-case inside a name. */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'es',
  'di',
  'del',
  'della',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'y',
]);

/** The Arabic article written apart, lower-case, before a name ("al Jazeera", "el Sisi"). */
const ARABIC_ARTICLES = new Set(['al', 'el']);

/** A hyphenated Arabic article at the start of a word: al-, el-, and the assimilated forms. */
export const ARTICLE_PREFIX = /^(?:a|e|u)(?:l|d|n|r|s|sh|t|th|z)-(?=\p{L})/iu;

/** A brand's name in its own case ("easyJet", "eBay", "iPhone"; not a unit such as "kWh"). */
const BRAND_CASE = /^\p{Ll}{2,}\p{Lu}\p{Ll}|^\p{Ll}\p{Lu}\p{Ll}{2}/u;

/** A French or Italian article elided before a name ("d'Orsay", "d’Ivoire", "l'Aquila"). */
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}/u;

/** Whether a word is written as part of a name: an initial capital, or an article before one ("al-Assad"). */
export function isCapitalised(word: string): boolean {
  // Most words are plain ASCII: decided by their first letter, and by a hyphen for an article.
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122 && !word.includes('-') && !hasCapitalOrApostrophe(word)) return false;
  return (
    /^\p{Lu}/u.test(word) ||
    ELIDED_ARTICLE.test(word) ||
    BRAND_CASE.test(word) ||
    (ARTICLE_PREFIX.test(word) && /^\p{Lu}/u.test(word.replace(ARTICLE_PREFIX, '')))
  );
}

/** Whether a lower-case word has a capital or an apostrophe after its first letter ("easyJet", "d'Orsay"): scanned by code, as this runs on every word of a draft. */
function hasCapitalOrApostrophe(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || isApostrophe(code)) return true;
  }
  return false;
}

/** "Bashar al-Assad" → "Bashar Assad": every word's Arabic article dropped. */
export function withoutArticles(name: string): string {
  return name
    .split(' ')
    .map((word) => word.replace(ARTICLE_PREFIX, ''))
    .join(' ');
}

/** A one-letter prefix of a name ("O'", "D'") and what follows it when typed with a space. */
const SPACED_PREFIX = /^[OD]$/;
const SPACED_PREFIX_AFTER = /^['’] \p{Lu}/u;

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** The word without a possessive ending ("'", "'s", "’", "’s"). */
export function withoutPossessive(word: string): string {
  if (isApostrophe(word.charCodeAt(word.length - 1))) return word.slice(0, -1);
  if (word.endsWith('s') && isApostrophe(word.charCodeAt(word.length - 2))) return word.slice(0, -2);
  return word;
}

/** What stands before and after a nickname inside a name: a space and a quotation mark, and the mark, a space and the name's next word. */
const NICKNAME_OPENING = /^ ["“]$/;
const NICKNAME_CLOSING = /^["”] \p{Lu}/u;

/**
 * Runs of capitalised words (possessive endings dropped), each a list of tokens. A run ends
 * at punctuation other than a hyphen or apostrophe, at a line break, or at a lower-case word
 * that is not a particle.
 */
export function capitalisedRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let pendingParticles: Token[] = [];
  let lastEnd = -1;
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    pendingParticles = [];
  };
  forEachWord(text, (start, rawEnd) => {
    const raw = text.slice(start, rawEnd);
    // "Juan Miguel “Migz” Zubiri": a nickname in quotation marks inside a name is no part of it; the name goes on after it.
    if (
      run.length > 0 &&
      start === lastEnd + 2 &&
      NICKNAME_OPENING.test(text.slice(lastEnd, start)) &&
      NICKNAME_CLOSING.test(text.slice(rawEnd, rawEnd + 3))
    ) {
      lastEnd = rawEnd + 1;
      return;
    }
    // Only a single space between two words keeps a run going.
    if (run.length > 0 && !(start === lastEnd + 1 && text.charCodeAt(lastEnd) === 0x20)) close();
    // "O' Leary", "D' Angelo": a name's prefix typed with a space, read on to the rest of the name.
    if (SPACED_PREFIX.test(raw) && SPACED_PREFIX_AFTER.test(text.slice(rawEnd, rawEnd + 3))) {
      run.push(...pendingParticles, { text: text.slice(start, rawEnd + 1), start, end: rawEnd + 1 });
      pendingParticles = [];
      lastEnd = rawEnd + 1;
      return;
    }
    const word = withoutPossessive(raw);
    lastEnd = rawEnd;
    if (isCapitalised(word)) {
      run.push(...pendingParticles, { text: word, start, end: start + word.length });
      pendingParticles = [];
    } else if ((run.length > 0 && PARTICLES.has(word)) || (run.length === 0 && ARABIC_ARTICLES.has(word))) {
      // "Officials from al Jazeera": an Arabic article opens a name too.
      pendingParticles.push({ text: word, start, end: start + word.length });
    } else {
      close();
    }
    if (word !== raw) close(); // a possessive ends the name
  });
  close();
  return runs;
}

/**
 * Frequent English words that start sentences and headlines with a capital. Not names,
 * however close they come to one ("Homes" and "Homs").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords);

/**
 * Formal titles written before a name, longest first so that "Prime Minister" wins over
 * "Minister". Used to read a title next to a name, never as entity data. The list includes
 * the abbreviated titles and ranks of wire copy ("Exxon Mobil CEO Darren Woods", "Russian FM Sergei Lavrov").
 */
export const TITLES: readonly string[] = [...titles].sort((a, b) => b.length - a.length);

/** What an abbreviated title stands for, for the role a dictionary records ("FM" → "Foreign Minister"). */
export const TITLE_ABBREVIATIONS_SPELLED: Readonly<Record<string, string>> = titleAbbreviations;

/** The titles by their last two characters, lower-case, each list longest first: only those can end where a text does. */
const TITLES_BY_ENDING = new Map<string, string[]>();
for (const title of TITLES) {
  const ending = title.slice(-2).toLowerCase();
  TITLES_BY_ENDING.set(ending, [...(TITLES_BY_ENDING.get(ending) ?? []), title]);
}

/** Ranks abbreviated without stops, as British and Commonwealth copy writes them ("Brig", "Lt-Gen"). */
const RANK_ABBREVIATION = /^(?:Brig|Gen|Col|Capt|Sgt|Cpl|Lt|Cdr|Supt|Insp|Prof|Maj)(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Titles that house styles write in lower case before a name ("foreign minister Sergei
 * Lavrov", "chief executive Ingrid Sørensen"): offices, not abbreviations or courtesy
 * titles, abbreviations ("Brig", "Lt-Gen") or words that are just as often ordinary words
 * there ("general", "major", "speaker", "justice", "premier", "king").
 */
const LOWER_CASE_TITLES = new Set(
  TITLES.filter(
    (title) =>
      /^[\p{Lu}][\p{L} -]+$/u.test(title) &&
      !/^\p{Lu}+$/u.test(title) &&
      !RANK_ABBREVIATION.test(title) &&
      !/^(General|Major|Speaker|Justice|Judge|Chair|Marshal|Representative|Premier|King|Queen|Prince|Princess|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Duke|Duchess|Earl|Baron|Baroness|Viscount|Marquess|Countess|Emperor|Empress|Coach|Manager|Inspector|Detective|Constable|Commander|Captain|Lieutenant|Sergeant|Corporal|Colonel|Admiral|Professor|Reverend)$/.test(
        title,
      ),
  ).map((title) => title.toLowerCase()),
);

/** Words of honours that are names too: "Tan" (of "Tan Sri") a surname, "Sri" of Sri Lanka. */
const NAME_WORDS_IN_TITLES = new Set(['tan', 'sri']);

/** Every word of every title, lower-case: such words are never a name. */
export const TITLE_WORDS = new Set(
  TITLES.flatMap((title) => title.toLowerCase().split(' ')).filter((word) => !NAME_WORDS_IN_TITLES.has(word)),
);

/** Courtesy titles that say nothing about office, and so never conflict with a role. */
export const COURTESY_TITLES = new Set([
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  // Malaysian and Nigerian honours, worn by whoever holds them.
  'Tan Sri',
  'Datuk Seri',
  'Datuk',
  "Dato'",
  'Alhaji',
]);

/**
 * The formal title written right before `offset`, with its span, if any: as the list
 * writes it, or in lower case for the offices house styles write so ("prime minister"),
 * also with a capital on its first word only ("Defence minister").
 */
export function titleBefore(text: string, offset: number): Token | undefined {
  if (text.charCodeAt(offset - 1) !== 0x20) return undefined;
  const before = text.slice(Math.max(0, offset - 40), offset);
  for (const title of TITLES_BY_ENDING.get(before.slice(-3, -1).toLowerCase()) ?? []) {
    const lower = title.toLowerCase();
    const lowerForms = LOWER_CASE_TITLES.has(lower) ? [lower, lower[0]!.toUpperCase() + lower.slice(1)] : [];
    const written = [title, ...lowerForms].find((form) => before.endsWith(`${form} `));
    if (written === undefined) continue;
    const start = offset - written.length - 1;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    return { text: written, start, end: offset - 1 };
  }
  return undefined;
}

/**
 * The formal title an apposition right after a name gives ("Jane Orwick, the finance
 * minister,", "…, Velmar's deputy prime minister.", "…, governor of the central bank"): the
 * phrase up to the next comma or sentence end, when a title is its head noun, with what
 * the phrase writes before the title (determiners, a possessive, "former", a qualifier).
 * Not one that only describes something of the title's ("the minister's wife"), nor a clause.
 */
export function titleAfter(text: string, offset: number): { title: Token; before: string } | undefined {
  const apposition = APPOSITION.exec(text.slice(offset, offset + 90));
  if (!apposition) return undefined;
  const phrase = apposition[1]!;
  const phraseStart = offset + apposition[0].length - phrase.length;
  const lower = phrase.toLowerCase();
  for (const title of TITLES) {
    const form = title.toLowerCase();
    const at = LOWER_CASE_TITLES.has(form) ? lower.indexOf(form) : phrase.indexOf(title);
    if (at < 0) continue;
    const before = phrase.slice(0, at);
    const after = phrase.slice(at + title.length);
    // The title is the head: nothing after it but "of …"/"for …"/"at …", and before it no verb or clause opener.
    if (!/^(?:\s+(?:of|for|at|in|to)\s.*)?$/su.test(after)) continue;
    if (at > 0 && !/\s$/.test(before)) continue;
    if (!/^(?:[\p{L}.'’-]+\s+){0,5}$/u.test(before) || CLAUSE_OR_LINK.test(before)) continue;
    return {
      title: {
        text: phrase.slice(at, at + title.length),
        start: phraseStart + at,
        end: phraseStart + at + title.length,
      },
      before,
    };
  }
  return undefined;
}
/** Before a title, what makes it no head of the apposition: a clause ("who met the governor") or a link to another noun ("a lawyer for the governor"). */
const CLAUSE_OR_LINK =
  /(?<!\p{L})(?:who|which|that|whose|is|was|has|had|and|or|of|for|to|with|at|in|by|from|on|under|about|against|than)(?!\p{L})/iu;
/** ", the finance minister," / ", governor of the central bank." : a comma, then a phrase of a few words to the next stop. */
const APPOSITION = /^,\s+((?:[\p{L}'’-]+ ){0,9}[\p{L}'’-]+)(?=\s*(?:[,;:.!?)\n—–]|$))/u;

/** The first formal title that a role's wording contains ("Foreign Minister of Russia" → "Foreign Minister"). */
export function titleIn(role: string): string | undefined {
  return TITLES.find((title) => new RegExp(`(^|\\W)${title.replace(/[.]/g, '\\.')}(\\W|$)`, 'i').test(role));
}

/** Portfolios written in ministers' titles ("Interior Minister", "Minister of the Interior") that no body's name is read by. */
export const TITLE_PORTFOLIOS = new Set(['interior', 'foreign', 'economy', 'internal']);

/** A word of a portfolio, lower-case ("health", "interior"). */
export function isPortfolioWord(lower: string): boolean {
  return PORTFOLIO_WORDS.has(lower) || TITLE_PORTFOLIOS.has(lower);
}

/** The shape of a people's adjective ("Russian", "Japanese", "Turkish", "Icelandic", "Emirati"). */
export const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)$/u;

/** Words of ministries' and departments' portfolios ("Ministry of Agriculture and Rural Affairs"). */
export const PORTFOLIO_WORDS = new Set(
  'affairs rural urban development trade services resources works fisheries forestry environment energy housing transport culture tourism sport sports youth education health welfare labour labor justice security defence defense finance commerce industry agriculture planning infrastructure communications information technology science research innovation employment family families women children veterans heritage arts water mines mining land lands'.split(
    ' ',
  ),
);
