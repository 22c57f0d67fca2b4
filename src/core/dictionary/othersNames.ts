import type { Mention } from '../match/matcher';
import { foldName, isWordCharAt } from '../text/fold';
import { COMMON_WORDS, TITLE_WORDS } from '../text/names';
import { isInHeadline, isSentenceStart } from '../text/structure';
import { isPatronymic } from '../text/nameConventions';
import type { IndexedEntity } from './entityIndex';

const nameWordsOf = new WeakMap<IndexedEntity, Set<string>>();

/** The folded words of every name an entity goes by ("bashar", "al-assad", "assad", …). */
export function nameWords(entity: IndexedEntity): Set<string> {
  let words = nameWordsOf.get(entity);
  if (!words) {
    words = new Set(
      [entity.name, ...entity.aliases.map((alias) => alias.text)].flatMap((name) => foldName(name).split(/[\s-]+/)),
    );
    nameWordsOf.set(entity, words);
  }
  return words;
}

/**
 * Leaves out mentions that stand inside someone else's name: "Asma" in "Asma Khan" is an
 * alias of Asma al-Assad but is not her, nor is "Haddad" in "Lina Haddad" the Amal Haddad
 * of a dictionary. A capitalised word beside the mention that is none of the entity's
 * name words, no title, no common word and no possessive ("Russia's Hmeimim airbase")
 * says so. Headlines, where every word has a capital, are taken as they are.
 */
export function withoutOthersNames(
  text: string,
  mentions: readonly Mention[],
  entityOf: (id: string) => IndexedEntity | undefined,
): Mention[] {
  return mentions.filter((mention) => {
    const after = mention.possessive ? undefined : capitalisedWordAfter(text, mention.end);
    const before = capitalisedWordBefore(text, mention.start);
    // Most mentions have no capitalised word beside them: nothing to look up.
    if (after === undefined && before === undefined) return true;
    const candidates = mention.entityIds
      .map(entityOf)
      .filter((entity): entity is IndexedEntity => entity !== undefined);
    // Only the mention's own line is looked at, so a slice of a long text costs what the slice does.
    return (
      candidates.length === 0 ||
      !isInsideAnotherName(text, after, before, candidates) ||
      isInHeadline(text, mention.start)
    );
  });
}

/** Letters, digits and the apostrophes and hyphens inside names. */
function isNameChar(text: string, index: number): boolean {
  const c = text[index];
  return c !== undefined && (isWordCharAt(text, index) || c === "'" || c === '’' || c === '-');
}

/** The word right after `end` (after one space) if it starts with a capital. */
function capitalisedWordAfter(text: string, end: number): string | undefined {
  if (text[end] !== ' ' || !isCapital(text[end + 1])) return undefined;
  let stop = end + 2;
  while (isNameChar(text, stop)) stop++;
  return text.slice(end + 1, stop);
}

/** The word right before `start` (before one space) if it starts with a capital, and where it starts. */
function capitalisedWordBefore(text: string, start: number): { word: string; at: number } | undefined {
  if (text[start - 1] !== ' ') return undefined;
  let at = start - 1;
  while (at > 0 && isNameChar(text, at - 1)) at--;
  return at < start - 1 && isCapital(text[at]) ? { word: text.slice(at, start - 1), at } : undefined;
}

function isCapital(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Whether a capitalised word beside the mention (`after` it, `before` it) belongs to none of the candidates' names. */
function isInsideAnotherName(
  text: string,
  after: string | undefined,
  before: { word: string; at: number } | undefined,
  candidates: readonly IndexedEntity[],
): boolean {
  const stranger = (word: string) =>
    !/['’]s?$/u.test(word) &&
    !COMMON_WORDS.has(word.toLowerCase()) &&
    !TITLE_WORDS.has(word.toLowerCase()) &&
    !isPatronymic(word) &&
    !candidates.some((entity) => nameWords(entity).has(foldName(word)) || holdsTitleWord(entity, word));
  if (after !== undefined && stranger(after)) return true;
  // A word before the mention that starts a sentence proves nothing: "Check Jalali's quotes" is Jalali.
  return before !== undefined && stranger(before.word) && !isSentenceStart(text, before.at);
}

/** Whether the word is one of the entity's titles: "Officer" before "Steve Jobs", the Chief Executive Officer. */
function holdsTitleWord(entity: IndexedEntity, word: string): boolean {
  const folded = foldName(word);
  return entity.roles.some((role) => foldName(role.title).split(/\s+/).includes(folded));
}

/**
 * Mentions of a person written with a patronymic the dictionary does not give: "Vladimir
 * Vladimirovich Putin" for Vladimir Putin is one mention of him, first name and all.
 */
export function withPatronymics(
  text: string,
  mentions: readonly Mention[],
  entityOf: (id: string) => IndexedEntity | undefined,
): Mention[] {
  return mentions.map((mention) => {
    // The patronymic right before the mention is looked at first: most mentions have none,
    // and this runs on every mention of every draft.
    const patronymic = capitalisedWordBefore(text, mention.start);
    if (!patronymic || !isPatronymic(patronymic.word) || mention.entityIds.length !== 1) return mention;
    const entity = entityOf(mention.entityIds[0]!);
    const words = entity?.type === 'person' ? entity.name.split(' ') : [];
    if (words.length !== 2 || foldName(mention.text) !== foldName(words[1]!)) return mention;
    const given = capitalisedWordBefore(text, patronymic.at);
    if (!given || foldName(given.word) !== foldName(words[0]!)) return mention;
    return { ...mention, start: given.at, text: text.slice(given.at, mention.end) };
  });
}
