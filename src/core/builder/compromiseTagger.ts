import nlp from 'compromise/two';
import type { TaggedWord, WordTag, WordTagger } from './tags';

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

/** Tags that come from compromise's lexicon rather than from context. */
const LEXICAL: ReadonlySet<WordTag> = new Set(['country', 'city', 'region', 'place', 'first-name', 'last-name']);

/**
 * What compromise's lexicon knows about a capitalised word on its own: in context it may
 * call "India's" an organisation; alone, "India" is a country. "ordinary-word" marks words
 * it reads as plain English ("Floods", "Opposition").
 */
function lexicalTagsOf(term: CompromiseTerm | undefined): ReadonlySet<WordTag> {
  const found = new Set<WordTag>();
  for (const tag of term?.tags ?? []) {
    const name = TAG_NAMES[tag];
    if (name && LEXICAL.has(name)) found.add(name);
  }
  if (term && !term.tags.includes('ProperNoun') && !term.tags.includes('Acronym')) found.add('ordinary-word');
  if (term && isEnglishWord(term.text.toLowerCase()) && found.size === (found.has('ordinary-word') ? 1 : 0))
    found.add('english-word');
  return found;
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Demonym',
]);
/** Endings only English common nouns have ("Movement", "Emancipation", "Security"), or adjectives ("Electoral", "Judicial"). */
const COMMON_NOUN_ENDING =
  /(?:(?:ment|tion|sion|ity|ness|ence|ance|ship|ism|ure|ery|ory|age)s?|(?:oral|ical|ional|ural|ental|ious|eous))$/;

/** Whether compromise's lexicon knows a word as no name, or the word has a common noun's or adjective's ending. */
function isEnglishWord(lower: string): boolean {
  const tag = LEXICON[lower] ?? LEXICON[lower.replace(/s$/, '')];
  return (tag !== undefined && !NAME_TAGS.has(tag)) || COMMON_NOUN_ENDING.test(lower);
}

/**
 * Looks up the words the memo lacks. One call per word costs compromise's whole pipeline
 * each time; one call over all of them, a word per paragraph, tags each alone all the same.
 */
export function learnLexicalTags(words: Iterable<string>, memo: Map<string, ReadonlySet<WordTag>>): void {
  const unknown = [...new Set([...words].filter((word) => !memo.has(word)))];
  if (unknown.length === 0) return;
  const sentences = nlp(unknown.join('\n\n')).json() as { terms: CompromiseTerm[] }[];
  const aligned = sentences.length === unknown.length;
  unknown.forEach((word, i) =>
    memo.set(
      word,
      lexicalTagsOf(
        aligned ? sentences[i]?.terms[0] : (nlp(word).json() as { terms: CompromiseTerm[] }[])[0]?.terms[0],
      ),
    ),
  );
}

interface CompromiseTerm {
  readonly text: string;
  /** The word a contraction stands for ("i" for "Im"), when compromise expanded one. */
  readonly implicit?: string | null;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * Tags words with compromise (https://github.com/spencermountain/compromise), paragraph by
 * paragraph so that offsets stay exact and memory stays small on long texts.
 */
export const compromiseTagger: WordTagger = (text) => {
  const words = paragraphsOf(text).flatMap((paragraph) => tagParagraph(text, paragraph));
  addLexicalTags(text, words, new Map());
  return words;
};

export interface SlicedTagging {
  /** Stops the work between paragraphs; the promise then rejects with a Cancelled error. */
  readonly isCancelled: () => boolean;
  /** Called with the share of the text done, 0 to 1. */
  readonly progress: (done: number) => void;
}

export class Cancelled extends Error {}

/**
 * The same tagging in slices of about 50 ms, yielding between them, so that an editor stays
 * responsive and the work can be cancelled.
 */
export async function tagInSlices(text: string, slicing: SlicedTagging): Promise<TaggedWord[]> {
  const words: TaggedWord[] = [];
  const lexicon = new Map<string, ReadonlySet<WordTag>>();
  let sliceStart = Date.now();
  let sliceWords: WordBeingTagged[] = [];
  for (const paragraph of paragraphsOf(text)) {
    sliceWords.push(...tagParagraph(text, paragraph));
    if (Date.now() - sliceStart >= 50) {
      addLexicalTags(text, sliceWords, lexicon);
      words.push(...sliceWords);
      sliceWords = [];
      slicing.progress(paragraph.end / text.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (slicing.isCancelled()) throw new Cancelled('cancelled');
      sliceStart = Date.now();
    }
  }
  addLexicalTags(text, sliceWords, lexicon);
  words.push(...sliceWords);
  slicing.progress(1);
  return words;
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index!, end: match.index! + match[0].length }));
}

/** A word whose tags are still being gathered. */
interface WordBeingTagged extends TaggedWord {
  readonly tags: Set<WordTag>;
}

function tagParagraph(text: string, paragraph: { start: number; end: number }): WordBeingTagged[] {
  const words: WordBeingTagged[] = [];
  const sentences = nlp(text.slice(paragraph.start, paragraph.end)).json({ offset: true, terms: { offset: true } }) as {
    terms: CompromiseTerm[];
  }[];
  let expandedName = false;
  for (const term of sentences.flatMap((sentence) => sentence.terms)) {
    // "spokeswoman Im Rachna": compromise reads a capitalised "Im" as "I'm"; written without the
    // apostrophe before a name, it is a name, and the verb it supplied is no word of the text.
    if (expandedName && term.text === '') continue;
    expandedName = term.implicit != null && !/['’]/.test(term.text) && term.tags.includes('ProperNoun');
    const tags = new Set<WordTag>();
    if (!expandedName)
      for (const tag of term.tags) {
        const name = TAG_NAMES[tag];
        if (name) tags.add(name);
      }
    const start = paragraph.start + term.offset.start;
    words.push({ start, end: start + term.offset.length, tags });
  }
  return words;
}

/** Adds to each capitalised word what the lexicon knows of it alone (see `lexicalTagsOf`). */
function addLexicalTags(
  text: string,
  words: readonly WordBeingTagged[],
  memo: Map<string, ReadonlySet<WordTag>>,
): void {
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(text.slice(word.start, word.end)));
  // "U.S." is looked up as "US": compromise's lexicon knows the one as a place, not the other.
  const bare = (word: WordBeingTagged) => {
    const written = text.slice(word.start, word.end).replace(/['’]s?$/u, '');
    return /^(?:\p{Lu}\.){2,}$/u.test(written) ? written.replaceAll('.', '') : written;
  };
  learnLexicalTags(capitalised.map(bare), memo);
  for (const word of capitalised) for (const tag of memo.get(bare(word))!) word.tags.add(tag);
}
