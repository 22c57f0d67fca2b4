import type { DateGuessed, DatedEvent } from '../dictionary/schema';
import type { TimelineEvent } from './events';

/** Words that name what happened, folded to one form ("fled", "flees" → "flee"). */
const IRREGULAR: Record<string, string> = {
  fled: 'flee',
  flees: 'flee',
  fleeing: 'flee',
  flight: 'flee',
  left: 'leave',
  leaves: 'leave',
  leaving: 'leave',
  met: 'meet',
  meets: 'meet',
  flew: 'fly',
  flies: 'fly',
  flown: 'fly',
  fell: 'fall',
  fallen: 'fall',
  took: 'take',
  taken: 'take',
  seized: 'seize',
  won: 'win',
  lost: 'lose',
  died: 'die',
  dies: 'die',
  killed: 'kill',
  kills: 'kill',
  arrived: 'arrive',
  arrives: 'arrive',
  arrival: 'arrive',
  resigned: 'resign',
  resignation: 'resign',
  signed: 'sign',
  ambushed: 'ambush',
  wounded: 'wound',
  called: 'call',
  calls: 'call',
  escaped: 'escape',
  escape: 'escape',
  attacked: 'attack',
  captured: 'capture',
  landed: 'land',
  departed: 'depart',
  departure: 'depart',
  visited: 'visit',
  announced: 'announce',
  elected: 'elect',
  election: 'elect',
  voted: 'vote',
  appointed: 'appoint',
  arrested: 'arrest',
  released: 'release',
  collapsed: 'collapse',
  entered: 'enter',
  stormed: 'storm',
  reached: 'reach',
  abandoned: 'abandon',
};
const ACTIONS = new Set(Object.values(IRREGULAR));

/** A participle after these is an adjective ("the collapsed shaft", "through collapsed rock"), no action. */
const BEFORE_ADJECTIVE =
  /\b(?:a|an|the|its|his|her|their|this|that|these|those|through|of|in|into|from|under|with)\s+$/;

/** The actions a text names, each with where its words stand in the text. */
export function actionsIn(text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/\p{L}+/gu)) {
    const action = IRREGULAR[match[0]] ?? (ACTIONS.has(match[0]) ? match[0] : undefined);
    if (!action) continue;
    const at = match.index!;
    if (/(?:ed|en|wn)$/.test(match[0]) && BEFORE_ADJECTIVE.test(lower.slice(Math.max(0, at - 12), at))) continue;
    found.set(action, [...(found.get(action) ?? []), at]);
  }
  return found;
}

/** How far an event's date expression stands from the nearest word of an action in its sentence. */
function distanceToAction(event: TimelineEvent, offsets: readonly number[]): number {
  const expression = event.expression;
  return Math.min(
    ...offsets.map((offset) => {
      const at = event.start + offset;
      return at < expression.start ? expression.start - at : at >= expression.end ? at - expression.end : 0;
    }),
  );
}

/** "SEOUL, April 24 (Yonhap) —": the date of a dateline, when the story was filed, not of an event in it. */
function isDateline(event: TimelineEvent): boolean {
  // (The sentence an event quotes leaves its dateline out.)
  if (!event.text.includes(event.expression.text)) return true;
  const before = event.text.slice(0, event.expression.start - event.start);
  const after = event.text.slice(event.expression.end - event.start);
  return /^\s*\p{Lu}[\p{L} .'’-]*,\s*$/u.test(before) && /^\s*(?:\([^()]*\)\s*)?(?:--|[-–—:])/u.test(after);
}

export interface TimelineConflict {
  readonly event: TimelineEvent;
  readonly reference: DatedEvent;
  readonly message: string;
}

const dayOf = (date: string) => date.slice(0, 10);

/**
 * Where a draft dates an event differently from a dictionary: the same entity and the same
 * action ("Assad fled on December 7" against "Assad flees Damascus…", 2024-12-08), on a
 * day outside the dictionary's. Only day-precise dates are compared.
 */
export function findConflicts(
  events: readonly TimelineEvent[],
  references: readonly DatedEvent[],
  yearGuessed = false,
  guessedInSource: (reference: DatedEvent) => DateGuessed | undefined = () => undefined,
): TimelineConflict[] {
  // A source that gives no date of its own dated "on Saturday" against its file's day: only the dates it writes with
  // their year are its own. One that gives no year is compared by month and day, as a draft without one is.
  const writesYear = (reference: DatedEvent) => reference.text.includes(reference.date.slice(0, 4));
  const comparable = references.filter((reference) => guessedInSource(reference) !== 'date' || writesYear(reference));
  const yearlessInSource = (reference: DatedEvent) => guessedInSource(reference) === 'year' && !writesYear(reference);
  const conflicts: TimelineConflict[] = [];
  for (const event of events) {
    const resolution = event.resolution;
    if (!resolution || resolution.date.length < 10 || event.entities.length === 0 || isDateline(event)) continue;
    // A draft whose dateline gives no year ("Dec. 28 —") has its year guessed: a date that does not write one is
    // compared by month and day.
    const yearless = yearGuessed && !/\d{4}/.test(event.expression.text);
    const actions = actionsIn(event.text);
    if (actions.size === 0) continue;
    // Of several dates in a sentence ("BEIRUT, Dec 9 — Assad fled on Dec 7, aides said on Monday"), the one nearest the action dates it.
    const offsets = [...actions.values()].flat();
    const rivals = events.filter((other) => other.start === event.start && other !== event);
    if (rivals.some((other) => distanceToAction(other, offsets) < distanceToAction(event, offsets))) continue;
    const byMonthAndDay = (candidate: DatedEvent) => yearless || yearlessInSource(candidate);
    const inYearOf = (date: string, candidate: DatedEvent) =>
      byMonthAndDay(candidate) ? candidate.date.slice(0, 4) + dayOf(date).slice(4) : dayOf(date);
    const reference = comparable.find((candidate) => {
      const day = inYearOf(resolution.date, candidate);
      return (
        candidate.date.length >= 10 &&
        candidate.entities.some((id) => event.entities.includes(id)) &&
        [...actionsIn(candidate.text).keys()].some((action) => actions.has(action)) &&
        !(day >= dayOf(candidate.date) && day <= dayOf(candidate.end ?? candidate.date)) &&
        !(
          resolution.end &&
          inYearOf(resolution.end, candidate) >= dayOf(candidate.date) &&
          day <= dayOf(candidate.end ?? candidate.date)
        )
      );
    });
    if (!reference) continue;
    const when = reference.end ? `${dayOf(reference.date)} to ${dayOf(reference.end)}` : dayOf(reference.date);
    conflicts.push({
      event,
      reference,
      message: `The dictionary dates this to ${yearlessInSource(reference) ? when.replace(/\d{4}-/g, '') : when} ("${reference.text}"), not ${byMonthAndDay(reference) ? dayOf(resolution.date).slice(5) : dayOf(resolution.date)}.`,
    });
  }
  return conflicts;
}
