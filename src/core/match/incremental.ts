import { EntityIndex } from '../dictionary/entityIndex';
import { Mention } from './matcher';
import { withoutOthersNames } from './othersNames';

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
export function reannotate(index: EntityIndex, newText: string, oldMentions: readonly Mention[], change: TextChange): Mention[] {
  const delta = change.insertedLength - (change.oldEnd - change.start);
  const from = paragraphStart(newText, change.start);
  const to = paragraphEnd(newText, change.start + change.insertedLength);
  const oldTo = to - delta;
  let keptBefore = firstStartingAt(oldMentions, from);
  while (keptBefore > 0 && oldMentions[keptBefore - 1]!.end > from) keptBefore--;
  const afterIndex = firstStartingAt(oldMentions, oldTo);
  const region = index.matcher.findMentions(newText.slice(from, to)).map((mention) => ({ ...mention, start: mention.start + from, end: mention.end + from }));
  const result = oldMentions.slice(0, keptBefore);
  for (const mention of withoutOthersNames(newText, region, (id) => index.get(id))) result.push(mention);
  for (let i = afterIndex; i < oldMentions.length; i++) {
    const mention = oldMentions[i]!;
    result.push(delta === 0 ? mention : { ...mention, start: mention.start + delta, end: mention.end + delta });
  }
  return result;
}
