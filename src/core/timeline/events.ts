import { EntityIndex } from '../dictionary/entityIndex';
import { sentenceSpans } from '../text/sentences';
import { Day, formatDay, parseDay } from './calendar';
import { Resolution, TemporalExpression, findTemporalExpressions } from './expressions';

/** Something the text dates: the sentence, when, and who or what takes part. */
export interface TimelineEvent {
  /** The sentence, as written. */
  readonly text: string;
  /** The sentence's offsets (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The words that say when. */
  readonly expression: TemporalExpression;
  /** Set for dated events. */
  readonly resolution?: Resolution;
  /** Ids of the known entities the sentence names, in order. */
  readonly entities: readonly string[];
}

export interface Timeline {
  readonly anchor: string;
  /** Where the anchor came from: "given", "dateline" or "fallback". */
  readonly anchorSource: 'given' | 'dateline' | 'fallback';
  /** Dated events, by date, then by position. */
  readonly events: readonly TimelineEvent[];
  /** Events with only a duration or a time that cannot be placed: listed apart, not dropped. */
  readonly undated: readonly TimelineEvent[];
}

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
/** "DAMASCUS, Dec 8 (Reuters) —", "BEIRUT, Syria, March 3, 2025 (AP) -": a dateline's date. */
const DATELINE = new RegExp(`^[\\s#>*]*[A-Z][A-Z .'’-]+,(?: [A-Z][\\p{L} .'-]+,)? ((?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?)`, 'mu');

/** The day a story is told from: the given date, else its dateline's, else `fallback`. */
export function anchorOf(text: string, fallback: Day, given?: Day): { anchor: Day; source: Timeline['anchorSource'] } {
  if (given) return { anchor: given, source: 'given' };
  const dateline = DATELINE.exec(text.slice(0, 600));
  if (dateline) {
    const resolved = findTemporalExpressions(dateline[1]!, fallback).find((expression) => expression.resolution?.precision === 'day');
    const day = resolved && parseDay(resolved.resolution!.date);
    if (day) return { anchor: day, source: 'dateline' };
  }
  return { anchor: fallback, source: 'fallback' };
}

/** Orders ISO prefixes, a coarser one ("2024-12") before the finer ones it contains. */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The timeline of a text: every dated sentence in order, and the undated ones apart. */
export function buildTimeline(text: string, index: EntityIndex, anchor: Day, anchorSource: Timeline['anchorSource'] = 'given'): Timeline {
  const sentences = sentenceSpans(text);
  const mentions = index.mentionsIn(text);
  const events: TimelineEvent[] = [];
  const undated: TimelineEvent[] = [];
  for (const expression of findTemporalExpressions(text, anchor)) {
    const sentence = sentences.find((span) => expression.start >= span.start && expression.start < span.end) ?? { start: expression.start, end: expression.end };
    const entities = [
      ...new Set(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.entityIds.length === 1).map((m) => m.entityIds[0]!)),
    ];
    const event = { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, expression, resolution: expression.resolution, entities };
    (expression.kind === 'date' ? events : undated).push(event);
  }
  events.sort((a, b) => compareDates(a.resolution!.date, b.resolution!.date) || a.start - b.start);
  return { anchor: formatDay(anchor), anchorSource, events, undated };
}
