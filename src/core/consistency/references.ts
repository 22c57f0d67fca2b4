import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import { foldName } from '../text/fold';
import { isSentenceStart, within } from '../text/structure';
import { type CheckOptions, HOUSE_STYLES, type RawFinding } from './findings';
import { ARTICLE_PREFIX, COMMON_WORDS, TITLES, withoutArticles, withoutPossessive } from '../text/names';
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
export function resolved(context: DraftContext, index: EntityIndex): { mention: Mention; entity: IndexedEntity }[] {
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
  const relation = word === undefined ? undefined : familyRelationOf(word);
  if (relation === undefined || !SHARES_SURNAME.has(relation)) return false;
  return context.mentions.some(
    (earlier) =>
      earlier.end <= mention.start && earlier.text.split(/\s+/).some((written) => isSurnameOf(written, entity)),
  );
}

/** "Juan Miguel "Migz" Zubiri": the name in full, its given names before a nickname in quotation marks and the rest after it. */
function namedAroundNickname(text: string, mention: Mention, entity: IndexedEntity): boolean {
  const before = /(\S[^"“”\n]*?)\s+["“]\p{Lu}[\p{L}'’.-]*["”]\s+$/u.exec(
    text.slice(Math.max(0, mention.start - 80), mention.start),
  );
  return before !== null && ` ${foldName(`${before[1]} ${mention.text}`)}`.endsWith(` ${foldName(entity.name)}`);
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
    if (namedAroundNickname(context.text, mention, entity)) continue;
    const title = leadingTitle(mention.text);
    const full = fullForm(entity, options);
    // "Khaled Haftar … Haftar said", where the dictionary's Haftar is Khalifa: the full name the draft gave him has
    // another first name; that is the reference to fix.
    const otherFirst = writtenWords.length === 1 ? otherFirstNameBefore(context, mention, entity) : undefined;
    if (otherFirst) {
      findings.push({
        rule: 'first-reference',
        message: `"${otherFirst.text}": the dictionary knows ${entity.name} by "${mention.text}", which this draft uses later without naming ${entity.name} in full. Is the first name wrong, or is this someone else?`,
        certainty: 'likely',
        start: otherFirst.start,
        end: otherFirst.end,
        text: otherFirst.text,
        suggestion: full,
        entity: entity.id,
      });
      continue;
    }
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
 * The full name written before a person's bare surname with another first name ("Khaled
 * Haftar" before "Haftar", the dictionary's Khalifa Haftar): not a relative named after a
 * family word or beside another first name ("his sons Saddam and Khaled Haftar"), nor a
 * title. The mention is the first of the person the draft names, so the draft names no one
 * else by the surname's full form earlier.
 */
function otherFirstNameBefore(
  context: DraftContext,
  mention: Mention,
  entity: IndexedEntity,
): { text: string; start: number; end: number } | undefined {
  const surname = foldName(mention.text);
  const words = entity.name.split(' ');
  // ("Kang Min-gu" before "Kang", the dictionary's Kang Deuk-gu: a surname written first, as the article called him.)
  const surnameFirst =
    words.length === 2 &&
    foldName(words[0]!) === surname &&
    HYPHENATED_GIVEN_NAME.test(words[1]!) &&
    entity.aliases.some((alias) => alias.text === mention.text);
  if (words.length < 2 || (!surnameFirst && foldName(words[words.length - 1]!) !== surname)) return undefined;
  const given = foldName(words[surnameFirst ? 1 : 0]!);
  const written = firstPairsBySurname(context.text).get(surnameFirst ? `${surname} ` : surname);
  // (Or written right there, another first name before the surname: "Lucia Diogo" for Luisa Diogo.)
  if (!written || (written.end > mention.start && written.end !== mention.end)) return undefined;
  let { first, start } = written;
  // "Carlos Contreras Miranda" for Alex Contreras Miranda, called "Miranda": the pair is the name's tail, its given name before it.
  const before = /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(context.text.slice(Math.max(0, start - 30), start));
  if (before && words.some((word) => foldName(word) === foldName(first))) {
    first = before[1]!;
    start -= before[0].length;
  }
  const wordBefore = /([\p{L}-]+)(?:,)?\s+$/u.exec(context.text.slice(Math.max(0, start - 30), start))?.[1];
  if (
    foldName(first) === given ||
    TITLES.some((title) => title === first) ||
    COMMON_WORDS.has(first.toLowerCase()) ||
    within(context.headlines, start) ||
    (wordBefore !== undefined && (/^(?:and|or)$/i.test(wordBefore) || familyRelationOf(wordBefore) !== undefined))
  )
    return undefined;
  return { text: context.text.slice(start, written.end), start, end: written.end };
}

/** A given name written after the surname, hyphenated as Korean names are ("Deuk-gu" of Kang Deuk-gu); not an article's "al-Assad". */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}*-\p{Ll}/u;

/** A family word's relation, singular or plural ("son", "sons"). */
export function familyRelationOf(word: string): string | undefined {
  const noun = word.toLowerCase();
  return FAMILY_RELATIONS[noun] ?? FAMILY_RELATIONS[noun.replace(/s$/, '')];
}

interface NamePair {
  readonly text: string;
  /** The given name beside the surname, before it or after it. */
  readonly first: string;
  readonly start: number;
  readonly end: number;
}

/** The first pair of capitalised words ending in each folded word, read once per text: asked per person, a scan per question made the check quadratic. */
const pairsOfText = { text: '', pairs: new Map<string, NamePair>() };
function firstPairsBySurname(text: string): ReadonlyMap<string, NamePair> {
  if (pairsOfText.text !== text) {
    const pairs = new Map<string, NamePair>();
    // (Overlapping: "Regional Governor Dmytro Kuleba" holds "Dmytro Kuleba".)
    for (const match of text.matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(\s+)(?=(\p{Lu}[\p{L}'’-]+)(?![\p{L}]))/gu)) {
      const end = match.index! + match[0].length + match[3]!.length;
      const pair = { text: text.slice(match.index!, end), start: match.index!, end };
      if (!pairs.has(foldName(match[3]!))) pairs.set(foldName(match[3]!), { ...pair, first: match[1]! });
      // Keyed with a space after it, the pair by its first word, for surnames written first.
      if (!pairs.has(`${foldName(match[1]!)} `)) pairs.set(`${foldName(match[1]!)} `, { ...pair, first: match[3]! });
    }
    pairsOfText.text = text;
    pairsOfText.pairs = pairs;
  }
  return pairsOfText.pairs;
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
    const declared = declaredNames(entity);
    const hyphenated = hyphenatedAs(mention.text, declared);
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
    const accented = entity.type === 'person' ? accentedAs(mention.text, declared) : undefined;
    if (accented !== undefined) {
      findings.push({
        rule: 'house-style',
        message: `The dictionary writes ${entity.name} with other letters: "${accented}".`,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        suggestion: accented,
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

/** Letters as written, but for case, apostrophes and the hyphens and spaces between words. */
function asWritten(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\s‐-]+/g, ' ');
}

/**
 * The dictionary's spelling of a person's name written without its accents or with other
 * letters the matcher folds alike ("Jorg" for Jörg, "Vosskuhle" for Voßkuhle), or the other
 * way round; undefined when the draft writes a declared name as it is.
 */
function accentedAs(written: string, declared: readonly string[]): string | undefined {
  const letters = asWritten(written);
  if (declared.some((name) => asWritten(name) === letters)) return undefined;
  const folded = foldName(written);
  return declared.find((name) => foldName(name) === folded);
}
