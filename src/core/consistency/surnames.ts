/**
 * house-style, against what the sources call people: a person the sources call by two
 * surnames ("García Harfuch"), called in a draft by the second alone.
 */
import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import { foldName } from '../text/fold';
import { COMMON_WORDS, TITLE_WORDS, withoutPossessive } from '../text/names';
import type { RawFinding } from './findings';
import type { DraftContext } from './variants';

/** A person the dictionaries call by two surnames, by the second of them folded ("harfuch" → Omar García Harfuch, "García Harfuch"). */
interface CompoundSurname {
  readonly entity: IndexedEntity;
  readonly surnames: string;
  readonly first: string;
}

const compoundSurnamesOf = new WeakMap<EntityIndex, ReadonlyMap<string, CompoundSurname>>();

/**
 * The people whose later references the dictionaries give as two surnames, the full name's last two words ("García
 * Harfuch" of Omar García Harfuch), where no dictionary calls anyone by the second alone; worked out once per index.
 */
function compoundSurnames(index: EntityIndex): ReadonlyMap<string, CompoundSurname> {
  const cached = compoundSurnamesOf.get(index);
  if (cached) return cached;
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
  compoundSurnamesOf.set(index, map);
  return map;
}

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
