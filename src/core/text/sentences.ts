import type { Span } from './structure';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|vs|Inc|Ltd|Co|Corp)|\b[A-Z])\.$/;

/**
 * The sentences of a text as spans: ended by . ! ? (with closing quotes) before a space and
 * a capital, an opening quotation mark or a digit, or by a line break. Headlines and list items are sentences.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') spans.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < text.length && /["”’')\]»›]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    if (c === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 5), i + 1))) continue;
    const next = text.slice(end).match(/^\s+(\S)/)?.[1];
    // (A quotation opens in any language's marks: “, ‘, «, „, ‹, and the Spanish ¿ and ¡.)
    if (next !== undefined && !/[\p{Lu}\d"“‘'(«„‹¿¡]/u.test(next)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/**
 * "LONDON, Dec 3 (Reuters) - ", "KYIV, Ukraine — ", "Bratislava, 17 July (TASR) - ": a dateline opening a
 * sentence, its agency maybe blanked already (in title case, only with its agency in brackets or blanked).
 */
const DATELINE_OPENING =
  /^(?:\p{Lu}[\p{Lu} .'’-]+\p{Lu}(?:,[^\n()]{1,60}?)?\s*(?:\([^()\n]{1,40}\))?|\p{Lu}[\p{L} .'’-]+,[^\n()]{1,60}?(?:\s*\([^()\n]{1,40}\)|\s{3}))\s*(?:--|[-–—])\s+(?=\S)/u;

/** Where the words from `start` begin past a dateline opening them ("LONDON, Dec 3 (Reuters) - "): `start` if none does. */
export function pastDateline(text: string, start: number, end: number): number {
  const dateline = DATELINE_OPENING.exec(text.slice(start, end));
  return dateline ? start + dateline[0].length : start;
}

/**
 * The sentence from `start` to `end` as a card or a fact quotes it: without the dateline that
 * opens a story's first sentence, and with runs of space (a credit blanked out) made one.
 */
export function quotableSentence(text: string, start: number, end: number): string {
  return text.slice(pastDateline(text, start, end), end).replace(/\s{2,}/g, ' ');
}
