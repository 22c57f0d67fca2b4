import * as assert from 'assert';
import { WrittenWords } from '../../src/core/builder/writtenWords';

/** Every start of `word` with no letter touching it, as the regular expression the index replaces finds them. */
function byScan(text: string, word: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  const starts: number[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    starts.push(match.index);
    pattern.lastIndex = match.index + 1;
  }
  return starts;
}

describe('WrittenWords', () => {
  const text =
    "U.S. officials met Assad's envoy; the U.S.-led talks, Al-Assad, al-Assad and 𝒜ssad went on. Assadi said 4th and 3M. O'Neil, o'neil; Öcalan and öcalan. assad";
  const words = [
    'Assad',
    'assad',
    'U.S.',
    'U.S',
    'US',
    'Al-Assad',
    'al-Assad',
    '4th',
    '3M',
    "O'Neil",
    "o'neil",
    'Öcalan',
    'öcalan',
    'ssad',
    'Assadi',
    'envoy;',
    'went on',
    'nowhere',
  ];

  it('finds a word where a scan of the whole text does, and nowhere else', () => {
    const written = new WrittenWords(text);
    for (const word of words) assert.deepStrictEqual(written.standingAlone(word), byScan(text, word), word);
  });
});
