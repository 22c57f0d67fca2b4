import type { TextChange } from './incremental';

/** A stretch of a text, [start, end) in UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Where `spans` stand after `changes`, until they can be worked out again: each span after an
 * edit moves by that edit's length delta, and a span the edit touches (overlaps, or meets at
 * either end, where a typed letter changes the word) is dropped, because its words may no
 * longer be the ones it marked. `spans` are in order and do not overlap; `changes` do not
 * overlap and are all given on the text before any of them, as an editor's change event
 * gives them, in any order.
 */
export function spansAfterEdits(spans: readonly Span[], changes: readonly TextChange[]): Span[] {
  if (changes.length === 0) return spans.slice();
  const edits = [...changes].sort((a, b) => a.start - b.start);
  const result: Span[] = [];
  let next = 0;
  let delta = 0;
  for (const span of spans) {
    // Edits that end before this span starts move it (and every later one) by their delta.
    while (next < edits.length && edits[next]!.oldEnd < span.start) {
      const edit = edits[next++]!;
      delta += edit.insertedLength - (edit.oldEnd - edit.start);
    }
    const touching = next < edits.length && edits[next]!.start <= span.end;
    if (touching) continue;
    result.push(delta === 0 ? span : { start: span.start + delta, end: span.end + delta });
  }
  return result;
}
