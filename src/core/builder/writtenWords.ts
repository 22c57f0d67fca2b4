/**
 * Where each word of an article is written, found in one pass over it: asking whether a word
 * is written somewhere then costs the places it is written, not another pass over the whole
 * article (which, once per name, made the builder's time grow with the square of its length).
 */
export class WrittenWords {
  /** The starts of each run of letters, by the run. */
  private runs?: Map<string, number[]>;

  constructor(private readonly text: string) {}

  /** Where `word` is written with no letter touching either end: what `(?<!\p{L})word(?!\p{L})` (u flag) finds. */
  standingAlone(word: string): number[] {
    // A word opening with its letters is written where a run of exactly those letters starts.
    const leadingLetters = /^\p{L}+/u.exec(word)?.[0];
    const starts = leadingLetters === undefined ? this.scan(word) : this.runStarts(leadingLetters);
    return starts.filter(
      (start) =>
        this.text.startsWith(word, start) &&
        !/^\p{L}/u.test(this.text.slice(start + word.length, start + word.length + 2)),
    );
  }

  private runStarts(letters: string): readonly number[] {
    if (!this.runs) {
      this.runs = new Map();
      for (const run of this.text.matchAll(/\p{L}+/gu)) {
        const starts = this.runs.get(run[0]) ?? [];
        starts.push(run.index);
        this.runs.set(run[0], starts);
      }
    }
    return this.runs.get(letters) ?? [];
  }

  /** Where a word that does not open with a letter is written with no letter before it: rare, so read from the text itself. */
  private scan(word: string): number[] {
    const pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
    const starts: number[] = [];
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      starts.push(match.index);
      pattern.lastIndex = match.index + 1;
    }
    return starts;
  }
}
