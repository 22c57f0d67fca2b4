/**
 * Names written in other scripts: Cyrillic (Russian, Ukrainian, …) and Arabic, as reporters
 * quote their sources. A word is read in one script or not at all: a word mixing scripts
 * (a Latin "o" inside Cyrillic, as spoofed text does) is never taken for a name.
 */
import { nameReaders } from './nameReaders';
import { ARTICLE_PREFIX } from './names';

export type OtherScript = 'cyrillic' | 'arabic';

/** Marks that change how a word is shown, not which letters it has: direction marks and isolates, joiners, the tatweel. */
const LAYOUT_MARKS = /[\u061C\u0640\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
/** Vowel signs, shadda, stress accents: what a reader may add to a word without making it another. */
const COMBINING_MARKS = /\p{M}/gu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/** The word's letters without layout marks and combining marks. */
export function bareLetters(word: string): string {
  return word.replace(LAYOUT_MARKS, '').normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** The script of a word's letters, or undefined when it is Latin, another script, or mixes scripts. */
export function otherScriptOf(word: string): OtherScript | undefined {
  const letters = bareLetters(word);
  if (CYRILLIC_WORD.test(letters)) return 'cyrillic';
  if (ARABIC_WORD.test(letters)) return 'arabic';
  return undefined;
}

/** A Cyrillic name in Latin letters ("Песков" → "Peskov", "Пєсков" → "Pyeskov"); undefined until the name readers are given. */
export function romaniseCyrillic(name: string): string | undefined {
  return nameReaders()?.romaniseCyrillic(bareLetters(name));
}

/** Arabic letters that stand for a long vowel, and how English spellings write that vowel. */
const LONG_VOWELS: Record<string, string> = {
  ا: '(?:aa|a|e)',
  آ: '(?:aa|a)',
  ى: '(?:a|y|i)',
  و: '(?:w|v|ou|oo|u|o)',
  ي: '(?:y|ee|ei|ie|i|e)',
  ی: '(?:y|ee|ei|ie|i|e)',
};

/**
 * How English and French spellings write each Arabic consonant. Letters that English
 * spellings leave out or write as a vowel (hamza, ayin) may be nothing; the emphatic
 * letters are written as their plain counterparts.
 */
const CONSONANTS: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: '(?:th|t|s)',
  ج: '(?:dj|j|g)',
  چ: '(?:ch|tch)',
  ح: 'h',
  خ: '(?:kh|h|ch|x)',
  د: 'd',
  ذ: '(?:dh|d|z|th)',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: '(?:sh|ch|sch)',
  ص: 's',
  ض: '(?:dh|d)',
  ط: 't',
  ظ: '(?:dh|z|th)',
  ع: '',
  غ: '(?:gh|g)',
  ف: 'f',
  ڤ: 'v',
  ق: '(?:q|k|g)',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  أ: '',
  إ: '',
  ؤ: '',
  ئ: '',
};
/** The feminine ending (ta marbuta): "-a", "-ah", "-e", or "-at" before another name. */
const TA_MARBUTA = '(?:ah|a|eh|e|at)?';
/** A short vowel, which Arabic script does not write and English spellings do. */
const SHORT_VOWEL = '[aeiou]?';
const ARABIC_ARTICLE = /^ال(?=\p{L}{2})/u;

/**
 * The pattern every English or French spelling of an Arabic name matches, word by word:
 * each consonant in order (doubled or not, for the shadda), each long vowel as English
 * writes it, at most one short vowel between letters, and no article: "ال", "al-", "el-"
 * or the forms that assimilate to a sun letter ("ash-Sharaa") are left off both sides, so
 * that "الأسد" and "al-Assad", "الشرع" and "ash-Sharaa" compare alike. Undefined for a word
 * of other letters.
 */
export function arabicNamePattern(name: string): RegExp | undefined {
  const words = name.split(/\s+/).filter(Boolean).map(bareLetters);
  const patterns: string[] = [];
  for (const word of words) {
    let pattern = SHORT_VOWEL;
    for (const letter of word.replace(ARABIC_ARTICLE, '')) {
      const consonant = CONSONANTS[letter];
      const long = LONG_VOWELS[letter];
      if (letter === 'ة') pattern += TA_MARBUTA;
      else if (long !== undefined) pattern += long;
      else if (consonant === undefined) return undefined;
      else pattern += consonant.length === 1 ? `${consonant}{1,2}` : consonant;
      pattern += SHORT_VOWEL;
    }
    patterns.push(pattern);
  }
  return patterns.length === 0 ? undefined : new RegExp(`^${patterns.join(' ')}$`);
}

/**
 * A Latin name as an Arabic name's pattern reads it: lower case, no diacritics, apostrophes
 * (for ayin and hamza) and hyphens gone, a final h after a vowel dropped ("Hamzah"), and
 * without the article, whether joined ("al-Assad") or a word of its own ("al Assad").
 */
export function latinForArabicPattern(folded: string): string {
  return folded
    .split(/\s+/)
    .filter((word) => word !== 'al' && word !== 'el' && word !== '')
    .map((word) =>
      word
        .replace(ARTICLE_PREFIX, '')
        .replace(/['’ʿʾ-]/g, '')
        .replace(/([aeiou])h$/, '$1'),
    )
    .join(' ');
}
