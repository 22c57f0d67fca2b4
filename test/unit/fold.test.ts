import * as assert from 'assert';
import { foldName, foldText, hasCapital, isWordCharAt } from '../../src/core/text/fold';

describe('foldText', () => {
  const cases: [string, string][] = [
    ['Assad’s', "assad's"],
    ['Assad‘s', "assad's"],
    ['al‑Assad', 'al-assad'], // non-breaking hyphen
    ['al–Assad', 'al-assad'], // en dash typed for a hyphen
    ['Peskóv', 'peskov'],
    ['Erdoğan', 'erdogan'],
    ['Łódź', 'lodz'],
    ['Bashar\n  al-Assad', 'bashar al-assad'],
    ['Bashar\n\nal-Assad', 'bashar\nal-assad'], // a blank line is a paragraph break, not a space
    ['Bashar \r\n \r\n al-Assad', 'bashar\nal-assad'],
    ['Bashar\u00a0al-Assad', 'bashar al-assad'],
    ['Ma\u00adher', 'maher'], // soft hyphen from web copy
    ['HTS', 'hts'],
  ];
  for (const [input, expected] of cases) {
    it(`folds ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () => {
      assert.strictEqual(foldText(input).text, expected);
    });
  }

  it('keeps case when asked', () => {
    assert.strictEqual(foldName('Hayat Tahrir al‑Sham', { keepCase: true }), 'Hayat Tahrir al-Sham');
  });

  it('maps every folded character back to its exact source range', () => {
    const source = 'Dr. Peskóv’s  aide — e\u0301 😀 x';
    const folded = foldText(source);
    assert.strictEqual(folded.text.length, folded.sourceStart.length);
    for (let i = 0; i < folded.text.length; i++) {
      const slice = source.slice(folded.sourceStart[i], folded.sourceEnd[i]);
      assert.ok(slice.length > 0, `folded char ${i} maps to an empty range`);
      assert.ok(foldText(slice).text.includes(folded.text[i]!), `char ${i}: ${JSON.stringify(slice)}`);
    }
    // The decomposed é (e + combining acute) folds to "e" and its range covers both code units.
    const e = folded.text.lastIndexOf('e');
    assert.strictEqual(source.slice(folded.sourceStart[e], folded.sourceEnd[e]), 'e\u0301');
  });

  it('finds capitals in ASCII and beyond', () => {
    assert.deepStrictEqual(
      ['assad', 'Assad', 'al-Assad', 'émile', 'Émile', '123'].map((text) => hasCapital(text)),
      [false, true, true, false, true, false],
    );
  });

  it('keeps astral characters whole', () => {
    const folded = foldText('a😀b');
    assert.strictEqual(folded.text, 'a😀b');
    assert.deepStrictEqual([...folded.sourceStart], [0, 1, 1, 3]);
  });

  it('treats letters and digits of any script as word characters', () => {
    assert.ok(isWordCharAt('é', 0));
    assert.ok(isWordCharAt('ع', 0));
    assert.ok(isWordCharAt('7', 0));
    assert.ok(!isWordCharAt("'", 0));
    assert.ok(!isWordCharAt('-', 0));
    assert.ok(!isWordCharAt('x', 5));
  });
});
