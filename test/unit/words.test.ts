import * as assert from 'assert';
import { seededRandom } from '../../bench/corpus';
import { forEachWord } from '../../src/core/text/words';

/** The expression the hand-written reader stands for: the reference it is checked against. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’]|-(?!-))*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu;

const wordsOf = (text: string) => {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`));
  return words;
};

describe('the word reader', () => {
  it('reads names with articles, apostrophes and hyphens, and leaves trailing ones out', () => {
    assert.deepStrictEqual(wordsOf("al-Assad's Ba'ath -- 'Homs' Jisr al-Shughur- x²"), [
      "0:al-Assad's",
      "11:Ba'ath",
      '22:Homs',
      '28:Jisr',
      '33:al-Shughur',
      '45:x²',
    ]);
  });

  it('ends a word at two hyphens in a row, a dash typed in ASCII', () => {
    assert.deepStrictEqual(wordsOf('England--Police al-Assad'), ['0:England', '9:Police', '16:al-Assad']);
  });

  it('finds exactly the words the regular expression finds, on random text in many scripts', () => {
    // Letters, digits and marks of several scripts, astral letters and emoji, lone surrogates, joiners and punctuation.
    const pieces = [
      'a',
      'Z',
      'é',
      'ß',
      '9',
      '٣',
      '²',
      '中',
      'ب',
      'ж',
      '\u0301',
      '\u0651',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      "'",
      '’',
      '-',
      '–',
      ' ',
      '\n',
      '.',
      ',',
      '"',
      '\u00ad',
      '\u200d',
      '_',
    ];
    const random = seededRandom(11);
    for (let round = 0; round < 3000; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 24) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const expected = [...text.matchAll(WORD)].map((match) => `${match.index}:${match[0]}`);
      assert.deepStrictEqual(wordsOf(text), expected, JSON.stringify(text));
    }
  });
});
