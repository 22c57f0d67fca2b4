/**
 * The shorter forms naming conventions give a person's full name, so that a draft's "Abu
 * Mohammed" or "Golani" for "Abu Mohammed al-Golani", or "Vladimir Vladimirovich" for
 * "Vladimir Vladimirovich Putin", is that person and no variant of anyone: Arabic kunyas
 * and nisbas, Russian and Ukrainian patronymics, surnames with their particles ("bin
 * Salman", "von der Leyen"), and the Arabic article written with a space or joined.
 */

import { ARTICLE_PREFIX } from './names';

/** "Abu", "Umm": a kunya ("father of", "mother of") opens the name with the word after it. */
const KUNYA_OPENERS = new Set(['abu', 'abou', 'umm', 'um']);

/** A Russian or Ukrainian patronymic: Vladimirovich, Sergeyevich, Ilyich, Ivanovna, Petrivna, Mykolayovych. */
const PATRONYMIC = /\p{L}{3}(?:ovich|evich|yich|ovych|evych|ovna|evna|ivna|ichna)$/iu;

/** Lower-case particles a surname keeps when it stands alone ("bin Salman", "von der Leyen"). */
const SURNAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'von',
  'van',
  'der',
  'den',
  'de',
  'di',
  'da',
  'du',
  'del',
  'della',
  'dos',
  'la',
  'le',
]);

/** A nisba: an article and a word of origin ending in -i ("al-Tikriti", "al-Baghdadi"). */
const NISBA = /i$/iu;

/** Whether a name's middle word is a patronymic ("Sergei Viktorovich Lavrov"). */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word);
}

/**
 * The shorter forms of a person's full name that its naming conventions make: for "Abu
 * Mohammed al-Golani", "Abu Mohammed", "al-Golani" and "Golani"; for "Saddam Hussein
 * al-Tikriti", also "Saddam Hussein"; for "Sergei Viktorovich Lavrov", "Sergei
 * Viktorovich", "Sergei Lavrov" and "Lavrov"; for "Mohammed bin Salman", "bin Salman".
 * The name itself is not among them.
 */
export function conventionalForms(name: string): string[] {
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const forms: string[] = [];
  const last = words[words.length - 1]!;
  if (KUNYA_OPENERS.has(words[0]!.toLowerCase()) && words.length >= 3) {
    forms.push(`${words[0]} ${words[1]}`, words.slice(2).join(' '));
  }
  if (ARTICLE_PREFIX.test(last)) {
    forms.push(last, last.replace(ARTICLE_PREFIX, ''));
    if (words.length >= 3 && NISBA.test(last) && !KUNYA_OPENERS.has(words[0]!.toLowerCase()))
      forms.push(words.slice(0, -1).join(' '));
  }
  let particles = words.length - 1;
  while (particles > 1 && SURNAME_PARTICLES.has(words[particles - 1]!)) particles--;
  if (particles < words.length - 1) forms.push(words.slice(particles).join(' '));
  if (words.length === 3 && isPatronymic(words[1]!)) {
    forms.push(`${words[0]} ${words[1]}`, `${words[0]} ${last}`, last);
  }
  return [...new Set(forms)].filter((form) => form !== name && form.length > 2);
}

/**
 * The name with its hyphenated Arabic articles written apart and joined: "Bashar al-Assad"
 * gives "Bashar al Assad" and "Bashar alAssad", the ways drafts also write it.
 */
export function articleSpacings(name: string): string[] {
  if (!name.split(' ').some((word) => ARTICLE_PREFIX.test(word))) return [];
  const written = (separator: string) =>
    name
      .split(' ')
      .map((word) => word.replace(ARTICLE_PREFIX, (article) => article.slice(0, -1) + separator))
      .join(' ');
  return [written(' '), written('')];
}

/**
 * The dictionary's own form of a name written with its article apart or joined ("al Assad",
 * "alAssad" for "al-Assad"), as written otherwise; undefined where the written name is not
 * one of those forms of `declared`.
 */
export function hyphenatedAs(written: string, declared: readonly string[]): string | undefined {
  const folded = written.toLowerCase();
  if (declared.some((form) => form.toLowerCase() === folded)) return undefined;
  for (const form of declared) {
    if (articleSpacings(form).some((spacing) => spacing.toLowerCase() === folded)) {
      // Keep the writer's capital on the article ("Al Assad" at a sentence start).
      return /^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(form) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
    }
  }
  return undefined;
}
