/**
 * The libraries that read names: @sindresorhus/transliterate's Cyrillic tables and
 * double-metaphone's sound rules (see the README). Their own module, so that the
 * extension's main bundle leaves them to a bundle it loads before the first dictionary load.
 */
import transliterate from '@sindresorhus/transliterate';
import { doubleMetaphone } from 'double-metaphone';
import type { NameReaders } from './nameReaders';

export const libraryNameReaders: NameReaders = {
  romaniseCyrillic: (text) => transliterate(text),
  soundCodes: (letters) => doubleMetaphone(letters),
};
