import type { Mention } from './matcher';

/**
 * Whether `mention` only restates the one before it: the same entity's acronym right after its
 * name ("Hayat Tahrir al-Sham (HTS)", "… al-Sham, HTS"), one mention for a reader, not two.
 */
export function restatesPrevious(previous: Mention | undefined, mention: Mention): boolean {
  return (
    previous !== undefined &&
    mention.entityIds.length === 1 &&
    previous.entityIds.length === 1 &&
    previous.entityIds[0] === mention.entityIds[0] &&
    mention.start - previous.end <= 2 &&
    /^\p{Lu}[\p{Lu}\d&-]*$/u.test(mention.text) &&
    mention.text.length < previous.text.length
  );
}

/** The mentions of one document, with what a hover needs answered quickly. */
export class DocumentAnnotation {
  private readonly counts = new Map<string, number>();

  /** `mentions` must be in order of position and must not overlap (as the matcher returns them). */
  constructor(readonly mentions: readonly Mention[]) {
    mentions.forEach((mention, i) => {
      if (mention.entityIds.length !== 1 || restatesPrevious(mentions[i - 1], mention)) return;
      const id = mention.entityIds[0]!;
      this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    });
  }

  /** The mention whose characters include the one at `offset`, by binary search. */
  mentionAt(offset: number): Mention | undefined {
    let low = 0;
    let high = this.mentions.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const mention = this.mentions[middle]!;
      if (offset < mention.start) high = middle - 1;
      else if (offset >= mention.end) low = middle + 1;
      else return mention;
    }
    return undefined;
  }

  /** The mentions that overlap [start, end), by binary search. */
  mentionsBetween(start: number, end: number): readonly Mention[] {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.mentions[middle]!.end <= start) low = middle + 1;
      else high = middle;
    }
    let stop = low;
    while (stop < this.mentions.length && this.mentions[stop]!.start < end) stop++;
    return this.mentions.slice(low, stop);
  }

  /** How many mentions in the document are resolved to this entity, an acronym restating its name not counted again. */
  mentionCount(entityId: string): number {
    return this.counts.get(entityId) ?? 0;
  }

  /** The resolved mentions of one entity, in order. */
  mentionsOf(entityId: string): Mention[] {
    return this.mentions.filter((mention) => mention.entityIds.length === 1 && mention.entityIds[0] === entityId);
  }
}
