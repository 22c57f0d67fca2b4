import type { EntityIndex } from '../dictionary/entityIndex';
import { type ChunkedOptions, forEachChunked } from './chunked';
import { type Mention, isRegionBound } from '../match/matcher';

/** One edit: the old text's [start, oldEnd) replaced by `insertedLength` characters. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly insertedLength: number;
}

function isBlankLineBefore(text: string, newline: number): boolean {
  let j = newline - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  return j >= 0 && text[j] === '\n';
}

/** Where the paragraph holding `offset` starts: just after the last blank line before it. */
export function paragraphStart(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length); i > 0; i--) {
    if (text[i - 1] === '\n' && isBlankLineBefore(text, i - 1)) return i;
  }
  return 0;
}

/** Where the paragraph holding `offset` ends: at the first newline of the next blank line. */
export function paragraphEnd(text: string, offset: number): number {
  for (let i = Math.max(0, offset); i < text.length; i++) {
    if (text[i] !== '\n') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j < text.length && text[j] === '\n') return i;
  }
  return text.length;
}

/** The first index of `mentions` (in order) whose start is at or after `offset`. */
function firstStartingAt(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The mentions of `newText` after one edit, from those of the text before it: only the
 * paragraphs the edit touches are matched again (names never cross a blank line), the
 * mentions before them are kept and those after them shifted. Gives exactly what
 * `index.mentionsIn(newText)` gives, at the cost of a paragraph instead of the document.
 */
export function reannotate(
  index: EntityIndex,
  newText: string,
  oldMentions: readonly Mention[],
  change: TextChange,
): Mention[] {
  const delta = change.insertedLength - (change.oldEnd - change.start);
  const from = paragraphStart(newText, change.start);
  const to = paragraphEnd(newText, change.start + change.insertedLength);
  const oldTo = to - delta;
  let keptBefore = firstStartingAt(oldMentions, from);
  while (keptBefore > 0 && oldMentions[keptBefore - 1]!.end > from) keptBefore--;
  const afterIndex = firstStartingAt(oldMentions, oldTo);
  const result = oldMentions.slice(0, keptBefore);
  for (const mention of index.mentionsIn(newText, { start: from, end: to })) result.push(mention);
  for (let i = afterIndex; i < oldMentions.length; i++) {
    const mention = oldMentions[i]!;
    // Written out rather than spread: the same shape as the matcher's mentions, and several times quicker.
    result.push(
      delta === 0
        ? mention
        : {
            start: mention.start + delta,
            end: mention.end + delta,
            text: mention.text,
            entityIds: mention.entityIds,
            possessive: mention.possessive,
          },
    );
  }
  return result;
}

/**
 * Where a long text can be cut into stretches of about `size` characters for annotating in
 * slices: at white space, so that no word is cut (names that run across a cut are still
 * found whole, see `TextRegion`). The first bound is 0 and the last the text's length.
 */
export function regionBounds(text: string, size: number): number[] {
  const bounds = [0];
  let at = size;
  while (at < text.length) {
    while (at < text.length && !isRegionBound(text, at)) at++;
    if (at >= text.length) break;
    bounds.push(at);
    at += size;
  }
  bounds.push(text.length);
  return bounds;
}

/** Characters matched per step of a sliced annotation: a millisecond or two of work. */
const REGION_CHARS = 64 * 1024;
/** How long one slice of annotation may run before the editor gets its turn. */
const ANNOTATION_SLICE_MS = 8;

/**
 * The mentions of a long text, found stretch by stretch in time slices that yield to the
 * event loop (see `forEachChunked`), so an editor never freezes on a huge document. Gives
 * exactly what `index.mentionsIn(text)` gives; undefined when cancelled.
 */
export async function mentionsInSlices(
  index: EntityIndex,
  text: string,
  options: ChunkedOptions & { readonly regionChars?: number } = {},
): Promise<Mention[] | undefined> {
  const bounds = regionBounds(text, options.regionChars ?? REGION_CHARS);
  const mentions: Mention[] = [];
  // Where the last name matched ends, whether or not it was kept: the whole text's matching goes on from there.
  let after = 0;
  const result = await forEachChunked(
    bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end })),
    (region) => {
      const matched = index.matchedIn(text, { ...region, after });
      after = matched[matched.length - 1]?.end ?? after;
      for (const mention of index.withoutOthersNames(text, matched)) mentions.push(mention);
    },
    // Short slices: typing in another editor goes on between them.
    { sliceMs: ANNOTATION_SLICE_MS, ...options },
  );
  return result.completed ? mentions : undefined;
}

/**
 * The mentions in and around [start, end) (from the line before it to the white space after
 * it): what a highlighter can paint of the visible part of a long document at once.
 */
export function mentionsAround(index: EntityIndex, text: string, start: number, end: number): Mention[] {
  let from = text.lastIndexOf('\n', Math.max(0, start - 1));
  from = from < 0 ? 0 : from;
  let to = Math.min(text.length, end);
  while (!isRegionBound(text, to)) to++;
  return index.mentionsIn(text, { start: from, end: to });
}
