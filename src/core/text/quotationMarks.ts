/**
 * Direct quotations as news copy writes them: “curly”, "straight" and «guillemet» marks (an
 * English quotation opened curly may close straight, and the other way round), a quotation
 * that runs over paragraphs (each continued paragraph opens with a mark and the one before it
 * does not close), quotations nested inside others, and marks that are not quotations at
 * all: ″ and " after a figure are inch or second signs (6′2″, 12" pipe). A paragraph ends at a
 * blank line, or at a line break after a sentence's end (pages copied as one line a paragraph).
 * One pass over the text, so a quotation of any length costs no more than its characters.
 */
import type { Span } from './structure';

export interface DirectQuotation extends Span {
  /** The quoted words, marks excluded: one span per paragraph the quotation runs over. */
  readonly parts: readonly Span[];
  /** The words, paragraphs joined by a space. */
  readonly words: string;
  /** Whether a closing mark ends it (an unbalanced one runs to the end of its paragraph). */
  readonly closed: boolean;
}

const CLOSER_OF: Readonly<Record<string, string>> = { '“': '”', '„': '“', '«': '»', '"': '"' };
/** English copy mixes curly and straight marks: either closes a quotation either opened. */
const ENGLISH_MARKS = new Set(['“', '”', '"']);
const OPENERS = new Set(Object.keys(CLOSER_OF));
/** What may stand before an opening straight mark: nothing, a space, a bracket or dash, or another opening mark. */
const OPENS_AFTER = /[\s([{—–\-/'‘“«]/;
/** What may follow a closing straight mark: nothing, a space, punctuation or a closing mark. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}—–\-'’”»…]/;

/** A straight or double-prime mark that measures (12", 5'11") rather than quotes. */
function isMeasureSign(text: string, at: number): boolean {
  if (text[at] === '″') return true;
  if (text[at] !== '"' || !/\d/.test(text[at - 1] ?? '')) return false;
  // After a figure and before a word or figure that goes on the sentence: 12" pipe, 5" x 7".
  return /^(?:\s?[x×-]?\s?\d|\s+\p{Ll}|[\p{L}\d])/u.test(text.slice(at + 1, at + 4));
}

interface Open {
  readonly mark: string;
  readonly at: number;
}

/** The outermost direct quotations of `text`, in order; nested ones are part of their words. */
export function directQuotations(text: string): DirectQuotation[] {
  const quotations: DirectQuotation[] = [];
  const stack: Open[] = [];
  /** The quotation carried over from earlier paragraphs: its start and the parts so far. */
  let carried: { start: number; parts: Span[] } | undefined;

  const finish = (end: number, innerEnd: number, closed: boolean) => {
    const open = stack[0]!;
    const start = carried?.start ?? open.at;
    const parts = [...(carried?.parts ?? []), { start: open.at + 1, end: innerEnd }];
    quotations.push({
      start,
      end,
      parts,
      words: parts.map((part) => text.slice(part.start, part.end).trim()).join(' '),
      closed,
    });
    carried = undefined;
    stack.length = 0;
  };

  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || (c === '\n' && endsParagraph(text, i))) {
      const next = afterSpaces(text, i);
      if (stack.length > 0) {
        const innerEnd = trimmedEnd(text, i);
        // Wire style: a quotation left open goes on when the next paragraph opens with the same mark.
        if (next < text.length && text[next] === stack[0]!.mark) {
          carried = {
            start: carried?.start ?? stack[0]!.at,
            parts: [...(carried?.parts ?? []), { start: stack[0]!.at + 1, end: innerEnd }],
          };
          stack.length = 0;
          stack.push({ mark: text[next]!, at: next });
          i = next;
          continue;
        }
        finish(innerEnd, innerEnd, false);
      }
      if (i === text.length) break;
      i = next - 1;
      continue;
    }
    if (c === undefined || !isMark(c) || isMeasureSign(text, i)) continue;
    const top = stack[stack.length - 1];
    if (top && (closes(top.mark, c) || closesAsTyped(text, i, top.mark)) && (c !== '"' || closesHere(text, i))) {
      if (stack.length === 1) finish(i + 1, trimmedEnd(text, i), true);
      else stack.pop();
    } else if (OPENERS.has(c) && (c !== '"' || opensHere(text, i))) {
      // "“We discussed the steps. “At the next meeting, …,” Fiala said": a double mark opening a sentence inside an
      // open quotation is a stray (the writer's closing mark missing, or one too many), not a quotation nested in it.
      if (c === '“' && stack.length === 1 && stack[0]!.mark === '“' && /[.!?…]\s+$/.test(text.slice(i - 4, i)))
        continue;
      stack.push({ mark: c, at: i });
    }
  }
  return quotations;
}

/** Whether the line break at `at` ends a paragraph: a blank line follows, or the line before ends a sentence. */
function endsParagraph(text: string, at: number): boolean {
  return (
    /^\n[ \t]*\n/.test(text.slice(at, at + 3 + 8)) || /[.!?…][”"’'»)]*[ \t]*$/.test(text.slice(Math.max(0, at - 8), at))
  );
}

/** "…as the chief cabinet secretary,“ Matsuno told": an opening mark typed to close, after the quotation's punctuation and before a space. */
function closesAsTyped(text: string, at: number, opener: string): boolean {
  return (
    opener === '“' &&
    text[at] === '“' &&
    /[,.!?…]/.test(text[at - 1] ?? '') &&
    /^(?:\s|$)/.test(text.slice(at + 1, at + 2))
  );
}

function closes(opener: string, c: string): boolean {
  return c === CLOSER_OF[opener] || (c !== '“' && ENGLISH_MARKS.has(c) && ENGLISH_MARKS.has(opener) && opener !== '„');
}

/** Where direct quotations stand, marks included: words a rule leaves as said. */
export function quotationSpans(text: string): Span[] {
  return directQuotations(text).map(({ start, end }) => ({ start, end }));
}

function isMark(c: string): boolean {
  return c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»' || c === '″';
}

function opensHere(text: string, at: number): boolean {
  return (at === 0 || OPENS_AFTER.test(text[at - 1]!)) && at + 1 < text.length && !/\s/.test(text[at + 1]!);
}

function closesHere(text: string, at: number): boolean {
  return at > 0 && !/\s/.test(text[at - 1]!) && (at + 1 >= text.length || CLOSES_BEFORE.test(text[at + 1]!));
}

/** Where the words before `end` stop, without trailing spaces or the comma that belongs to the sentence ("…burial," said…). */
function trimmedEnd(text: string, end: number): number {
  while (end > 0 && /[\s,;]/.test(text[end - 1]!)) end--;
  return end;
}

function afterSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
