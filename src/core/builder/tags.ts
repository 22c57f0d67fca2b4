/**
 * What a part-of-speech tagger tells the builder about a word: kept to a small vocabulary
 * of its own, so the builder does not depend on one tagger's tag names.
 */
export type WordTag =
  | 'person'
  | 'first-name'
  | 'last-name'
  | 'honorific'
  | 'place'
  | 'country'
  | 'city'
  | 'region'
  | 'organization'
  | 'demonym'
  | 'acronym'
  | 'adjective'
  | 'function-word'
  | 'verb'
  | 'date'
  /** Plain English when read alone ("Floods", "Reading"): a capital at a sentence start proves nothing. */
  | 'ordinary-word'
  /** A word of the English lexicon, or shaped like one ("Movement", "Voice"), never a name's word ("Mutasa", "Hicks"). */
  | 'english-word';

export interface TaggedWord {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<WordTag>;
}

/** Tags every word of a text with offsets into it. */
export type WordTagger = (text: string) => TaggedWord[];

/** Looks up the tags of the words within a span. */
export class WordTags {
  private readonly words: readonly TaggedWord[];

  constructor(words: readonly TaggedWord[]) {
    this.words = [...words].sort((a, b) => a.start - b.start);
  }

  /** Whether the tagger's lexicon names a country, city or region here. */
  namesPlace(start: number, end: number): boolean {
    const tags = this.within(start, end);
    return tags.has('country') || tags.has('city') || tags.has('region');
  }

  /** Every tag of every word that overlaps start..end. */
  within(start: number, end: number): Set<WordTag> {
    const tags = new Set<WordTag>();
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.words[middle]!.end <= start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.words.length && this.words[i]!.start < end; i++)
      for (const tag of this.words[i]!.tags) tags.add(tag);
    return tags;
  }
}

/** The tags by which the tagger's lexicon knows a word as a name's, of whatever kind. */
export const NAME_WORD_TAGS: readonly WordTag[] = [
  'person',
  'first-name',
  'last-name',
  'place',
  'country',
  'city',
  'region',
  'organization',
  'acronym',
];
