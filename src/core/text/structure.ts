/**
 * What a checker needs to know about where a word stands in a news draft: at a sentence
 * start (where any word has a capital), in a headline (title case), or where the writer
 * switched a rule off (direct quotations: quotationMarks.ts).
 */

/** A half-open range of UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SENTENCE_END = /[.!?:…]/;
/** Characters that may stand between a sentence end and the next word: quotes, brackets, list marks. */
const OPENERS = /[\s"“”‘'([*_#>\-–—•]/;

/** Whether the word at `offset` begins a sentence, a line item or a paragraph. */
export function isSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  let sawNewline = false;
  while (i >= 0 && OPENERS.test(text[i]!)) {
    if (text[i] === '\n') {
      // A line break after a line with no closing punctuation (a headline, a list item) starts anew too.
      sawNewline = true;
      let j = i - 1;
      while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
      if (j < 0 || text[j] === '\n' || /^\s*([#>*\-•]|\d+\.)/.test(lineAt(text, i - 1))) return true;
    }
    i--;
  }
  if (i < 0) return true;
  return (
    SENTENCE_END.test(text[i]!) ||
    (sawNewline && !/[\p{Ll},;]/u.test(text[i]!)) ||
    // 'He said, “Nowhere else…': a quotation opening after a comma opens a sentence of its own.
    /, ["“]$/.test(text.slice(Math.max(0, offset - 3), offset))
  );
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset + 1);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Lines that are headlines rather than prose: Markdown headings, lines in title case with no
 * closing full stop ("Assad's Deceptive Promise of Russian Military Aid"), and the text's
 * first line when a blank line or a date line follows it and it does not end as a sentence
 * does ("DP names Han Byung-do floor leader"): headlines name people by surname and bodies by
 * acronym.
 */
export function headlineSpans(text: string): Span[] {
  const spans: Span[] = [];
  const opening = openingHeadline(text);
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (
      (isHeadline(text.slice(start, end)) && !continuesSentence(text, start) && !goesOnBelow(text, end)) ||
      opening?.start === start
    )
      spans.push({ start, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return spans;
}

/** Whether the line holding `offset` is a headline. */
export function isInHeadline(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return (
    (isHeadline(text.slice(start, newline < 0 ? text.length : newline)) &&
      !continuesSentence(text, start) &&
      !goesOnBelow(text, newline)) ||
    openingHeadline(text)?.start === start
  );
}

/** Whether the line starting at `start` goes on with a sentence the line before left open ("…the new\nBrigadier General …"). */
function continuesSentence(text: string, start: number): boolean {
  if (start === 0) return false;
  const previous = text.slice(text.lastIndexOf('\n', start - 2) + 1, start);
  return /[\p{Ll},;]\s*\n$/u.test(previous) && !isHeadline(previous);
}

/** Whether the line ending at `end` runs on into the next, which opens in lower case ("…Justice Minister Ante Sprlje\nand Environment …"): a wrapped line. */
function goesOnBelow(text: string, end: number): boolean {
  return end >= 0 && text[end] === '\n' && /^[ \t]*\p{Ll}/u.test(text.slice(end + 1, end + 8));
}

const OPENING_READ = 400;

/** The first line, when a blank line or a date line ("March 27, 2008") parts it from the text after it and it ends as no sentence does. */
function openingHeadline(text: string): Span | undefined {
  const line =
    /^\s*?(?:^|\n)([^\n]{1,160})\n(?:[ \t]*\n|[ \t]*(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4})[ \t]*\n)(?=\s*\S)/u.exec(
      // Only the text's opening is read: asked once per mention, a search of the whole text made checks quadratic.
      text.slice(0, OPENING_READ),
    );
  if (!line || !/\p{L}/u.test(line[1]!) || /[.!?:;,]["”’')]?\s*$/u.test(line[1]!)) return undefined;
  const start = line.index + line[0].indexOf(line[1]!);
  return { start, end: start + line[1]!.length };
}

function isHeadline(line: string): boolean {
  return /^\s{0,3}#{1,6}\s/.test(line) || isTitleCase(line);
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'vs',
  'al',
  'el',
]);

const DATELINE_OPENING = /^\p{Lu}[\p{Lu} .,'’-]*\p{Lu}\.?(?:,[^—–\n]{0,40})?\s+(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s/u;

function isTitleCase(line: string): boolean {
  const trimmed = line.trim();
  // A line ending as a clause does, or holding a sentence's end ("… Presidency (DAPRE). Environment"), is a wrapped
  // paragraph's, not a headline.
  if (trimmed === '' || /[.!,;]["”’']?$/.test(trimmed) || /(?:\p{Ll}{2}|\))[.!?]["”’')]?\s+\p{Lu}/u.test(trimmed))
    return false;
  // "MEXICO CITY — Security Minister Omar García Harfuch said …": a dateline opens the story, whatever its capitals.
  if (DATELINE_OPENING.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 3) return false;
  const major = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const capitalised = major.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
  return major.length > 0 && capitalised.length / major.length >= 0.8;
}

/**
 * The spans of `sorted` (in order, not overlapping) that overlap [start, end), found by
 * binary search: checks run on every pause in typing, over documents of any length.
 */
export function overlapping<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < end; i++) found.push(sorted[i]!);
  return found;
}

/** Whether `offset` lies inside one of `sorted` (in order, not overlapping). */
export function within(sorted: readonly Span[], offset: number): boolean {
  return overlapping(sorted, offset, offset + 1).length > 0;
}

/** Where each rule is switched off by comments, `null` standing for every rule. */
export interface Suppressions {
  isSuppressed(rule: string, offset: number): boolean;
}

/** An HTML comment (Markdown), or a line of its own (plain text, which has no comments), optionally after `//` or `#`. */
const DIRECTIVE =
  /<!--\s*newsroom-lens-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->|^[ \t]*(?:\/\/|#)?[ \t]*newsroom-lens-(disable-next-line|disable|enable)\b([^\n]*)$/gm;

/**
 * Reads suppression comments as other linters do: `<!-- newsroom-lens-disable rule -->`
 * until `<!-- newsroom-lens-enable rule -->` (or the end), `disable-line` and
 * `disable-next-line`. Without rule names they apply to every rule. In plain text the same
 * directives stand alone on a line (`newsroom-lens-disable-next-line rule`).
 */
export function readSuppressions(text: string): Suppressions {
  const ranges: { rules: string[] | null; start: number; end: number }[] = [];
  const open = new Map<string, number>();
  for (const match of text.matchAll(DIRECTIVE)) {
    const kind = (match[1] ?? match[3])!;
    const names = (match[2] ?? match[4])!.split(/[\s,]+/).filter(Boolean);
    const rules = names.length > 0 ? names : null;
    const at = match.index!;
    if (kind === 'disable-line' || kind === 'disable-next-line') {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at);
      const [start, end] =
        kind === 'disable-line'
          ? [lineStart, lineEnd < 0 ? text.length : lineEnd]
          : [lineEnd < 0 ? text.length : lineEnd + 1, nextLineEnd(text, lineEnd)];
      ranges.push({ rules, start, end });
    } else {
      for (const key of rules ?? ['*']) {
        if (kind === 'disable' && !open.has(key)) open.set(key, at);
        else if (kind === 'enable' && open.has(key)) {
          ranges.push({ rules: key === '*' ? null : [key], start: open.get(key)!, end: at });
          open.delete(key);
        }
      }
    }
  }
  for (const [key, start] of open) ranges.push({ rules: key === '*' ? null : [key], start, end: text.length });
  return {
    isSuppressed: (rule, offset) =>
      ranges.some(
        (range) => offset >= range.start && offset < range.end && (range.rules === null || range.rules.includes(rule)),
      ),
  };
}

function nextLineEnd(text: string, lineEnd: number): number {
  if (lineEnd < 0) return text.length;
  const next = text.indexOf('\n', lineEnd + 1);
  return next < 0 ? text.length : next;
}
