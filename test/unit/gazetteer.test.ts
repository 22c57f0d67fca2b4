import * as assert from 'assert';
import { type DictionaryFileContent, buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { type PlaceKind, placeKind } from '../../src/core/builder/gazetteer';
import { GAZETTEER_DATA } from '../../src/core/builder/gazetteerData';
import { parseDay } from '../../src/core/text/calendar';

describe('the gazetteer', () => {
  it('knows countries, regions and towns by name, with or without diacritics, in any case', () => {
    assert.strictEqual(placeKind('Turkey'), 'country');
    assert.strictEqual(placeKind('Bangladesh'), 'country');
    // A province and its seat: listed once, as the province.
    assert.strictEqual(placeKind('Kahramanmaraş'), 'region');
    assert.strictEqual(placeKind('Kahramanmaras'), 'region');
    // "Diyarbakır Province" in GeoNames, "Diyarbakir" in news.
    assert.strictEqual(placeKind('Diyarbakir'), 'region');
    assert.strictEqual(placeKind('North Rhine-Westphalia'), 'region');
    assert.strictEqual(placeKind('Rustenburg'), 'city');
    assert.strictEqual(placeKind('ANTAKYA'), 'city');
    assert.strictEqual(placeKind('Rio de Janeiro'), 'region');
    assert.strictEqual(placeKind('Johannesburg'), 'city');
  });

  it('knows the short names news gives countries, and the name before an inverted official form', () => {
    for (const name of ['Britain', 'Syria', 'Burma', 'Moldova', 'Micronesia', 'Korea'])
      assert.strictEqual(placeKind(name), 'country', name);
  });

  it('finds every name it lists, under its kind', () => {
    for (const kind of ['country', 'region', 'city'] as PlaceKind[]) {
      const names = GAZETTEER_DATA[kind].split('|');
      assert.ok(names.length > 200, `only ${names.length} ${kind} names`);
      for (const name of names) assert.strictEqual(placeKind(name), kind, name);
    }
  });

  it('knows no made-up name, and no small town (below 50,000 people)', () => {
    assert.strictEqual(placeKind('Northfield Rovers'), undefined);
    assert.strictEqual(placeKind('Qwertyville'), undefined);
    // Magna, Utah: some 26,000 people, and a Canadian car-parts maker.
    assert.strictEqual(placeKind('Magna'), undefined);
  });

  it('lists common English words that are also towns: the builder, not the look-up, decides', () => {
    assert.strictEqual(placeKind('Reading'), 'city');
    assert.strictEqual(placeKind('Mobile'), 'city');
  });
});

describe('the dictionary builder, with the gazetteer', function () {
  this.timeout(20000);
  const fallbackDate = parseDay('2026-01-01')!;
  const build = (text: string): DictionaryFileContent =>
    buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
  const typeOf = (dictionary: DictionaryFileContent, name: string) =>
    dictionary.entities.find((entity) => entity.name === name)?.type;

  it('types as places names that no sentence marks', () => {
    const dictionary = build(
      'Workers at Karoo Platinum walked out of its Rustenburg mines on Tuesday, the company said.\n\n' +
        'Aid convoys reached Kahramanmaras and Antakya by road on Wednesday, the Red Crescent said.',
    );
    assert.strictEqual(typeOf(dictionary, 'Rustenburg'), 'place');
    assert.strictEqual(typeOf(dictionary, 'Kahramanmaras'), 'place');
    assert.strictEqual(typeOf(dictionary, 'Antakya'), 'place');
  });

  it('makes a common word a place only where it is written as a name', () => {
    const opening = build(
      'Reading the report, Judge Helen Okafor said the fine was fair. Pryce, 54, was fined on Monday.',
    );
    assert.strictEqual(typeOf(opening, 'Reading'), undefined);
    const named = build('Pryce ran the procurement office from Reading, Judge Helen Okafor said.');
    assert.strictEqual(typeOf(named, 'Reading'), 'place');
  });

  it('does not overrule what the tagger or the context says, nor call a place what follows "the"', () => {
    const dictionary = build(
      'Jordan Smith, a spokesman for the ministry, said talks would resume. Smith said the talks were useful.\n\n' +
        // Toyota, Aichi, 420,000 people; the tagger calls the company a body once, and that holds for every mention.
        'The automaker outsold rivals Toyota and General Motors last year. However, traditional Toyota customers were not buying American cars.\n\n' +
        'Mensah-Bonsu, 23, joined Northfield United from Ajax in January.\n\n' +
        // Falcón, a Venezuelan state; "the Falcon" is no place.
        "Ford will build its next model Falcon in Geelong. The Falcon's bodyshell dates back to 1998.",
    );
    assert.strictEqual(typeOf(dictionary, 'Jordan Smith'), 'person');
    assert.strictEqual(typeOf(dictionary, 'Jordan'), undefined);
    assert.strictEqual(typeOf(dictionary, 'Toyota'), 'organization');
    assert.strictEqual(typeOf(dictionary, 'Ajax'), 'organization');
    assert.strictEqual(typeOf(dictionary, 'Falcon'), 'organization');
  });

  it('types a city of a million people a place though the lexicon knows its name as a first name, unless the article writes it so', () => {
    assert.strictEqual(typeOf(build('Beecroft is a suburb of Sydney.'), 'Sydney'), 'place');
    assert.strictEqual(typeOf(build('Adelaide was hot on Monday, forecasters said.'), 'Adelaide'), 'place');
    const person = build('Sydney Brenner, the biologist, died. Brenner said in 2002 that Sydney was his home.');
    assert.strictEqual(typeOf(person, 'Sydney Brenner'), 'person');
    assert.strictEqual(typeOf(person, 'Sydney'), undefined);
  });

  it('types as a place what is "a suburb of" or "the town of"', () => {
    assert.strictEqual(typeOf(build('Floods hit a suburb of Kelmora on Monday.'), 'Kelmora'), 'place');
    assert.strictEqual(typeOf(build('Rebels held the town of Ovrenia for a week.'), 'Ovrenia'), 'place');
  });
});
