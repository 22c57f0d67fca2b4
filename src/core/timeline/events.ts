import type { EntityIndex } from '../dictionary/entityIndex';
import type { DatePrecision } from '../dictionary/schema';
import type { Mention } from '../match/matcher';
import { furnitureOf, storyText } from '../text/furniture';
import { pastDateline, quotableSentence, sentenceSpans } from '../text/sentences';
import { overlapping } from '../text/structure';
import { type Day, addDays, compareDays, formatDay, parseDay } from '../text/calendar';
import { type Resolution, type TemporalExpression, findTemporalExpressions } from './expressions';

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
  /** Where the anchor came from: given, the dateline, the publication date, a full date in the text, or the fallback (file date). */
  readonly anchorSource: 'given' | 'dateline' | 'published' | 'text' | 'fallback';
  /** Dated events, by date, then by position. */
  readonly events: readonly TimelineEvent[];
  /** Events with only a duration or a time that cannot be placed: listed apart, not dropped. */
  readonly undated: readonly TimelineEvent[];
}

const MONTHS =
  'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
/** "DAMASCUS, Dec 8 (Reuters) —", "BEIRUT, Syria, March 3, 2025 (AP) -": a dateline's date. */
const DATELINE = new RegExp(
  `^[\\s#>*]*[A-Z][A-Z .'’-]+,(?: [A-Z][\\p{L} .'-]+,)? ((?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?)`,
  'mu',
);

/** A full date written out with its year ("December 8, 2024", "8 Dec 2024", "2024-12-08"). */
const FULL_DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'g',
);

/** The day a story is told from, and what gave it. */
export interface Anchor {
  readonly anchor: Day;
  readonly source: Timeline['anchorSource'];
  /** A dateline without its year ("NAIROBI, June 26") that nothing else in the text dates: its year is the fallback's. */
  readonly yearGuessed?: true;
}

/**
 * The day a story is told from: the given date, else its dateline's (its year, when the
 * dateline leaves it out, from the publication date), else the publication date a date line
 * or byline gives, else the latest full date the story writes out (up to `fallback`; a
 * caption's date is the picture's, not the story's), else `fallback` (the file's date).
 */
export function anchorOf(text: string, fallback: Day, given?: Day): Anchor {
  if (given) return { anchor: given, source: 'given' };
  const dayIn = (words: string, today: Day) => {
    // A day, or a time on a day ("October 11, 2023 5:40 PM UTC"); the one that writes its year
    // out before a weekday read from `today` ("Wednesday, January 19, 2005").
    const days = findTemporalExpressions(words, today).filter(
      (expression) => (expression.resolution?.date.length ?? 0) >= 10,
    );
    const resolved = days.find((expression) => /\d{4}/.test(expression.text)) ?? days[0];
    return resolved && parseDay(resolved.resolution!.date.slice(0, 10));
  };
  const furniture = furnitureOf(text);
  const published = furniture.dateLine && dayIn(text.slice(furniture.dateLine.start, furniture.dateLine.end), fallback);
  const story = storyText(text, furniture, true);
  const written = [...story.matchAll(FULL_DATE)]
    .map((match) => dayIn(match[0], fallback))
    .filter((day): day is Day => day !== undefined && compareDays(day, fallback) <= 0)
    .sort(compareDays);
  const latestWritten = written[written.length - 1];
  const dateline = DATELINE.exec(story.slice(0, 1500));
  // A dateline without its year ("NAIROBI, June 26") takes the year that puts it nearest the dates the story
  // writes out in full, else the publication's, else the file's.
  const yearless = dateline !== null && !/\d{4}/.test(dateline[1]!);
  const yearFrom = published ?? (latestWritten && yearless ? addDays(latestWritten, 182) : fallback);
  const fromDateline = dateline && dayIn(dateline[1]!, yearFrom);
  if (fromDateline)
    return yearless && yearFrom === fallback
      ? { anchor: fromDateline, source: 'dateline', yearGuessed: true }
      : { anchor: fromDateline, source: 'dateline' };
  if (published) return { anchor: published, source: 'published' };
  if (latestWritten) return { anchor: latestWritten, source: 'text' };
  return { anchor: fallback, source: 'fallback' };
}

/** Orders ISO prefixes, a coarser one ("2024-12") before the finer ones it contains. */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const PRECISION_RANK: Record<DatePrecision, number> = {
  year: 0,
  month: 1,
  'part-of-month': 2,
  day: 3,
  'part-of-day': 4,
  hour: 5,
  minute: 6,
};

/**
 * Adds a dated event, unless its sentence already has one on the same day: a dateline's
 * "Dec 8, 2024" and the story's "on Sunday" are one event. The more precise words stay; of
 * two as precise, the later (the story's own, after its dateline).
 */
function addOncePerDay(events: TimelineEvent[], event: TimelineEvent): void {
  const day = (item: TimelineEvent) => item.resolution!.date.slice(0, 10);
  const same = events.findIndex((other) => other.start === event.start && day(other) === day(event));
  if (same < 0) events.push(event);
  else if (PRECISION_RANK[event.resolution!.precision] >= PRECISION_RANK[events[same]!.resolution!.precision])
    events[same] = event;
}

/**
 * The events without the date of the dateline where its sentence dates what happened itself:
 * "LONDON, Dec 3 (Reuters) - … said on Tuesday" happened on Tuesday; the dateline only says
 * when the story was filed.
 */
function withoutDatelineDates(text: string, events: readonly TimelineEvent[]): TimelineEvent[] {
  const dateline = DATELINE.exec(text.slice(0, 1500));
  if (!dateline) return [...events];
  const dateEnd = dateline.index + dateline[0].length;
  const inDateline = (event: TimelineEvent) =>
    event.expression.start >= dateEnd - dateline[1]!.length && event.expression.end <= dateEnd;
  return events.filter(
    (event) => !inDateline(event) || !events.some((other) => other.start === event.start && !inDateline(other)),
  );
}

/**
 * The timeline of a text: every dated sentence in order, and the undated ones apart. Pass the
 * text's `mentions` where they are known already (an editor's cache), so they are not matched again.
 */
export function buildTimeline(
  text: string,
  index: EntityIndex,
  anchor: Day,
  anchorSource: Timeline['anchorSource'] = 'given',
  mentions: readonly Mention[] = index.mentionsIn(text),
): Timeline {
  const sentences = sentenceSpans(text);
  const events: TimelineEvent[] = [];
  const undated: TimelineEvent[] = [];
  for (const expression of findTemporalExpressions(text, anchor)) {
    const sentence = overlapping(sentences, expression.start, expression.start + 1)[0] ?? {
      start: expression.start,
      end: expression.end,
    };
    // A dateline's place says where the story was filed, not who or what the sentence is about.
    const told = pastDateline(text, sentence.start, sentence.end);
    const entities = [
      ...new Set(
        overlapping(mentions, told, sentence.end)
          .filter((m) => m.start >= told && m.end <= sentence.end && m.entityIds.length === 1)
          .map((m) => m.entityIds[0]!),
      ),
    ];
    const event = {
      text: quotableSentence(text, sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      expression,
      resolution: expression.resolution,
      entities,
    };
    if (expression.kind !== 'date') undated.push(event);
    else addOncePerDay(events, event);
  }
  const told = withoutDatelineDates(text, events);
  told.sort((a, b) => compareDates(a.resolution!.date, b.resolution!.date) || a.start - b.start);
  return { anchor: formatDay(anchor), anchorSource, events: told, undated };
}
