import type { DatePrecision, DatedEvent, Dictionary } from '../dictionary/schema';
import type { TimelineConflict } from './conflicts';
import type { Resolution } from './expressions';
import type { TimelineEvent } from './events';
import { MONTH_NAMES } from './readableDate';

/** The two lanes of the picture: the draft's events above, its sources' below. */
export type Lane = 'draft' | 'sources';

/** Where a drawn event comes from: a sentence of the draft, or an event of a dictionary. */
export type ItemOrigin =
  | { readonly kind: 'draft'; readonly file: string; readonly start: number; readonly end: number }
  | { readonly kind: 'source'; readonly file: string; readonly title?: string; readonly index: number };

/** One event as the visual timeline draws it: when, as a span of time, and what it says. */
export interface TimelineItem {
  /** Unique in one picture, stable while the data is: "draft-3", "source-1-4". */
  readonly id: string;
  readonly lane: Lane;
  /** Milliseconds since 1970 (UTC, as dates are written); equal for a point in time. */
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
  /** The ISO prefix as written, with its end and qualifier. */
  readonly date: string;
  readonly dateEnd?: string;
  readonly qualifier?: string;
  /** The words that say when (draft), or the event's text (source). */
  readonly caption: string;
  /** The whole sentence. */
  readonly sentence: string;
  /** Names of the entities taking part. */
  readonly entities: readonly string[];
  /** Why a dictionary disagrees, and with which of the drawn items. */
  readonly conflict?: { readonly message: string; readonly with?: string };
  readonly origin: ItemOrigin;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Hours of the day a part of it covers ("night" runs to midnight). */
const PARTS_OF_DAY: Record<string, readonly [number, number]> = {
  'early hours': [0, 6],
  dawn: [4, 7],
  morning: [6, 12],
  noon: [11, 13],
  midday: [11, 13],
  afternoon: [12, 18],
  evening: [18, 22],
  night: [18, 24],
};
/** Days of a month a part of it covers; the last part runs to the month's end. */
const PARTS_OF_MONTH: Record<string, readonly [number, number]> = { early: [1, 11], mid: [11, 21], late: [21, 32] };

/** The first moment an ISO prefix (`2024`, `2024-12`, `2024-12-08`, `2024-12-07T22:30`) names, in ms. */
function startOf(iso: string): number {
  const [, year, month = '01', day = '01', hour = '00', minute = '00'] =
    /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso) ?? [];
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
}

/** The moment after the last one an ISO prefix names: the next year, month, day; a time is a point. */
function endOf(iso: string): number {
  const start = startOf(iso);
  const moment = new Date(start);
  if (iso.length === 4) return Date.UTC(moment.getUTCFullYear() + 1, 0, 1);
  if (iso.length === 7) return Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth() + 1, 1);
  if (iso.length === 10) return start + DAY;
  return start;
}

/**
 * The span of time a date covers, from its precision: a minute or an hour is a point, a part
 * of a day its hours, a day the day, a part of a month ten days or so, a month or a year all
 * of it; an end date runs the span to the end of that day (or month).
 */
export function spanOf(resolution: Pick<Resolution, 'date' | 'end' | 'precision' | 'qualifier'>): {
  start: number;
  end: number;
} {
  const { date, precision, qualifier } = resolution;
  let start = startOf(date);
  let end = endOf(date);
  const part = qualifier?.toLowerCase();
  if (precision === 'part-of-day' && part && PARTS_OF_DAY[part]) {
    const [from, to] = PARTS_OF_DAY[part];
    end = start + to * HOUR;
    start += from * HOUR;
  } else if (precision === 'part-of-month' && part && PARTS_OF_MONTH[part] && date.length === 7) {
    const [from, to] = PARTS_OF_MONTH[part];
    start += (from - 1) * DAY;
    end = Math.min(end, startOf(date) + (to - 1) * DAY);
  }
  if (resolution.end) end = Math.max(end, endOf(resolution.end));
  return { start, end };
}

/**
 * The items of a draft's timeline and of its sources' events, each lane in time order: what
 * the visual timeline draws. `nameOf` gives an entity's name by id; a conflict links the
 * draft's event to the source event it contradicts, where that event is drawn.
 */
export function timelineItems(
  draft: { readonly file: string; readonly events: readonly TimelineEvent[] },
  conflicts: readonly TimelineConflict[],
  sources: readonly Dictionary[],
  nameOf: (id: string) => string,
): TimelineItem[] {
  const referenceIds = new Map<DatedEvent, string>();
  const sourceItems = sources.flatMap((dictionary, d) =>
    dictionary.events.map((event, e): TimelineItem => {
      const id = `source-${d}-${e}`;
      referenceIds.set(event, id);
      return {
        id,
        lane: 'sources',
        ...spanOf(event),
        precision: event.precision,
        date: event.date,
        dateEnd: event.end,
        qualifier: event.qualifier,
        caption: event.text,
        sentence: event.source ?? event.text,
        entities: event.entities.map(nameOf),
        origin: { kind: 'source', file: dictionary.file, title: dictionary.source?.title, index: e },
      };
    }),
  );
  const draftItems = draft.events
    .filter((event): event is TimelineEvent & { resolution: Resolution } => event.resolution !== undefined)
    .map((event, n): TimelineItem => {
      const conflict = conflicts.find((candidate) => candidate.event === event);
      return {
        id: `draft-${n}`,
        lane: 'draft',
        ...spanOf(event.resolution),
        precision: event.resolution.precision,
        date: event.resolution.date,
        dateEnd: event.resolution.end,
        qualifier: event.resolution.qualifier,
        caption: event.expression.text,
        sentence: event.text,
        entities: event.entities.map(nameOf),
        ...(conflict ? { conflict: { message: conflict.message, with: referenceIds.get(conflict.reference) } } : {}),
        origin: { kind: 'draft', file: draft.file, start: event.start, end: event.end },
      };
    });
  const byTime = (a: TimelineItem, b: TimelineItem) => a.start - b.start || a.end - b.end;
  return [...draftItems.sort(byTime), ...sourceItems.sort(byTime)];
}

/** The stretch of time on screen, in ms. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** A window around every item, with a margin, at least a day wide. */
export function fitWindow(items: readonly TimelineItem[]): TimeWindow {
  if (items.length === 0) {
    const today = Math.floor(Date.now() / DAY) * DAY;
    return { start: today - DAY, end: today + 2 * DAY };
  }
  const start = Math.min(...items.map((item) => item.start));
  const end = Math.max(...items.map((item) => item.end));
  const margin = Math.max((end - start) * 0.05, DAY / 2);
  return { start: start - margin, end: end + margin };
}

/** The narrowest window (a minute's point stays readable) and the widest (a century). */
const MIN_WINDOW = 10 * 60_000;
const MAX_WINDOW = 100 * 365 * DAY;

/** `window` scaled by `factor` (below 1 zooms in) around the moment `at`. */
export function zoomWindow(window: TimeWindow, factor: number, at = (window.start + window.end) / 2): TimeWindow {
  const width = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, (window.end - window.start) * factor));
  const share = (at - window.start) / (window.end - window.start);
  return { start: at - share * width, end: at - share * width + width };
}

/** `window` moved by `fraction` of its width (negative: back in time). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/** A drawn event: a point (a circle at `x`) or a span (a bar from `x`, `width` wide), on a row of its lane. */
export interface PlacedItem {
  readonly item: TimelineItem;
  readonly shape: 'point' | 'span';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Where its caption starts (right of the mark, or left of it at the right edge), and the caption (cut short: the whole sentence is the item's). */
  readonly captionX: number;
  readonly caption: string;
}

export interface AxisTick {
  readonly x: number;
  readonly label: string;
  /** A tick that starts a larger unit (a new month on a day scale): drawn stronger. */
  readonly major: boolean;
}

/** What the visual timeline draws, in pixels: everything a renderer (the webview, an SVG export) needs. */
export interface TimelineScene {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly ticks: readonly AxisTick[];
  readonly lanes: readonly {
    readonly lane: Lane;
    readonly label: string;
    readonly y: number;
    readonly height: number;
  }[];
  readonly placed: readonly PlacedItem[];
  /** Dashed links from a conflicting draft event to the source event it contradicts. */
  readonly links: readonly { readonly from: string; readonly to: string }[];
}

export const SCENE_METRICS = {
  /** Left margin, where the lanes' names stand. */
  gutter: 90,
  axisHeight: 34,
  rowHeight: 26,
  barHeight: 12,
  pointRadius: 6,
  /** Width of a caption's character, roughly, at the picture's font size. */
  charWidth: 6.6,
  minBarWidth: 4,
  lanePadding: 8,
} as const;

/** Steps an axis counts in, finest first, each with how its tick reads. */
const TICK_STEPS: readonly { readonly size: number; readonly unit: 'minute' | 'hour' | 'day' | 'month' | 'year' }[] = [
  { size: 15 * 60_000, unit: 'minute' },
  { size: HOUR, unit: 'hour' },
  { size: 3 * HOUR, unit: 'hour' },
  { size: 6 * HOUR, unit: 'hour' },
  { size: DAY, unit: 'day' },
  { size: 7 * DAY, unit: 'day' },
  { size: 30 * DAY, unit: 'month' },
  { size: 91 * DAY, unit: 'month' },
  { size: 365 * DAY, unit: 'year' },
  { size: 5 * 365 * DAY, unit: 'year' },
  { size: 10 * 365 * DAY, unit: 'year' },
];

/** Ticks at round moments of the first step that leaves at least `spacing` pixels between them. */
export function axisTicks(window: TimeWindow, width: number, spacing = 80): AxisTick[] {
  const perPixel = (window.end - window.start) / width;
  const step = TICK_STEPS.find((candidate) => candidate.size / perPixel >= spacing) ?? TICK_STEPS.at(-1)!;
  const ticks: AxisTick[] = [];
  const first = new Date(window.start);
  const pad = (value: number) => String(value).padStart(2, '0');
  let moment: Date;
  if (step.unit === 'year') {
    const every = Math.round(step.size / (365 * DAY));
    moment = new Date(Date.UTC(Math.ceil(first.getUTCFullYear() / every) * every, 0, 1));
  } else if (step.unit === 'month') moment = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  else moment = new Date(Math.ceil(window.start / step.size) * step.size);
  for (let guard = 0; moment.getTime() <= window.end && guard < 500; guard++) {
    const time = moment.getTime();
    if (time >= window.start) {
      const day = `${moment.getUTCDate()} ${MONTH_NAMES[moment.getUTCMonth()]}`;
      const label =
        step.unit === 'year'
          ? String(moment.getUTCFullYear())
          : step.unit === 'month'
            ? `${MONTH_NAMES[moment.getUTCMonth()]} ${moment.getUTCFullYear()}`
            : step.unit === 'day'
              ? day
              : moment.getUTCHours() === 0 && moment.getUTCMinutes() === 0
                ? day
                : `${pad(moment.getUTCHours())}:${pad(moment.getUTCMinutes())}`;
      const major =
        step.unit === 'year'
          ? moment.getUTCFullYear() % (10 * Math.round(step.size / (365 * DAY))) === 0
          : step.unit === 'month'
            ? moment.getUTCMonth() === 0
            : step.unit === 'day'
              ? moment.getUTCDate() === 1
              : moment.getUTCHours() === 0 && moment.getUTCMinutes() === 0;
      ticks.push({ x: ((time - window.start) / (window.end - window.start)) * width, label, major });
    }
    if (step.unit === 'year') moment = new Date(Date.UTC(moment.getUTCFullYear() + step.size / (365 * DAY), 0, 1));
    else if (step.unit === 'month')
      moment = new Date(
        Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth() + Math.round(step.size / (30 * DAY)), 1),
      );
    else moment = new Date(time + step.size);
  }
  return ticks;
}

const CAPTION_LENGTH = 36;

/** A caption of at most `length` characters, cut at a word (or, for a short one, anywhere) with an ellipsis. */
function shortCaption(text: string, length = CAPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

const LANE_LABELS: Record<Lane, string> = { draft: 'This draft', sources: 'Sources' };

/**
 * Lays the items out on `width` pixels for the time `window`: the axis at the top, then each
 * lane, its items on as few rows as keep them and their captions from overlapping.
 */
export function layoutTimeline(items: readonly TimelineItem[], window: TimeWindow, width: number): TimelineScene {
  const m = SCENE_METRICS;
  const plot = Math.max(1, width - m.gutter);
  const xOf = (time: number) => m.gutter + ((time - window.start) / (window.end - window.start)) * plot;
  const placed: PlacedItem[] = [];
  const lanes: TimelineScene['lanes'][number][] = [];
  let y = m.axisHeight;
  for (const lane of ['draft', 'sources'] as const) {
    // Each row remembers where its last item (with its caption) ends.
    const rowEnds: number[] = [];
    for (const item of items.filter((candidate) => candidate.lane === lane)) {
      const shape = item.end > item.start ? 'span' : 'point';
      const left = xOf(item.start);
      const barWidth = shape === 'span' ? Math.max(m.minBarWidth, xOf(item.end) - left) : 0;
      const markLeft = shape === 'span' ? left : left - m.pointRadius;
      const markRight = shape === 'span' ? left + barWidth : left + m.pointRadius;
      const rightRoom = width - markRight - 4;
      const leftRoom = markLeft - 4 - m.gutter;
      // Right of the mark; at the right edge, left of it, or inside a bar wide enough; else cut to the larger room.
      let caption = shortCaption(item.caption);
      let captionWidth = caption.length * m.charWidth;
      let captionX: number;
      if (captionWidth <= rightRoom) captionX = markRight + 4;
      else if (captionWidth <= leftRoom) captionX = markLeft - 4 - captionWidth;
      else if (Math.max(markLeft, m.gutter) + 4 + captionWidth <= Math.min(markRight, width))
        captionX = Math.max(markLeft, m.gutter) + 4;
      else {
        const room = Math.max(rightRoom, leftRoom);
        caption = shortCaption(item.caption, Math.max(2, Math.floor(room / m.charWidth)));
        captionWidth = caption.length * m.charWidth;
        captionX = rightRoom >= leftRoom ? markRight + 4 : markLeft - 4 - captionWidth;
      }
      const extentLeft = Math.min(markLeft, captionX);
      const extentRight = Math.max(markRight, captionX + captionWidth);
      let row = rowEnds.findIndex((rowEnd) => rowEnd <= extentLeft);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(-Infinity);
      }
      rowEnds[row] = extentRight + 8;
      placed.push({
        item,
        shape,
        x: left,
        y: y + m.lanePadding + row * m.rowHeight + m.rowHeight / 2,
        width: barWidth,
        captionX,
        caption,
      });
    }
    const height = Math.max(1, rowEnds.length) * m.rowHeight + 2 * m.lanePadding;
    lanes.push({ lane, label: LANE_LABELS[lane], y, height });
    y += height;
  }
  const links = placed.flatMap(({ item }) => (item.conflict?.with ? [{ from: item.id, to: item.conflict.with }] : []));
  const ticks = axisTicks(window, plot).map((tick) => ({ ...tick, x: tick.x + m.gutter }));
  return { width, height: y, axisY: m.axisHeight, ticks, lanes, placed, links };
}
