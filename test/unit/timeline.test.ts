import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { addDays, parseDay, weekday } from '../../src/core/timeline/calendar';
import { findTemporalExpressions } from '../../src/core/timeline/expressions';
import { anchorOf, buildTimeline } from '../../src/core/timeline/events';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { sentenceSpans } from '../../src/core/text/sentences';

const root = path.resolve(__dirname, '../../..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/timeline/expressions.json'), 'utf8')) as {
  cases: { anchor: string; text: string; expect: Record<string, string>[] }[];
};
const { index } = loadDictionaries([{ file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) }]);

describe('temporal expressions (fixture of news phrasings)', () => {
  it('has at least 40 cases', () => assert.ok(fixture.cases.length >= 40));
  for (const { anchor, text, expect } of fixture.cases) {
    it(`${anchor}: ${text}`, () => {
      const found = findTemporalExpressions(text, parseDay(anchor)!).map((expression) => {
        const shown: Record<string, string> = { text: expression.text };
        if (expression.kind === 'vague') shown.kind = 'vague';
        if (expression.duration) shown.duration = expression.duration;
        if (expression.resolution) {
          shown.date = expression.resolution.date;
          if (expression.resolution.end) shown.end = expression.resolution.end;
          shown.precision = expression.resolution.precision;
          if (expression.resolution.qualifier) shown.qualifier = expression.resolution.qualifier;
        }
        return shown;
      });
      assert.deepStrictEqual(found, expect);
    });
  }
  it('keeps exact offsets across line breaks', () => {
    const text = 'He left late\non Saturday.';
    const [expression] = findTemporalExpressions(text, parseDay('2024-12-08')!);
    assert.strictEqual(text.slice(expression!.start, expression!.end), 'late\non Saturday');
  });
});

describe('calendar', () => {
  it('counts days and weekdays across months and years', () => {
    assert.deepStrictEqual(addDays(parseDay('2024-12-30')!, 3), { year: 2025, month: 1, day: 2 });
    assert.strictEqual(weekday(parseDay('2024-12-08')!), 0);
    assert.strictEqual(parseDay('2024-02-30'), undefined);
  });
});

describe('sentences', () => {
  it('splits on full stops, not on abbreviations or initials', () => {
    const text = 'Gen. Ali met Mr. Smith on Dec. 7. They talked.\nA headline\n"We left." He said.';
    assert.deepStrictEqual(sentenceSpans(text).map((s) => text.slice(s.start, s.end)), ['Gen. Ali met Mr. Smith on Dec. 7.', 'They talked.', 'A headline', '"We left."', 'He said.']);
  });
});

describe('the founding article’s timeline', () => {
  const article = fs.readFileSync(path.join(root, 'test/fixtures/workspace/founding-article.txt'), 'utf8');
  const timeline = buildTimeline(article, index, parseDay('2024-12-08')!);

  it('orders its dated events, each with its sentence and entities', () => {
    assert.deepStrictEqual(
      timeline.events.map((event) => [event.resolution!.date, event.expression.text]),
      [
        ['2024-11', 'late November'],
        ['2024-12', 'early December'],
        ['2024-12-07', 'Saturday and Sunday'],
        ['2024-12-07T22:30', 'Saturday night at 10:30 pm'],
        ['2024-12-08', 'December 8, 2024'],
        ['2024-12-08', 'that fateful Sunday'],
        ['2024-12-08', 'Tomorrow'],
        ['2024-12-08', 'at dawn on Sunday'],
      ],
    );
    const call = timeline.events[3]!;
    assert.ok(call.text.startsWith('In one of their last conversations on Saturday night at 10:30 pm'));
    assert.deepStrictEqual(call.entities, ['bashar-al-assad', 'mohammed-jalali', 'syria']);
    assert.strictEqual(article.slice(call.start, call.end), call.text);
  });

  it('lists durations and vague times apart', () => {
    assert.deepStrictEqual(timeline.undated.map((event) => event.expression.text), ['decades of', 'In the hours leading up to', '24-year', 'over 13 years']);
  });
});

describe('anchorOf', () => {
  const today = parseDay('2026-11-24')!;
  it('prefers the given date', () => assert.deepStrictEqual(anchorOf('DAMASCUS, Dec 8 — x', today, parseDay('2024-12-08')), { anchor: parseDay('2024-12-08'), source: 'given' }));
  it('reads a dateline', () => assert.deepStrictEqual(anchorOf('BEIRUT, Lebanon, March 3, 2025 (AP) — x', today), { anchor: parseDay('2025-03-03'), source: 'dateline' }));
  it('falls back to the date it is given', () => assert.deepStrictEqual(anchorOf('No dateline here.', today), { anchor: today, source: 'fallback' }));
});
