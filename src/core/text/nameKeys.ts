import { foldName } from './fold';
import { nameReaders } from './nameReaders';
import { isDerivedForm, skeleton, withinOneEdit } from './skeleton';

/**
 * Two keys decide whether a spelling is another form of a known name: the transliteration
 * skeleton (what romanisations disagree on, ironed out) and the Double Metaphone sound
 * codes (how the name is said in English). Neither decides alone: "Kirby" and "Kilby", or
 * "Peskov" and "Peshkov", are one letter apart but sound different, so they stay apart.
 */
export interface KeyAgreement {
  /** Same skeleton: the spellings differ only by transliteration habits (kh/h, ou/u, w/v). */
  readonly sameSkeleton: boolean;
  /** Same sound code; `unknown` when either name has no Latin letters to sound out. */
  readonly sound: 'same' | 'near' | 'unknown';
  /** `certain`: both keys agree; `likely`: the skeletons agree and the sounds are one step apart. */
  readonly certainty: 'certain' | 'likely';
  /** The known name with its last letter dropped or a letter added at the end ("Griffith", "Exxon Mobile"). */
  readonly finalLetter?: boolean;
  /** A full name with one letter of a long word changed, dropped or added, the sound one step away ("Natamo" for Natano). */
  readonly letterSlip?: boolean;
  /** A name of several words written right but for a letter or an ending of one (see wordSlip). */
  readonly wordSlip?: WordSlip;
  /** A lone word with two neighbouring letters swapped ("Kaoshiung" for Kaohsiung). */
  readonly swap?: boolean;
}

/** Which word of a name a word slip is in, and whether it is the known word with an ending added or dropped. */
export interface WordSlip {
  readonly word: number;
  readonly words: number;
  readonly derived: boolean;
}

const soundCodes = new Map<string, readonly string[]>();
const MAX_MEMOISED_SOUNDS = 50_000;

/**
 * A name's Double Metaphone codes (primary and alternate), or none when it has no Latin
 * letters or before the name readers are given (then the sound is `unknown`, not remembered).
 */
export function soundKeys(name: string): readonly string[] {
  let codes = soundCodes.get(name);
  if (codes === undefined) {
    const coder = nameReaders()?.soundCodes;
    if (coder === undefined) return [];
    const letters = foldName(name).replace(/[^a-z]+/g, '');
    codes = letters === '' ? [] : [...new Set(coder(letters))].filter((code) => code !== '');
    if (soundCodes.size >= MAX_MEMOISED_SOUNDS) soundCodes.clear();
    soundCodes.set(name, codes);
  }
  return codes;
}

function soundAgreement(written: readonly string[], known: readonly string[]): 'same' | 'near' | 'far' | 'unknown' {
  if (written.length === 0 || known.length === 0) return 'unknown';
  if (written.some((code) => known.includes(code))) return 'same';
  return written.some((x) => known.some((y) => withinOneEdit(x, y))) ? 'near' : 'far';
}

/**
 * How far the keys of a written name agree with those of a known spelling, or undefined
 * where they do not agree enough for it to be the same name. The same skeleton needs a
 * sound at most one step away (then `likely`, unless the sounds are the same). A skeleton
 * one edit away (not a derived word such as "Syrian") needs the same sound, as written or
 * once both are transliterated alike: "Peskv" and "Kowaltchuk" pass, "Kilby" and
 * "Peshkov" do not.
 */
export function keyAgreement(written: string, known: string): KeyAgreement | undefined {
  const a = skeleton(written);
  const b = skeleton(known);
  const sameSkeleton = a === b || isJForY(a, b);
  const sound = soundAgreement(soundKeys(written), soundKeys(known));
  // A full name's other words, as written, make a last letter off its slip ("Martin Griffith") even where the sound is only near.
  if (!sameSkeleton && isFinalLetterSlip(a, b))
    return sound === 'same' || sound === 'near'
      ? {
          sameSkeleton,
          sound,
          certainty: sound === 'same' || isFullName(written, known) ? 'certain' : 'likely',
          finalLetter: true,
        }
      : undefined;
  if (!sameSkeleton && !(withinOneEdit(a, b) && !isDerivedForm(a, b))) return undefined;
  if (sameSkeleton)
    return sound === 'far' ? undefined : { sameSkeleton, sound, certainty: sound === 'near' ? 'likely' : 'certain' };
  const sameSound = sound === 'same' || soundAgreement(soundKeys(a), soundKeys(b)) === 'same';
  return sameSound ? { sameSkeleton, sound: 'same', certainty: 'certain' } : undefined;
}

/** Whether both spellings are names of as many words, two at least. */
function isFullName(written: string, known: string): boolean {
  const words = written.trim().split(/\s+/).length;
  return words >= 2 && known.trim().split(/\s+/).length === words;
}

/**
 * Where two names of as many words (two at least) differ in one word's skeleton only: that
 * word's place, the number of words, and its skeleton as written (`a`) and as known (`b`).
 */
function oneDifferingWord(
  written: string,
  known: string,
): { word: number; words: number; a: string; b: string } | undefined {
  const writtenWords = written.split(/\s+/).map(skeleton);
  const knownWords = known.split(/\s+/).map(skeleton);
  if (writtenWords.length < 2 || writtenWords.length !== knownWords.length) return undefined;
  const differing = writtenWords.flatMap((word, i) => (word === knownWords[i] ? [] : [i]));
  if (differing.length !== 1) return undefined;
  const word = differing[0]!;
  return { word, words: writtenWords.length, a: writtenWords[word]!, b: knownWords[word]! };
}

/** Words of a name this long (in skeleton) may take a one-letter slip that changes their sound. */
const MIN_LETTER_SLIP_LENGTH = 6;

/**
 * A slip of one letter that changes the sound a little ("Kausea Natamo" for Kausea Natano,
 * "Zabiullah Mujahid" for Zabihullah Mujahid), which keyAgreement turns down: taken only
 * for a full name whose other words are written as the known name's, the slip inside a
 * word of six letters or more that is no other word of it ("Natanos"), and the sounds one
 * step apart. A surname alone is loneWordSlip's, which needs the words around it to agree:
 * a different person with a close name is told apart by the rest of the name.
 */
export function letterSlip(written: string, known: string): KeyAgreement | undefined {
  const differing = oneDifferingWord(written, known);
  if (!differing) return undefined;
  const { a, b } = differing;
  if (Math.min(a.length, b.length) < MIN_LETTER_SLIP_LENGTH || !withinOneEdit(a, b) || isDerivedForm(a, b))
    return undefined;
  return soundAgreement(soundKeys(written), soundKeys(known)) === 'near'
    ? { sameSkeleton: false, sound: 'near', certainty: 'likely', letterSlip: true }
    : undefined;
}

/** A lone word's slip is looked for in skeletons this long. */
const MIN_LONE_SLIP_LENGTH = 4;

/**
 * A single word with a letter added, dropped or changed and its sound one step away ("Mertz"
 * for Merz, "Arslam" for Arslan, "Tolvanens" for Tolvanen), or two letters swapped, which
 * keyAgreement turns down: "Peshkov" may as well be someone else than Peskov, so the caller
 * takes it only where the words around say it is the same person.
 */
export function loneWordSlip(written: string, known: string): KeyAgreement | undefined {
  const a = skeleton(written);
  const b = skeleton(known);
  if (/\s/.test(written) || /\s/.test(known) || Math.min(a.length, b.length) < MIN_LONE_SLIP_LENGTH) return undefined;
  // An s added reads as a plural only after "the" ("the Tolvanens"), which the caller rules out.
  if (!withinOneEdit(a, b) || (isDerivedForm(a, b) && a !== `${b}s`)) return undefined;
  // Two neighbours swapped is a typing slip, whatever it does to the sound ("Haysahi").
  if (isSwap(a, b)) return { sameSkeleton: false, sound: 'near', certainty: 'likely', letterSlip: true, swap: true };
  return soundAgreement(soundKeys(written), soundKeys(known)) === 'near'
    ? { sameSkeleton: false, sound: 'near', certainty: 'likely', letterSlip: true }
    : undefined;
}

/** Whether two words one edit apart have the same letters: two neighbours swapped. */
function isSwap(a: string, b: string): boolean {
  return a.length === b.length && a !== b && [...a].sort().join('') === [...b].sort().join('');
}

/** A name of this many words at least, all but one as written, is the known name whatever ending its odd word takes. */
const MIN_WORDS_FOR_AN_ENDING_SLIP = 3;

/**
 * Whether a word slip is an ending added or dropped in a name of three words or more ("Iziko
 * South Africa Museum", "Human Right Watch"): two words or more as the dictionary writes them
 * make it the known name, even where the odd word, so written, names something else ("Africa").
 */
export function isEndingSlipInALongName(slip: WordSlip): boolean {
  return slip.derived && slip.words >= MIN_WORDS_FOR_AN_ENDING_SLIP;
}

/** An ending this long at most may be dropped or added in a word slip ("Geologic" for Geological). */
const MAX_SLIPPED_ENDING = 3;
/** A word slip's words are this long at least (in skeleton); an ending needs a stem this long. */
const MIN_SLIPPED_WORD_LENGTH = 3;
const MIN_SLIPPED_STEM_LENGTH = 5;

/**
 * A name of several words written as the known one but for one word with a letter added,
 * dropped or swapped with its neighbour ("Antonio Costas", "Ginko Bioworks", "New Plymouth
 * Distict Council"), or a short ending added or dropped ("US Geologic Survey"): the other
 * words are the strongest evidence there is. A letter changed for another is left out, so
 * "Jack Kilby" stays apart from Jack Kirby. Whether the word may differ (a given name, an
 * ending that makes a demonym) is for the caller to say, by the kind of name.
 */
export function wordSlip(written: string, known: string): KeyAgreement | undefined {
  const differing = oneDifferingWord(written, known);
  if (!differing) return undefined;
  const { word, words, a, b } = differing;
  if (Math.min(a.length, b.length) < MIN_SLIPPED_WORD_LENGTH) return undefined;
  const derived = isDerivedForm(a, b) || isOtherWordForm(a, b);
  // A typing slip is one letter in the letters written, which the skeleton may turn into two ("Wach", "Watch").
  const letters = [written, known].map((name) => foldName(name.split(/\s+/)[word]!));
  const slipped = derived
    ? Math.abs(a.length - b.length) === 1 ||
      (Math.abs(a.length - b.length) <= MAX_SLIPPED_ENDING && Math.min(a.length, b.length) >= MIN_SLIPPED_STEM_LENGTH)
    : isTypingSlip(a, b) || isTypingSlip(letters[0]!, letters[1]!);
  if (!slipped) return undefined;
  const slip = { word, words, derived };
  return {
    sameSkeleton: false,
    sound: 'near',
    certainty: derived && !isEndingSlipInALongName(slip) ? 'likely' : 'certain',
    wordSlip: slip,
  };
}

/** A letter added, dropped, or swapped with its neighbour (a letter changed for another may be another name: "Kilby", "Kirby"). */
function isTypingSlip(a: string, b: string): boolean {
  return a !== b && withinOneEdit(a, b) && (a.length !== b.length || isSwap(a, b));
}

/** Endings English swaps between forms of one word ("Election" and "Electoral", "Geologic" and "Geological"). */
const WORD_FORM_ENDINGS = new Set([
  '',
  'al',
  'ion',
  'ions',
  'oral',
  'ic',
  'ical',
  'ics',
  'an',
  'ian',
  's',
  'es',
  'ist',
  'ism',
  'ive',
  'ory',
  'ary',
]);

/** Whether two words are forms of one stem of five letters or more with such endings: "election" and "electoral". */
function isOtherWordForm(a: string, b: string): boolean {
  let stem = 0;
  while (stem < a.length && stem < b.length && a[stem] === b[stem]) stem++;
  return (
    a !== b &&
    stem >= MIN_SLIPPED_STEM_LENGTH &&
    WORD_FORM_ENDINGS.has(a.slice(stem)) &&
    WORD_FORM_ENDINGS.has(b.slice(stem))
  );
}

/**
 * Whether a written skeleton is a known one with its last letter dropped ("Griffith" for
 * Griffiths, "Wood" for Woods) or one added that makes no other word of it ("Mobile" for
 * Mobil; not a plural, a demonym, an adjective or a feminine form: "Woods", "Syrian",
 * "Qatari", "Peskova"). Whether such a slip is taken for the name is for the caller to
 * decide, by the words around it.
 */
function isFinalLetterSlip(written: string, known: string): boolean {
  if (written.length === known.length - 1) return known.startsWith(written) && !'nia'.includes(known.at(-1)!);
  return written.length === known.length + 1 && written.startsWith(known) && !'snia'.includes(written.at(-1)!);
}

/**
 * Whether two skeletons differ only by a j inside one where the other has i (a y, in the
 * skeleton): "Wojciech" and "Woyciech", "Sergej" and "Sergey", as Slavic and German
 * spellings and English transliterations write the same sound.
 */
function isJForY(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differing = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return differing.length === 1 && differing[0]! > 0 && [a[differing[0]!], b[differing[0]!]].sort().join('') === 'ij';
}

/**
 * What changes between a known spelling and a written one, as a copy editor would say it:
 * ["kh→h", "ou→u"] for "Makhlouf" written "Mahluf". A letter added or dropped is shown with
 * the neighbour it sits beside ("d→dd", "ov→v"), so that every change reads as a swap.
 */
export function spellingDifferences(known: string, written: string): string[] {
  const a = foldName(known);
  const b = foldName(written);
  const chunks = alignedChunks(a, b);
  return chunks.map(({ from, to }) => `${shown(from)}→${shown(to)}`);
}

interface Chunk {
  from: string;
  to: string;
}

/** The edits of a minimal alignment of `a` into `b`, adjacent edits merged, additions widened by a neighbour. */
function alignedChunks(a: string, b: string): Chunk[] {
  const distance: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      distance[i]![j] = Math.min(
        distance[i - 1]![j]! + 1,
        distance[i]![j - 1]! + 1,
        distance[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  // Walked back from the end: each step either keeps a letter or belongs to an edit.
  const steps: { from: string; to: string; kept: boolean }[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = distance[i]![j]!;
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === distance[i - 1]![j - 1]) {
      steps.push({ from: a[i - 1]!, to: b[j - 1]!, kept: true });
      i--;
      j--;
    } else if (i > 0 && j > 0 && here === distance[i - 1]![j - 1]! + 1) {
      steps.push({ from: a[i - 1]!, to: b[j - 1]!, kept: false });
      i--;
      j--;
    } else if (i > 0 && here === distance[i - 1]![j]! + 1) {
      steps.push({ from: a[i - 1]!, to: '', kept: false });
      i--;
    } else {
      steps.push({ from: '', to: b[j - 1]!, kept: false });
      j--;
    }
  }
  steps.reverse();
  const chunks: (Chunk & { first: number; last: number })[] = [];
  steps.forEach((step, at) => {
    if (step.kept) return;
    const previous = chunks[chunks.length - 1];
    if (previous && previous.last === at - 1) {
      previous.from += step.from;
      previous.to += step.to;
      previous.last = at;
    } else chunks.push({ from: step.from, to: step.to, first: at, last: at });
  });
  for (const chunk of chunks) {
    const added = chunk.from || chunk.to;
    // A space or hyphen added or dropped reads as itself ("nothing→a space"), not glued to a letter ("r→r ").
    if ((chunk.from !== '' && chunk.to !== '') || added === ' ' || added === '-') continue;
    const before = steps[chunk.first - 1]?.kept ? steps[chunk.first - 1]!.from : undefined;
    const after = steps[chunk.last + 1]?.kept ? steps[chunk.last + 1]!.from : undefined;
    // A doubled letter beside its twin ("d→dd"); otherwise beside a letter of its kind ("ou→u", "kh→h").
    const akin = (letter: string | undefined) => letter !== undefined && isVowel(letter) === isVowel(added[0]!);
    const useBefore =
      before !== undefined && (before === added[0] || (after !== added[0] && !(akin(after) && !akin(before))));
    if (useBefore) {
      chunk.from = before + chunk.from;
      chunk.to = before + chunk.to;
    } else if (after !== undefined) {
      chunk.from += after;
      chunk.to += after;
    }
  }
  return chunks;
}

function isVowel(letter: string): boolean {
  return 'aeiouy'.includes(letter);
}

function shown(part: string): string {
  return part === ' ' ? 'a space' : part === '-' ? 'a hyphen' : part === '' ? 'nothing' : part;
}

/** "by kh→h and ou→u" for a message; several changes counted rather than listed. */
export function describeDifferences(known: string, written: string): string {
  const differences = spellingDifferences(known, written);
  if (differences.length === 0) return 'only in letter case or accents';
  if (differences.length > 3) return `in ${differences.length} places`;
  return `by ${differences.length === 1 ? differences[0] : `${differences.slice(0, -1).join(', ')} and ${differences.at(-1)}`}`;
}
