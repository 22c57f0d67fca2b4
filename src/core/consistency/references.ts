import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import { foldName } from '../text/fold';
import { isSentenceStart, within } from '../text/structure';
import { type CheckOptions, HOUSE_STYLES, type RawFinding } from './findings';
import {
  ARTICLE_PREFIX,
  COURTESY_TITLES,
  TITLES,
  TITLE_ABBREVIATIONS_SPELLED,
  type Token,
  titleBefore,
  titleIn,
  withoutArticles,
  withoutPossessive,
} from '../text/names';
import { FAMILY_RELATIONS, SHARES_SURNAME } from '../text/family';
import { conventionalForms, hyphenatedAs } from '../text/nameConventions';
import { type DraftContext, caseForPosition } from './variants';

/** The surname as written with its article ("al-Assad"), or undefined where it has none. */
function articleSurname(entity: IndexedEntity): string | undefined {
  const last = entity.name.split(' ').pop()!;
  return ARTICLE_PREFIX.test(last) ? last : undefined;
}

/** The names a dictionary gives an entity, and the forms naming conventions make of a person's. */
function declaredNames(entity: IndexedEntity): string[] {
  return [
    entity.name,
    ...entity.aliases.map((alias) => alias.text),
    ...(entity.type === 'person' ? conventionalForms(entity.name) : []),
  ];
}

/** The full name a house style wants on first reference. */
export function fullForm(entity: IndexedEntity, options: CheckOptions): string {
  return HOUSE_STYLES[options.houseStyle].fullKeepsParticle ? entity.name : withoutArticles(entity.name);
}

/** Mentions resolved to one entity. */
function resolved(context: DraftContext, index: EntityIndex): { mention: Mention; entity: IndexedEntity }[] {
  return context.mentions.flatMap((mention) => {
    const entity = mention.entityIds.length === 1 ? index.get(mention.entityIds[0]!) : undefined;
    return entity ? [{ mention, entity }] : [];
  });
}

/** The title a mention itself begins with ("President Assad"), if an alias carries one. */
function leadingTitle(written: string): string | undefined {
  return TITLES.find((title) => written.startsWith(`${title} `));
}

/** Whether a written word is the entity's surname, with or without its article or a possessive ending. */
function isSurnameOf(word: string, entity: IndexedEntity): boolean {
  const surname = foldName(entity.name.split(' ').pop()!);
  const written = foldName(withoutPossessive(word));
  return written === surname || written === foldName(withoutArticles(surname));
}

/** "Ehab and Eyad Makhlouf", "Ehab, Eyad and Rami Makhlouf": first names joined before the surname they share. */
function sharesSurnameAfter(text: string, end: number, entity: IndexedEntity): boolean {
  const joined = /^(?:\s*,\s*\p{Lu}[\p{L}'’]*)*\s*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’]*\s+([\p{L}'’-]+)/u.exec(
    text.slice(end, end + MAX_JOINED_NAMES_LENGTH),
  );
  return joined !== null && isSurnameOf(joined[1]!, entity);
}
const MAX_JOINED_NAMES_LENGTH = 200;

/**
 * "Assad's younger brother Maher", "his wife Asma": a first name right after a family word
 * whose members share a surname, once a mention before it has named that family.
 */
function namedByFamily(context: DraftContext, mention: Mention, entity: IndexedEntity): boolean {
  const word = /([\p{L}-]+)\s+$/u.exec(context.text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  const noun = word?.toLowerCase();
  const relation =
    noun === undefined ? undefined : (FAMILY_RELATIONS[noun] ?? FAMILY_RELATIONS[noun.replace(/s$/, '')]);
  if (relation === undefined || !SHARES_SURNAME.has(relation)) return false;
  return context.mentions.some(
    (earlier) =>
      earlier.end <= mention.start && earlier.text.split(/\s+/).some((written) => isSurnameOf(written, entity)),
  );
}

/**
 * first-reference: a person's first mention outside headlines gives the full name
 * ("Bashar al-Assad"), not a surname or first name alone, except where news style lets a
 * first name stand: joined to another before a shared surname, or after a family word once
 * the family is named.
 */
export function firstReferenceFindings(
  context: DraftContext,
  index: EntityIndex,
  options: CheckOptions,
  variants: readonly RawFinding[] = [],
): RawFinding[] {
  const seen = new Set<string>();
  const findings: RawFinding[] = [];
  // A full name misspelt ("Owen Griffith") is still the first reference: its finding fixes it, later "Griffiths" is right.
  const misspeltFull = variants.filter((variant) => variant.entity !== null && /\s/u.test(variant.text));
  for (const { mention, entity } of resolved(context, index)) {
    if (misspeltFull.some((variant) => variant.entity === entity.id && variant.start < mention.start)) continue;
    if (entity.type !== 'person' || seen.has(entity.id) || within(context.headlines, mention.start)) continue;
    seen.add(entity.id);
    const nameWords = entity.name.split(' ');
    if (nameWords.length < 2) continue;
    const writtenWords = foldName(mention.text).split(' ');
    if (writtenWords.length >= 2 && writtenWords.includes(foldName(nameWords[0]!))) continue;
    if (
      writtenWords.length === 1 &&
      writtenWords[0] === foldName(nameWords[0]!) &&
      (sharesSurnameAfter(context.text, mention.end, entity) || namedByFamily(context, mention, entity))
    )
      continue;
    const title = leadingTitle(mention.text);
    const full = fullForm(entity, options);
    findings.push({
      rule: 'first-reference',
      message: `First mention of ${entity.name} in this draft: give the full name ("${full}"); "${mention.text}" alone is for later references.`,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      suggestion: title ? `${title} ${full}` : full,
      entity: entity.id,
    });
  }
  return findings;
}

/**
 * house-style: the article ("al-") as the chosen style has it. AP drops it everywhere;
 * Reuters keeps it in the full name and drops it from a surname alone; the scholarly style
 * keeps it on later references too.
 */
export function houseStyleFindings(context: DraftContext, index: EntityIndex, options: CheckOptions): RawFinding[] {
  const style = HOUSE_STYLES[options.houseStyle];
  const findings: RawFinding[] = [];
  for (const { mention, entity } of resolved(context, index)) {
    const sentenceStart = isSentenceStart(context.text, mention.start);
    // "al Nouri", "alNouri": the same person, written apart or joined where the dictionary hyphenates the article.
    const hyphenated = hyphenatedAs(mention.text, declaredNames(entity));
    if (hyphenated !== undefined) {
      findings.push({
        rule: 'house-style',
        message: `The dictionary writes the article of ${entity.name} with a hyphen: "${hyphenated}".`,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        suggestion: hyphenated,
        entity: entity.id,
      });
      continue;
    }
    const surname = entity.type === 'person' ? articleSurname(entity) : undefined;
    if (!surname) continue;
    const written = foldName(mention.text);
    const bareSurname = surname.replace(ARTICLE_PREFIX, '');
    let wanted: string | undefined;
    if (written === foldName(surname)) wanted = style.laterKeepsParticle ? undefined : bareSurname;
    else if (written === foldName(bareSurname)) wanted = style.laterKeepsParticle ? surname : undefined;
    else if (written === foldName(entity.name))
      wanted = style.fullKeepsParticle ? undefined : withoutArticles(entity.name);
    else if (written === foldName(withoutArticles(entity.name)))
      wanted = style.fullKeepsParticle ? entity.name : undefined;
    if (wanted === undefined) continue;
    findings.push({
      rule: 'house-style',
      message: `${options.houseStyle === 'ap' ? 'AP' : options.houseStyle === 'reuters' ? 'Reuters' : 'Scholarly'} style writes ${entity.name} as "${wanted}" here.`,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      suggestion: caseForPosition(wanted, sentenceStart),
      entity: entity.id,
    });
  }
  return findings;
}

/** acronym-first-use: an organisation's acronym is spelled out where it first appears. */
export function acronymFindings(context: DraftContext, index: EntityIndex, options: CheckOptions): RawFinding[] {
  const seen = new Set<string>();
  const findings: RawFinding[] = [];
  const known = new Set(options.knownAcronyms);
  for (const { mention, entity } of resolved(context, index)) {
    if (seen.has(entity.id) || within(context.headlines, mention.start)) continue;
    seen.add(entity.id);
    const isAcronym = entity.aliases.some(
      (alias) => alias.matchCase && alias.text === mention.text && /^[\p{Lu}\d.&]{2,8}$/u.test(alias.text),
    );
    if (!isAcronym || known.has(mention.text) || entity.name === mention.text) continue;
    findings.push({
      rule: 'acronym-first-use',
      message: `Spell out ${mention.text} on first use: "${entity.name} (${mention.text})".`,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      suggestion: `${entity.name} (${mention.text})`,
      entity: entity.id,
    });
  }
  return findings;
}

/**
 * particle-case: "al-" lower-case inside a sentence and inside a name ("Bashar al-Assad"),
 * "Al-" only where it starts a sentence (or lower-case everywhere, if so configured); so too
 * the particles a dictionary writes in lower case in a person's name ("Ursula von der Leyen").
 */
export function particleCaseFindings(context: DraftContext, index: EntityIndex, options: CheckOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mention of context.mentions) {
    const entityId = mention.entityIds.length === 1 && index.get(mention.entityIds[0]!) ? mention.entityIds[0]! : null;
    const houseWords = houseSpelling(mention, index)?.split(/\s+/);
    let at = 0;
    for (const word of mention.text.matchAll(/[^\s]+/g)) {
      const houseWord = houseWords?.[at++];
      const article =
        ARTICLE_PREFIX.exec(word[0])?.[0] ??
        (houseWord !== undefined && LOWER_CASE_WORD.test(houseWord) && houseWord === word[0].toLowerCase()
          ? word[0]
          : undefined);
      if (!article) continue;
      const start = mention.start + word.index!;
      const atStart = word.index === 0 && (isSentenceStart(context.text, start) || within(context.headlines, start));
      const capital = options.particleCase === 'sentence' && atStart;
      const wanted = capital ? article.charAt(0).toUpperCase() + article.slice(1).toLowerCase() : article.toLowerCase();
      if (article === wanted) continue;
      findings.push({
        rule: 'particle-case',
        message: capital
          ? `"${article}" starts the sentence, so it takes a capital: "${wanted}".`
          : `"${article}" is lower-case inside a sentence: "${wanted}".`,
        start,
        end: start + article.length,
        text: article,
        suggestion: wanted,
        entity: entityId,
      });
    }
  }
  return findings;
}

/** A word all in lower case: in a dictionary's spelling of a name, a particle ("von", "der", "de", "bin"). */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * The dictionary's spelling of a person's name, word for word as written but for letter
 * case, if it has one and none as written. Particles are a convention of personal names: a
 * body's or a place's name is its own ("Al Jazeera", whatever a source wrote).
 */
function houseSpelling(mention: Mention, index: EntityIndex): string | undefined {
  const spellings = mention.entityIds.flatMap((id) => {
    const entity = index.get(id);
    return entity?.type === 'person' ? [entity.name, ...entity.aliases.map((alias) => alias.text)] : [];
  });
  if (spellings.includes(mention.text)) return undefined;
  return spellings.find((name) => name.toLowerCase() === mention.text.toLowerCase());
}

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

/** Whether a role writes a title in capitals that the written one spells out: "CEO of Airbus" for "chief executive". */
function abbreviatedIn(role: string, title: string): boolean {
  const capitalised = title.replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
  return role.split(ROLE_WORD_BREAK).some((word) => abbreviates(word, capitalised));
}

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

/** What parts the words of a role: spaces and punctuation, not the hyphens of "Governor-General". */
const ROLE_WORD_BREAK = /[^\p{L}\p{N}'’-]+/u;

/** The lower-cased word right before `offset` (after one space), if any. */
function wordBefore(text: string, offset: number): string | undefined {
  return /(\p{L}+)\s$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1]?.toLowerCase();
}

/**
 * A word that puts a title at another time, right before it or before one or two words of
 * it ("former president", "then-minister", "former transport minister"): the person's
 * office then, not now.
 */
const OTHER_TIME_BEFORE =
  /(?:^|[^\p{L}])(?:former|ex|then|late|onetime|one-time|erstwhile|future|incoming|previous|past|would-be)[\s-](?:\p{L}+\s){0,2}$/iu;

/**
 * Whether a role is the office a written title names: the role has the title's words
 * ("Governor" in "Governor-General" too), and a qualifier before them there ("deputy prime
 * minister") is written before the title as well, and one written ("Lieutenant Governor",
 * "Minority Leader") is the role's too.
 */
function holdsTitle(role: string, title: string, writtenQualifier: string | undefined): boolean {
  const words = foldName(role).split(ROLE_WORD_BREAK);
  const titleWords = foldName(title).split(ROLE_WORD_BREAK).filter(Boolean);
  const qualified = writtenQualifier !== undefined && OFFICE_QUALIFIERS.has(writtenQualifier);
  return words.some(
    (_, at) =>
      titleWords.every((word, k) => words[at + k] === word || words[at + k]?.startsWith(`${word}-`)) &&
      (qualified ? words[at - 1] === writtenQualifier : at === 0 || !OFFICE_QUALIFIERS.has(words[at - 1]!)),
  );
}

/** The title a role gives, with the qualifier the role writes before it: "deputy governor", not "Governor". */
function qualifiedTitleIn(role: string): string | undefined {
  const title = titleIn(role);
  if (title === undefined) return undefined;
  const before = new RegExp(`(\\p{L}+)[\\s-]+${title.replace(/[.]/g, '\\.')}(?:\\W|$)`, 'iu').exec(role)?.[1];
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

/** title-conflict: a title (or a job word) before a name that the dictionary's roles for that person contradict. */
export function titleConflictFindings(context: DraftContext, index: EntityIndex): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const { mention, entity } of resolved(context, index)) {
    if (entity.type !== 'person' || entity.roles.length === 0) continue;
    const title = titleBefore(context.text, mention.start) ?? roleNounBefore(context.text, mention.start);
    if (!title || COURTESY_TITLES.has(title.text)) continue;
    if (OTHER_TIME_BEFORE.test(context.text.slice(Math.max(0, title.start - 40), title.start))) continue;
    // Spaced or hyphenated, one office: "vice president" and "Vice-President", "Secretary-General" and "secretary general".
    const titles = [
      title.text,
      title.text.replace(/ /g, '-'),
      title.text.replace(/-/g, ' '),
      TITLE_ABBREVIATIONS_SPELLED[title.text],
    ].filter((t): t is string => t !== undefined);
    const qualifier = wordBefore(context.text, title.start);
    if (
      entity.roles.some(
        (role) =>
          titles.some((written) => holdsTitle(role.title, written, qualifier)) ||
          abbreviates(title.text, role.title) ||
          abbreviatedIn(role.title, title.text),
      )
    )
      continue;
    const roles = entity.roles.map((role) => role.title);
    const roleTitle = roles.map(qualifiedTitleIn).find((found) => found !== undefined);
    // "Lieutenant Governor": the qualifier is part of the office written, and of what a fix replaces.
    const start =
      qualifier !== undefined && OFFICE_QUALIFIERS.has(qualifier) ? title.start - qualifier.length - 1 : title.start;
    const written = context.text.slice(start, title.end);
    // A title written in lower case is offered back in lower case, one in capitals in capitals.
    const lowerCase = written === written.toLowerCase();
    const stated = entity.roles.find((role) => role.source)?.source;
    findings.push({
      rule: 'title-conflict',
      message: `"${written}" conflicts with the dictionary, which gives ${entity.name} as ${roles.join('; ')}${stated ? `: "${stated}"` : ''}.`,
      start,
      end: title.end,
      text: written,
      suggestion:
        roleTitle === undefined
          ? null
          : lowerCase
            ? roleTitle.toLowerCase()
            : roleTitle.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
      entity: entity.id,
    });
  }
  return findings;
}
