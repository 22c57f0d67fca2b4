import {
  type KeyAgreement,
  isEndingSlipInALongName,
  keyAgreement,
  letterSlip,
  loneWordSlip,
  wordSlip,
} from '../text/nameKeys';
import { deletionKeys, skeleton } from '../text/skeleton';
import type { NameEntry } from './matcher';

/** Fuzzy (one-edit) matches only for skeletons this long: shorter names are too close to each other. */
export const MIN_FUZZY_LENGTH = 5;
/** A last letter dropped or added is looked for in skeletons this long ("vud" for "Wood"). */
const MIN_FINAL_LETTER_LENGTH = 3;
/** A short name one edit away with the same sound is looked for (with `letterSlips`) in skeletons this long ("mirz" for Merz). */
const MIN_SHORT_NEAR_MISS_LENGTH = 4;

interface AliasForm {
  readonly entityId: string;
  readonly text: string;
  readonly skeleton: string;
}

/** A known spelling whose keys agree with a written name's, and how far they agree. */
export interface AliasMatch extends AliasForm {
  readonly agreement: KeyAgreement;
  /**
   * A lone word near a known one that other words must confirm: a short name one edit away
   * with the same sound ("Meerz" for Merz), or a letter added or dropped that changes the
   * sound a little ("Mertz"); see loneWordSlip.
   */
  readonly loneWord?: 'same-sound' | 'letter-slip';
}

/** Every alias of every entity by skeleton, and by one-deletion keys for near misses. */
export class VariantIndex {
  private readonly exact = new Map<string, AliasForm[]>();
  private readonly nearKeys = new Map<string, AliasForm[]>();
  /** Names of several words by their words with one left out ("antonio *"), for a slip in that word. */
  private readonly wordSlots = new Map<string, AliasForm[]>();
  /** The skeleton of every word of every name: a word spelt so is a name's, not a slip. */
  private readonly nameWords = new Set<string>();

  constructor(entries: readonly NameEntry[]) {
    for (const { entityId, alias } of entries) {
      const form: AliasForm = { entityId, text: alias.text, skeleton: skeleton(alias.text) };
      if (form.skeleton === '') continue;
      push(this.exact, form.skeleton, form);
      if (form.skeleton.length >= MIN_FUZZY_LENGTH - 1)
        for (const key of new Set(deletionKeys(form.skeleton))) push(this.nearKeys, key, form);
      for (const key of slotKeys(alias.text)) push(this.wordSlots, key, form);
      for (const word of alias.text.split(/\s+/)) this.nameWords.add(skeleton(word));
    }
  }

  /**
   * Aliases whose keys agree with the name's (see keyAgreement): the same skeleton, or
   * (where allowed) one edit away with the same sound, for long enough names; shorter ones
   * only by a last letter dropped or added ("Wood" for Woods). With `letterSlips`, a short
   * name may be one edit away with the same sound, a lone word a letter longer or shorter
   * (both marked `loneWord`), and a full name one
   * letter off in a long word with a sound one step away (see letterSlip) or in one word
   * with the others as written (see wordSlip), where nothing agrees better.
   */
  lookup(name: string, fuzzy: boolean, letterSlips = false): AliasMatch[] {
    const key = skeleton(name);
    const exact = this.exact.get(key);
    const short = key.length < MIN_FUZZY_LENGTH;
    const candidates = exact
      ? exact
      : !fuzzy || key.length < MIN_FINAL_LETTER_LENGTH
        ? []
        : short && !(letterSlips && key.length >= MIN_SHORT_NEAR_MISS_LENGTH)
          ? [...(this.nearKeys.get(key) ?? []), ...(this.exact.get(key.slice(0, -1)) ?? [])]
          : new Set([
              ...deletionKeys(key).flatMap((deletion) => this.nearKeys.get(deletion) ?? []),
              ...(this.exact.get(key.slice(0, -1)) ?? []),
            ]);
    const matches = [...candidates].flatMap((form) => {
      const agreement = keyAgreement(name, form.text);
      if (!agreement) return [];
      if (exact || !short || agreement.finalLetter) return [{ ...form, agreement }];
      return agreement.sound === 'same' ? [{ ...form, agreement, loneWord: 'same-sound' as const }] : [];
    });
    if (matches.length > 0 || exact || short || !fuzzy || !letterSlips) return matches;
    const slips = [...candidates].flatMap((form) => {
      const agreement = letterSlip(name, form.text);
      if (agreement) return [{ ...form, agreement }];
      const lone = loneWordSlip(name, form.text);
      return lone ? [{ ...form, agreement: lone, loneWord: 'letter-slip' as const }] : [];
    });
    if (slips.length > 0) return slips;
    // A word slip: the other words as written, the odd word no word of any known name.
    const slotted = new Set(slotKeys(name).flatMap((key) => this.wordSlots.get(key) ?? []));
    return [...slotted].flatMap((form) => {
      const agreement = wordSlip(name, form.text);
      return agreement &&
        (isEndingSlipInALongName(agreement.wordSlip!) ||
          !this.nameWords.has(skeleton(name.split(/\s+/)[agreement.wordSlip!.word]!)))
        ? [{ ...form, agreement }]
        : [];
    });
  }
}

/** A name of several words by its word skeletons with each left out in turn ("2 antonio *", "2 * kosta"). */
function slotKeys(name: string): string[] {
  const words = name.split(/\s+/).map(skeleton);
  if (words.length < 2) return [];
  return words.map((_, i) => `${words.length} ${words.map((word, j) => (i === j ? '*' : word)).join(' ')}`);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
