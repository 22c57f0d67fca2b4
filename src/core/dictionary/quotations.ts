import type { EntityIndex } from './entityIndex';
import { type DictionaryProblem, pathOf } from './parse';
import type { Dictionary, Quotation } from './schema';

/** A quotation with the dictionary that records it. */
export interface SourcedQuotation extends Quotation {
  readonly dictionary: Dictionary;
}

/**
 * The dictionaries' quotations, each speaker under the id its entity is indexed by; a
 * quotation whose speaker no dictionary knows is left out with a warning.
 */
export function indexQuotations(
  dictionaries: readonly Dictionary[],
  index: Pick<EntityIndex, 'get' | 'canonicalId'>,
  problems: DictionaryProblem[],
): SourcedQuotation[] {
  const quotations: SourcedQuotation[] = [];
  for (const dictionary of dictionaries) {
    (dictionary.quotations ?? []).forEach((quotation, at) => {
      if (!index.get(quotation.speaker)) {
        const path = pathOf(quotation);
        problems.push({
          file: dictionary.file,
          entry: `quotations[${at}]`,
          message: `the speaker "${quotation.speaker}" is no entity of the dictionaries; the quotation was ignored`,
          severity: 'warning',
          ...(path ? { path: [...path, 'speaker'] } : {}),
        });
        return;
      }
      quotations.push({ ...quotation, speaker: index.canonicalId(quotation.speaker), dictionary });
    });
  }
  return quotations;
}
