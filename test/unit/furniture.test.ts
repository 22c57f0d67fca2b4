import * as assert from 'assert';
import { blankOut, furnitureOf, storyText } from '../../src/core/text/furniture';
import { parseDay } from '../../src/core/text/calendar';
import { anchorOf } from '../../src/core/timeline/events';

/** The texts of the spans, as written. */
const textsOf = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end));

const WIRE = [
  'QUAKE TOLL TOPS 28,000 AS RESCUERS SEARCH RUBBLE',
  '',
  'By SUZAN FRASER and ZEYNEP BILGINSOY Associated Press',
  'February 12, 2023',
  '',
  'ANTAKYA, Turkey (AP) — Rescuers pulled a woman from the rubble on Sunday. By Monday, hope was fading.',
  '',
  'Related: Quake survivors face freezing nights',
  '',
  'A rescuer carries a child in Antakya, Turkey, Feb. 9, 2023. (AP Photo/Khalil Hamra)',
  'Kremlin Pool Photo via AP',
  'FILE - Russian President Vladimir Putin meets Recep Tayyip Erdogan in Sochi, Russia, Aug. 5, 2022. (Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP, File)',
  'Reporting by Sabrina Valle in Houston; Editing by Chris Reese',
].join('\n');

describe('news furniture', () => {
  const furniture = furnitureOf(WIRE);

  it('hides headlines in capitals, bylines, date lines, agencies, credits, "Related:" and contributor lines', () => {
    assert.deepStrictEqual(textsOf(WIRE, furniture.hidden), [
      'QUAKE TOLL TOPS 28,000 AS RESCUERS SEARCH RUBBLE',
      'By SUZAN FRASER and ZEYNEP BILGINSOY Associated Press',
      'February 12, 2023',
      '(AP)',
      'Related: Quake survivors face freezing nights',
      '(AP Photo/Khalil Hamra)',
      'Kremlin Pool Photo via AP',
      'FILE - ',
      '(Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP, File)',
      'Reporting by Sabrina Valle in Houston; Editing by Chris Reese',
    ]);
  });

  it('hides a line that names the outlet alone', () => {
    const page = 'Goni is the ninth storm this year.\n\nVOA News\n\nThe typhoon moved north.';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['VOA News']);
  });

  it('keeps prose that only looks like furniture: a sentence opening with "By", a bracket that credits nobody', () => {
    const prose = 'By Monday, the toll had risen.\nThe quake (magnitude 7.8) hit at dawn.\nThe company is Pool Corp.';
    assert.deepStrictEqual(furnitureOf(prose).hidden, []);
  });

  it('marks captions, and finds the publication date line', () => {
    assert.deepStrictEqual(
      textsOf(WIRE, furniture.captions).map((line) => line.slice(0, 20)),
      ['A rescuer carries a ', 'FILE - Russian Presi'],
    );
    assert.strictEqual(WIRE.slice(furniture.dateLine!.start, furniture.dateLine!.end), 'February 12, 2023');
    assert.ok(furnitureOf('Updated 3:12 PM EST, Sun February 12, 2023\nText.').dateLine);
  });

  it('hides a wiki page\'s source list to its end', () => {
    const page = 'Officials met on Tuesday.\n\nSources\n\n"Talks end" — BBC News, March 3, 2008';
    assert.deepStrictEqual(textsOf(page, furnitureOf(page).hidden), ['Sources\n\n"Talks end" — BBC News, March 3, 2008']);
  });

  it('blanks out what it hides, offsets and line breaks kept, overlapping spans included', () => {
    const story = storyText(WIRE, furniture, true);
    assert.strictEqual(story.length, WIRE.length);
    assert.strictEqual(story.split('\n').length, WIRE.split('\n').length);
    assert.ok(!story.includes('Putin') && !story.includes('AP') && story.includes('ANTAKYA, Turkey      — Rescuers'));
    assert.strictEqual(blankOut('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 5 }]), 'a    f');
  });
});

describe('anchorOf on real copy', () => {
  const today = parseDay('2026-01-01')!;

  it('takes the publication date of a date line over a caption\'s date', () =>
    assert.deepStrictEqual(anchorOf(WIRE, today), { anchor: parseDay('2023-02-12'), source: 'published' }));

  it('gives a dateline without a year the publication date\'s year', () =>
    assert.deepStrictEqual(anchorOf('Exxon to buy Pioneer\nOctober 11, 2023 5:40 PM UTC\n\nHOUSTON, Oct 11 (Reuters) - Exxon agreed to buy Pioneer.', today), {
      anchor: parseDay('2023-10-11'),
      source: 'dateline',
    }));

  it('never dates a story by its photo caption', () =>
    assert.deepStrictEqual(anchorOf('Rescuers searched on Saturday.\nA rescuer in Antakya, Feb. 4, 2023. (AP Photo/Khalil Hamra)', today), { anchor: today, source: 'fallback' }));
});
