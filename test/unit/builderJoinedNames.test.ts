import * as assert from 'assert';
import { buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';

describe('the dictionary builder, on names joined by an ampersand', function () {
  this.timeout(20000);
  const built = (text: string) =>
    buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! }).dictionary.entities.map(
      (entity) => [entity.name, entity.type, entity.aliases.length],
    );

  it('keeps "X & Y" whole, one firm, with no half of it as an alias', () => {
    assert.deepStrictEqual(built('Shares of Harker & Lund rose on Monday, the retailer said.'), [
      ['Harker & Lund', 'organization', 0],
    ]);
    assert.deepStrictEqual(built('The novel was published by Tarn & Weller in 1990.'), [
      ['Tarn & Weller', 'organization', 0],
    ]);
    assert.deepStrictEqual(built('She joined Pellow & Pellow after law school.'), [
      ['Pellow & Pellow', 'organization', 0],
    ]);
  });

  it('builds no one from an exclamation to a deity, nor from a reading time or a standards footer', () => {
    assert.deepStrictEqual(built('"Thank God, we are alive," said Mara Quill. Oh my God, her son said.'), [
      ['Mara Quill', 'person', 1],
    ]);
    assert.deepStrictEqual(
      built(
        'Ferry line posts profit\n\n2 Min Read\n\nHarbour Lines Ltd said profit rose.\n\nOur Standards: The Trust Principles.',
      ),
      [['Harbour Lines Ltd', 'organization', 0]],
    );
  });

  it('joins an acronym written in mixed case before the name it abbreviates to that name', () => {
    assert.deepStrictEqual(
      built('The VfN gained seats in Tarnland. The Union for Norland (VfN) said it would govern. VfN leaders met.'),
      [
        ['Union for Norland', 'organization', 1],
        ['Tarnland', 'place', 0],
      ],
    );
  });

  it('builds nothing from an acronym the text spells out in lower case, and keeps one it spells with capitals', () => {
    assert.deepStrictEqual(
      built('Parents were urged to get the tick-borne fever (TBF) jab. TBF cases fell in Tarnland.'),
      [['Tarnland', 'place', 0]],
    );
    assert.deepStrictEqual(built('The Norland Fever Board (NFB) warned. NFB staff left.'), [
      ['Norland Fever Board', 'organization', 1],
    ]);
  });
});
