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
  /**
   * Fold into buffers shared between calls, to spare the garbage collector on long texts.
   * The result is valid only until the next call with this option: use it and drop it.
   */
  readonly scratch?: boolean;
}

/** Longer texts fold into buffers of their own, so that one huge document does not keep memory forever. */
const MAX_SCRATCH_LENGTH = 2_000_000;
/** Buffers reused by folds with `scratch`. */
let scratchCodes = new Uint16Array(0);
let scratchStarts = new Int32Array(0);
let scratchEnds = new Int32Array(0);

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02BC', '\u2032', '\u0060', '\u00B4', '\uFF07']);
const HYPHENS = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFE63', '\uFF0D']);
/** Invisible characters that web copy leaves inside words. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
/** Letters that Unicode decomposition leaves alone but readers treat as plain Latin. */
const LATIN_EXTRAS: Record<string, string> = {
  'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
  'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
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

/** Folds `text`, keeping for every folded character the source range it stands for. */
export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const keepCase = options.keepCase === true;
  const useScratch = options.scratch === true && text.length <= MAX_SCRATCH_LENGTH;
  let capacity = text.length + 16;
  if (useScratch && scratchCodes.length < capacity) {
    scratchCodes = new Uint16Array(capacity);
    scratchStarts = new Int32Array(capacity);
    scratchEnds = new Int32Array(capacity);
  }
  let codes = useScratch ? scratchCodes : new Uint16Array(capacity);
  let starts = useScratch ? scratchStarts : new Int32Array(capacity);
  let ends = useScratch ? scratchEnds : new Int32Array(capacity);
  capacity = codes.length;
  let length = 0;
  const push = (charCode: number, start: number, end: number): void => {
    if (length === capacity) {
      capacity *= 2;
      codes = grow(codes, new Uint16Array(capacity));
      starts = grow(starts, new Int32Array(capacity));
      ends = grow(ends, new Int32Array(capacity));
    }
    codes[length] = charCode;
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  let previousWasSpace = false;
  let newlinesInSpace = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const isSpace = code === 0x20 || (code >= 0x09 && code <= 0x0d);
      if (isSpace && previousWasSpace) {
        ends[length - 1] = i + 1;
        // A run of white space with a blank line in it is a paragraph break, which no name crosses.
        if (code === 0x0a && ++newlinesInSpace >= 2) codes[length - 1] = 0x0a;
      } else {
        const foldedCode = isSpace ? 0x20 : code === 0x60 ? 0x27 : !keepCase && code >= 0x41 && code <= 0x5a ? code + 32 : code;
        push(foldedCode, i, i + 1);
        previousWasSpace = isSpace;
        newlinesInSpace = code === 0x0a ? 1 : 0;
      }
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = foldCodePoint(text.slice(i, i + width), keepCase);
    const sourceEnd = i + width;
    if (folded === '' || (folded === ' ' && previousWasSpace)) {
      // Dropped characters and the rest of a run of white space belong to what came before.
      if (length > 0) ends[length - 1] = sourceEnd;
    } else {
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, sourceEnd);
      previousWasSpace = folded === ' ';
      newlinesInSpace = 0;
    }
    i = sourceEnd;
  }
  if (useScratch) {
    // Buffers grown during this fold become the shared ones.
    scratchCodes = codes;
    scratchStarts = starts;
    scratchEnds = ends;
  }
  return { text: decodeCodes(codes, length), sourceStart: starts.subarray(0, length), sourceEnd: ends.subarray(0, length) };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function decodeCodes(codes: Uint16Array, length: number): string {
  const chunk = 8192;
  let text = '';
  for (let at = 0; at < length; at += chunk) {
    text += String.fromCharCode.apply(null, codes.subarray(at, Math.min(at + chunk, length)) as unknown as number[]);
  }
  return text;
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
    folded = foldText(name.trim(), options).text;
    if (memo.size >= MAX_MEMOISED_NAMES) memo.clear();
    memo.set(name, folded);
  }
  return folded;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the folded character at `index` is part of a word (letters and digits). */
export function isWordCharAt(folded: string, index: number): boolean {
  if (index < 0 || index >= folded.length) return false;
  const code = folded.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHAR.test(folded[index]!);
}

/** Whether a piece of source text has at least one capital letter. */
export function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
    if (code >= 0x80) return text !== text.toLowerCase();
  }
  return false;
}
