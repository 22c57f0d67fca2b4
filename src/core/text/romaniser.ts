/**
 * The Cyrillic romaniser, from @sindresorhus/transliterate (per-language tables; see the
 * README): its own module, so that the extension's main bundle leaves it to a bundle loaded
 * on first use.
 */
import transliterate from '@sindresorhus/transliterate';
import type { Romaniser } from './scripts';

export const romaniser: Romaniser = (text) => transliterate(text);
