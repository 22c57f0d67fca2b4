import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { addDays, parseDay, weekday } from '../../src/core/text/calendar';
import { findTemporalExpressions } from '../../src/core/timeline/expressions';
import { findConflicts } from '../../src/core/timeline/conflicts';
import { anchorOf, buildTimeline } from '../../src/core/timeline/events';
import { timelineToCsv, timelineToMarkdown, timelineToTimelineJs } from '../../src/core/timeline/export';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { sentenceSpans } from '../../src/core/text/sentences';
import { buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { timelineOf } from '../../src/core/workspace/timelines';

const root = path.resolve(__dirname, '../../..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/timeline/expressions.json'), 'utf8')) as {
  cases: { anchor: string; text: string; expect: Record<string, string>[] }[];
};
const { index } = loadDictionaries([
  { file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) },
]);

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
    assert.strictEqual(expression!.text, 'late on Saturday', 'a label on one line');
  });

  it('resolves what a sentence looks forward to ahead of the anchor, not back', () => {
    const anchor = parseDay('2024-12-08')!; // a Sunday
    const dates = (text: string) =>
      findTemporalExpressions(text, anchor).map((expression) => [expression.text, expression.resolution?.date]);
    assert.deepStrictEqual(dates('The prime minister, who faces an election in May, spoke.'), [['in May', '2025-05']]);
    assert.deepStrictEqual(dates('The ministers will meet on Thursday.'), [['Thursday', '2024-12-12']]);
    assert.deepStrictEqual(dates('The ministers met on Thursday.'), [['Thursday', '2024-12-05']]);
    assert.deepStrictEqual(dates('He won an election in May.'), [['in May', '2024-05']]);
  });

  it('reads a compound number in words whole: "twenty-five years ago" is 25 years, not five', () => {
    const anchor = parseDay('2024-12-08')!;
    const dates = (text: string) =>
      findTemporalExpressions(text, anchor).map((expression) => [expression.text, expression.resolution?.date]);
    assert.deepStrictEqual(dates('The dam broke twenty-five years ago.'), [['twenty-five years ago', '1999']]);
    assert.deepStrictEqual(dates('Thirty one days ago the talks began.'), [['Thirty one days ago', '2024-11-07']]);
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
    assert.deepStrictEqual(
      sentenceSpans(text).map((s) => text.slice(s.start, s.end)),
      ['Gen. Ali met Mr. Smith on Dec. 7.', 'They talked.', 'A headline', '"We left."', 'He said.'],
    );
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

  it('gives a sentence one event for one day: a dateline and the story’s weekday are the same event', () => {
    const text = 'DAMASCUS, Dec 8, 2024 — Bashar al-Assad left Damascus on Sunday and flew to Moscow on Monday.';
    const timeline = buildTimeline(text, index, parseDay('2024-12-08')!, 'dateline');
    assert.deepStrictEqual(
      timeline.events.map((event) => [event.expression.text, event.resolution!.date]),
      [
        ['Monday', '2024-12-02'],
        ['Sunday', '2024-12-08'],
      ],
    );
  });

  it('lists durations and vague times apart', () => {
    assert.deepStrictEqual(
      timeline.undated.map((event) => event.expression.text),
      ['decades of', 'In the hours leading up to', '24-year', 'over 13 years'],
    );
  });
});

describe('anchorOf', () => {
  const today = parseDay('2026-11-24')!;
  it('prefers the given date', () =>
    assert.deepStrictEqual(anchorOf('DAMASCUS, Dec 8 — x', today, parseDay('2024-12-08')), {
      anchor: parseDay('2024-12-08'),
      source: 'given',
    }));
  it('reads a dateline', () =>
    assert.deepStrictEqual(anchorOf('BEIRUT, Lebanon, March 3, 2025 (AP) — x', today), {
      anchor: parseDay('2025-03-03'),
      source: 'dateline',
    }));
  it('else takes the latest full date the story writes out', () =>
    assert.deepStrictEqual(anchorOf('Talks began on March 1, 2025 and ended on 4 March 2025. A 2030 plan.', today), {
      anchor: parseDay('2025-03-04'),
      source: 'text',
    }));
  it('falls back to the date it is given', () =>
    assert.deepStrictEqual(anchorOf('No dateline here.', today), { anchor: today, source: 'fallback' }));
  it('gives a dateline without its year the year nearest the dates the story writes out in full', () => {
    assert.deepStrictEqual(
      anchorOf('OSLO, June 26 (Reuters) - Ida Berg took office. Her term runs from June 19, 2015.', today),
      { anchor: parseDay('2015-06-26'), source: 'dateline' },
    );
    assert.deepStrictEqual(anchorOf('OSLO, Jan 2 (Reuters) - The vote of December 30, 2014 stood.', today), {
      anchor: parseDay('2015-01-02'),
      source: 'dateline',
    });
  });
});

describe('dates that look ahead', () => {
  const dates = (text: string, anchor: string) =>
    findTemporalExpressions(text, parseDay(anchor)!).map((expression) => expression.resolution?.date);
  it('reads a date set off by commas before "will", and "set for", as ahead of the anchor', () => {
    assert.deepStrictEqual(dates('The next meeting, on July 7, will be the first.', '2015-06-26'), ['2015-07-07']);
    assert.deepStrictEqual(dates('The vote set for July 7 drew crowds.', '2015-06-26'), ['2015-07-07']);
    assert.deepStrictEqual(dates('The vote on July 7 drew crowds.', '2015-06-26'), ['2014-07-07']);
  });
  it('reads the anchor’s own weekday, looking ahead, as that day unless "next" says otherwise', () => {
    // 7 August 2007 is a Tuesday.
    assert.deepStrictEqual(dates('The minister will speak on Tuesday.', '2007-08-07'), ['2007-08-07']);
    assert.deepStrictEqual(dates('The minister will speak next Tuesday.', '2007-08-07'), ['2007-08-14']);
    assert.deepStrictEqual(dates('The minister will speak on Friday.', '2007-08-07'), ['2007-08-10']);
  });
});

describe('conflicts with the dictionary', () => {
  it('flags a draft that dates an event of the dictionary differently', () => {
    const draft = 'Bashar al-Assad fled Damascus on December 7, 2024. Jalali called him on Saturday night.';
    const timeline = buildTimeline(draft, index, parseDay('2024-12-08')!);
    const conflicts = findConflicts(timeline.events, index.dictionaries[0]!.events);
    assert.deepStrictEqual(
      conflicts.map((c) => [c.event.expression.text, c.reference.date]),
      [['December 7, 2024', '2024-12-08']],
    );
    assert.match(conflicts[0]!.message, /dates this to 2024-12-08 .*not 2024-12-07/);
  });
  it('blames only the date nearest the action when a sentence has several', () => {
    const draft = 'BEIRUT, Dec 9, 2024 — Bashar al-Assad fled Damascus on December 7, 2024, aides said on Monday.';
    const conflicts = findConflicts(
      buildTimeline(draft, index, parseDay('2024-12-09')!).events,
      index.dictionaries[0]!.events,
    );
    assert.deepStrictEqual(
      conflicts.map((c) => c.event.expression.text),
      ['December 7, 2024'],
    );
  });

  it('takes a participle before a noun for no action, and a dateline’s place for no party to the event', () => {
    const events = [
      { date: '2024-12-08', precision: 'day' as const, text: 'A tunnel in Syria collapsed.', entities: ['syria'] },
      {
        date: '2024-12-08',
        precision: 'day' as const,
        text: 'Bashar al-Assad fled Damascus.',
        entities: ['bashar-al-assad'],
      },
    ];
    const conflicts = (draft: string) =>
      findConflicts(buildTimeline(draft, index, parseDay('2024-12-10')!).events, events).map((c) => c.reference.text);
    assert.deepStrictEqual(conflicts('Crews dug through collapsed rock in Syria on December 9, 2024.'), []);
    assert.deepStrictEqual(conflicts('DAMASCUS, Syria, Dec 10, 2024 — A tunnel collapsed on Monday.'), []);
    assert.deepStrictEqual(conflicts('A tunnel in Syria collapsed on December 9, 2024.'), [
      'A tunnel in Syria collapsed.',
    ]);
  });

  it('agrees where the dates agree, and ignores other actions', () => {
    const draft = 'Bashar al-Assad fled Damascus on December 8, 2024. Bashar al-Assad met aides on December 6, 2024.';
    assert.deepStrictEqual(
      findConflicts(buildTimeline(draft, index, parseDay('2024-12-08')!).events, index.dictionaries[0]!.events),
      [],
    );
  });
});

describe('timeline exports', () => {
  const timeline = buildTimeline(
    'Jalali called on Saturday night at 10:30 pm. "Yes, | no," he said on Sunday.\nA 24-year rule.',
    index,
    parseDay('2024-12-08')!,
  );
  it('writes Markdown with escaped cells and the undated apart', () => {
    assert.strictEqual(
      timelineToMarkdown(timeline, index, 'Draft'),
      '# Timeline: Draft\n\nTold from 2024-12-08.\n\n| When | What | Who |\n| --- | --- | --- |\n' +
        '| 2024-12-07T22:30 | Jalali called on Saturday night at 10:30 pm. | Mohammed Jalali |\n' +
        '| 2024-12-08 | "Yes, \\| no," he said on Sunday. |  |\n\n## Without a date\n\n- 24-year (P24Y): A 24-year rule.\n',
    );
  });
  it('writes CSV with quoted fields', () => {
    assert.strictEqual(
      timelineToCsv(timeline, index),
      'date,end,precision,qualifier,when_written,sentence,entities\r\n' +
        '2024-12-07T22:30,,minute,,Saturday night at 10:30 pm,Jalali called on Saturday night at 10:30 pm.,Mohammed Jalali\r\n' +
        '2024-12-08,,day,,Sunday,"""Yes, | no,"" he said on Sunday.",\r\n',
    );
  });
  it('writes TimelineJS JSON', () => {
    const json = timelineToTimelineJs(timeline, index, 'Draft') as {
      events: { start_date: object; text: object; group?: string }[];
    };
    assert.deepStrictEqual(json.events[0], {
      start_date: { year: '2024', month: '12', day: '7', hour: '22', minute: '30' },
      text: { headline: 'Saturday night at 10:30 pm', text: 'Jalali called on Saturday night at 10:30 pm.' },
      group: 'Mohammed Jalali',
    });
  });
});

describe('conflicts with a source whose date the builder guessed (checker blind run 11)', () => {
  const fileDay = parseDay('2026-12-04')!;
  const built = (source: string) => {
    const dictionary = buildDictionary(source, { tagger: compromiseTagger, fallbackDate: fileDay }).dictionary;
    return {
      dictionary,
      index: loadDictionaries([{ file: 'source.entities.json', bytes: Buffer.from(JSON.stringify(dictionary)) }]).index,
    };
  };
  const conflicts = (draft: string, index: ReturnType<typeof built>['index']) =>
    timelineOf(draft, index, fileDay).conflicts.map((conflict) => conflict.message);

  it('records that nothing dates the source, and compares no draft with the days it placed against its file', () => {
    const { dictionary, index } = built(
      'Velmar President Ana Orwicka Saturday appointed Ivo Marekov as prime minister, official media reported.',
    );
    assert.strictEqual(dictionary.source?.dateGuessed, 'date');
    assert.deepStrictEqual(
      conflicts(
        'VELMARA, Dec. 28 — Velmar President Ana Orwicka on Saturday appointed Ivo Marekov as prime minister.',
        index,
      ),
      [],
    );
  });

  it('records a source dated without its year, and compares drafts with it by month and day', () => {
    const { dictionary, index } = built(
      'VELMARA, May 2 - Velmar President Ana Orwicka on Monday appointed Ivo Marekov as prime minister.',
    );
    assert.strictEqual(dictionary.source?.dateGuessed, 'year');
    assert.deepStrictEqual(
      conflicts('Velmar President Ana Orwicka appointed Ivo Marekov as prime minister on April 27, 2021.', index),
      [],
    );
    const [message] = conflicts(
      'Velmar President Ana Orwicka appointed Ivo Marekov as prime minister on April 20, 2021.',
      index,
    );
    assert.match(message ?? '', /dates this to 04-27 .*not 04-20\./);
  });

  it('records nothing guessed of a source that dates itself', () => {
    const { dictionary } = built(
      'VELMARA, May 2, 2021 - Velmar President Ana Orwicka on Monday appointed Ivo Marekov.',
    );
    assert.strictEqual(dictionary.source?.dateGuessed, undefined);
  });
});
