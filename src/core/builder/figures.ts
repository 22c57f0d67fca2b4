/**
 * The figures of an article, for its dictionary: each number with its unit, what it counts,
 * its hedge and the entities its sentence names, so that a draft can be checked against them
 * (the figure-conflict rule).
 */

import type { EntityIndex } from '../dictionary/entityIndex';
import type { FactSource, FigureFact } from '../dictionary/schema';
import { figuresIn } from '../text/figures';
import { quotableSentence } from '../text/sentences';

/** A figure as written to a `*.entities.json` file. */
export type FigureEntry = Omit<{ -readonly [K in keyof FigureFact]: FigureFact[K] }, 'entities' | 'sources'> & {
  entities: string[];
  sources?: FactSource[];
};

export function figuresOf(text: string, index: EntityIndex): FigureEntry[] {
  const mentions = index.mentionsIn(text);
  return figuresIn(text).map((figure) => {
    const { start, end } = figure.sentence;
    const entities = [
      ...new Set(
        mentions
          .filter((mention) => mention.start >= start && mention.end <= end && mention.entityIds.length === 1)
          .map((mention) => mention.entityIds[0]!),
      ),
    ];
    return {
      text: figure.text,
      value: figure.value,
      ...(figure.upTo !== undefined ? { upTo: figure.upTo } : {}),
      ...(figure.unit ? { unit: figure.unit } : {}),
      ...(figure.counted ? { counts: figure.counted } : {}),
      hedge: figure.hedge,
      entities,
      source: quotableSentence(text, start, end),
    };
  });
}
