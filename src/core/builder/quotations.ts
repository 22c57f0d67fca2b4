/**
 * The quotations of an article as a dictionary records them: each one whose speaker is an
 * entity of the dictionary (or of a loaded one it links to), with its verb, words, sentence
 * and offsets into the article as the builder reads it (line ends as LF).
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import type { FactSource, QuotationKind } from '../dictionary/schema';
import { quotationsIn } from '../quotes/attribution';
import { foldName } from '../text/fold';
import { quotableSentence } from '../text/sentences';

/** A quotation as written to a `*.entities.json` file. */
export interface QuotationEntry {
  readonly speaker: string;
  readonly verb: string;
  readonly kind: QuotationKind;
  readonly text: string;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** In a story of several articles, each article that quotes it (see story.ts). */
  sources?: FactSource[];
}

/** The key a dictionary's "builtFacts" records a quotation by. */
export const quotationFact = (quotation: { speaker: string; text: string }): string =>
  `quotation ${quotation.speaker} ${foldName(quotation.text)}`;

/** The attributed quotations of `text` (the story, furniture blanked), speakers among the article's entities. */
export function quotationEntries(text: string, index: EntityIndex): QuotationEntry[] {
  return quotationsIn(text, index).flatMap(({ kind, speaker, verb, text: words, start, end, sentence }) =>
    speaker && verb
      ? [{ speaker, verb, kind, text: words, source: quotableSentence(text, sentence.start, sentence.end), start, end }]
      : [],
  );
}
