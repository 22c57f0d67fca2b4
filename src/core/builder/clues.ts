/**
 * What the words around a name say about who it is: a job or family word before it ("his
 * younger brother Maher", "Kremlin spokesman Dmitry Peskov"), an appositive after it
 * ("Ron Sugar, chief executive of Northrop Grumman"), a relative clause ("Maher, who
 * commands the elite 4th Armoured Division").
 */

import { openingKicker } from '../text/furniture';
import { quotableSentence } from '../text/sentences';
import type { NameMention, ReadArticle } from './mentions';
import { FAMILY_RELATIONS, JOB_RELATIONS, WHO_VERBS } from './vocabulary';

/** Who holds the job or is the family member's kin. */
export type Owner =
  | { readonly kind: 'mention'; readonly mention: number }
  | { readonly kind: 'pronoun'; readonly pronoun: string }
  | { readonly kind: 'demonym'; readonly demonym: string };

export interface RoleClue {
  readonly kind: 'family' | 'job' | 'ally';
  /** The noun, singular and lower-case ("brother", "prime minister"). */
  readonly noun: string;
  /** Words that narrow it ("younger", "maternal", "media", "assistant health"). */
  readonly modifiers: readonly string[];
  /** What a title written before a name says it is for ("for preventive services"), lower-case. */
  readonly complement?: string;
  readonly plural: boolean;
  readonly owner?: Owner;
}

export interface WhoClue {
  readonly relation: (typeof WHO_VERBS)[string];
  /** The mention of the body named after the verb. */
  readonly object: number;
}

export interface MentionClues {
  readonly before?: RoleClue;
  readonly after?: RoleClue;
  readonly who?: WhoClue;
  /** The name owning a formal title through a possessive ("Russia's Foreign Minister Sergei Lavrov"). */
  readonly titlePossessor?: number;
}

/**
 * Words that place a job or a tie in time ("former", "last", "late"): kept in its wording, so
 * that a card does not show a former president as the president.
 */
export const TIME_MODIFIERS = new Set([
  'former',
  'last',
  'then',
  'late',
  'outgoing',
  'onetime',
  'one-time',
  'erstwhile',
]);

/** Modifiers that praise or size a job rather than name it. */
const PASSING_MODIFIERS = new Set([
  'new',
  'current',
  'longtime',
  'long-time',
  'own',
  'top',
  'trusted',
  'close',
  'veteran',
  'loyal',
  'elite',
  'powerful',
  'influential',
]);
/** Words that end a noun phrase read backwards: a job's modifiers never include them. */
const NOT_MODIFIERS = new Set([
  'and',
  'or',
  'but',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'to',
  'with',
  'that',
  'who',
  'which',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'had',
  'have',
  'said',
  'says',
  'told',
  'tells',
  'tell',
  'asked',
  'asks',
  'added',
  'adds',
  'explained',
  'explains',
  'warned',
  'warns',
  'reported',
  'reports',
  'informed',
  'informs',
  'called',
  'named',
  'including',
  'include',
  'includes',
  'like',
  'between',
  'among',
  'after',
  'before',
  'than',
]);
/** "whose" stands for the name right before it ("Van der Berg, whose sister Anneke…"). */
const PRONOUNS = new Set(['his', 'her', 'their', 'its', 'whose']);
const ARTICLES = new Set(['the', 'a', 'an']);

const RELATION_NOUNS = new Map<string, RoleClue['kind']>([
  ...Object.keys(FAMILY_RELATIONS).map((noun) => [noun, 'family'] as const),
  ...Object.keys(JOB_RELATIONS).map((noun) => [noun, 'job'] as const),
  ['ally', 'ally'],
]);

const nounPattern = [...RELATION_NOUNS.keys(), 'allie']
  .sort((a, b) => b.length - a.length)
  .map((noun) =>
    /^[a-z]{2,3}$/.test(noun) && ['ceo', 'cfo', 'coo', 'cto'].includes(noun)
      ? noun.toUpperCase()
      : noun.replace(/^./, (first) => `[${first}${first.toUpperCase()}]`),
  )
  .join('|');
const WORD = String.raw`[\p{L}\p{M}\p{N}'’.-]+`;
/** A word of a noun phrase: never a verb or a conjunction ("Ibáñez, a former mayor of Concepción, is a member" has two phrases). */
const PHRASE_WORD = String.raw`(?!(?:is|was|are|were|be|has|had|have|said|says|and|or|but|who|which|that|will|would)\s)${WORD}`;
/** A job before a name: "Kremlin spokesman Dmitry Peskov", "Liberia's Assistant Health Minister for Preventive Services, Nyenswa Tolbert", "the President of Serbia Aleksandar Vučić" (not "a leader of The Left"). */
const BEFORE_NAME = new RegExp(
  String.raw`(?:^|[\s(—–])((?:${PHRASE_WORD}\s+){0,5}?)(${nounPattern})(s)?(?:\s+((?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}\p{Lu}[\p{L}-]*)(?<!\b(?:The|A|An))(?=,|\s+$))?,?\s+$`,
  'u',
);
/** ", the institute's director", " is vice president of Willbros Group", " as Interior Minister", ", the top official of badly affected Buregkhangai county", ", head of the volcanology agency": a job said of the name before it. */
const APPOSITIVE = new RegExp(
  String.raw`^(?:,\s+|\s+(?:is|was|has been|had been|became|becomes|remains|as)\s+)((?:${PHRASE_WORD}\s+){0,5}?)(${nounPattern})(s)?(?:\s+(?:of|at|for|to|with)\s+(?:the\s+)?(?:(?!and\s|or\s)[\p{Ll}-]+\s+){0,2}(?=[\p{Lu}\d])|\s+(?:of|at)\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?=[,.;:])|(?=[,.;:]|\s+(?:who|since|until|and)\b))`,
  'u',
);
/** Verbs by which someone takes a job from the name after them: "succeeds X as chairman", "replacing X as coach". */
const TAKEN_FROM_BEFORE = /\b(?:replac|succeed|oust|unseat|defeat|beat|follow)\p{L}*\s+(?:\p{L}+\s+){0,4}$/iu;
const WHO = new RegExp(
  String.raw`^(?:,\s+who)?\s+(${Object.keys(WHO_VERBS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\s+(?:the\s+)?(?:[\p{Ll}][\p{L}-]*\s+){0,2}(?=[\p{Lu}\d])`,
  'u',
);
const POSSESSOR_BEFORE = new RegExp(String.raw`(${WORD}?)(?:'s|’s)\s+$`, 'u');

/** The clues around every mention, by mention index. */
export function cluesOf(article: ReadArticle): MentionClues[] {
  const { text, mentions } = article;
  const startingAt = new Map(mentions.map((mention) => [mention.start, mention.index]));
  // The first mention over each character, worked out once: asked at every job clue, a search of all mentions made the builder quadratic.
  const firstOver = new Int32Array(text.length).fill(-1);
  for (const mention of [...mentions].reverse()) firstOver.fill(mention.index, mention.start, mention.end);
  const containing = (offset: number) =>
    offset >= 0 && offset < text.length && firstOver[offset]! >= 0 ? firstOver[offset] : undefined;

  const all = mentions.map((mention) => {
    const clues: { -readonly [K in keyof MentionClues]: MentionClues[K] } = {};
    const before = text.slice(Math.max(mention.sentence.start, mention.start - 160), mention.start);
    if (mention.title === undefined) {
      const match = BEFORE_NAME.exec(before);
      if (match) {
        const clue = roleClue(
          match[2]!,
          match[3] !== undefined,
          match[1]!,
          before.length - match[0].length + match[0].indexOf(match[1]!),
          mention.start - before.length,
          article,
          containing,
        );
        clues.before = match[4] ? { ...clue, complement: match[4].toLowerCase() } : clue;
      }
    } else {
      const beforeTitle = text.slice(Math.max(mention.sentence.start, mention.titleStart! - 80), mention.titleStart!);
      const possessor = POSSESSOR_BEFORE.exec(beforeTitle);
      if (possessor) clues.titlePossessor = containing(mention.titleStart! - beforeTitle.length + possessor.index);
    }
    if (!mention.possessive) {
      const after = text.slice(mention.end, Math.min(mention.sentence.end, mention.end + 200));
      const appositive = APPOSITIVE.exec(after);
      // "Gen. Jean-Baptiste Tine as Interior Minister": a job named with "as" is the name's, unless the sentence's subject
      // takes it from them ("Saqr replaces Zaki as defence minister").
      const asJob = appositive !== null && /^\s+as\s/.test(appositive[0]);
      if (
        appositive &&
        (!asJob ||
          (RELATION_NOUNS.get(appositive[2]!.toLowerCase()) === 'job' &&
            !TAKEN_FROM_BEFORE.test(text.slice(mention.sentence.start, mention.start))))
      ) {
        const clue = roleClue(
          appositive[2]!,
          appositive[3] !== undefined,
          appositive[1]!,
          appositive[0].indexOf(appositive[1]!),
          mention.end,
          article,
          containing,
        );
        const object = startingAt.get(mention.end + appositive[0].length);
        clues.after =
          object !== undefined && clue.owner === undefined
            ? { ...clue, owner: { kind: 'mention', mention: object } }
            : clue;
      }
      const who = WHO.exec(after);
      const object = who && startingAt.get(mention.end + who[0].length);
      if (who && object !== undefined && object !== null) clues.who = { relation: WHO_VERBS[who[1]!]!, object };
    }
    return clues;
  });
  // "cousins Ehab and Eyad Makhlouf", "allies Iran and Russia": a plural noun covers every name it lists.
  for (const mention of mentions) {
    const clue = all[mention.index]!.before;
    if (!clue?.plural) continue;
    for (let next = mention.index + 1; next < mentions.length; next++) {
      const between = text.slice(mentions[next - 1]!.end, mentions[next]!.start);
      if (!/^(?:,\s*|,?\s+and\s+|\s*&\s*)$/.test(between)) break;
      all[next] = { ...all[next]!, before: all[next]!.before ?? clue };
    }
  }
  return all;
}

/**
 * Reads the words before a relation noun backwards: lower-case modifiers, then what owns
 * the noun (a possessive name, a pronoun, a demonym, a body's name), stopping at an article.
 */
function roleClue(
  rawNoun: string,
  plural: boolean,
  lead: string,
  leadOffset: number,
  base: number,
  article: ReadArticle,
  containing: (offset: number) => number | undefined,
): RoleClue {
  const noun = rawNoun.toLowerCase() === 'allie' ? 'ally' : rawNoun.toLowerCase();
  // "Assistant Health Minister": a title in title case takes its capitalised words as modifiers.
  const titleCase = /^\p{Lu}/u.test(rawNoun);
  const kind = RELATION_NOUNS.get(noun)!;
  const words = [...lead.matchAll(new RegExp(WORD, 'gu'))];
  const modifiers: string[] = [];
  let owner: Owner | undefined;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    const lower = word.toLowerCase();
    const offset = base + leadOffset + words[i]!.index!;
    if (PRONOUNS.has(lower)) {
      owner = { kind: 'pronoun', pronoun: lower };
      break;
    }
    if (ARTICLES.has(lower)) break;
    const possessive = /['’]s$/.test(word);
    if (possessive || /^\p{Lu}/u.test(word)) {
      const bare = possessive ? word.slice(0, -2) : word;
      const demonym = !possessive && article.demonyms.has(bare);
      const mention = demonym ? undefined : containing(offset);
      // A capitalised word that names nothing in a title-case title is part of it ("Assistant Health Minister").
      if (
        titleCase &&
        !possessive &&
        !demonym &&
        mention === undefined &&
        !NOT_MODIFIERS.has(lower) &&
        modifiers.length < 3
      ) {
        modifiers.unshift(lower);
        continue;
      }
      if (demonym) owner = { kind: 'demonym', demonym: bare };
      else if (mention !== undefined) owner = { kind: 'mention', mention };
      break;
    }
    if (!/^[\p{Ll}][\p{L}-]*$/u.test(word) || NOT_MODIFIERS.has(lower) || /ed$/.test(lower) || modifiers.length === 2)
      break;
    if (!PASSING_MODIFIERS.has(lower)) modifiers.unshift(lower);
  }
  return { kind, noun, modifiers, plural, ...(owner ? { owner } : {}) };
}

/** The sentence a mention stands in, as a fact quotes it, without a headline run into it ("Syrian Crisis: "). */
export function sentenceOf(article: ReadArticle, mention: NameMention): string {
  const kicker = openingKicker(article.text);
  const start =
    kicker && mention.sentence.start <= kicker.start && mention.start >= kicker.end
      ? kicker.end
      : mention.sentence.start;
  return quotableSentence(article.text, start, mention.sentence.end);
}
