/**
 * house-style, against what the sources call people: a person the sources call by two
 * surnames ("García Harfuch"), called in a draft by the second alone.
 */
import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import { oncePerIndex } from '../dictionary/perIndex';
import { foldName } from '../text/fold';
import { COMMON_WORDS, TITLE_WORDS, withoutPossessive } from '../text/names';
import type { RawFinding } from './findings';
import { familyRelationOf, HYPHENATED_GIVEN_NAME } from './references';
import type { DraftContext } from './variants';

/** A person the dictionaries call by two surnames, by the second of them folded ("harfuch" → Omar García Harfuch, "García Harfuch"). */
interface CompoundSurname {
  readonly entity: IndexedEntity;
  readonly surnames: string;
  readonly first: string;
}

/**
 * The people whose later references the dictionaries give as two surnames, the full name's last two words ("García
 * Harfuch" of Omar García Harfuch), where no dictionary calls anyone by the second alone.
 */
const compoundSurnames = oncePerIndex((index): ReadonlyMap<string, CompoundSurname> => {
  const declared = new Set<string>();
  for (const entity of index.entities())
    for (const name of [entity.name, ...entity.aliases.map((alias) => alias.text)]) declared.add(foldName(name));
  const map = new Map<string, CompoundSurname>();
  for (const entity of index.entities()) {
    const words = entity.name.split(' ');
    // ("Nelly Paredes del Castillo": "del Castillo" is one surname with its particle, not two.)
    if (entity.type !== 'person' || words.length < 3 || !/^\p{Lu}/u.test(words[words.length - 2]!)) continue;
    const surnames = words.slice(-2).join(' ');
    const second = foldName(words[words.length - 1]!);
    if (entity.aliases.some((alias) => alias.text === surnames) && !declared.has(second))
      map.set(second, { entity, surnames, first: foldName(words[words.length - 2]!) });
  }
  return map;
});

/**
 * house-style: a person the sources call by two surnames ("García Harfuch"), called in the draft by the second alone,
 * as Spanish and Portuguese names are not.
 */
export function compoundSurnameFindings(context: DraftContext, index: EntityIndex): RawFinding[] {
  const known = compoundSurnames(index);
  if (known.size === 0) return [];
  const findings: RawFinding[] = [];
  // "Pedro Castillo … Castillo's term": a surname the draft also gives someone else in full is that person's.
  const othersSurnames = new Set(
    context.runs.flatMap((run) =>
      run.flatMap((token, i) => {
        const surname = foldName(withoutPossessive(token.text));
        const compound = known.get(surname);
        const before = run[i - 1]?.text;
        return compound &&
          before !== undefined &&
          foldName(before) !== compound.first &&
          !COMMON_WORDS.has(before.toLowerCase()) &&
          !TITLE_WORDS.has(before.toLowerCase())
          ? [surname]
          : [];
      }),
    ),
  );
  for (const run of context.runs) {
    run.forEach((token, i) => {
      const surname = foldName(withoutPossessive(token.text));
      const compound = known.get(surname);
      if (!compound || othersSurnames.has(surname) || (i > 0 && foldName(run[i - 1]!.text) === compound.first)) return;
      if (context.mentions.some((mention) => mention.start < token.end && token.start < mention.end)) return;
      const written = withoutPossessive(token.text);
      findings.push({
        rule: 'house-style',
        message: `"${written}" alone drops the first of ${compound.entity.name}'s two surnames: the dictionary calls this person "${compound.surnames}".`,
        start: token.start,
        end: token.start + written.length,
        text: written,
        suggestion: compound.surnames,
        entity: compound.entity.id,
      });
    });
  }
  return findings;
}

/** The one person the dictionaries call by each surname alone, folded ("maait" → Mohamed Maait, "kang " → Kang Deuk-gu); surnames two people share are left out. */
const soleBearers = oncePerIndex((index): ReadonlyMap<string, IndexedEntity> => {
  const bearers = new Map<string, IndexedEntity | null>();
  for (const entity of index.entities()) {
    const words = entity.name.split(' ');
    if (entity.type !== 'person' || words.length < 2) continue;
    for (const alias of entity.aliases) {
      const surname = foldName(alias.text);
      // The surname the sources call the person by: the name's last word, or its first before a hyphenated given name
      // (Korean order, "Kang Deuk-gu"; keyed with a space after it).
      const key =
        foldName(words[words.length - 1]!) === surname
          ? surname
          : foldName(words[0]!) === surname && words.length === 2 && HYPHENATED_GIVEN_NAME.test(words[1]!)
            ? `${surname} `
            : '';
      if (!key || alias.text.includes(' ')) continue;
      bearers.set(key, bearers.has(key) && bearers.get(key) !== entity ? null : entity);
    }
  }
  return new Map([...bearers].filter((entry): entry is [string, IndexedEntity] => entry[1] !== null));
});

/**
 * first-reference, a full name with another given name: "Ahmed Maait" where the sources' only Maait is Mohamed Maait,
 * "Carlos Contreras Miranda" for Alex Contreras Miranda. Not where the draft also names the person in full, nor a
 * relative ("his son Ahmed Maait") or a given name joined to another ("Ahmed and Ali Maait"), nor a name the dictionaries know.
 */
export function otherGivenNameFindings(context: DraftContext, index: EntityIndex): RawFinding[] {
  const bearers = soleBearers(index);
  if (bearers.size === 0) return [];
  const findings: RawFinding[] = [];
  // (Folded only once a run is a candidate: the check runs at every pause in typing, and most drafts have none.)
  let folded: string | undefined;
  for (const run of context.runs) {
    // ("Niger State Governor Muhammad Bago": the name after the title, not the place the title names.)
    const names = run
      .slice(run.map((token) => TITLE_WORDS.has(token.text.toLowerCase())).lastIndexOf(true) + 1)
      .filter((token) => !COMMON_WORDS.has(token.text.toLowerCase()));
    if (names.length < 2) continue;
    const ends = [names[names.length - 1]!, names[0]!].map((token) => foldName(withoutPossessive(token.text)));
    const surnameLast = bearers.get(ends[0]!);
    const entity = surnameLast ?? bearers.get(`${ends[1]} `);
    if (!entity) continue;
    const nameWords = entity.name.split(' ').map((word) => foldName(word));
    // ("Pavel Andreyevich Lugov" for Pavel Lugov: his given name, a patronymic or middle name added; but "Juan Carlos
    // Cristo" for Juan Fernando Cristo, as many words, one of them another.)
    const given = surnameLast ? names[0]! : names[names.length - 1]!;
    if (
      names.length !== nameWords.length &&
      foldName(given.text) === (surnameLast ? nameWords[0] : nameWords[nameWords.length - 1])
    )
      continue;
    const start = names[0]!.start;
    const end = names[names.length - 1]!.start + withoutPossessive(names[names.length - 1]!.text).length;
    const before = context.text.slice(Math.max(0, start - 40), start);
    const wordBefore = /([\p{L}-]+),?\s+$/u.exec(before)?.[1];
    if (
      names.every((token) => nameWords.includes(foldName(withoutPossessive(token.text)))) ||
      // ("Senate President Juan Miguel "Migz" Zubiri": every word of the name, after a body's and around a nickname.)
      nameWords.every((word) => names.some((token) => foldName(withoutPossessive(token.text)) === word)) ||
      (folded ??= foldName(context.text)).includes(foldName(entity.name)) ||
      context.mentions.some(
        (mention) => mention.start < end && start < mention.end && !mention.entityIds.includes(entity.id),
      ) ||
      /\p{Lu}[\p{L}-]*\s+(?:and|or)\s+$/u.test(before) ||
      (wordBefore !== undefined && familyRelationOf(wordBefore) !== undefined)
    )
      continue;
    const text = context.text.slice(start, end);
    findings.push({
      rule: 'first-reference',
      message: `"${text}": the only person of this surname the sources name is ${entity.name}. Is the given name wrong, or is this someone else?`,
      certainty: 'likely',
      start,
      end,
      text,
      suggestion: entity.name,
      entity: entity.id,
    });
  }
  return findings;
}
