import { isIsoDatePrefix } from '../dictionary/parse';
import type { DatePrecision } from '../dictionary/schema';
import { spelledNumberPattern, spelledNumberValue } from '../text/numberWords';
import { quotationSpans } from '../text/quotationMarks';
import { type Span, overlapping } from '../text/structure';
import { type Day, addDays, addMonths, compareDays, formatDay, formatMonth, pad, weekday } from '../text/calendar';

/** A point or span in time, as precise as the words allow. */
export interface Resolution {
  /** ISO 8601 prefix: `2024`, `2024-11`, `2024-12-08`, `2024-12-07T22:30`. */
  readonly date: string;
  /** Last day of a span ("Saturday and Sunday"), same form. */
  readonly end?: string;
  readonly precision: DatePrecision;
  /** "late", "early", "dawn", "night", a time zone: what narrows the date. */
  readonly qualifier?: string;
}

/** Words in a text that say when. */
export interface TemporalExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `date`: resolved to a date; `duration`: a length of time; `vague`: a time that cannot be placed. */
  readonly kind: 'date' | 'duration' | 'vague';
  readonly resolution?: Resolution;
  /** ISO 8601 duration for `duration` ("P24Y"), prefixed "over " for "over 13 years". */
  readonly duration?: string;
}

const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Month names are matched capitalised only, so that "may" and "march" the verbs are not months.
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_NUMBER = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const TIME =
  '(?:(?:at|around|about|shortly after|shortly before|just after|just before|by) )?(\\d{1,2})(?:[:.](\\d{2}))? ?(a\\.m\\.|p\\.m\\.|am|pm|AM|PM)(?: \\(?(GMT|UTC|local time|[A-Z]{2,4}T)\\)?)?';
const TIME_24 = '(?:at|around|about|by) (\\d{1,2}):(\\d{2})(?: \\(?(GMT|UTC|local time|[A-Z]{2,4}T)\\)?)?';
const COUNT = String.raw`(\d+|a|an|${spelledNumberPattern()})`;
const UNIT = '(year|month|week|day|hour|minute)';
/** A date set off by commas before the future it belongs to: "The next meeting, on July 7, will be…". */
const FUTURE_AFTER_APPOSITIVE = /^\s*,\s*(?:will|is to|are to|is due|are due|is set|are set)\b/i;
const FUTURE =
  /\b(will|would|shall|'ll|is to|are to|plans? to|planned to|expects? to|expected to|scheduled (?:to|for)|set (?:to|for)|slated (?:to|for)|due (?:to|on|for)|going to|is due|are due|faces|facing|upcoming|forthcoming)\b/i;

interface Time {
  readonly hour: number;
  readonly minute?: number;
  readonly zone?: string;
}

/** What an expression says, before it is placed against an anchor. */
type Meaning =
  | { type: 'calendar'; month: number; day?: number; endDay?: number; year?: number; part?: string; time?: Time }
  | { type: 'year'; year: number; part?: string }
  | { type: 'weekday'; weekday: number; endWeekday?: number; modifier?: string; part?: string; time?: Time }
  | { type: 'relative-day'; offset: number; part?: string; time?: Time }
  | { type: 'relative-period'; unit: 'week' | 'month' | 'year'; offset: number; part?: string }
  | { type: 'ago'; count: number; unit: string }
  | { type: 'sequence'; offset: number }
  | { type: 'time'; time: Time }
  | { type: 'duration'; count: number; unit: string; over: boolean }
  | { type: 'vague' };

interface Pattern {
  readonly regex: RegExp;
  readonly meaning: (match: RegExpExecArray) => Meaning | undefined;
}

const monthOf = (word: string) => MONTH_NUMBERS[word.toLowerCase().replace('.', '')]!;
const weekdayOf = (word: string) => WEEKDAYS.indexOf(word.toLowerCase());
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : (spelledNumberValue(word) ?? 1));

function timeOf(hour?: string, minute?: string, meridiem?: string, zone?: string): Time | undefined {
  if (hour === undefined) return undefined;
  let h = Number(hour);
  const pm = meridiem !== undefined && /^p/i.test(meridiem);
  const am = meridiem !== undefined && /^a/i.test(meridiem);
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 23 || (minute !== undefined && Number(minute) > 59)) return undefined;
  return { hour: h, minute: minute === undefined ? undefined : Number(minute), zone };
}

const PATTERNS: Pattern[] = [
  {
    // ISO 8601, or year first with slashes as Asian outlets write it ("2019/06/18 13:47"): never ambiguous.
    regex: new RegExp(`\\b(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?\\b`, 'g'),
    meaning: (m) => ({
      type: 'calendar',
      year: Number(m[1]),
      month: Number(m[3]),
      day: Number(m[4]),
      time: m[5] ? timeOf(m[5], m[6]) : undefined,
    }),
  },
  {
    regex: new RegExp(
      `\\b${MONTH} ${DAY_NUMBER}(?:(?:-|–| to | and )${DAY_NUMBER})?(?:,? ${YEAR})?(?:,? ${TIME})?(?![\\d:])`,
      'g',
    ),
    meaning: (m) => ({
      type: 'calendar',
      month: monthOf(m[1]!),
      day: Number(m[2]),
      endDay: m[3] ? Number(m[3]) : undefined,
      year: m[4] ? Number(m[4]) : undefined,
      time: timeOf(m[5], m[6], m[7], m[8]),
    }),
  },
  {
    regex: new RegExp(
      `\\b${DAY_NUMBER}(?:(?:-|–| to | and )${DAY_NUMBER})? ${MONTH}(?:,? ${YEAR})?(?:,? ${TIME})?(?![\\d:])`,
      'g',
    ),
    meaning: (m) => ({
      type: 'calendar',
      month: monthOf(m[3]!),
      day: Number(m[1]),
      endDay: m[2] ? Number(m[2]) : undefined,
      year: m[4] ? Number(m[4]) : undefined,
      time: timeOf(m[5], m[6], m[7], m[8]),
    }),
  },
  {
    regex: new RegExp(
      `\\b(early|mid|late|earlier in|later in|the end of|the beginning of|the start of|the middle of)[- ]${MONTH}(?:,? ${YEAR})?\\b`,
      'gi',
    ),
    meaning: (m) =>
      /^[A-Z]/.test(m[2]!)
        ? { type: 'calendar', month: monthOf(m[2]!), year: m[3] ? Number(m[3]) : undefined, part: partOfPeriod(m[1]!) }
        : undefined,
  },
  {
    regex: new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'),
    meaning: (m) => ({ type: 'calendar', month: monthOf(m[1]!), year: Number(m[2]) }),
  },
  {
    regex: new RegExp(`\\b(?:in|during|since|until|by|last|this|next|through) ${MONTH}\\b(?! \\d)`, 'g'),
    meaning: (m) => ({ type: 'calendar', month: monthOf(m[1]!) }),
  },
  {
    regex: new RegExp(
      `\\b(?:(early|mid|late)[- ])?(?:in|since|until|by|during|of|from|before|after) (1[89]\\d{2}|20\\d{2})\\b`,
      'gi',
    ),
    meaning: (m) => ({ type: 'year', year: Number(m[2]), part: m[1] ? partOfPeriod(m[1]) : undefined }),
  },
  {
    regex: new RegExp(
      `\\b(?:(late|early) (?:on )?)?(?:(last|next|this|that)(?: fateful)? )?${WEEKDAY}(?:,? (morning|afternoon|evening|night))?(?: and ${WEEKDAY})?(?:,? ${TIME})?`,
      'g',
    ),
    meaning: (m) => ({
      type: 'weekday',
      weekday: weekdayOf(m[3]!),
      endWeekday: m[5] ? weekdayOf(m[5]) : undefined,
      modifier: m[2]?.toLowerCase(),
      part: m[4] ?? m[1]?.toLowerCase(),
      time: timeOf(m[6], m[7], m[8], m[9]),
    }),
  },
  {
    regex: new RegExp(
      `\\b(?:at|before|after|around) (dawn|dusk|midnight|noon|daybreak|first light) on (?:(last|next|this|that) )?${WEEKDAY}`,
      'g',
    ),
    meaning: (m) => ({ type: 'weekday', weekday: weekdayOf(m[3]!), modifier: m[2], part: m[1] }),
  },
  {
    regex: new RegExp(`\\bin the (early hours|small hours) of ${WEEKDAY}`, 'g'),
    meaning: (m) => ({ type: 'weekday', weekday: weekdayOf(m[2]!), part: 'early hours' }),
  },
  {
    regex: /\b(yesterday|today|tomorrow|tonight)(?:,? (morning|afternoon|evening|night))?\b/gi,
    meaning: (m) => {
      const word = m[1]!.toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { type: 'relative-day', offset, part: m[2] ?? (word === 'tonight' ? 'night' : undefined) };
    },
  },
  { regex: /\blast night\b/gi, meaning: () => ({ type: 'relative-day', offset: -1, part: 'night' }) },
  {
    regex: /\bthis (morning|afternoon|evening)\b/gi,
    meaning: (m) => ({ type: 'relative-day', offset: 0, part: m[1]!.toLowerCase() }),
  },
  {
    regex:
      /\b(last|this|next|earlier this|later this|early this|late last|early last|early next|late next)(?: (week|month|year))\b/gi,
    meaning: (m) => {
      const words = m[1]!.toLowerCase();
      const offset = words.includes('last') ? -1 : words.includes('next') ? 1 : 0;
      const part = words.startsWith('earlier')
        ? 'earlier'
        : words.startsWith('later')
          ? 'later'
          : words.startsWith('early')
            ? 'early'
            : words.startsWith('late')
              ? 'late'
              : undefined;
      return { type: 'relative-period', unit: m[2]!.toLowerCase() as 'week' | 'month' | 'year', offset, part };
    },
  },
  {
    regex: new RegExp(`\\b${COUNT} ${UNIT}s? ago\\b`, 'gi'),
    meaning: (m) => ({ type: 'ago', count: countOf(m[1]!), unit: m[2]!.toLowerCase() }),
  },
  { regex: /\bthe (next|following) day\b/gi, meaning: () => ({ type: 'sequence', offset: 1 }) },
  { regex: /\bthe (previous day|day before)\b/gi, meaning: () => ({ type: 'sequence', offset: -1 }) },
  {
    regex: new RegExp(`\\b(?:${TIME}|${TIME_24})`, 'g'),
    meaning: (m) => {
      const time = m[1] !== undefined ? timeOf(m[1], m[2], m[3], m[4]) : timeOf(m[5], m[6], undefined, m[7]);
      return time ? { type: 'time', time } : undefined;
    },
  },
  {
    regex: new RegExp(
      `\\b(?:(over|more than|nearly|almost|about|some) )?${COUNT}[- ]${UNIT}s?\\b(?!-old| old| ago)`,
      'gi',
    ),
    meaning: (m) => ({ type: 'duration', count: countOf(m[2]!), unit: m[3]!.toLowerCase(), over: m[1] !== undefined }),
  },
  {
    regex:
      /\b(?:in the (?:hours|days|weeks|months) (?:leading up to|before|after|since)|in recent (?:days|weeks|months|years)|for decades|decades of)\b/gi,
    meaning: () => ({ type: 'vague' }),
  },
];

function partOfPeriod(words: string): string {
  const lower = words.toLowerCase();
  if (lower.includes('end') || lower === 'late' || lower.startsWith('later')) return 'late';
  if (lower.includes('beginning') || lower.includes('start') || lower === 'early' || lower.startsWith('earlier'))
    return 'early';
  return 'mid';
}

const DURATION_UNITS: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M' };

/** The expressions' spans, leftmost and then longest first, none overlapping. */
function findSpans(original: string): { start: number; end: number; meaning: Meaning }[] {
  // Line breaks inside an expression ("late\non Saturday") read as spaces; lengths, so offsets, are kept.
  const text = original.replace(/\s/g, ' ');
  const found: { start: number; end: number; meaning: Meaning }[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const meaning = pattern.meaning(match);
      if (meaning) found.push({ start: match.index, end: match.index + match[0].length, meaning });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: typeof found = [];
  let taken = 0;
  for (const span of found) {
    if (span.start < taken) continue;
    chosen.push(span);
    taken = span.end;
  }
  return chosen;
}

/** The sentence around an offset: from the last full stop, question mark or line break before it. */
function sentenceBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  return text.slice(start, offset);
}

function withTime(day: Day, time: Time | undefined, part: string | undefined): Resolution {
  if (time) {
    const minutes = time.minute === undefined ? '' : `:${pad(time.minute)}`;
    return {
      date: `${formatDay(day)}T${pad(time.hour)}${minutes || ':00'}`,
      precision: time.minute === undefined ? 'hour' : 'minute',
      qualifier: time.zone,
    };
  }
  return part
    ? { date: formatDay(day), precision: 'part-of-day', qualifier: part }
    : { date: formatDay(day), precision: 'day' };
}

/** The year a month (and day) without one most likely means: news tells of the past unless the tense looks ahead. */
function inferYear(anchor: Day, month: number, day: number | undefined, future: boolean): number {
  const candidate: Day = { year: anchor.year, month, day: day ?? 1 };
  if (future)
    return compareDays(candidate, anchor) < 0 && (day !== undefined || month < anchor.month)
      ? anchor.year + 1
      : anchor.year;
  const slack = day === undefined ? 0 : 7;
  const latest = addDays(anchor, slack);
  return compareDays(candidate, latest) > 0 && (day !== undefined || month > anchor.month)
    ? anchor.year - 1
    : anchor.year;
}

/**
 * Finds the expressions of time in a text and places them against `anchor` (the day the
 * story is told from). Past-biased as news is: a bare weekday is the latest such day on or
 * before the anchor unless the sentence looks ahead ("will", "is due to"). A relative word
 * inside a quotation is placed against when it was said: the latest day named before the
 * quotation in its paragraph.
 */
export function findTemporalExpressions(text: string, anchor: Day): TemporalExpression[] {
  const quotations = quotationSpans(text);
  const expressions: TemporalExpression[] = [];
  /** Days resolved so far, with where they stand: for "the next day", times and quotations. */
  const days: { at: number; day: Day }[] = [];
  const lastDayBefore = (offset: number, sameParagraph: boolean): Day | undefined => {
    const paragraphStart = sameParagraph ? text.lastIndexOf('\n\n', offset) : -1;
    for (let i = days.length - 1; i >= 0; i--)
      if (days[i]!.at < offset && days[i]!.at > paragraphStart) return days[i]!.day;
    return undefined;
  };
  for (const { start, end, meaning } of findSpans(text)) {
    // As a label reads it: "late on Saturday", though the text breaks the line inside it.
    const words = text.slice(start, end).replace(/\s+/g, ' ');
    const future = FUTURE.test(sentenceBefore(text, start)) || FUTURE_AFTER_APPOSITIVE.test(text.slice(end, end + 24));
    const quotation: Span | undefined = overlapping(quotations, start, start + 1)[0];
    const reference = quotation ? (lastDayBefore(quotation.start, true) ?? anchor) : anchor;
    let resolution: Resolution | undefined;
    let day: Day | undefined;
    switch (meaning.type) {
      case 'calendar': {
        const year = meaning.year ?? inferYear(anchor, meaning.month, meaning.day, future);
        if (meaning.day === undefined) {
          resolution = meaning.part
            ? { date: formatMonth(year, meaning.month), precision: 'part-of-month', qualifier: meaning.part }
            : { date: formatMonth(year, meaning.month), precision: 'month' };
          break;
        }
        day = { year, month: meaning.month, day: meaning.day };
        resolution = withTime(day, meaning.time, meaning.part);
        if (meaning.endDay !== undefined)
          resolution = { ...resolution, end: formatDay({ ...day, day: meaning.endDay }) };
        break;
      }
      case 'year':
        resolution = meaning.part
          ? { date: String(meaning.year), precision: 'year', qualifier: meaning.part }
          : { date: String(meaning.year), precision: 'year' };
        break;
      case 'weekday': {
        const base = meaning.modifier === 'that' ? (lastDayBefore(start, false) ?? reference) : reference;
        const back = (weekday(base) - meaning.weekday + 7) % 7;
        // The anchor's own weekday, looking ahead, is that day ("will speak on Tuesday" in Tuesday's story), unless "next".
        const ahead = (meaning.weekday - weekday(base) + 7) % 7 || (meaning.modifier === 'next' ? 7 : 0);
        const lookAhead =
          meaning.modifier === 'next' || (future && meaning.modifier !== 'last') || (quotation !== undefined && future);
        day = lookAhead ? addDays(base, ahead) : addDays(base, meaning.modifier === 'last' && back === 0 ? -7 : -back);
        resolution = withTime(day, meaning.time, meaning.part);
        if (meaning.endWeekday !== undefined)
          resolution = { ...resolution, end: formatDay(addDays(day, (meaning.endWeekday - meaning.weekday + 7) % 7)) };
        break;
      }
      case 'relative-day':
        day = addDays(reference, meaning.offset);
        resolution = withTime(day, meaning.time, meaning.part);
        break;
      case 'relative-period': {
        if (meaning.unit === 'year') {
          const year = anchor.year + meaning.offset;
          resolution = meaning.part
            ? { date: String(year), precision: 'year', qualifier: meaning.part }
            : { date: String(year), precision: 'year' };
        } else if (meaning.unit === 'month') {
          const month = addMonths(anchor, meaning.offset);
          resolution = meaning.part
            ? { date: formatMonth(month.year, month.month), precision: 'part-of-month', qualifier: meaning.part }
            : { date: formatMonth(month.year, month.month), precision: 'month' };
        } else {
          const monday = addDays(anchor, -((weekday(anchor) + 6) % 7) + 7 * meaning.offset);
          resolution = {
            date: formatDay(monday),
            end: formatDay(addDays(monday, 6)),
            precision: 'day',
            qualifier: meaning.part ?? 'week',
          };
        }
        break;
      }
      case 'ago': {
        const back = meaning.count;
        if (meaning.unit === 'day') resolution = { date: formatDay(addDays(anchor, -back)), precision: 'day' };
        else if (meaning.unit === 'week')
          resolution = { date: formatDay(addDays(anchor, -7 * back)), precision: 'day', qualifier: 'about' };
        else if (meaning.unit === 'month') {
          const month = addMonths(anchor, -back);
          resolution = { date: formatMonth(month.year, month.month), precision: 'month' };
        } else if (meaning.unit === 'year') resolution = { date: String(anchor.year - back), precision: 'year' };
        break;
      }
      case 'sequence': {
        day = addDays(lastDayBefore(start, false) ?? reference, meaning.offset);
        resolution = withTime(day, undefined, undefined);
        break;
      }
      case 'time': {
        const sentenceStart = start - sentenceBefore(text, start).length;
        day = days.length > 0 && days[days.length - 1]!.at >= sentenceStart ? days[days.length - 1]!.day : reference;
        resolution = withTime(day, meaning.time, undefined);
        break;
      }
      case 'duration': {
        const unit = DURATION_UNITS[meaning.unit]!;
        const period =
          meaning.unit === 'hour' || meaning.unit === 'minute'
            ? `PT${meaning.count}${unit}`
            : `P${meaning.count}${unit}`;
        expressions.push({
          start,
          end,
          text: words,
          kind: 'duration',
          duration: meaning.over ? `over ${period}` : period,
        });
        continue;
      }
      case 'vague':
        expressions.push({ start, end, text: words, kind: 'vague' });
        continue;
    }
    // "February 30", "March 32", "2024-13-01", a year before year 1: words, not a date.
    if (
      !resolution ||
      !isIsoDatePrefix(resolution.date) ||
      (resolution.end !== undefined && !isIsoDatePrefix(resolution.end))
    )
      continue;
    if (day) days.push({ at: start, day });
    expressions.push({ start, end, text: words, kind: 'date', resolution });
  }
  return expressions;
}
