/**
 * title-conflict: a title or job word before a name, or a title in an apposition after it,
 * that the dictionary's roles for that person contradict. A check against what the sources say of people, so it comes with the
 * other source checks in the bundle the extension loads after activation (sourceChecks.ts).
 */
import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import { foldName } from '../text/fold';
import {
  COURTESY_TITLES,
  PORTFOLIO_WORDS,
  isPortfolioWord,
  TITLE_ABBREVIATIONS_SPELLED,
  type Token,
  titleAfter,
  titleBefore,
  titleIn,
} from '../text/names';
import type { RawFinding } from './findings';
import { resolved } from './references';
import type { DraftContext } from './variants';

/**
 * Whether a title in capitals stands for a role: "PM" for "Prime Minister", "MP" for "Member
 * of Parliament", "CEO" for "Chief Executive of …" (the role may leave "Officer" out), by the
 * initials of the role's capitalised words, two at least.
 */
function abbreviates(title: string, role: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(title)) return false;
  const words = role.split(/\s+/);
  return words.some((_, first) => {
    let initials = '';
    for (const word of words.slice(first)) {
      if (!/^\p{Lu}/u.test(word)) {
        if (initials === '') return false;
        continue;
      }
      initials += word[0];
      if (!title.startsWith(initials)) return false;
      if (initials.length >= 2 && (initials === title || initials.length === title.length - 1)) return true;
    }
    return false;
  });
}

/** Each word of a title with a capital but the joining words: "deputy governor" → "Deputy Governor", "Commissioner for Health". */
function capitalised(title: string): string {
  return title.replace(/(^|\s)(\p{Ll}+)/gu, (word: string, space: string, letters: string) =>
    space !== '' && JOINING_WORDS.has(letters) ? word : space + letters[0]!.toUpperCase() + letters.slice(1),
  );
}
const JOINING_WORDS = new Set(['for', 'of', 'and', 'the', 'on', 'in']);

/** Whether a role writes a title in capitals that the written one spells out: "CEO of Airbus" for "chief executive". */
function abbreviatedIn(role: string, title: string): boolean {
  const written = capitalised(title);
  return role.split(ROLE_WORD_BREAK).some((word) => abbreviates(word, written));
}

/** Honorifics a name may carry after its office ("Foreign Minister Sheikh …"), which say nothing of the office. */
const HONORIFICS = new Set(['Sheikh', 'Imam', 'Rabbi', 'Reverend', 'Rev.']);

/** Words that make a title another office: a deputy prime minister is no prime minister. */
const OFFICE_QUALIFIERS = new Set([
  'deputy',
  'vice',
  'assistant',
  'associate',
  'acting',
  'shadow',
  'junior',
  'under',
  'lieutenant',
  'lt',
  'minority',
  'majority',
]);

/** "president-elect", "minister-designate": chosen for the office and not yet in it, so no holder of it ("Governor-General" holds "Governor"). */
const NOT_YET_IN_OFFICE = /-(?:elect|designate)$/u;

/** What parts the words of a role: spaces and punctuation, not the hyphens of "Governor-General". */
const ROLE_WORD_BREAK = /[^\p{L}\p{N}'’-]+/u;

/** The lower-cased word right before `offset` (after one space), if any. */
function wordBefore(text: string, offset: number): string | undefined {
  return /(\p{L}+)\s$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1]?.toLowerCase();
}

/**
 * A word that puts a title at another time, right before it or before one or two words of
 * it ("former president", "then-minister", "former transport minister", "until now the
 * governor"): the person's office then, not now.
 */
const OTHER_TIME_BEFORE =
  /(?:^|[^\p{L}])(?:former|formerly|previously|until\s+(?:now|recently)|ex|then|late|onetime|one-time|erstwhile|future|incoming|previous|past|would-be)[\s-](?:\p{L}+\s){0,2}$/iu;

/** The last words of military ranks ("Field Marshal", "Lieutenant General", "Rear Admiral", "Gen."); not "captain", a team's as often. */
const MILITARY_RANKS = new Set([
  'marshal',
  'general',
  'brigadier',
  'colonel',
  'major',
  'lieutenant',
  'admiral',
  'commodore',
  'sergeant',
  'corporal',
  'gen',
  'brig',
  'col',
  'maj',
  'lt',
  'adm',
  'sgt',
  'cpl',
]);

/** Words that put an office in the past, before a written title or at the start of a role ("former foreign minister"). */
const PAST = '(?:former|ex|onetime|one-time|erstwhile|previous|past)';
const PAST_BEFORE = new RegExp(`(?:^|[^\\p{L}])${PAST}[\\s-](?:\\p{L}+\\s){0,2}$`, 'iu');
const PAST_ROLE = new RegExp(`^${PAST}[\\s-]`, 'iu');

/** One office whoever holds it: "spokesman", "spokeswoman" and "spokesperson"; "chairman", "chairwoman" and "chair". */
function officeWord(word: string): string {
  return word.replace(/^(spokes|chair)(?:man|woman|person)$/, '$1');
}

/**
 * Whether a role is one word, the office a written title ends in ("minister" for "Foreign Minister"), and the role's
 * sentence has the title's other words.
 */
function isBareOfficeOf(role: string, title: string, source: string | undefined): boolean {
  const office = officeWord(foldName(role));
  const words = foldName(title).split(/\s+/);
  const sentenceWords = new Set(foldName(source ?? '').split(ROLE_WORD_BREAK));
  return !/\s/.test(office) && officeWord(words.pop()!) === office && words.every((word) => sentenceWords.has(word));
}

/**
 * Whether a role is the office a written title names: the role has the title's words
 * ("Governor" in "Governor-General" too), and a qualifier before them there ("deputy prime
 * minister") is written before the title as well, and one written ("Lieutenant Governor",
 * "Minority Leader") is the role's too.
 */
function holdsTitle(role: string, title: string, writtenQualifier: string | undefined): boolean {
  const words = foldName(role).split(ROLE_WORD_BREAK).map(officeWord);
  const titleWords = foldName(title).split(ROLE_WORD_BREAK).filter(Boolean).map(officeWord);
  const qualified = writtenQualifier !== undefined && OFFICE_QUALIFIERS.has(writtenQualifier);
  return words.some(
    (_, at) =>
      titleWords.every(
        (word, k) =>
          words[at + k] === word ||
          (words[at + k]?.startsWith(`${word}-`) === true && !NOT_YET_IN_OFFICE.test(words[at + k]!)),
      ) && (qualified ? words[at - 1] === writtenQualifier : at === 0 || !OFFICE_QUALIFIERS.has(words[at - 1]!)),
  );
}

/** The title a role gives, with the qualifier the role writes before it: "deputy governor", not "Governor"; "president-elect", not "President". */
function qualifiedTitleIn(role: string): string | undefined {
  const title = titleIn(role);
  if (title === undefined) return undefined;
  const escaped = title.replace(/[.]/g, '\\.');
  const notYet = new RegExp(`(?:^|\\W)(${escaped}-\\p{L}+)(?:\\W|$)`, 'iu').exec(role)?.[1];
  if (notYet !== undefined && NOT_YET_IN_OFFICE.test(notYet)) return notYet;
  const before = new RegExp(`(\\p{L}+)[\\s-]+${escaped}(?:\\W|$)`, 'iu').exec(role)?.[1];
  return before && OFFICE_QUALIFIERS.has(before.toLowerCase()) ? `${before} ${title}` : title;
}

/**
 * Job words that stand before a name as a title does but are no formal title ("IRC director
 * Julie Ryan", "team leader", "head coach"): read only to compare with a person's roles.
 * Words as often said of any role ("leader", "head", "official") are left out.
 */
const ROLE_NOUN_BEFORE =
  /(?:^|[^\p{L}\p{N}-])((?:(?:managing|executive|creative|technical|medical|artistic|research|programme|program|country|regional) )?director|team leader|(?:head )?coach|(?:managing |deputy )?editor|co-founder|founder|economist|analyst|researcher|scientist|engineer|lawyer|architect|surgeon|nurse|pilot|novelist|historian) $/iu;

function roleNounBefore(text: string, offset: number): Token | undefined {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const noun = ROLE_NOUN_BEFORE.exec(before)?.[1];
  if (noun === undefined) return undefined;
  return { text: noun, start: offset - noun.length - 1, end: offset - 1 };
}

/**
 * Whether the role's source sentence writes the same title before the person's name: the
 * builder may keep less of a title than the source gives ("minister" of "Interior minister").
 */
function sourceWritesTitle(
  role: { source?: string },
  entity: IndexedEntity,
  written: string,
  writtenQualifier: string | undefined,
): boolean {
  const { source } = role;
  if (!source) return false;
  // ("Deputy Speaker" is not the "Legislative Speaker" the source writes: a qualifier that makes another office must agree.)
  const officeQualifier = (word: string | undefined) =>
    word !== undefined && OFFICE_QUALIFIERS.has(word) ? word : undefined;
  return [entity.name, ...entity.aliases.map((alias) => alias.text)].some((name) => {
    const at = source.indexOf(name);
    const title = at > 0 ? titleBefore(source, at) : undefined;
    return (
      title !== undefined &&
      foldName(title.text).toLowerCase() === foldName(written).toLowerCase() &&
      officeQualifier(wordBefore(source, title.start)) === officeQualifier(writtenQualifier)
    );
  });
}

/**
 * title-conflict: a title (or a job word) before a name, or a title an apposition gives after
 * it ("Jane Orwick, the finance minister,"), that the dictionary's roles for that person contradict.
 */
export function titleConflictFindings(context: DraftContext, index: EntityIndex): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { mention, entity } of resolved(context, index)) {
    if (entity.type !== 'person' || entity.roles.length === 0) continue;
    let title =
      titleBefore(context.text, mention.start) ??
      roleNounBefore(context.text, mention.start) ??
      titleBeforeComplement(context.text, mention.start);
    // "Foreign Minister Sheikh Nasser", "Finance Minister Dr. Ada Okafor": the office before the honorific.
    if (title && (COURTESY_TITLES.has(title.text) || HONORIFICS.has(title.text)))
      title = titleBefore(context.text, title.start) ?? title;
    const written: { title: Token; before: string }[] = [];
    if (title && !COURTESY_TITLES.has(title.text) && !HONORIFICS.has(title.text))
      written.push({ title, before: context.text.slice(Math.max(0, title.start - 40), title.start) });
    // ("Asked about Velmo, the president said…": a name an opening phrase governs is no apposition's head.)
    const apposition = GOVERNED_BEFORE.test(context.text.slice(Math.max(0, mention.start - 30), mention.start))
      ? undefined
      : titleAfter(context.text, mention.end);
    if (apposition) written.push(apposition);
    for (const { title, before } of written) {
      const finding = conflictWith(context.text, entity, title, before);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/**
 * A title whose portfolio or a comma stands between it and the name ("Commissioner for Health
 * Ada Orwick", "the Tarsk Commissioner for Information, Ada Orwick,").
 */
function titleBeforeComplement(text: string, offset: number): Token | undefined {
  const between = /(?:\s+for\s+(?:[\p{L}-]+\s+(?:and\s+)?){0,3}[\p{L}-]+)?,?\s$/u.exec(
    text.slice(Math.max(0, offset - 60), offset),
  )?.[0];
  if (!between || between.trim() === '' || (between.includes(' for ') && portfolioWordsIn(between).size === 0))
    return undefined;
  const at = offset - between.length;
  const title = text[at] === ' ' ? titleBefore(text, at + 1) : titleBefore(text, at);
  // ("Asked about the Commissioner for Health, Orwick said…": a title an opening phrase governs names someone else.)
  return title &&
    !GOVERNED_BEFORE.test(text.slice(Math.max(0, title.start - 30), title.start).replace(/\bthe\s+$/i, ''))
    ? title
    : undefined;
}

/** A preposition or a participle right before a name or title: it governs it, and it is nobody's subject. */
const GOVERNED_BEFORE =
  /(?:^|[^\p{L}])(?:about|with|to|for|of|on|by|from|at|in|into|against|toward|towards|than|\p{L}+ing)\s+$/iu;

/** The portfolio words of a title or role ("health" of "Commissioner for Health", "finance" of "Finance Minister"). */
function portfolioWordsIn(words: string): Set<string> {
  return new Set(
    words
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => isPortfolioWord(word) || word in PORTFOLIO_SPELLINGS)
      .map((word) => PORTFOLIO_SPELLINGS[word] ?? word.replace(/s$/, '')),
  );
}

/** One portfolio, spelt two ways ("Labour" and "Labor", "Sport" and "Sports", "the Environmental Minister"): compared as one. */
const PORTFOLIO_SPELLINGS: Readonly<Record<string, string>> = {
  labour: 'labor',
  defence: 'defense',
  program: 'programme',
  environmental: 'environment',
  agricultural: 'agriculture',
  cultural: 'culture',
  financial: 'finance',
  educational: 'education',
  industrial: 'industry',
  commercial: 'commerce',
};

/**
 * The portfolio written with a title, before it ("Health Commissioner") or after it ("Commissioner
 * for Health and Welfare"), and the span of the title with it.
 */
function portfolioWritten(text: string, title: Token): { words: Set<string>; start: number; end: number } {
  const before = /((?:[\p{L}-]+\s+){1,2})$/u.exec(text.slice(Math.max(0, title.start - 30), title.start))?.[1] ?? '';
  const leading = before.split(/\s+/).filter(Boolean);
  while (leading.length > 0 && !PORTFOLIO_WORDS.has(leading[0]!.toLowerCase())) leading.shift();
  const opening = leading.every((word) => PORTFOLIO_WORDS.has(word.toLowerCase())) ? leading.join(' ') : '';
  const after = /^\s+for\s+((?:[\p{L}-]+)(?:\s+(?:and\s+)?[\p{L}-]+){0,3})/u.exec(
    text.slice(title.end, title.end + 60),
  );
  let complement = '';
  if (after) {
    const words = after[1]!.split(/\s+/);
    let taken = 0;
    while (
      taken < words.length &&
      (PORTFOLIO_WORDS.has(words[taken]!.toLowerCase()) || (words[taken] === 'and' && taken > 0))
    )
      taken++;
    if (words[taken - 1] === 'and') taken--;
    if (taken > 0) complement = after[0].slice(0, after[0].indexOf(words[0]!)) + words.slice(0, taken).join(' ');
  }
  return {
    words: portfolioWordsIn(`${opening} ${title.text} ${complement}`),
    start: opening === '' ? title.start : title.start - opening.length - 1,
    end: title.end + complement.length,
  };
}

/** Whether a written portfolio and a role's agree: either says none, or they share a word. */
function portfoliosAgree(written: ReadonlySet<string>, role: string): boolean {
  const held = portfolioWordsIn(role);
  return written.size === 0 || held.size === 0 || [...written].some((word) => held.has(word));
}

/** A role's title without the place it is held in ("Commissioner for Information of Kogi" → "Commissioner for Information"). */
function withoutPlace(role: string): string {
  const place = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]*)$/u.exec(role);
  return place && portfolioWordsIn(place[1]!).size === 0 ? role.slice(0, place.index) : role;
}

/** The finding when no role of the person holds the title written with them; `before` is what the text writes before it. */
/** A church or a faith right before a clergy's title, part of the office ("Maronite Patriarch", "Coptic Pope", "Chief Rabbi"). */
const FAITH_BEFORE =
  /(?<![\p{L}'’-])(?:Maronite|Coptic|Orthodox|Catholic|Anglican|Lutheran|Methodist|Presbyterian|Baptist|Evangelical|Episcopal|Sunni|Shia|Shiite|Druze|Syriac|Chaldean|Melkite|Armenian) $/u;

const MEMBERSHIP = /^(?:\p{L}+\s+)?members?\b/iu;

function conflictWith(text: string, entity: IndexedEntity, title: Token, before: string): RawFinding | undefined {
  // A past office ("former finance minister") is compared with the offices the sources say the person held, a
  // present one with those they hold, where they say any; another time ("then-minister") is left alone.
  const past = PAST_BEFORE.test(before);
  // (Belonging to a party or a body, "member of the Serbian Progressive Party", is held beside any office.)
  // (A military rank is held beside an office, and compared with ranks only: "Field Marshal" and "governor of Suez"
  // are both his.)
  const isRank = (written: string) =>
    MILITARY_RANKS.has(written.split(/[\s-]/).pop()!.toLowerCase().replace(/\.$/, ''));
  // (An honorific the sources give, "Sheikh", "Dr", is no office: "Crown Prince" does not conflict with it.)
  const roles = entity.roles.filter(
    (role) =>
      PAST_ROLE.test(role.title) === past &&
      !MEMBERSHIP.test(role.title) &&
      !HONORIFICS.has(role.title) &&
      !COURTESY_TITLES.has(role.title) &&
      isRank(role.title) === isRank(title.text),
  );
  if (roles.length === 0 || (!past && OTHER_TIME_BEFORE.test(before))) return undefined;
  // Spaced or hyphenated, one office: "vice president" and "Vice-President", "Secretary-General" and "secretary general".
  const titles = [
    title.text,
    title.text.replace(/ /g, '-'),
    title.text.replace(/-/g, ' '),
    TITLE_ABBREVIATIONS_SPELLED[title.text],
  ].filter((t): t is string => t !== undefined);
  const qualifier = wordBefore(text, title.start);
  const besideTitle = portfolioWritten(text, title);
  // "FM": the portfolio an abbreviated title spells ("Foreign Minister" for the Minister of … Foreign Affairs).
  const spelled = TITLE_ABBREVIATIONS_SPELLED[title.text];
  const portfolio =
    besideTitle.words.size === 0 && spelled !== undefined
      ? { ...besideTitle, words: portfolioWordsIn(spelled) }
      : besideTitle;
  if (
    roles.some(
      (role) =>
        (titles.some((written) => holdsTitle(role.title, written, qualifier)) ||
          // "Finance Minister" for the Minister of Finance: the same office with its portfolio written first.
          (portfolio.words.size > 0 &&
            portfoliosAgree(portfolio.words, role.title) &&
            portfolioWordsIn(role.title).size > 0 &&
            holdsTitle(role.title, (spelled ?? title.text).split(' ').pop()!, qualifier)) ||
          sourceWritesTitle(role, entity, title.text, qualifier) ||
          // A bare office ("minister") whose sentence holds the portfolio a draft gives it ("Foreign Minister", "FM" for
          // "Vladimir Makey, the Minister of Foreign Affairs").
          titles.some((written) => isBareOfficeOf(role.title, written, role.source)) ||
          abbreviates(title.text, role.title) ||
          abbreviatedIn(role.title, title.text)) &&
        portfoliosAgree(portfolio.words, role.title),
    )
  )
    return undefined;
  // A portfolio the roles contradict ("Commissioner for Health" for the commissioner for information): the role's title whole.
  const portfolioRole = roles.find((role) => portfolioWordsIn(role.title).size > 0);
  const roleTitle =
    portfolio.words.size > 0 && portfolioRole
      ? withoutPlace(portfolioRole.title).replace(PAST_ROLE, '')
      : roles.map((role) => qualifiedTitleIn(role.title)).find((found) => found !== undefined);
  // "Lieutenant Governor": the qualifier is part of the office written, and of what a fix replaces; so is a church
  // or a faith before it ("Maronite Patriarch"), unlike a people's adjective ("Syrian FM" keeps "Syrian").
  const officeStart =
    qualifier !== undefined && OFFICE_QUALIFIERS.has(qualifier) ? title.start - qualifier.length - 1 : title.start;
  const faith = FAITH_BEFORE.exec(text.slice(Math.max(0, officeStart - 30), officeStart));
  const start = Math.min(portfolio.start, faith ? officeStart - faith[0].length : officeStart);
  const end = portfolio.end;
  const written = text.slice(start, end);
  // A title written in lower case is offered back in lower case, one in capitals in capitals.
  const lowerCase = written === written.toLowerCase();
  const stated = roles.find((role) => role.source)?.source;
  return {
    rule: 'title-conflict',
    message: `"${written}" conflicts with the dictionary, which gives ${entity.name} as ${roles.map((role) => role.title).join('; ')}${stated ? `: "${stated}"` : ''}.`,
    start,
    end,
    text: written,
    suggestion: roleTitle === undefined ? null : lowerCase ? roleTitle.toLowerCase() : capitalised(roleTitle),
    entity: entity.id,
  };
}
