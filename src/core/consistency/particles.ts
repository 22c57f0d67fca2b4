import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import { ARTICLE_PREFIX } from '../text/names';
import { isSentenceStart, within } from '../text/structure';
import type { CheckOptions, RawFinding } from './findings';
import type { DraftContext } from './variants';

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
    const spellings = personSpellings(mention, index);
    const houseWords = houseSpelling(mention, spellings)?.split(/\s+/);
    let at = 0;
    // The whole name is marked and mended at once: "Pérez De Cuéllar" → "Pérez de Cuéllar".
    let mended = mention.text;
    let message: string | undefined;
    for (const word of mention.text.matchAll(/[^\s]+/g)) {
      const houseWord = houseWords?.[at++];
      const article =
        ARTICLE_PREFIX.exec(word[0])?.[0] ??
        (houseWord !== undefined && LOWER_CASE_WORD.test(houseWord) && houseWord === word[0].toLowerCase()
          ? word[0]
          : undefined);
      if (!article || isOwnCapital(word[0], spellings)) continue;
      const start = mention.start + word.index!;
      const atStart = word.index === 0 && (isSentenceStart(context.text, start) || within(context.headlines, start));
      const capital = options.particleCase === 'sentence' && atStart;
      const wanted = capital ? article.charAt(0).toUpperCase() + article.slice(1).toLowerCase() : article.toLowerCase();
      if (article === wanted) continue;
      mended = mended.slice(0, word.index!) + wanted + mended.slice(word.index! + article.length);
      message ??= capital
        ? `"${article}" starts the sentence, so it takes a capital: "${wanted}".`
        : `"${article}" is lower-case inside a sentence: "${wanted}".`;
    }
    if (message)
      findings.push({
        rule: 'particle-case',
        message,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        suggestion: mended,
        entity: entityId,
      });
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
 * "Sabah Al-Khalid Al-Hamad Al-Sabah": a particle the sources capitalise inside the name is the name's own capital.
 * (Read only for a word with a particle, not for every mention at every pause in typing.)
 */
function isOwnCapital(word: string, spellings: readonly string[]): boolean {
  return (
    ARTICLE_PREFIX.test(word) &&
    /^\p{Lu}/u.test(word) &&
    spellings.some((name) => name.split(/\s+/).slice(1).includes(word))
  );
}

/** How the dictionaries write the person a mention names: the name and its aliases. */
function personSpellings(mention: Mention, index: EntityIndex): string[] {
  return mention.entityIds.flatMap((id) => {
    const entity = index.get(id);
    return entity?.type === 'person' ? [entity.name, ...entity.aliases.map((alias) => alias.text)] : [];
  });
}

/**
 * The dictionary's spelling of a person's name, word for word as written but for letter
 * case, if it has one and none as written. Particles are a convention of personal names: a
 * body's or a place's name is its own ("Al Jazeera", whatever a source wrote).
 */
function houseSpelling(mention: Mention, spellings: readonly string[]): string | undefined {
  if (spellings.includes(mention.text)) return undefined;
  return spellings.find((name) => name.toLowerCase() === mention.text.toLowerCase());
}
