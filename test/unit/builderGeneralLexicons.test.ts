import * as assert from 'assert';
import { buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';

const built = (text: string) =>
  buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! }).dictionary.entities.map(
    (entity) => `${entity.name} [${entity.type}]`,
  );

describe('the dictionary builder, on feasts, peoples and matches', function () {
  this.timeout(20000);

  it('builds no entity from a feast or a day of the calendar, whatever the preposition', () => {
    assert.deepStrictEqual(
      built(
        'Christmas was quiet in Dunmarrow. Tom Reyes said the fire started before Christmas and ended after Easter. ' +
          'Muslims marked Ramadan and Eid al-Fitr, and Hindus marked Diwali over New Year’s Eve, Mira Okonedo said.',
      ),
      ['Dunmarrow [place]', 'Tom Reyes [person]', 'Mira Okonedo [person]'],
    );
    // An island named after a feast is a place.
    assert.deepStrictEqual(built('Tom Reyes sailed to Christmas Island.'), [
      'Tom Reyes [person]',
      'Christmas Island [place]',
    ]);
  });

  it('builds no entity from an ethnic group, a tribe or an event named after one', () => {
    assert.deepStrictEqual(
      built(
        'Korvani Arab tribesmen attacked the convoy near Dunmarrow. The tribe is in conflict with pro-government ' +
          'Dinka and Pashtun herders. Millions commemorated the Genocide against the Tutsi, Tom Reyes said.',
      ),
      ['Dunmarrow [place]', 'Tom Reyes [person]'],
    );
  });

  it('builds no entity from a sport’s Test match', () => {
    const names = built(
      'Test veteran Tom Reyes was ruled out of the second Test against Borovia. The Borovia Test is in May.',
    ).map((entry) => entry.replace(/ \[.*/, ''));
    assert.deepStrictEqual(names, ['Tom Reyes', 'Borovia']);
  });
});

describe('the dictionary builder, on amounts and craft', function () {
  this.timeout(20000);

  it('builds no entity from a currency abbreviated before an amount', () => {
    assert.deepStrictEqual(
      built('Police recovered Rs.10,043,000 and Rs 500 from Tom Reyes. He owed KSh 400 and Tk 90 in Dunmarrow.'),
      ['Tom Reyes [person]', 'Dunmarrow [place]'],
    );
  });

  it('builds no entity from an honour for two fields, nor from its second field', () => {
    assert.deepStrictEqual(
      built('Tom Reyes was awarded a posthumous Commendation for Bravery and Service at his funeral in Dunmarrow.'),
      ['Tom Reyes [person]', 'Dunmarrow [place]'],
    );
  });

  it("builds no entity from a craft named after its owner's possessive, nor from the craft's name later", () => {
    assert.deepStrictEqual(
      built(
        "The Borovian Space Agency's Tellumar probe reached the comet. On the day that Tellumar woke up, Mira Okonedo cheered.",
      ),
      ['Borovian Space Agency [organization]', 'Mira Okonedo [person]'],
    );
  });
});

describe('the dictionary builder, on South Asian police copy', function () {
  this.timeout(20000);

  it('types the names around "son of" as people and the name after "resident of" or "living at" as a place', () => {
    assert.deepStrictEqual(
      built(
        'Police arrested Tarzullah son of Gulab-ud-Din resident of Karvand currently living at Pelbazar, and ' +
          'Jehanzeb s/o Noor Wali r/o Tessar.',
      ),
      [
        'Tarzullah [person]',
        'Gulab-ud-Din [person]',
        'Karvand [place]',
        'Pelbazar [place]',
        'Jehanzeb [person]',
        'Noor Wali [person]',
        'Tessar [place]',
      ],
    );
  });

  it('types a name ending in a locality head ("Nagar", "Colony", "Bazaar") or a town ending ("-garh") as a place', () => {
    assert.deepStrictEqual(
      built(
        'Elders of Kelam Nagar met the elders of Pelwan Colony. Traders of Mirza Bazaar and Shahgarh shut their shops, Tom Reyes said.',
      ),
      [
        'Kelam Nagar [place]',
        'Pelwan Colony [place]',
        'Mirza Bazaar [place]',
        'Shahgarh [place]',
        'Tom Reyes [person]',
      ],
    );
  });
});

describe('the dictionary builder, on grounds and parts of a place', function () {
  this.timeout(20000);

  it('types a ground after "at" and a place whose part its possessive names as places, though both look like people', () => {
    assert.deepStrictEqual(
      built("Fans gathered at Harriet Park on Saturday, and a fire burned in Shelby's south-west, Tom Reyes said."),
      ['Harriet Park [place]', 'Shelby [place]', 'Tom Reyes [person]'],
    );
  });
});

describe('the dictionary builder, on posts written in capitals', function () {
  this.timeout(20000);

  it('builds no entity from a post or its bracketed acronym, and keeps the person holding it', () => {
    assert.deepStrictEqual(
      built(
        'At a news conference District Transport Officer (DTO) Dr Tarzullah Khan said the bus was seized. ' +
          'The DTO said the Regional Police Officer would visit.',
      ),
      ['Tarzullah Khan [person]'],
    );
  });
});
