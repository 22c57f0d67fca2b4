import { foldName } from '../text/fold';
import type { KeyAgreement } from '../text/nameKeys';
import {
  type OtherScript,
  arabicNamePattern,
  bareLetters,
  latinForArabicPattern,
  otherScriptOf,
  romaniseCyrillic,
} from '../text/scripts';
import type { Mention, NameEntry, TextRegion } from './matcher';
import type { VariantIndex } from './spellingIndex';

/** A known name written in another script ("Песков", "بشار الأسد"), and the dictionary's spelling of it. */
export interface OtherScriptName {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly script: OtherScript;
  readonly entityIds: readonly string[];
  /** The dictionary's Latin spelling the name stands for. */
  readonly spelling: string;
  /** `likely` where the evidence is good but not conclusive (a single Arabic word, a Cyrillic near miss). */
  readonly certainty: KeyAgreement['certainty'];
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly script: OtherScript;
}

/** Letters with the marks and joiners that may sit inside them: a word of any script. */
const WORD = /[\p{L}\p{M}\u0640\u061C\u200B-\u200F\u2060]+/gu;
/**
 * A letter of a script names are read in (the Cyrillic and Arabic blocks, written as ranges:
 * a script property makes every scan of a long draft several times slower). Most texts have
 * none, and are not read word by word.
 */
const OTHER_SCRIPT_LETTER =
  // eslint-disable-next-line no-misleading-character-class -- whole blocks, their marks included, as ranges
  /[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const MAX_RUN_WORDS = 4;
/** An Arabic name of one word is taken only with this many letters (article left off): shorter ones match too many names. */
const MIN_ARABIC_SINGLE_WORD_LETTERS = 4;

/**
 * Finds known names written in Cyrillic or Arabic. A Cyrillic name (capitalised, as names
 * are) is romanised and must agree with a dictionary spelling by the same keys as a Latin
 * variant; an Arabic one, which does not write short vowels, must fit a dictionary
 * spelling consonant for consonant and long vowel for long vowel (see arabicNamePattern).
 * A name counts only when it has one spelling to offer.
 */
export class OtherScriptNames {
  private readonly found = new Map<string, Omit<OtherScriptName, 'start' | 'end' | 'text'> | null>();
  /** Each dictionary spelling in the form an Arabic pattern reads, with the entity it names. */
  private arabicReadable: { entityId: string; text: string; readable: string; canonical: boolean }[] | undefined;

  constructor(
    private readonly entries: readonly NameEntry[],
    private readonly variants: VariantIndex,
    /** Whether a spelling is an entity's own name rather than one of its aliases. */
    private readonly isCanonical: (entityId: string, spelling: string) => boolean,
  ) {}

  /**
   * The names whose first word starts in the region (and not before `region.after`), in
   * order of position. Runs of words are read from the start of the region's line, so a
   * region finds what the whole text finds there.
   */
  find(text: string, region?: TextRegion): OtherScriptName[] {
    const from = region?.start ?? 0;
    const to = region?.end ?? text.length;
    const after = Math.max(from, region?.after ?? 0);
    const names: OtherScriptName[] = [];
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    // Only up to the region's end: an edit's region is read, not the rest of the draft.
    const first = OTHER_SCRIPT_LETTER.exec(text.slice(lineStart, to));
    if (!first) return names;
    const firstAt = lineStart + first.index;
    for (const run of this.runs(text, text.lastIndexOf('\n', firstAt - 1) + 1, to)) {
      for (const name of this.namesIn(text, run)) if (name.start >= after && name.start < to) names.push(name);
    }
    return names;
  }

  /** Runs of words of one other script separated by single spaces, from `from` to the run holding `to`. */
  private runs(text: string, from: number, to: number): Word[][] {
    const runs: Word[][] = [];
    let run: Word[] = [];
    WORD.lastIndex = from;
    for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const script = otherScriptOf(match[0]);
      const previous = run[run.length - 1];
      const joined = previous && script === previous.script && start === previous.end + 1 && text[previous.end] === ' ';
      if (!joined) {
        if (run.length > 0) runs.push(run);
        run = [];
        if (start >= to) break;
      }
      if (script) run.push({ start, end, script });
    }
    if (run.length > 0) runs.push(run);
    return runs;
  }

  /** The names in a run: its longest known stretches, from the left, not overlapping. */
  private namesIn(text: string, run: readonly Word[]): OtherScriptName[] {
    const names: OtherScriptName[] = [];
    const taken = new Set<number>();
    for (let length = Math.min(MAX_RUN_WORDS, run.length); length >= 1; length--) {
      for (let first = 0; first + length <= run.length; first++) {
        if ([...Array(length).keys()].some((k) => taken.has(first + k))) continue;
        const start = run[first]!.start;
        const end = run[first + length - 1]!.end;
        const written = text.slice(start, end);
        const known = this.known(written, run[first]!.script);
        if (!known) continue;
        for (let k = 0; k < length; k++) taken.add(first + k);
        names.push({ start, end, text: written, ...known });
      }
    }
    return names.sort((a, b) => a.start - b.start);
  }

  private known(written: string, script: OtherScript): Omit<OtherScriptName, 'start' | 'end' | 'text'> | undefined {
    const key = `${script}:${written}`;
    let known = this.found.get(key);
    if (known === undefined) {
      const romanised = script === 'cyrillic' ? romaniseCyrillic(written) : undefined;
      // (Not remembered before the romaniser is there: once it is, the name is read.)
      if (script === 'cyrillic' && romanised === undefined) return undefined;
      known = (romanised !== undefined ? this.cyrillic(written, romanised) : this.arabic(written)) ?? null;
      this.found.set(key, known);
    }
    return known ?? undefined;
  }

  /** A Cyrillic name, every word capitalised, romanised and looked up as a Latin variant would be. */
  private cyrillic(written: string, romanised: string) {
    if (!written.split(' ').every((word) => /^\p{Lu}/u.test(bareLetters(word)))) return undefined;
    const matches = this.variants.lookup(romanised, true);
    const spelling = this.onlySpelling(
      matches.map((match) => ({ ...match, canonical: this.isCanonical(match.entityId, match.text) })),
    );
    if (spelling === undefined) return undefined;
    return {
      script: 'cyrillic' as const,
      entityIds: [...new Set(matches.map((match) => match.entityId))],
      spelling,
      certainty: matches.every((match) => match.agreement.certainty === 'certain')
        ? ('certain' as const)
        : ('likely' as const),
    };
  }

  /** An Arabic name: several words, or one long enough, fitting the pattern of a dictionary spelling. */
  private arabic(written: string) {
    const words = written.split(' ');
    if (words.length === 1 && bareLetters(written).replace(/^ال/u, '').length < MIN_ARABIC_SINGLE_WORD_LETTERS)
      return undefined;
    const pattern = arabicNamePattern(written);
    if (!pattern) return undefined;
    this.arabicReadable ??= this.entries.map((entry) => ({
      entityId: entry.entityId,
      text: entry.alias.text,
      readable: latinForArabicPattern(foldName(entry.alias.text)),
      canonical: this.isCanonical(entry.entityId, entry.alias.text),
    }));
    const matches = this.arabicReadable.filter((form) => pattern.test(form.readable));
    const spelling = this.onlySpelling(matches);
    if (spelling === undefined) return undefined;
    return {
      script: 'arabic' as const,
      entityIds: [...new Set(matches.map((match) => match.entityId))],
      spelling,
      certainty: words.length > 1 ? ('certain' as const) : ('likely' as const),
    };
  }

  /**
   * The one spelling to offer among the matching ones: the only one, or the only entity
   * name of one entity among several of its aliases ("Bashar al-Assad" over "Bashar Assad",
   * which an Arabic spelling fits as well); undefined otherwise.
   */
  private onlySpelling(matches: readonly { entityId: string; text: string; canonical: boolean }[]): string | undefined {
    const spellings = [...new Set(matches.map((match) => match.text))];
    if (spellings.length === 1) return spellings[0];
    if (new Set(matches.map((match) => match.entityId)).size !== 1) return undefined;
    const names = [...new Set(matches.filter((match) => match.canonical).map((match) => match.text))];
    return names.length === 1 ? names[0] : undefined;
  }
}

/** Other-script names as mentions of the entities they name. */
export function otherScriptMentions(names: readonly OtherScriptName[]): Mention[] {
  return names.map(({ start, end, text, entityIds }) => ({ start, end, text, entityIds, possessive: false }));
}
