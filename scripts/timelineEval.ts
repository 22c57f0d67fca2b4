/**
 * Scores the timeline's date resolver on the licensed corpora beside the project, read in
 * place: MEANTIME's TIMEX3 dates (against each article's creation date) and compromise's
 * date cases (against their "today"). A case whose expected date lies after "today" while
 * ours lies before it is a future-leaning case that a news reading rightly disagrees with:
 * counted apart.
 */
import * as fs from 'fs';
import { parseDay } from '../src/core/text/calendar';
import { findTemporalExpressions } from '../src/core/timeline/expressions';
import { sentenceSpans } from '../src/core/text/sentences';

const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;

/** A gold date or time with a place in the text and a calendar value: the ones both resolvers are scored on. */
function isScoredTimex(timex: {
  type: string;
  value: string;
  start?: number;
  end?: number;
}): timex is { type: string; value: string; start: number; end: number } {
  return (
    timex.start !== undefined &&
    timex.end !== undefined &&
    ['DATE', 'TIME'].includes(timex.type) &&
    CALENDAR_VALUE.test(timex.value)
  );
}

export interface TimexScore {
  readonly gold: number;
  readonly found: number;
  readonly right: number;
}

/** MEANTIME: gold DATE/TIME expressions with a calendar value; found = one of ours overlaps; right = same value. */
export function scoreMeantime(path: string): TimexScore {
  let gold = 0;
  let found = 0;
  let right = 0;
  for (const line of fs.readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const article = JSON.parse(line) as {
      dct: string;
      text: string;
      timex3: { type: string; value: string; start?: number; end?: number }[];
    };
    const anchor = parseDay(article.dct);
    if (!anchor) continue;
    const ours = findTemporalExpressions(article.text, anchor).filter((expression) => expression.resolution);
    for (const timex of article.timex3) {
      if (!isScoredTimex(timex)) continue;
      gold++;
      const match = ours.find((expression) => expression.start < timex.end && expression.end > timex.start);
      if (!match) continue;
      found++;
      // Right when ours says the same, at the gold's precision ("2008-03" for "March 2008").
      const ourValue = match.resolution!.date;
      if (ourValue.length >= timex.value.length && ourValue.slice(0, timex.value.length) === timex.value) right++;
    }
  }
  return { gold, found, right };
}

export interface CaseScore {
  readonly cases: number;
  readonly notRead: number;
  readonly lowerCaseNotRead: number;
  readonly right: number;
  readonly futureLeaning: number;
  readonly wrong: number;
}

/** compromise's cases: the start day of the first expression we read in `input`, against `today`. */
export function scoreDateCases(path: string): CaseScore {
  const cases = (
    JSON.parse(fs.readFileSync(path, 'utf8')) as { today: string; input: string; expected_start?: string }[]
  ).filter((c) => c.expected_start);
  let notRead = 0;
  let lowerCaseNotRead = 0;
  let right = 0;
  let futureLeaning = 0;
  let wrong = 0;
  for (const { today, input, expected_start: expected } of cases) {
    const anchor = parseDay(today);
    const expression = anchor && findTemporalExpressions(input, anchor).find((candidate) => candidate.resolution);
    if (!expression) {
      notRead++;
      if (input === input.toLowerCase()) lowerCaseNotRead++;
      continue;
    }
    const ours = expression.resolution!.date;
    const wanted = expected!.slice(0, ours.length);
    if (ours === wanted) right++;
    else if (expected! > today && ours <= today) futureLeaning++;
    else wrong++;
  }
  return { cases: cases.length, notRead, lowerCaseNotRead, right, futureLeaning, wrong };
}

/** compromise with its dates plugin, loaded only for this measurement. */
interface CompromiseDate {
  readonly offset: { readonly start: number; readonly length: number };
  readonly dates?: { readonly start?: string };
}
type Compromise = (text: string) => {
  dates(options: { today: string }): { json(options: { offset: boolean }): CompromiseDate[] };
};

function loadCompromiseDates(): Compromise {
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  return nlp as Compromise;
}

/**
 * compromise-dates' dates in a text, with offsets. It throws on some texts; then each
 * sentence is tried alone, and sentences it still cannot read are counted.
 */
function compromiseDatesIn(nlp: Compromise, text: string, today: string, crashes: { count: number }): CompromiseDate[] {
  try {
    return nlp(text).dates({ today }).json({ offset: true });
  } catch {
    return sentenceSpans(text).flatMap((sentence) => {
      try {
        return nlp(text.slice(sentence.start, sentence.end))
          .dates({ today })
          .json({ offset: true })
          .map((date) => ({
            ...date,
            offset: { start: date.offset.start + sentence.start, length: date.offset.length },
          }));
      } catch {
        crashes.count++;
        return [];
      }
    });
  }
}

/** Our fixture and MEANTIME's dates, read by compromise-dates: the measurement behind not adopting it. */
export function scoreCompromiseDates(
  fixturePath: string,
  meantimePath: string | undefined,
): { fixture: { cases: number; right: number }; meantime?: TimexScore; crashes: number } {
  const nlp = loadCompromiseDates();
  const crashes = { count: 0 };
  const fixture = JSON.parse(fs.readFileSync(fixturePath, 'utf8')) as {
    cases: { anchor: string; text: string; expect: { text: string; date?: string }[] }[];
  };
  let cases = 0;
  let right = 0;
  for (const { anchor, text, expect } of fixture.cases) {
    const found = compromiseDatesIn(nlp, text, anchor, crashes);
    for (const expected of expect) {
      if (!expected.date) continue;
      cases++;
      const at = text.indexOf(expected.text);
      const match = found.find(
        (date) => date.offset.start < at + expected.text.length && date.offset.start + date.offset.length > at,
      );
      if (match?.dates?.start?.slice(0, expected.date.length) === expected.date) right++;
    }
  }
  if (!meantimePath) return { fixture: { cases, right }, crashes: crashes.count };
  let gold = 0;
  let foundCount = 0;
  let valueRight = 0;
  for (const line of fs.readFileSync(meantimePath, 'utf8').split('\n').filter(Boolean)) {
    const article = JSON.parse(line) as {
      dct: string;
      text: string;
      timex3: { type: string; value: string; start?: number; end?: number }[];
    };
    if (!parseDay(article.dct)) continue; // as scoreMeantime does, so both count the same dates
    const theirs = compromiseDatesIn(nlp, article.text, article.dct, crashes);
    for (const timex of article.timex3) {
      if (!isScoredTimex(timex)) continue;
      gold++;
      const match = theirs.find(
        (date) => date.offset.start < timex.end && date.offset.start + date.offset.length > timex.start,
      );
      if (!match) continue;
      foundCount++;
      if (match.dates?.start?.slice(0, timex.value.length) === timex.value) valueRight++;
    }
  }
  return {
    fixture: { cases, right },
    meantime: { gold, found: foundCount, right: valueRight },
    crashes: crashes.count,
  };
}
