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
  if (!entity.name.includes(' ') || foldName(entity.name.split(' ').pop()!) !== surname) return undefined;
  const given = foldName(entity.name.split(' ')[0]!);
  const written = firstPairsBySurname(context.text).get(surname);
  // (Or written right there, another first name before the surname: "Lucia Diogo" for Luisa Diogo.)
  if (!written || (written.end > mention.start && written.end !== mention.end)) return undefined;
  const { first, start } = written;
  const wordBefore = /([\p{L}-]+)(?:,)?\s+$/u.exec(context.text.slice(Math.max(0, start - 30), start))?.[1];
  if (
    foldName(first) === given ||
    TITLES.some((title) => title === first) ||
    COMMON_WORDS.has(first.toLowerCase()) ||
    within(context.headlines, start) ||
    (wordBefore !== undefined && (/^(?:and|or)$/i.test(wordBefore) || familyRelationOf(wordBefore) !== undefined))
  )
    return undefined;
  return { text: written.text, start, end: written.end };
}

/** A family word's relation, singular or plural ("son", "sons"). */
function familyRelationOf(word: string): string | undefined {
  const noun = word.toLowerCase();
  return FAMILY_RELATIONS[noun] ?? FAMILY_RELATIONS[noun.replace(/s$/, '')];
}

interface NamePair {
  readonly text: string;
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
      const surname = foldName(match[3]!);
      const end = match.index! + match[0].length + match[3]!.length;
      if (!pairs.has(surname))
        pairs.set(surname, { text: text.slice(match.index!, end), first: match[1]!, start: match.index!, end });
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

/**
 * particle-case: "al-" lower-case inside a sentence and inside a name ("Bashar al-Assad"),
 * "Al-" only where it starts a sentence (or lower-case everywhere, if so configured); so too
 * the particles a dictionary writes in lower case in a person's name ("Ursula von der Leyen").
 */
export function particleCaseFindings(context: DraftContext, index: EntityIndex, options: CheckOptions): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const mention of context.mentions) {
    const entityId = mention.entityIds.length === 1 && index.get(mention.entityIds[0]!) ? mention.entityIds[0]! : null;
    if (isBodyOrPlaceAsNamed(mention, index)) continue;
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

/** A body's or a place's name written as the dictionary writes it ("Libya Al-Hadath TV"): its capitals are its own. */
function isBodyOrPlaceAsNamed(mention: Mention, index: EntityIndex): boolean {
  const entities = mention.entityIds.map((id) => index.get(id));
  return (
    entities.length > 0 &&
    entities.every(
      (entity) =>
        entity !== undefined &&
        entity.type !== 'person' &&
        [entity.name, ...entity.aliases.map((alias) => alias.text)].includes(mention.text),
    )
  );
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
