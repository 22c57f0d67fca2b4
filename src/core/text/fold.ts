/**
 * Folding: the form of a text that names are compared in. Drafts spell the same name
 * with curly or straight apostrophes, hard or soft hyphens, with or without diacritics,
 * across a line break; folding makes those the same while remembering, for every folded
 * character, where it came from, so a match maps back to exact source offsets.
 */

/** A folded copy of a text with a map back to the source (UTF-16 offsets). */
export interface FoldedText {
  /** The folded characters. */
  readonly text: string;
  /** For folded character i, the source offset of the character it came from. */
  readonly sourceStart: Int32Array;
  /** For folded character i, the source offset just past it (and past anything dropped after it). */
  readonly sourceEnd: Int32Array;
}

export interface FoldOptions {
  /** Keep letter case (for names that must match as written, such as acronyms). */
  readonly keepCase?: boolean;
}

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02BC', '\u2032', '\u0060', '\u00B4', '\uFF07']);
const HYPHENS = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D']);
/** Invisible characters that web copy leaves inside words. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin. */
const LATIN_EXTRAS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
};
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /^\s$/u;

const foldCache = new Map<string, string>();
const foldCaseKeptCache = new Map<string, string>();

/** The folded form of one non-ASCII code point ('' when it is dropped, ' ' for a space). */
function foldCodePoint(char: string, keepCase: boolean): string {
  const cache = keepCase ? foldCaseKeptCache : foldCache;
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  if (APOSTROPHES.has(char)) folded = "'";
  else if (HYPHENS.has(char)) folded = '-';
  else if (INVISIBLE.has(char)) folded = '';
  else if (WHITESPACE.test(char)) folded = ' ';
  else {
    const plain = LATIN_EXTRAS[char] ?? char.normalize('NFKD').replace(COMBINING_MARKS, '');
    folded = keepCase ? plain : plain.toLowerCase();
  }
  cache.set(char, folded);
  return folded;
}

/** The folded form of the non-ASCII character at `at` ('' when dropped, ' ' for a space), and its width in code units (2 for an astral character). */
export function foldCharAt(text: string, at: number, keepCase = false): { folded: string; width: number } {
  const code = text.charCodeAt(at);
  const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
  return { folded: foldCodePoint(text.slice(at, at + width), keepCase), width };
}

/** Whether a code unit is ASCII white space (space, tab, line feed and the like). */
export const isAsciiSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** ASCII folded by table: case dropped (or kept), the backtick read as an apostrophe, white space as a space. */
function asciiFoldTable(keepCase: boolean): Uint16Array {
  const table = new Uint16Array(0x80);
  for (let code = 0; code < 0x80; code++) {
    table[code] = isAsciiSpace(code)
      ? 0x20
      : code === 0x60
        ? 0x27
        : !keepCase && code >= 0x41 && code <= 0x5a
          ? code + 32
          : code;
  }
  return table;
}
/** Which ASCII characters are word characters (1) and which are not (0), by table. */
export const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0,
);
/** Folded ASCII, for the matcher's own pass over plain text. */
export const ASCII_FOLDED = asciiFoldTable(false);
const ASCII_FOLDED_CASE_KEPT = asciiFoldTable(true);

/**
 * The folded unit at `at` when it is one ASCII character that folding takes as it is, with
 * nothing after it to drop or merge (the next character is ASCII, and not a second space):
 * most of any English text. Otherwise -1, and the general path must read it.
 */
export function plainAsciiUnitAt(text: string, at: number, folded: Uint16Array): number {
  const code = text.charCodeAt(at);
  const after = text.charCodeAt(at + 1); // NaN at the end, which fails every test below
  if (!(code < 0x80 && after < 0x80)) return -1;
  return (ASCII_SPACE[code]! & ASCII_SPACE[after]!) === 1 ? -1 : folded[code]!;
}

/** Which ASCII characters are white space (1), by table: the walk along a name asks at every step. */
const ASCII_SPACE = Uint8Array.from({ length: 0x80 }, (_, code) => (isAsciiSpace(code) ? 1 : 0));

/**
 * Reads a text in folded form one code unit at a time, without copying it: the matcher
 * walks names straight off the draft. After `next()`, `code` is the folded unit and
 * [`start`, `end`) the source it stands for; `end` takes in what folding drops after it
 * (invisible characters, the rest of a run of white space). Runs of white space fold to
 * one space, or to a newline when they hold a blank line (a paragraph break, which no
 * name crosses).
 */
export class FoldingReader {
  code = 0;
  start = 0;
  end = 0;
  /** Where reading goes on in the source. */
  private position = 0;
  /** The rest of a character that folds to several units ("ß" → "ss"). */
  private pending = '';
  private pendingIndex = 0;
  private readonly asciiFolded: Uint16Array;

  constructor(
    private readonly text: string,
    private readonly keepCase = false,
  ) {
    this.asciiFolded = keepCase ? ASCII_FOLDED_CASE_KEPT : ASCII_FOLDED;
  }

  /** Reads on from `position`, which must be where a folded unit starts. */
  seek(position: number): void {
    this.position = position;
    this.pending = '';
    this.pendingIndex = 0;
  }

  /** Reads the next folded unit; false at the end of the text. */
  next(): boolean {
    if (this.pendingIndex === this.pending.length) {
      const code = plainAsciiUnitAt(this.text, this.position, this.asciiFolded);
      if (code >= 0) {
        this.code = code;
        this.start = this.position;
        this.end = ++this.position;
        return true;
      }
    }
    return this.nextInGeneral();
  }

  private nextInGeneral(): boolean {
    const text = this.text;
    if (this.pendingIndex < this.pending.length) {
      this.code = this.pending.charCodeAt(this.pendingIndex++);
      if (this.pendingIndex === this.pending.length) this.end = this.absorbAfter(this.end, false);
      return true;
    }
    for (;;) {
      const at = this.position;
      if (at >= text.length) return false;
      const code = text.charCodeAt(at);
      if (code < 0x80) {
        this.code = this.asciiFolded[code]!;
        this.start = at;
        this.end = this.absorbAfter(at + 1, isAsciiSpace(code), code === 0x0a ? 1 : 0);
        if (this.newlinesInRun >= 2) this.code = 0x0a;
        return true;
      }
      const { folded, width } = foldCharAt(text, at, this.keepCase);
      if (folded === '') {
        // Dropped at the very start of a text: it belongs to nothing.
        this.position = at + width;
        continue;
      }
      this.code = folded.charCodeAt(0);
      this.start = at;
      this.end = at + width;
      if (folded.length > 1) {
        this.pending = folded;
        this.pendingIndex = 1;
        this.position = at + width;
      } else {
        this.end = this.absorbAfter(at + width, folded === ' ');
        if (this.newlinesInRun >= 2) this.code = 0x0a;
      }
      return true;
    }
  }

  /** How many newlines the run of white space last read holds. */
  private newlinesInRun = 0;

  /** Where the unit ending at `end` really ends: past dropped characters and, after a space, the rest of the white space. */
  private absorbAfter(end: number, inSpace: boolean, newlines = 0): number {
    const text = this.text;
    let at = end;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code < 0x80) {
        if (!inSpace || !isAsciiSpace(code)) break;
        if (code === 0x0a) newlines++;
        at++;
        continue;
      }
      const { folded, width } = foldCharAt(text, at, this.keepCase);
      if (folded !== '' && !(inSpace && folded === ' ')) break;
      at += width;
    }
    this.newlinesInRun = newlines;
    this.position = at;
    this.pending = '';
    this.pendingIndex = 0;
    return at;
  }
}

/** Folds `text`, keeping for every folded character the source range it stands for. */
export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const reader = new FoldingReader(text, options.keepCase === true);
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  while (reader.next()) {
    codes.push(reader.code);
    starts.push(reader.start);
    ends.push(reader.end);
  }
  let folded = '';
  const chunk = 8192;
  for (let at = 0; at < codes.length; at += chunk) folded += String.fromCharCode(...codes.slice(at, at + chunk));
  return { text: folded, sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends) };
}

const foldedNames = new Map<string, string>();
const foldedNamesCaseKept = new Map<string, string>();
/** Bounds the memo: drafts have a few thousand distinct names, not millions. */
const MAX_MEMOISED_NAMES = 50_000;

/** The folded form of a name alone, without the offset map (memoised: names recur). */
export function foldName(name: string, options: FoldOptions = {}): string {
  const memo = options.keepCase ? foldedNamesCaseKept : foldedNames;
  let folded = memo.get(name);
  if (folded === undefined) {
    // Trimmed after folding too, so that no name starts with a space: the matcher never starts one there.
    folded = foldText(name.trim(), options).text.trim();
    if (memo.size >= MAX_MEMOISED_NAMES) memo.clear();
    memo.set(name, folded);
  }
  return folded;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether each code unit is a word character: 0 not yet known, 1 yes, 2 no. */
const wordCodes = new Uint8Array(0x10000);

/** Whether a folded code unit is part of a word (letters and digits; surrogates stand for astral letters). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = wordCodes[code]!;
  if (known === 0) known = wordCodes[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Whether the folded character at `index` is part of a word (letters and digits). */
export function isWordCharAt(folded: string, index: number): boolean {
  return index >= 0 && index < folded.length && isWordCode(folded.charCodeAt(index));
}

/** Whether `text` (or its characters from `start` to `end`) has at least one capital letter. */
export function hasCapital(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
    if (code >= 0x80) {
      const rest = text.slice(i, end);
      return rest !== rest.toLowerCase();
    }
  }
  return false;
}
