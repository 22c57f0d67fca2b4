import type { IndexedEntity } from '../dictionary/entityIndex';
import { foldName } from '../text/fold';
import { ARTICLE_PREFIX, withoutArticles } from '../text/names';

/**
 * What a mention becomes when its entity is renamed, keeping the mention's form: the full
 * name becomes the new full name, a surname alone the new surname, a first name alone the
 * new first name, the article-less form ("Bashar Assad") the new article-less form. Other
 * aliases ("President Assad", "HTS") are left as written: undefined.
 */
export function renamedForm(entity: IndexedEntity, written: string, newName: string): string | undefined {
  const oldWords = entity.name.split(' ');
  const newWords = newName.trim().split(/\s+/);
  const forms: [string, string][] = [
    [entity.name, newName.trim()],
    [withoutArticles(entity.name), withoutArticles(newName.trim())],
  ];
  if (oldWords.length > 1 && newWords.length > 1) {
    const oldLast = oldWords[oldWords.length - 1]!;
    const newLast = newWords[newWords.length - 1]!;
    forms.push([oldLast, newLast], [oldLast.replace(ARTICLE_PREFIX, ''), newLast.replace(ARTICLE_PREFIX, '')], [oldWords[0]!, newWords[0]!]);
  }
  const folded = foldName(written);
  const match = forms.find(([from]) => foldName(from) === folded);
  if (!match || match[1] === written) return undefined;
  // Keep a capital the text had at a sentence start ("Al-Assad" → "Al-Jalali").
  const replacement = match[1];
  return /^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(replacement) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
