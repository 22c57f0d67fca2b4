import nlp from 'compromise';
import { TaggedWord, WordTag, WordTagger } from './tags';

/** compromise's tags, as the builder names them. */
const TAG_NAMES: Record<string, WordTag> = {
  Person: 'person',
  FirstName: 'first-name',
  MaleName: 'first-name',
  FemaleName: 'first-name',
  LastName: 'last-name',
  Honorific: 'honorific',
  Place: 'place',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Organization: 'organization',
  Demonym: 'demonym',
  Acronym: 'acronym',
  Adjective: 'adjective',
  Preposition: 'function-word',
  Conjunction: 'function-word',
  Determiner: 'function-word',
  Pronoun: 'function-word',
  Adverb: 'function-word',
  QuestionWord: 'function-word',
  Verb: 'verb',
  Date: 'date',
  Month: 'date',
  WeekDay: 'date',
};

interface CompromiseTerm {
  readonly text: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * Tags words with compromise (https://github.com/spencermountain/compromise), paragraph by
 * paragraph so that offsets stay exact and memory stays small on long texts.
 */
export const compromiseTagger: WordTagger = (text) => {
  const words: TaggedWord[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    const base = match.index;
    const sentences = nlp(match[0]).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
    for (const term of sentences.flatMap((sentence) => sentence.terms)) {
      const tags = new Set<WordTag>();
      for (const tag of term.tags) {
        const name = TAG_NAMES[tag];
        if (name) tags.add(name);
      }
      words.push({ start: base + term.offset.start, end: base + term.offset.start + term.offset.length, tags });
    }
  }
  return words;
};
