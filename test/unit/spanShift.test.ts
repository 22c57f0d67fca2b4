import * as assert from 'assert';
import { seededRandom } from '../../bench/corpus';
import type { TextChange } from '../../src/core/workspace/incremental';
import { type Span, spansAfterEdits } from '../../src/core/workspace/spanShift';

/** `text` with `changes` (given on the text before all of them) applied. */
function applied(text: string, changes: readonly (TextChange & { inserted: string })[]): string {
  let result = text;
  for (const change of [...changes].sort((a, b) => b.start - a.start))
    result = result.slice(0, change.start) + change.inserted + result.slice(change.oldEnd);
  return result;
}

const edit = (start: number, oldEnd: number, inserted: string) => ({
  start,
  oldEnd,
  insertedLength: inserted.length,
  inserted,
});

describe('spansAfterEdits', () => {
  //             0         1         2         3
  //             0123456789012345678901234567890123456
  const text = 'Assad fled to Moscow with Lavrov.';
  const spans: Span[] = [
    { start: 0, end: 5 }, // Assad
    { start: 14, end: 20 }, // Moscow
    { start: 26, end: 32 }, // Lavrov
  ];
  const marked = (after: string, list: readonly Span[]) => list.map((span) => after.slice(span.start, span.end));

  it('moves the spans after an insertion by its length and keeps those before it', () => {
    const change = edit(6, 6, 'quickly ');
    const after = spansAfterEdits(spans, [change]);
    assert.deepStrictEqual(marked(applied(text, [change]), after), ['Assad', 'Moscow', 'Lavrov']);
    assert.deepStrictEqual(after[0], spans[0]);
  });

  it('moves the spans after a deletion back by its length', () => {
    const change = edit(6, 11, '');
    assert.deepStrictEqual(marked(applied(text, [change]), spansAfterEdits(spans, [change])), [
      'Assad',
      'Moscow',
      'Lavrov',
    ]);
  });

  it('drops a span the edit falls inside, and one it meets at either end', () => {
    assert.deepStrictEqual(spansAfterEdits(spans, [edit(16, 16, 'x')]).length, 2); // Mos|cow
    assert.deepStrictEqual(spansAfterEdits(spans, [edit(20, 20, 's')]).length, 2); // Moscow|
    assert.deepStrictEqual(spansAfterEdits(spans, [edit(14, 14, 'x')]).length, 2); // |Moscow
    const replaced = edit(12, 22, 'via');
    assert.deepStrictEqual(marked(applied(text, [replaced]), spansAfterEdits(spans, [replaced])), ['Assad', 'Lavrov']);
  });

  it('applies several edits of one event, in any order', () => {
    const changes = [edit(25, 25, ' Sergei'), edit(6, 6, 'then ')];
    assert.deepStrictEqual(marked(applied(text, changes), spansAfterEdits(spans, changes)), [
      'Assad',
      'Moscow',
      'Lavrov',
    ]);
  });

  it('keeps every span its edits leave alone, on the same words, over random edits', () => {
    const random = seededRandom(18);
    const words = ['Assad', 'Moscow', 'Lavrov', 'said', 'the', 'talks', 'in', 'Damascus', 'ended'];
    for (let round = 0; round < 200; round++) {
      let current = Array.from({ length: 60 }, () => words[Math.floor(random() * words.length)]).join(' ');
      let list: Span[] = [...current.matchAll(/[A-Z]\w+/g)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
      }));
      for (let step = 0; step < 10; step++) {
        const count = 1 + Math.floor(random() * 3);
        const changes: ReturnType<typeof edit>[] = [];
        let from = 0;
        for (let i = 0; i < count && from < current.length; i++) {
          const start = from + Math.floor(random() * Math.min(40, current.length - from));
          const oldEnd = Math.min(current.length, start + Math.floor(random() * 4));
          changes.push(edit(start, oldEnd, ['', 'x', 'new words '][Math.floor(random() * 3)]!));
          from = oldEnd + 1;
        }
        const untouched = list.filter(
          (span) => !changes.some((change) => change.start <= span.end && change.oldEnd >= span.start),
        );
        const next = applied(current, changes);
        const shifted = spansAfterEdits(list, changes);
        assert.deepStrictEqual(
          shifted.map((span) => next.slice(span.start, span.end)),
          untouched.map((span) => current.slice(span.start, span.end)),
        );
        current = next;
        list = shifted;
      }
    }
  });
});
