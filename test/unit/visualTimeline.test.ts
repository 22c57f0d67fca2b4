import * as assert from 'assert';
import { parseDay } from '../../src/core/text/calendar';
import {
  type TimelineItem,
  axisTicks,
  fitWindow,
  layoutTimeline,
  panWindow,
  spanOf,
  timelineItems,
  zoomWindow,
} from '../../src/core/timeline/layout';
import { describeItem, elementSources, sceneToSvg, xmlText } from '../../src/core/timeline/picture';
import { timelineOf } from '../../src/core/workspace/timelines';
import { indexOf, person } from './helpers';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('the visual timeline: spans from precision', () => {
  it('draws a minute as a point, a day as its day, a part of a day as its hours', () => {
    const minute = spanOf({ date: '2025-03-01T22:30', precision: 'minute' });
    assert.deepStrictEqual([iso(minute.start), iso(minute.end)], ['2025-03-01T22:30', '2025-03-01T22:30']);
    const day = spanOf({ date: '2025-03-01', precision: 'day' });
    assert.deepStrictEqual([iso(day.start), iso(day.end)], ['2025-03-01T00:00', '2025-03-02T00:00']);
    const night = spanOf({ date: '2025-03-01', precision: 'part-of-day', qualifier: 'night' });
    assert.deepStrictEqual([iso(night.start), iso(night.end)], ['2025-03-01T18:00', '2025-03-02T00:00']);
    // A part the table does not know keeps the whole day.
    const unknown = spanOf({ date: '2025-03-01', precision: 'part-of-day', qualifier: 'siesta' });
    assert.deepStrictEqual([iso(unknown.start), iso(unknown.end)], ['2025-03-01T00:00', '2025-03-02T00:00']);
  });

  it('draws a part of a month as its third, a month and a year whole, and runs a span to its end date', () => {
    const late = spanOf({ date: '2024-02', precision: 'part-of-month', qualifier: 'late' });
    assert.deepStrictEqual([iso(late.start), iso(late.end)], ['2024-02-21T00:00', '2024-03-01T00:00']);
    const early = spanOf({ date: '2024-11', precision: 'part-of-month', qualifier: 'early' });
    assert.deepStrictEqual([iso(early.start), iso(early.end)], ['2024-11-01T00:00', '2024-11-11T00:00']);
    const month = spanOf({ date: '2024-11', precision: 'month' });
    assert.deepStrictEqual([iso(month.start), iso(month.end)], ['2024-11-01T00:00', '2024-12-01T00:00']);
    const year = spanOf({ date: '2023', precision: 'year' });
    assert.deepStrictEqual([iso(year.start), iso(year.end)], ['2023-01-01T00:00', '2024-01-01T00:00']);
    const weekend = spanOf({ date: '2024-12-07', end: '2024-12-08', precision: 'day' });
    assert.deepStrictEqual([iso(weekend.start), iso(weekend.end)], ['2024-12-07T00:00', '2024-12-09T00:00']);
  });
});

const index = indexOf({
  source: { title: 'Harbour fire report' },
  entities: [person('mayor', 'Lena Ortiz', ['Ortiz']), { id: 'port', name: 'Valdora', type: 'place' }],
  events: [
    { date: '2025-03-02', precision: 'day', text: 'Ortiz resigned as mayor', entities: ['mayor'] },
    { date: '2025-02', precision: 'month', text: 'Fire inspections lapse in Valdora', entities: ['port'] },
  ],
});
const DRAFT = 'Lena Ortiz resigned on March 1. The harbour burned on Sunday night. Crews returned at 10:15 pm.';

function itemsOfDraft(): TimelineItem[] {
  const current = timelineOf(DRAFT, index, parseDay('2025-03-04')!, parseDay('2025-03-04'));
  return timelineItems(
    { file: 'file:///drafts/fire.md', events: current.timeline.events },
    current.conflicts,
    current.sources,
    (id) => index.get(id)?.name ?? id,
  );
}

describe('the visual timeline: items and layout', () => {
  it('puts the draft’s dated events in one lane and its sources’ in the other, each in time order, the conflict linked', () => {
    const items = itemsOfDraft();
    const draft = items.filter((item) => item.lane === 'draft');
    const sources = items.filter((item) => item.lane === 'sources');
    assert.deepStrictEqual(
      draft.map((item) => [item.date, item.precision, item.caption]),
      [
        ['2025-03-01', 'day', 'March 1'],
        ['2025-03-02', 'part-of-day', 'Sunday night'],
        ['2025-03-04T22:15', 'minute', 'at 10:15 pm'],
      ],
    );
    assert.deepStrictEqual(
      sources.map((item) => [item.date, item.caption]),
      [
        ['2025-02', 'Fire inspections lapse in Valdora'],
        ['2025-03-02', 'Ortiz resigned as mayor'],
      ],
    );
    const resigned = draft[0]!;
    assert.deepStrictEqual(resigned.entities, ['Lena Ortiz']);
    assert.strictEqual(resigned.conflict?.with, sources[1]!.id);
    assert.match(resigned.conflict!.message, /2025-03-02/);
    assert.deepStrictEqual(resigned.origin, {
      kind: 'draft',
      file: 'file:///drafts/fire.md',
      start: DRAFT.indexOf('Lena'),
      end: DRAFT.indexOf(' The harbour'),
    });
    assert.strictEqual(new Set(items.map((item) => item.id)).size, items.length);
  });

  it('places each item at its time, a point as a circle and a span as a bar, and keeps captions on a row from overlapping', () => {
    const items = itemsOfDraft();
    const window = { start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 2, 5) };
    const scene = layoutTimeline(items, window, 1090);
    // 1000 pixels of plot after the 90-pixel gutter.
    const xOf = (ms: number) => 90 + ((ms - window.start) / (window.end - window.start)) * 1000;
    const byId = new Map(scene.placed.map((placed) => [placed.item.id, placed]));
    for (const item of items) {
      const placed = byId.get(item.id)!;
      assert.ok(Math.abs(placed.x - xOf(item.start)) < 0.001, item.id);
      assert.strictEqual(placed.shape, item.precision === 'minute' ? 'point' : 'span', item.id);
      const lane = scene.lanes.find((candidate) => candidate.lane === item.lane)!;
      assert.ok(placed.y > lane.y && placed.y < lane.y + lane.height, `${item.id} lies in its lane`);
    }
    const month = byId.get(items.find((item) => item.precision === 'month')!.id)!;
    assert.ok(Math.abs(month.width - (xOf(Date.UTC(2025, 2, 1)) - xOf(Date.UTC(2025, 1, 1)))) < 0.001);
    // What each item covers on its row: its mark and its caption, on either side.
    const extent = (placed: (typeof scene.placed)[number]) => {
      const left = placed.shape === 'point' ? placed.x - 6 : placed.x;
      const right = placed.shape === 'point' ? placed.x + 6 : placed.x + placed.width;
      return [Math.min(left, placed.captionX), Math.max(right, placed.captionX + placed.caption.length * 6.6)] as const;
    };
    for (const a of scene.placed)
      for (const b of scene.placed) {
        if (a === b || a.y !== b.y) continue;
        const [aLeft, aRight] = extent(a);
        const [bLeft, bRight] = extent(b);
        assert.ok(aRight <= bLeft || bRight <= aLeft, `${a.item.id} runs into ${b.item.id}`);
      }
    // Every caption stays inside the picture: at the right edge, left of its mark or inside its bar.
    for (const placed of scene.placed) {
      const right = placed.captionX + placed.caption.length * 6.6;
      assert.ok(placed.captionX >= 90 && right <= scene.width, `${placed.item.id}'s caption leaves the picture`);
    }
    assert.ok(month.captionX > month.x && month.captionX < month.x + month.width, 'the month’s caption is in its bar');
    const last = byId.get('draft-2')!;
    assert.ok(last.captionX < last.x);
    assert.deepStrictEqual(scene.links, [{ from: items[0]!.id, to: items.at(-1)!.id }]);
    assert.ok(scene.height >= scene.lanes.at(-1)!.y + scene.lanes.at(-1)!.height);
  });

  it('cuts a caption that fits on neither side of its mark to the larger room, with an ellipsis', () => {
    const [resigned] = itemsOfDraft();
    const item = { ...resigned!, caption: 'Lena Ortiz resigned as mayor after the fire' };
    const window = { start: Date.UTC(2025, 2, 1) - 3 * 86_400_000, end: Date.UTC(2025, 2, 2) + 3 * 86_400_000 };
    const [placed] = layoutTimeline([item], window, 290).placed;
    // The day is 200/7 ≈ 29 px wide at x ≈ 176: about 82 px on either side, 12 characters, cut at a word.
    assert.strictEqual(placed!.caption, 'Lena Ortiz…');
    assert.ok(placed!.captionX > placed!.x + placed!.width);
    assert.ok(placed!.captionX + placed!.caption.length * 6.6 <= 290);
  });

  it('zooms around a moment, pans by a share of the window, and fits every item with a margin', () => {
    const window = { start: 0, end: 1_000_000_000 };
    const zoomed = zoomWindow(window, 0.5, 250_000_000);
    assert.deepStrictEqual(zoomed, { start: 125_000_000, end: 625_000_000 });
    assert.deepStrictEqual(panWindow(window, -0.1), { start: -100_000_000, end: 900_000_000 });
    // Not narrower than ten minutes.
    const tight = zoomWindow(window, 1e-9);
    assert.strictEqual(tight.end - tight.start, 600_000);
    const items = itemsOfDraft();
    const fit = fitWindow(items);
    assert.ok(items.every((item) => item.start > fit.start && item.end < fit.end));
  });

  it('counts the axis in days, months or years as the window widens, at round moments', () => {
    const days = axisTicks({ start: Date.UTC(2024, 11, 1), end: Date.UTC(2024, 11, 11) }, 1000);
    assert.deepStrictEqual(
      days.map((tick) => tick.label),
      ['1 Dec', '2 Dec', '3 Dec', '4 Dec', '5 Dec', '6 Dec', '7 Dec', '8 Dec', '9 Dec', '10 Dec', '11 Dec'],
    );
    assert.strictEqual(days[0]!.x, 0);
    assert.ok(days[0]!.major && !days[1]!.major);
    const months = axisTicks({ start: Date.UTC(2024, 0, 15), end: Date.UTC(2024, 11, 15) }, 1000);
    assert.deepStrictEqual(months[0]!.label, 'Feb 2024');
    const years = axisTicks({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2024, 0, 1) }, 1000);
    assert.ok(years.every((tick) => /^\d{4}$/.test(tick.label)));
    const hours = axisTicks({ start: Date.UTC(2024, 11, 7, 20), end: Date.UTC(2024, 11, 8, 2) }, 1000);
    assert.deepStrictEqual(
      hours.map((tick) => tick.label),
      ['20:00', '21:00', '22:00', '23:00', '8 Dec', '01:00', '02:00'],
    );
  });
});

describe('the visual timeline: export for the graphics desk', () => {
  it('writes an SVG whose every mark names its sentence and file, with all sources in its metadata', () => {
    const items = itemsOfDraft();
    const scene = layoutTimeline(items, fitWindow(items), 900);
    const svg = sceneToSvg(scene, { title: 'fire.md <timeline>' });
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /<title>fire\.md &lt;timeline&gt;<\/title>/);
    const metadata = /<metadata id="newsroom-lens-sources">([^<]*)<\/metadata>/.exec(svg)![1]!;
    const unescaped = metadata
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const { elements } = JSON.parse(unescaped) as { elements: ReturnType<typeof elementSources> };
    assert.deepStrictEqual(elements, elementSources(items));
    assert.deepStrictEqual(elements[0]!.offsets, [DRAFT.indexOf('Lena'), DRAFT.indexOf(' The harbour')]);
    assert.strictEqual(elements.at(-1)!.file, 'inline-0.entities.json');
    for (const item of items) {
      assert.ok(svg.includes(`data-file="${xmlText(item.origin.file)}"`), item.id);
      assert.ok(svg.includes(`data-sentence="${xmlText(item.sentence)}"`), item.id);
    }
    // One mark per item; the conflict drawn in the conflict colour.
    assert.strictEqual((svg.match(/class="mark"/g) ?? []).length, items.length);
    assert.match(svg, /<style>[^<]*\.event\.conflict \.mark\{fill:#c42b1c;/);
    assert.match(svg, /<g id="draft-0" [^>]*class="event draft conflict precision-day"/);
  });

  it('escapes a document’s markup and drops characters XML forbids', () => {
    assert.strictEqual(
      xmlText(`<script>"a" & 'b'\u0000</script>`),
      '&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;',
    );
  });

  it('reads an item out with its date, precision, place, sentence, people and conflict', () => {
    const [resigned] = itemsOfDraft();
    assert.match(
      describeItem(resigned!),
      /^Sat 1 Mar 2025 \(day\), in the draft: Lena Ortiz resigned on March 1\. With Lena Ortiz\. Conflict: The dictionary dates this to 2025-03-02/,
    );
  });
});
