/** Numbers written as words, as news copy spells them ("three children", "twenty years", "a dozen"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * A regex source for a number spelled in words, compounds first so that "twenty-five" is read
 * whole, never as its "five"; `without` leaves single words out ("one", which often counts nothing).
 */
export function spelledNumberPattern(without: readonly string[] = []): string {
  const singles = Object.keys(NUMBER_WORDS).filter((word) => !without.includes(word));
  return `(?:${TENS.join('|')})[-\\s](?:${UNITS.join('|')})\\b|${singles.join('|')}`;
}

/** The value of a number spelled as `spelledNumberPattern` matches it: 25 for "Twenty-five". */
export function spelledNumberValue(written: string): number | undefined {
  const [first, second] = written.toLowerCase().split(/[-\s]+/);
  const value = NUMBER_WORDS[first!];
  if (value === undefined || second === undefined) return value;
  const unit = NUMBER_WORDS[second];
  return unit === undefined ? undefined : value + unit;
}
