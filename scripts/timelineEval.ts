/**
 * Scores the timeline's date resolver on the licensed corpora beside the project, read in
 * place: MEANTIME's TIMEX3 dates (against each article's creation date) and compromise's
 * date cases (against their "today"). A case whose expected date lies after "today" while
 * ours lies before it is a future-leaning case that a news reading rightly disagrees with:
 * counted apart.
 */
import * as fs from 'fs';
import { parseDay } from '../src/core/timeline/calendar';
import { findTemporalExpressions } from '../src/core/timeline/expressions';

const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;

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
    const article = JSON.parse(line) as { dct: string; text: string; timex3: { type: string; value: string; start?: number; end?: number }[] };
    const anchor = parseDay(article.dct);
    if (!anchor) continue;
    const ours = findTemporalExpressions(article.text, anchor).filter((expression) => expression.resolution);
    for (const timex of article.timex3) {
      if (timex.start === undefined || timex.end === undefined || !['DATE', 'TIME'].includes(timex.type) || !CALENDAR_VALUE.test(timex.value)) continue;
      gold++;
      const match = ours.find((expression) => expression.start < timex.end! && expression.end > timex.start!);
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
  const cases = (JSON.parse(fs.readFileSync(path, 'utf8')) as { today: string; input: string; expected_start?: string }[]).filter((c) => c.expected_start);
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
