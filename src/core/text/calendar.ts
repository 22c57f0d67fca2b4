/** Calendar days as plain numbers (no time zones): what a news timeline needs. */
export interface Day {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

export function parseDay(iso: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month)
    ? day
    : undefined;
}

/** The day a moment falls on where the user is (a file's modification time, now). */
export function localDay(moment: Date): Day {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

export function formatDay(day: Day): string {
  return `${String(day.year).padStart(4, '0')}-${pad(day.month)}-${pad(day.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(toUtc({ year, month: month + 1, day: 0 })).getUTCDate();
}

/** Milliseconds since 1970; setUTCFullYear keeps years 0–99 as written, where Date.UTC would read 50 as 1950. */
function toUtc(day: Day): number {
  return new Date(0).setUTCFullYear(day.year, day.month - 1, day.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  return fromUtc(toUtc(day) + days * 86_400_000);
}

export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(toUtc(day)).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}
