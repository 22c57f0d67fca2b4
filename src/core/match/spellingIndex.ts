import { type KeyAgreement, keyAgreement, letterSlip } from '../text/nameKeys';
import { deletionKeys, skeleton } from '../text/skeleton';
import type { NameEntry } from './matcher';

/** Fuzzy (one-edit) matches only for skeletons this long: shorter names are too close to each other. */
export const MIN_FUZZY_LENGTH = 5;
/** A last letter dropped or added is looked for in skeletons this long ("vud" for "Wood"). */
const MIN_FINAL_LETTER_LENGTH = 3;

interface AliasForm {
  readonly entityId: string;
  readonly text: string;
  readonly skeleton: string;
}

/** A known spelling whose keys agree with a written name's, and how far they agree. */
export interface AliasMatch extends AliasForm {
  readonly agreement: KeyAgreement;
}

/** Every alias of every entity by skeleton, and by one-deletion keys for near misses. */
export class VariantIndex {
  private readonly exact = new Map<string, AliasForm[]>();
  private readonly nearKeys = new Map<string, AliasForm[]>();

  constructor(entries: readonly NameEntry[]) {
    for (const { entityId, alias } of entries) {
      const form: AliasForm = { entityId, text: alias.text, skeleton: skeleton(alias.text) };
      if (form.skeleton === '') continue;
      push(this.exact, form.skeleton, form);
      if (form.skeleton.length >= MIN_FUZZY_LENGTH - 1)
        for (const key of new Set(deletionKeys(form.skeleton))) push(this.nearKeys, key, form);
    }
  }

  /**
   * Aliases whose keys agree with the name's (see keyAgreement): the same skeleton, or
   * (where allowed) one edit away with the same sound, for long enough names; shorter ones
   * only by a last letter dropped or added ("Wood" for Woods). With `letterSlips`, a full
   * name may also be one letter off in a long word with a sound one step away (see
   * letterSlip), where nothing agrees better.
   */
  lookup(name: string, fuzzy: boolean, letterSlips = false): AliasMatch[] {
    const key = skeleton(name);
    const exact = this.exact.get(key);
    const short = key.length < MIN_FUZZY_LENGTH;
    const candidates = exact
      ? exact
      : !fuzzy || key.length < MIN_FINAL_LETTER_LENGTH
        ? []
        : short
          ? [...(this.nearKeys.get(key) ?? []), ...(this.exact.get(key.slice(0, -1)) ?? [])]
          : new Set(deletionKeys(key).flatMap((deletion) => this.nearKeys.get(deletion) ?? []));
    const matches = [...candidates].flatMap((form) => {
      const agreement = keyAgreement(name, form.text);
      return agreement && (exact || !short || agreement.finalLetter) ? [{ ...form, agreement }] : [];
    });
    if (matches.length > 0 || exact || short || !letterSlips) return matches;
    return [...candidates].flatMap((form) => {
      const agreement = letterSlip(name, form.text);
      return agreement ? [{ ...form, agreement }] : [];
    });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
