import { COMMON_WORDS, TITLE_WORDS, nameWords } from '../consistency/names';
import { IndexedEntity } from '../dictionary/entityIndex';
import { foldName } from '../text/fold';
import { headlineSpans, isSentenceStart, within } from '../text/structure';
import { Mention } from './matcher';

/**
 * Leaves out mentions that stand inside someone else's name: "Asma" in "Asma Khan" is an
 * alias of Asma al-Assad but is not her, nor is "Haddad" in "Lina Haddad" the Amal Haddad
 * of a dictionary. A capitalised word beside the mention that is none of the entity's
 * name words, no title, no common word and no possessive ("Russia's Hmeimim airbase")
 * says so. Headlines, where every word has a capital, are taken as they are.
 */
export function withoutOthersNames(text: string, mentions: readonly Mention[], entityOf: (id: string) => IndexedEntity | undefined): Mention[] {
  const headlines = headlineSpans(text);
  return mentions.filter((mention) => {
    const candidates = mention.entityIds.map(entityOf).filter((entity): entity is IndexedEntity => entity !== undefined);
    return candidates.length === 0 || within(headlines, mention.start) || !isInsideAnotherName(text, mention, candidates);
  });
}

/** Whether a capitalised word beside the mention belongs to none of the candidates' names. */
function isInsideAnotherName(text: string, mention: Mention, candidates: readonly IndexedEntity[]): boolean {
  const own = new Set(candidates.flatMap((entity) => [...nameWords(entity)]));
  const after = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(mention.end, mention.end + 40))?.[1];
  const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  const stranger = (word: string | undefined) =>
    word !== undefined && !/['’]s?$/u.test(word) && !own.has(foldName(word)) && !COMMON_WORDS.has(word.toLowerCase()) && !TITLE_WORDS.has(word.toLowerCase());
  // A word before the mention that starts a sentence proves nothing: "Check Jalali's quotes" is Jalali.
  const beforeStart = mention.start - 1 - (before?.length ?? 0);
  return (!mention.possessive && stranger(after)) || (stranger(before) && !isSentenceStart(text, beforeStart));
}
