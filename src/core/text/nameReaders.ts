/**
 * What the core needs from libraries to read names: a Cyrillic romaniser and a sound
 * coder. The extension loads them in a bundle of their own after activation, before its
 * first dictionary load; the CLI, the scripts and the tests give them at once
 * (src/core/text/nameReaderLibraries.ts).
 */
export interface NameReaders {
  /** Cyrillic letters in Latin ones ("Песков" → "Peskov"). */
  readonly romaniseCyrillic: (text: string) => string;
  /** A word's sound codes, primary and alternate (Double Metaphone), from lower-case Latin letters. */
  readonly soundCodes: (letters: string) => readonly string[];
}

let given: NameReaders | undefined;

/** Gives the core its name readers. */
export function useNameReaders(readers: NameReaders): void {
  given = readers;
}

/** The name readers, or undefined until they are given: names are then read by letters only. */
export function nameReaders(): NameReaders | undefined {
  return given;
}
