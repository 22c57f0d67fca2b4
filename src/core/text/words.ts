/**
 * The words of a text, read by hand: a letter or digit, then letters, marks, digits,
 * apostrophes and hyphens, ending on a letter, mark or digit ("al-Assad", "Ba'ath", "don't"); two
 * hyphens in a row are a dash typed in ASCII ("England--Police"), which ends a word. The same words
 * as /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’]|-(?!-))*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu finds;
 * on a long draft that expression's Unicode classes cost several times more.
 */

const STARTS = 1;
const ENDS = 2;
const CONTINUES = 4;
const KNOWN = 8;

/** What each BMP character can be in a word, found on first sight (0: not yet known). */
const bmpClasses = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (/[\p{L}\p{N}]/u.test(char)) return KNOWN | STARTS | ENDS | CONTINUES;
  if (/\p{M}/u.test(char)) return KNOWN | ENDS | CONTINUES;
  return KNOWN | (codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d ? CONTINUES : 0);
}

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint); // astral characters are rare in news copy
  const known = bmpClasses[codePoint]!;
  return known === 0 ? (bmpClasses[codePoint] = classify(codePoint)) : known;
}

/** Calls `visit` with the start and end offsets of each word, in order. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    const first = text.codePointAt(at)!;
    const firstWidth = first > 0xffff ? 2 : 1;
    if ((classOf(first) & STARTS) === 0) {
      at += firstWidth;
      continue;
    }
    // Read on while characters may continue a word; it ends after the last that may end one.
    let end = at + firstWidth;
    for (let next = end; next < length;) {
      const codePoint = text.codePointAt(next)!;
      const kind = classOf(codePoint);
      if ((kind & CONTINUES) === 0 || (codePoint === 0x2d && text.charCodeAt(next + 1) === 0x2d)) break;
      next += codePoint > 0xffff ? 2 : 1;
      if (kind & ENDS) end = next;
    }
    visit(at, end);
    at = end;
  }
}
