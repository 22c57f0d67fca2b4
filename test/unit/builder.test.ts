import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type DictionaryFileContent, UnusableArticle, buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger, learnLexicalTags } from '../../src/core/builder/compromiseTagger';
import { describeMerge, mergeIntoExisting } from '../../src/core/builder/merge';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { parseDictionary } from '../../src/core/dictionary/parse';
import { parseDay } from '../../src/core/text/calendar';
import { run } from '../../src/cli/main';
import { indexOf } from './helpers';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/builder');
const founding = fs.readFileSync(path.join(root, 'entities/assad-fall-2024.article.txt'), 'utf8');
const fallbackDate = parseDay('2026-01-01')!;

function build(text: string): DictionaryFileContent {
  return buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
}

function entity(dictionary: DictionaryFileContent, name: string) {
  const found = dictionary.entities.find((candidate) => candidate.name === name);
  assert.ok(found, `${name} not built; built: ${dictionary.entities.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

function names(dictionary: DictionaryFileContent): string[] {
  return dictionary.entities.map((candidate) => candidate.name);
}

function relationsOf(dictionary: DictionaryFileContent, name: string): string[] {
  const names = new Map(dictionary.entities.map((candidate) => [candidate.id, candidate.name]));
  return entity(dictionary, name).relations.map(
    (relation) => `${relation.type} ${names.get(relation.target)}${relation.title ? ` (${relation.title})` : ''}`,
  );
}

describe('the dictionary builder, on the founding article', function () {
  this.timeout(20000);
  const dictionary = build(founding);
  const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'assad-fall-2024.expected.json'), 'utf8')) as {
    entities: { name: string; type: string }[];
    notEntities: string[];
  };

  it('finds every person, place and organisation once, with the right type, and nothing else', () => {
    const built = dictionary.entities.map((candidate) => `${candidate.name} (${candidate.type})`).sort();
    assert.deepStrictEqual(built, expected.entities.map((candidate) => `${candidate.name} (${candidate.type})`).sort());
  });

  it('joins "President Bashar al-Assad", "al-Assad\'s", "Assad" and "Assad\'s" into one person under his full name', () => {
    const bashar = entity(dictionary, 'Bashar al-Assad');
    assert.deepStrictEqual(bashar.aliases, ['al-Assad', 'Assad', 'Bashar Assad']);
    // "the former President's true intentions": his one title, placed in time.
    assert.deepStrictEqual(
      bashar.roles.map((role) => role.title),
      ['former President of Syria'],
    );
  });

  it("gives a bare first name its family's surname, and the relation with its wording", () => {
    assert.deepStrictEqual(relationsOf(dictionary, 'Maher al-Assad'), [
      'brother Bashar al-Assad (younger brother)',
      'commander 4th Armoured Division',
    ]);
    assert.deepStrictEqual(relationsOf(dictionary, 'Asma al-Assad'), ['wife Bashar al-Assad']);
    assert.deepStrictEqual(
      entity(dictionary, 'Maher al-Assad').aliases,
      ['Maher'],
      "Assad stays Bashar's: Maher's full name is never written",
    );
  });

  it('reads "cousins Ehab and Eyad Makhlouf" as two people who share the surname', () => {
    for (const name of ['Ehab Makhlouf', 'Eyad Makhlouf'])
      assert.deepStrictEqual(relationsOf(dictionary, name), ['cousin Bashar al-Assad (maternal cousin)']);
    assert.deepStrictEqual(entity(dictionary, 'Eyad Makhlouf').aliases, ['Eyad', 'Makhlouf']);
  });

  it('reads roles from appositives and titles, each with its source sentence', () => {
    const shaaban = entity(dictionary, 'Buthaina Shaaban');
    assert.deepStrictEqual(
      shaaban.roles.map((role) => role.title),
      ['media adviser to Bashar al-Assad'],
    );
    assert.ok(founding.includes(shaaban.roles[0]!.source));
    assert.deepStrictEqual(relationsOf(dictionary, 'Dmitry Peskov'), ['spokesperson Kremlin (spokesman)']);
    assert.deepStrictEqual(relationsOf(dictionary, 'Sergei Lavrov'), ['official Russia (Foreign Minister)']);
    // "Assad's last prime minister": the job as the article places it in time.
    assert.deepStrictEqual(relationsOf(dictionary, 'Mohammed Jalali'), [
      'subordinate Bashar al-Assad (last prime minister)',
    ]);
    assert.deepStrictEqual(relationsOf(dictionary, 'Hmeimim airbase'), ['located-in Latakia', 'operated-by Russia']);
  });

  it('records a title-case title written before a name and set off by commas, whole, and a draft’s other title conflicts', () => {
    const article = [
      'Ferry service to resume',
      '',
      "Chile's Deputy Transport Minister for Coastal Roads, Ilse Marten, told reporters the ferry would resume on Monday.",
      '',
      'Marten said repairs cost less than planned. The ferry links Puerto Montt with Chiloé.',
    ].join('\n');
    const built = buildDictionary(article, { tagger: compromiseTagger, fallbackDate: parseDay('2026-03-02')! });
    assert.deepStrictEqual(
      entity(built.dictionary, 'Ilse Marten').roles.map((role) => role.title),
      ['deputy transport minister for coastal roads of Chile'],
    );
    const index = indexOf(built.dictionary);
    const titles = (draft: string) =>
      checkDraft(draft, index, DEFAULT_CHECK_OPTIONS)
        .filter((finding) => finding.rule === 'title-conflict')
        .map((finding) => finding.text);
    assert.deepStrictEqual(titles('Defence Minister Ilse Marten spoke.'), ['Defence Minister']);
    assert.deepStrictEqual(titles('Deputy Transport Minister Ilse Marten spoke.'), []);
  });

  it('places roles in time where the article does ("former", "last", "late"), a bare one giving way', () => {
    const placed = build(
      'Former President Ali Hassan met Omar Saleh, the former mayor of Tunis, on Monday. ' +
        "Hassan's last prime minister, Karim Nour, said President Ali Hassan had left. " +
        'The late President Ali Hassan was buried on Tuesday.\n',
    );
    assert.deepStrictEqual(
      entity(placed, 'Ali Hassan').roles.map((role) => role.title),
      ['former President', 'late President'],
    );
    assert.deepStrictEqual(
      entity(placed, 'Omar Saleh').roles.map((role) => role.title),
      ['former mayor of Tunis'],
    );
    assert.deepStrictEqual(relationsOf(placed, 'Karim Nour'), ['subordinate Ali Hassan (last prime minister)']);
    const described = (text: string) =>
      build(text)
        .entities.filter((built) => built.type === 'person')
        .map((built) => `${built.name}: ${built.roles.map((role) => role.title).join(', ')}`);
    assert.deepStrictEqual(
      described('Syrian President Ali Hassan fled. Aides did not know the former President’s plans.\n'),
      ['Ali Hassan: former President'],
    );
    assert.deepStrictEqual(
      described('President Ali Hassan met President Omar Saleh. Aides of the former President left.\n'),
      ['Ali Hassan: President', 'Omar Saleh: President'],
      'two presidents: which one is former, the article does not say',
    );
  });

  it("cites the story's sentence for a fact a photo caption states too", () => {
    const captioned = build(
      [
        'Talks stall in Ankara',
        '',
        'Foreign Minister Hakan Fidan speaks in Ankara, Turkey, on Feb. 9, 2023. (AP Photo/Khalil Hamra)',
        '',
        'ANKARA, Feb. 10 (AP) — Turkish Foreign Minister Hakan Fidan said on Friday the talks had stalled.',
        '',
      ].join('\n'),
    );
    const fidan = entity(captioned, 'Hakan Fidan');
    assert.deepStrictEqual(
      fidan.roles.map((role) => role.title),
      ['Foreign Minister of Turkey'],
    );
    assert.match(fidan.roles[0]!.source, /said on Friday the talks had stalled\.$/);
  });

  it('cites source sentences without the headline run into the first one', () => {
    const bashar = entity(dictionary, 'Bashar al-Assad');
    assert.match(bashar.roles[0]!.source, /^After decades of authoritarian rule, Syrian President Bashar al-Assad/);
    for (const fact of dictionary.entities.flatMap((built) => [...built.roles, ...built.relations]))
      assert.ok(!fact.source.startsWith('Syrian Crisis:'), fact.source);
  });

  it('expands a bracketed acronym into a case-sensitive alias', () => {
    assert.deepStrictEqual(entity(dictionary, 'Hayat Tahrir al-Sham').aliases, [{ text: 'HTS', matchCase: true }]);
  });

  it('writes a dictionary the loader and the schema accept, dated from the article', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'entities/schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(dictionary), JSON.stringify(validate.errors));
    const parsed = parseDictionary(JSON.stringify(dictionary), 'built.entities.json');
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(dictionary.source.date, '2024-12-08');
    assert.strictEqual(dictionary.source.title, 'Syrian Crisis');
    assert.ok(
      dictionary.events.some((event) => event.date === '2024-12-08' && event.entities.includes('bashar-al-assad')),
    );
  });
});

describe('the dictionary builder, on articles we wrote', function () {
  this.timeout(20000);

  it('keeps month names, demonyms and a common word opening a title out', () => {
    for (const file of fs.readdirSync(fixtures).filter((name) => name.endsWith('.expected.json'))) {
      const expected = JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8')) as {
        article?: string;
        notEntities: string[];
      };
      const text = fs.readFileSync(
        path.resolve(fixtures, expected.article ?? file.replace('.expected.json', '.txt')),
        'utf8',
      );
      const names = build(text).entities.flatMap((candidate) => [
        candidate.name,
        ...candidate.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
      ]);
      for (const notEntity of expected.notEntities)
        assert.ok(!names.includes(notEntity), `${file}: "${notEntity}" built as a name`);
    }
  });

  it('keeps "New", "North", "Air" and "General" that open a name; "Air" names and acronyms before a region are bodies; a country is not its airline', () => {
    const dictionary = build(
      'Air Lanka said on Monday it would resume flights from New York to North Korea next month. ' +
        'The airline, which flies from Colombo, said Air Lanka would add two aircraft. ' +
        'South African miner Karoo Platinum was not affected, a spokesman said.\n\n' +
        'General Motors Corporation (GM) said its unit TVK Central Asia would open in Almaty.\n\n' +
        'Singapore Airlines said it would fly the route daily. Its flights leave from Singapore.',
    );
    assert.strictEqual(entity(dictionary, 'Singapore Airlines').type, 'organization');
    assert.deepStrictEqual(
      [entity(dictionary, 'Singapore').type, entity(dictionary, 'Singapore Airlines').aliases],
      ['place', []],
    );
    assert.strictEqual(entity(dictionary, 'Air Lanka').type, 'organization');
    assert.strictEqual(entity(dictionary, 'General Motors Corporation').type, 'organization');
    assert.strictEqual(entity(dictionary, 'TVK Central Asia').type, 'organization');
    assert.strictEqual(entity(dictionary, 'New York').type, 'place');
    assert.strictEqual(entity(dictionary, 'North Korea').type, 'place');
    const names = dictionary.entities.map((candidate) => candidate.name);
    for (const cut of ['York', 'Korea', 'Lanka', 'South African', 'African'])
      assert.ok(!names.includes(cut), `"${cut}" built: ${names.join(', ')}`);
  });

  it('reads "U.S." and middle initials as parts of names, an acronym as the initials of a name read before, a company called by its first word, and "stake in" and "automaker" before bodies', () => {
    const dictionary = build(
      'The National Transport Safety Council said on Tuesday that the U.S. Coast Guard had found the wreck off Norfolk. ' +
        'The inquiry would take a year, said Sandra K. Oyelaran, who chairs the NTSC.\n\n' +
        'Farrow Keating won the contract to raise the ship, beating Halvorsen Marine. Farrow said work would start in May. ' +
        'Crews will train in the U.S. before then. Halvorsen Marine sold its 30 percent stake in Brisk to automaker Tallis last year.',
    );
    assert.deepStrictEqual(
      ['Brisk', 'Tallis'].map((name) => entity(dictionary, name).type),
      ['organization', 'organization'],
    );
    assert.deepStrictEqual(entity(dictionary, 'National Transport Safety Council').aliases, [
      { text: 'NTSC', matchCase: true },
    ]);
    assert.strictEqual(entity(dictionary, 'National Transport Safety Council').type, 'organization');
    assert.strictEqual(entity(dictionary, 'U.S. Coast Guard').type, 'organization');
    assert.strictEqual(entity(dictionary, 'U.S.').type, 'place');
    assert.strictEqual(entity(dictionary, 'Sandra K. Oyelaran').type, 'person');
    assert.deepStrictEqual(
      [entity(dictionary, 'Farrow Keating').type, entity(dictionary, 'Farrow Keating').aliases],
      ['organization', ['Farrow']],
    );
    const names = dictionary.entities.map((candidate) => candidate.name);
    for (const cut of ['U', 'S', 'Sandra K', 'Oyelaran', 'NTSC', 'Farrow', 'Coast Guard'])
      assert.ok(!names.includes(cut), `"${cut}" built: ${names.join(', ')}`);
  });

  it('takes a title with nobody after it for no name, and a name ending in a point of the compass for a place', () => {
    const dictionary = build(
      '"We will fly more often," said Joe Mensah, Chairman and Chief Operating Officer of Tallis Air. ' +
        'Kofi Annan-Boateng, the Chief Executive Officer of the airline, said flights to the Middle East would start in June.',
    );
    const names = dictionary.entities.map((candidate) => candidate.name);
    for (const title of ['Officer', 'Chief Operating Officer', 'Chief Executive Officer'])
      assert.ok(!names.includes(title), `"${title}" built: ${names.join(', ')}`);
    assert.strictEqual(entity(dictionary, 'Middle East').type, 'place');
    assert.strictEqual(entity(dictionary, 'Kofi Annan-Boateng').type, 'person');
  });

  it("joins a full name read after its acronym to the acronym's entity, with or without brackets", () => {
    const dictionary = build(
      'PNB agrees to sell its insurance arm\nMarch 3, 2025\nPNB said on Monday it would sell its insurance arm. ' +
        'Pacific National Bank (PNB) did not give a price. The UN welcomed the deal, and the United Nations said it would watch.',
    );
    assert.deepStrictEqual(entity(dictionary, 'Pacific National Bank').aliases, [{ text: 'PNB', matchCase: true }]);
    assert.deepStrictEqual(entity(dictionary, 'United Nations').aliases, [{ text: 'UN', matchCase: true }]);
    const names = dictionary.entities.map((candidate) => candidate.name);
    for (const cut of ['PNB', 'UN']) assert.ok(!names.includes(cut), `"${cut}" built: ${names.join(', ')}`);
  });

  it("ends a company's name at its legal suffix, reads a factory as a place, and keeps a surname that is an organisation word a person's", () => {
    const dictionary = build(
      'Automaker Tallis said on Monday it would close its Everett Factory next year. ' +
        '"It is a hard day," said the chairman of Tallis Motors LLC Ann Press. Press said the 900 workers would be offered jobs elsewhere.',
    );
    assert.strictEqual(entity(dictionary, 'Everett Factory').type, 'place');
    assert.strictEqual(entity(dictionary, 'Tallis Motors LLC').type, 'organization');
    assert.deepStrictEqual(
      [entity(dictionary, 'Ann Press').type, entity(dictionary, 'Ann Press').aliases],
      ['person', ['Press']],
    );
    const names = dictionary.entities.map((candidate) => candidate.name);
    for (const cut of ['Automaker Tallis', 'Tallis Motors LLC Ann Press', 'Press'])
      assert.ok(!names.includes(cut), `"${cut}" built: ${names.join(', ')}`);
  });

  it('reads places from "south of", an apposition that places a name, and ", in the ... Valley"; a Spanish name by the surname before "de"; a body "of" a place apart from it', () => {
    const dictionary = build(
      "The storm came ashore 30 km south of Palmiroa on Sunday. Crews reached Benaquera, the province's capital, and then Ostrelo, in the Mura Valley. " +
        'Colombia declared an emergency, and the Weather Institute of Colombia said winds reached 180 km/h. President Marta Ruiz de Alba flew to Palmiroa. Ruiz said aid would arrive within days. ' +
        'Insurers will pay most of the cost, and Tallis, in particular, said it had set aside 40 million pesos, and Ford Colombia said it would help.',
    );
    assert.notStrictEqual(entity(dictionary, 'Tallis').type, 'place');
    assert.strictEqual(entity(dictionary, 'Ford Colombia').type, 'organization');
    assert.deepStrictEqual(
      ['Palmiroa', 'Benaquera', 'Ostrelo', 'Mura Valley', 'Colombia'].map((name) => entity(dictionary, name).type),
      ['place', 'place', 'place', 'place', 'place'],
    );
    assert.strictEqual(entity(dictionary, 'Weather Institute of Colombia').type, 'organization');
    assert.ok(!entity(dictionary, 'Weather Institute of Colombia').aliases.includes('Colombia'));
    assert.ok(entity(dictionary, 'Marta Ruiz de Alba').aliases.includes('Ruiz'));
  });

  it("counts what a name's shape says once, and what each mention's context says every time", () => {
    // "Douglas" reads as a first name at every mention; the mergers and stakes say, each time, that it is a company.
    const dictionary = build(
      'Douglas Brandt merged with Tallis in 1996. Two years later Halvorsen Marine bought a stake in Douglas Brandt. ' +
        'Douglas Brandt built jets in Ohio until 2004. Douglas Brandt employed 4,000 people at its peak.',
    );
    assert.strictEqual(entity(dictionary, 'Douglas Brandt').type, 'organization');
  });

  it('reads a first name ending in -i before a verb as a name, not a demonym', () => {
    const dictionary = build(
      'MANCHESTER, England, Nov 2, 2025 - Striker Kwame Boateng scored twice as Northfield United beat Harbour City 3-1 on Sunday to go top of the Premier League.\n\n' +
        'Boateng, 23, joined Northfield from Ajax in January. His brother Kofi plays for Harbour City but was left on the bench by coach Stefan Lindqvist. Emirati officials watched.',
    );
    assert.deepStrictEqual(
      [entity(dictionary, 'Kofi Boateng').type, entity(dictionary, 'Harbour City').type],
      ['person', 'organization'],
    );
    assert.ok(!dictionary.entities.some((candidate) => candidate.name.startsWith('Emirati')));
  });

  it('keeps "Jr." and "St." inside names, and calls a "Jr." by the surname before it, with and without the generation', () => {
    const dictionary = build(
      'Chairman Henry Clay Okafor Jr. said the St. Louis plant would close in June. Okafor said 1,200 workers would be offered jobs elsewhere.',
    );
    assert.deepStrictEqual(entity(dictionary, 'Henry Clay Okafor Jr.').aliases, ['Okafor', 'Okafor Jr.']);
    assert.strictEqual(entity(dictionary, 'St. Louis').type, 'place');
    const names = dictionary.entities.map((candidate) => candidate.name);
    for (const cut of ['Louis', 'Jr', 'Henry Clay Okafor', 'Okafor'])
      assert.ok(!names.includes(cut), `"${cut}" built: ${names.join(', ')}`);
  });

  it('keeps a person called by a first name the tagger does not know a person, by an age or an arrest', () => {
    const dictionary = build(
      'Kwame Boateng, 23, scored twice on Sunday. Kwame said he was happy with the win. Aung Min Thu was arrested on Tuesday. Aung said he was innocent.',
    );
    assert.deepStrictEqual(
      [entity(dictionary, 'Kwame Boateng').type, entity(dictionary, 'Aung Min Thu').type],
      ['person', 'person'],
    );
    assert.ok(entity(dictionary, 'Kwame Boateng').aliases.includes('Kwame'));
  });

  it("leaves wire furniture out: no agency alias for a dateline's place, no photographer, byline or credit as an entity", () => {
    const dictionary = build(
      'QUAKE TOLL TOPS 28,000\n\nBy SUZAN FRASER Associated Press\n\nANTAKYA, Turkey (AP) — Rescuers pulled a woman from the rubble in Antakya on Sunday. "God is great!" the crowd shouted.\n\n' +
        'A rescuer in Antakya, Turkey, Feb. 9, 2023. (AP Photo/Khalil Hamra)\nKremlin Pool Photo via AP',
    );
    assert.deepStrictEqual(names(dictionary), ['Antakya', 'Turkey']);
    assert.deepStrictEqual(entity(dictionary, 'Turkey').aliases, []);
  });

  it('reads abbreviated titles and a title\'s plain-word portfolio before a name, and "the X administration" as the person X', () => {
    const dictionary = build(
      'Russian FM Sergei Lavrov met Syrian PM Mohammed Jalali. Exxon Mobil CEO Darren Woods and Lt. Gen. Ahmed Omar spoke. Zimbabwean State Security Minister Didymus Mutasa warned the Biden administration.',
    );
    assert.deepStrictEqual(names(dictionary).sort(), [
      'Ahmed Omar',
      'Biden',
      'Darren Woods',
      'Didymus Mutasa',
      'Exxon Mobil',
      'Mohammed Jalali',
      'Sergei Lavrov',
    ]);
    assert.deepStrictEqual(
      entity(dictionary, 'Sergei Lavrov').roles.map((role) => role.title),
      ['Foreign Minister'],
    );
    assert.deepStrictEqual(
      entity(dictionary, 'Ahmed Omar').roles.map((role) => role.title),
      ['Lieutenant General'],
    );
    assert.deepStrictEqual(
      entity(dictionary, 'Didymus Mutasa').roles.map((role) => role.title),
      ['State Security Minister'],
    );
    assert.strictEqual(entity(dictionary, 'Biden').type, 'person');
  });

  it('keeps bodies\' names with "and", "of" and "for" whole, merges a company\'s written forms, and never makes a former company or a word of a name an alias', () => {
    const dictionary = build(
      'Exxon Mobil Corp. agreed to buy Pioneer Natural Resources Co. on Wednesday. ExxonMobil was formed from the merger of Exxon and Mobil. Natural gas prices fell. ' +
        'The Monopolies and Mergers Commission, the Voice of America and the Movement for Democratic Change commented. The Commission said it would review the deal.',
    );
    const exxon = entity(dictionary, 'Exxon Mobil Corp.');
    assert.deepStrictEqual(exxon.aliases, ['ExxonMobil']);
    assert.deepStrictEqual(entity(dictionary, 'Pioneer Natural Resources Co.').aliases, []);
    assert.deepStrictEqual(
      [entity(dictionary, 'Exxon').type, entity(dictionary, 'Mobil').type],
      ['organization', 'organization'],
    );
    for (const name of ['Monopolies and Mergers Commission', 'Voice of America', 'Movement for Democratic Change'])
      assert.strictEqual(entity(dictionary, name).type, 'organization');
    assert.ok(entity(dictionary, 'Monopolies and Mergers Commission').aliases.includes('Commission'));
  });

  it('types storms and deities as no entity, and a name before "province" or after "visited" as a place', () => {
    const dictionary = build(
      'Typhoon Goni hit Abra province on Saturday, and the governor visited Kahramanmaras. God help us, residents said.',
    );
    assert.deepStrictEqual(names(dictionary), ['Abra', 'Kahramanmaras']);
    assert.deepStrictEqual(
      dictionary.entities.map((candidate) => candidate.type),
      ['place', 'place'],
    );
  });

  it('reads a section kicker as furniture, a demonym before a first name as no part of the name, and a disease as no entity', () => {
    const dictionary = build(
      "Africa\n\nKenyan Runners Win Medals\n\nKenyans Eliud Kipchoge and Brigid Kosgei broke world records. The Ebola virus spread in Liberia, where Liberia's Assistant Health Minister spoke.",
    );
    assert.deepStrictEqual(names(dictionary), ['Eliud Kipchoge', 'Brigid Kosgei', 'Liberia']);
  });

  it('links what a loaded dictionary knows to its id instead of building it again, and writes relations to it', () => {
    const known = [
      {
        id: 'united-states',
        name: 'United States',
        type: 'place' as const,
        aliases: [
          { text: 'U.S.', matchCase: true },
          { text: 'US', matchCase: true },
        ],
      },
      {
        id: 'jones-the-other',
        name: 'Mary Jones',
        type: 'person' as const,
        aliases: [{ text: 'Jones', matchCase: false }],
      },
    ];
    const text =
      'U.S. Secretary of State Antony Blinken said on Monday the U.S. would send aid. Tom Jones, a farmer, said Jones had lost his barn.';
    const result = buildDictionary(text, { tagger: compromiseTagger, fallbackDate, known });
    assert.deepStrictEqual(result.linked, [{ name: 'U.S.', id: 'united-states', roles: [] }]);
    assert.ok(
      !result.dictionary.entities.some((candidate) => candidate.id === 'united-states' || candidate.name === 'U.S.'),
    );
    assert.deepStrictEqual(
      entity(result.dictionary, 'Antony Blinken').relations.map((relation) => relation.target),
      ['united-states'],
    );
    // A surname alone links nothing: this Jones is someone else.
    assert.notStrictEqual(entity(result.dictionary, 'Tom Jones').id, 'jones-the-other');
  });

  it('names the body, not its product or flight; a web address whole; no one in "a Briton"; a place by the word before its particle', () => {
    const dictionary = build(
      'Northrop Grumman KC-45 tankers beat rivals. The losses of Adam Air Flight 574 were reported by Detik.com. Two Americans and a Briton were freed in Rio de Janeiro, and Rio was calm.',
    );
    assert.deepStrictEqual(names(dictionary), ['Northrop Grumman', 'Adam Air', 'Detik.com', 'Rio de Janeiro']);
    assert.deepStrictEqual(entity(dictionary, 'Rio de Janeiro').aliases, ['Rio']);
    // A maker of models is a body, where nothing else says so.
    assert.strictEqual(
      entity(build('The Zelten X380 landed in Chicago. Orders at Zelten rose, and parts came from Zelten.'), 'Zelten')
        .type,
      'organization',
    );
  });

  it('makes no entity of a model alone, a currency, a numbered part or a time zone, and keeps short codes that name bodies', () => {
    const dictionary = build(
      'The airline Qantas flew the A380 and two F-16s to Perth. The deal was worth US$ 27 billion, or AU$52 million, or SGD1 billion, or USD 5 million. Zelten Motors filed for Chapter 11 protection at 12:00 UTC Monday, and the G20 met in Perth.',
    );
    assert.deepStrictEqual(names(dictionary).sort(), ['G20', 'Perth', 'Qantas', 'Zelten Motors']);
  });

  it('reads a name prefix typed with a space, "of" after a feature of the sea, and a name made an adjective apart from the next name', () => {
    const dictionary = build(
      "Ryanair chief Michael O' Leary spoke. O' Leary said the jet circled the Bay of Biscay. Oil went to Kremlin-owned Unified Aircraft.",
    );
    assert.deepStrictEqual(entity(dictionary, "Michael O' Leary").aliases, ["O' Leary"]);
    assert.ok(names(dictionary).includes('Bay of Biscay'));
    assert.ok(names(dictionary).includes('Unified Aircraft'));
    assert.ok(!names(dictionary).some((name) => name.includes('Kremlin-owned')));
  });

  it('reads a place and its state before a noun after "a", a command as a body, and the first of three names as the surname the article uses', () => {
    const dictionary = build(
      'The firm filed in a Manhattan, New York court. General Arthur Lichte, head of the Mobility Command, spoke. Leader Kim Jong Un wrote, and Kim said more. His cousins Ehab and Eyad Makhlouf fled; Ehab was seen.',
    );
    assert.strictEqual(entity(dictionary, 'Manhattan').type, 'place');
    assert.strictEqual(entity(dictionary, 'Mobility Command').type, 'organization');
    assert.deepStrictEqual(entity(dictionary, 'Kim Jong Un').aliases, ['Kim']);
    assert.ok(entity(dictionary, 'Ehab Makhlouf').aliases.includes('Makhlouf'));
    // No one's name is written after "the".
    const models = build(
      'The plant in Ohio makes the Crown Victoria. Sales of the Crown Victoria fell, Jane Moss said.',
    );
    assert.strictEqual(entity(models, 'Crown Victoria').type, 'organization');
    assert.strictEqual(entity(models, 'Jane Moss').type, 'person');
  });

  it('joins a body named without its closing body words, a country named with and without "of", and an airport named after no other place', () => {
    const dictionary = build(
      'China Eastern Airlines ordered jets. China Eastern said so. Flights to the United States of America rose; the U.S. agreed. A jet landed at Heathrow airport. The New York Times and New York agreed.',
    );
    assert.deepStrictEqual(entity(dictionary, 'China Eastern Airlines').aliases, ['China Eastern']);
    assert.ok(
      entity(dictionary, 'United States of America').aliases.some(
        (alias) => (typeof alias === 'string' ? alias : alias.text) === 'U.S.',
      ),
    );
    assert.deepStrictEqual(entity(dictionary, 'Heathrow airport').aliases, ['Heathrow']);
    assert.ok(!names(dictionary).includes('Heathrow'));
    assert.strictEqual(entity(dictionary, 'New York').type, 'place');
    assert.ok(names(dictionary).includes('New York Times'));
  });

  it('reads wire copy from other outlets: a Xinhua dateline, a chairperson, a region in the headline, a language, elided and "of" names, "-era", measures', () => {
    const dictionary = build(
      [
        "Spotlight: Africa's democratic future bright after polls",
        '',
        'ADDIS ABABA, Feb. 10 (Xinhua) -- Voters went to the polls. African Union Commission Chairperson Nkosazana Dlamini-Zuma said the vote was fair.',
        "Workers at the Musée d'Orsay and the Palace of Versailles struck. A sign read in Spanish: no. Hosni Mubarak left, and Mubarak-era ministers went on trial.",
        'TD Ameritrade Holding Corp was bought; TD Ameritrade said GAAP EPS rose.',
      ].join('\n'),
    );
    assert.deepStrictEqual(names(dictionary).sort(), [
      'Addis Ababa',
      'Africa',
      'African Union Commission',
      'Hosni Mubarak',
      "Musée d'Orsay",
      'Nkosazana Dlamini-Zuma',
      'Palace of Versailles',
      'TD Ameritrade Holding Corp',
    ]);
    assert.strictEqual(entity(dictionary, 'Addis Ababa').type, 'place');
    assert.strictEqual(entity(dictionary, 'Palace of Versailles').type, 'place');
    assert.deepStrictEqual(entity(dictionary, 'TD Ameritrade Holding Corp').aliases, ['TD Ameritrade']);
  });

  it('reads a place by its own kind after it, shared or not, and by "located near"; not a demonym before one', () => {
    const dictionary = build(
      'Troops killed 30 insurgents in neighboring Ituri province. Floods hit the Bicol and eastern Visayas regions. Two suspects were taken to Kiunga - located near the border. The Iraqi province of Anbar was calm, the Victorian state government said.',
    );
    for (const place of ['Ituri', 'Bicol', 'Visayas', 'Kiunga', 'Anbar'])
      assert.strictEqual(entity(dictionary, place).type, 'place');
    assert.ok(!names(dictionary).includes('Iraqi') && !names(dictionary).includes('Victorian'));
  });

  it('reads another name given with "also known as" or an expansion in brackets, a Chinese family name first, faiths as no entity, a compass opening a place', () => {
    const dictionary = build(
      "Judge Roselyn Wendoh convicted Paul Kipkemboi Ruto, also known as Saitoti, on Tuesday. Physicists at CERN (European Organization for Nuclear Research) agreed. Wang Yifang, director of the institute, spoke, and Wang said more. India's Hindu nationalist Prime Minister Narendra Modi courted the Muslim community. Civilians fled El Fasher, North Darfur. Workers at the Normal, Illinois plant struck, and a restructuring program at Zelten Motors, called Power8, began.",
    );
    assert.deepStrictEqual(entity(dictionary, 'Paul Kipkemboi Ruto').aliases, ['Saitoti', 'Ruto']);
    assert.ok(!names(dictionary).includes('CERN') && !names(dictionary).includes('Saitoti'));
    assert.deepStrictEqual(entity(dictionary, 'Wang Yifang').aliases, ['Wang']);
    assert.strictEqual(entity(dictionary, 'Wang Yifang').type, 'person');
    assert.ok(!names(dictionary).includes('Hindu') && !names(dictionary).includes('Muslim'));
    assert.strictEqual(entity(dictionary, 'North Darfur').type, 'place');
    assert.strictEqual(entity(dictionary, 'Normal').type, 'place');
    assert.ok(!entity(dictionary, 'Zelten Motors').aliases.includes('Power8'));
    const more = build(
      'The Big Three automakers and the Ten of China met at the CERN (the European Organization for Nuclear Research). The wounded went to Mugda Hospital.\n(Copyright 2012 The Associated Press. All rights reserved.)',
    );
    assert.deepStrictEqual(names(more).sort(), ['European Organization for Nuclear Research', 'Mugda Hospital']);
    assert.strictEqual(entity(more, 'Mugda Hospital').type, 'place');
    const captioned = build(
      'Measles shots\nXinhua, March 23, 2016\nHealth workers vaccinate children in Juba, South Sudan February 4, 2020. Army spokesman Lieutenant Jules Tshikudi said so.',
    );
    assert.deepStrictEqual(names(captioned).sort(), ['Juba', 'Jules Tshikudi', 'South Sudan']);
    for (const [text, city] of [
      ['Mine strike\n\nSantiago (AFP) – More than 3,200 workers plan to strike.', 'Santiago'],
      ["Rates\nBRASILIA Oct 29 Brazil's central bank raised rates.", 'Brasilia'],
    ])
      assert.strictEqual(entity(build(text!), city!).type, 'place');
    const titled = build(
      'The Attorney-General Deb Frecklington appealed. The Paris Museum of Modern Art was robbed. He is from the French territory of Wallis.',
    );
    assert.deepStrictEqual(names(titled).sort(), ['Deb Frecklington', 'Paris Museum of Modern Art', 'Wallis']);
    const airlines = build(
      'Airlines fall\n\nSYDNEY (AFP) Dec 05, 2005 - He joined Norwegian Air Shuttle in 2002, and easyJet fell, as Scottish Labour said. Covid-19 spread.\nFarmers harvest corn (Xinhua/Wang Song)\nFires burn near Hobart (ABC News: Rhiana Whitson)',
    );
    assert.deepStrictEqual(names(airlines).sort(), [
      'Hobart',
      'Norwegian Air Shuttle',
      'Scottish Labour',
      'Sydney',
      'easyJet',
    ]);
    assert.strictEqual(entity(airlines, 'Scottish Labour').type, 'organization');
  });

  it('keeps a town as written with its region or country after it, but not in a list of towns', () => {
    const dictionary = build(
      'Jets are built in Toulouse, France, and in Mobile, Alabama. Airbus flies to Boston, Chicago, Los Angeles, Dubai and Orlando.',
    );
    assert.deepStrictEqual(entity(dictionary, 'Toulouse').aliases, ['Toulouse, France']);
    assert.deepStrictEqual(entity(dictionary, 'Mobile').aliases, ['Mobile, Alabama']);
    assert.ok(names(dictionary).includes('France') && names(dictionary).includes('Alabama'));
    assert.deepStrictEqual(entity(dictionary, 'Los Angeles').aliases, []);
  });

  it('gives a surname that is an English word as an alias only where the article calls the person by it', () => {
    assert.deepStrictEqual(
      entity(build('Voice of America reporter Howard Lesser spoke to the workers on Monday.'), 'Howard Lesser').aliases,
      [],
    );
    assert.deepStrictEqual(
      entity(
        build('Voice of America reporter Howard Lesser spoke on Monday. Lesser said the workers were safe.'),
        'Howard Lesser',
      ).aliases,
      ['Lesser'],
    );
  });

  it('types a country the lexicon calls a demonym, written after "the", as a place', () => {
    const dictionary = build(
      'Rains pummelled the northern Philippines on Sunday. It was the ninth storm to hit the Philippines this year.',
    );
    assert.deepStrictEqual(
      dictionary.entities.map((candidate) => [candidate.name, candidate.type]),
      [['Philippines', 'place']],
    );
  });

  it('calls a Korean name by the surname that opens it', () => {
    const dictionary = build(
      'Chief executive Lee Soo-yeon said on Monday that Hanul would appeal. Lee added that the fine was unfair.',
    );
    assert.deepStrictEqual(entity(dictionary, 'Lee Soo-yeon').aliases, ['Lee']);
    assert.ok(!dictionary.entities.some((candidate) => candidate.name === 'Lee'));
  });

  it('takes a headline that opens with a name and a comma for no dateline', () => {
    const dictionary = build(
      'TVK, Albion Water agree merger\nMarch 3, 2025\nTVK Holdings and Albion Water agreed to merge on Monday, the companies said.',
    );
    const names = dictionary.entities.map((candidate) => candidate.name);
    assert.ok(!names.includes('Tvk'), `"Tvk" built as a dateline: ${names.join(', ')}`);
    assert.strictEqual(entity(dictionary, 'TVK Holdings').type, 'organization');
  });

  it('names a dateline\'s city in title case, and reads "(Helaba)" as a short name', () => {
    const dictionary = build(fs.readFileSync(path.join(fixtures, 'bank-takeover.txt'), 'utf8'));
    assert.strictEqual(entity(dictionary, 'Frankfurt').type, 'place');
    assert.deepStrictEqual(entity(dictionary, 'Hessische Landesbank').aliases, ['Helaba']);
    assert.deepStrictEqual(relationsOf(dictionary, 'Anneke van der Berg'), ['sister Joost van der Berg']);
  });

  it('reads wire copy\'s names: a first name before a town\'s name, a chamber "of", a portfolio before "Coordinator", a city before "(AP) —"', () => {
    const dictionary = build(
      'BEIJING (AP) — Both Tony Windsor and Rob Oakeshott backed the bill in the House of Representatives on Monday. National Civil Defense Coordinator Luis Felipe Puente said 93 people had died.',
    );
    assert.strictEqual(entity(dictionary, 'Tony Windsor').type, 'person');
    assert.strictEqual(entity(dictionary, 'House of Representatives').type, 'organization');
    assert.strictEqual(entity(dictionary, 'Beijing').type, 'place');
    assert.strictEqual(
      entity(build('LONDON: Police say Julian Assange was arrested on Tuesday.'), 'London').type,
      'place',
    );
    assert.strictEqual(
      entity(
        build(
          'WASHINGTON (AP) -- U.S. District Judge Ellen Segal Huvelle cut the range on Tuesday after the Boston Marathon bombings.',
        ),
        'Washington',
      ).type,
      'place',
    );
    assert.deepStrictEqual(
      entity(
        build(
          'Killer returned from Mexico (AP)\nHARTFORD, Conn. – A man who fled to Mexico was flown to Hartford on Wednesday.',
        ),
        'Mexico',
      ).aliases,
      [],
    );
    assert.deepStrictEqual(
      entity(dictionary, 'Luis Felipe Puente').roles.map((role) => role.title),
      ['Coordinator of National Civil Defense'],
    );
  });

  it('makes no entity of plain plurals, plural titles, "The Latest", demonyms of named places, laws or made things', () => {
    const dictionary = build(
      [
        'Canberra rejected the plan on Monday. The Latest on the vote: both Houses condemned it, and government MPs left early.',
        'North Korean state media and two Russian-backed regions praised Russia, while exiled Russian writers in North Korea met Canadian officials.',
        'The Migration Act was amended. Greens MP Adam Bandt said the Hubble Space Telescope was older than Hubble itself.',
        'Among those pulled out alive was a woman called Azize.',
      ].join(' '),
    );
    const built = names(dictionary);
    for (const name of [
      'Latest',
      'Houses',
      'MPs',
      'North Korean',
      'Russian',
      'Exiled Russian',
      'Canadian',
      'Migration Act',
      'Hubble Space Telescope',
      'Hubble',
    ]) {
      assert.ok(!built.includes(name), `${name} built: ${built.join(', ')}`);
    }
    assert.strictEqual(entity(dictionary, 'Greens').type, 'organization');
    assert.strictEqual(entity(dictionary, 'Azize').type, 'person');
    assert.strictEqual(entity(dictionary, 'North Korea').type, 'place');
  });

  it("reads a first line in sentence case as a headline: it names no one new, but a country; a number inside a name; a party's adjective", () => {
    const dictionary = build(
      [
        'Policemen seek drug dealers in Rio, Ukraine and Smallville',
        '',
        'About 500 policemen occupied a favela in Rio de Janeiro on Wednesday, the Senate was told.',
        'Tsvangirai told reporter Blessing Zulu of Studio 7 for Zimbabwe that Republican senators and Senate Republicans met Democratic Leader Chuck Schumer.',
      ].join('\n'),
    );
    const built = names(dictionary);
    for (const name of ['Rio', 'Smallville', 'Republican', 'Democratic'])
      assert.ok(!built.includes(name), `${name} built: ${built.join(', ')}`);
    assert.strictEqual(entity(dictionary, 'Ukraine').type, 'place');
    assert.strictEqual(entity(dictionary, 'Studio 7 for Zimbabwe').type, 'organization');
    assert.deepStrictEqual(entity(dictionary, 'Senate Republicans').aliases, []);
    assert.ok(built.includes('Senate'), built.join(', '));
  });

  it("makes no entity of an event or of a storm's local name, and keeps a saint's possessive in a place's name", () => {
    const dictionary = build(
      "Typhoon Goni, locally named as Ineng, hit Manila on Friday. Delegates flew to the Climate Change Conference in Paris and the Rio Olympic Games. Job Sikhala, the member of parliament for Saint Mary's, spoke on Sunday.",
    );
    const built = names(dictionary);
    for (const name of ['Ineng', 'Climate Change Conference', 'Rio Olympic Games', 'Saint Mary'])
      assert.ok(!built.includes(name), `${name} built: ${built.join(', ')}`);
    assert.strictEqual(entity(dictionary, "Saint Mary's").type, 'place');
  });

  it('types a country the gazetteer knows as a place, a point of the compass before a town as a place, and joins a surname placed only by "in the" to the full name', () => {
    const dictionary = build(
      'U.S. automaker Chrysler closed 789 dealerships in the U.S. on Thursday. Zachs shot Carone outside a West Hartford restaurant. ' +
        'A judge cut the range in the Abramoff scandal on Tuesday. Ring worked for Jack Abramoff, who was sentenced to four years.',
    );
    assert.strictEqual(entity(dictionary, 'U.S.').type, 'place');
    // "U.S." and "US" are one acronym, with and without its stops.
    const acronyms = build('Analysts and U.S. officials met on Monday. The ambassador to the US spoke later.');
    assert.deepStrictEqual(names(acronyms), ['U.S.']);
    assert.deepStrictEqual(entity(acronyms, 'U.S.').aliases, [{ text: 'US', matchCase: true }]);
    assert.strictEqual(entity(dictionary, 'West Hartford').type, 'place');
    assert.strictEqual(entity(dictionary, 'Jack Abramoff').type, 'person');
    assert.ok(!names(dictionary).includes('Abramoff'), names(dictionary).join(', '));
    assert.strictEqual(
      entity(build('Ring, a 40-year-old from Kensington, Md., worked for Jack Abramoff.'), 'Maryland').type,
      'place',
    );
  });

  it('keeps a polity\'s name "of" a place whole, reads a power plant as a place, and makes no entity of a season', () => {
    const dictionary = build(
      'The Sultanate of Oman is one of the few good news stories. A new leak was found at the Fukushima nuclear power plant on Monday, as the Summer games began.',
    );
    assert.strictEqual(entity(dictionary, 'Sultanate of Oman').type, 'place');
    assert.strictEqual(entity(dictionary, 'Fukushima nuclear power plant').type, 'place');
    assert.ok(!names(dictionary).includes('Summer'), names(dictionary).join(', '));
    assert.ok(!names(dictionary).includes('Sultanate'), names(dictionary).join(', '));
    const dealer = build(
      'Penske Automotive Group bought Serra Automotive on Monday. Serra Automotive runs 30 dealerships.',
    );
    assert.deepStrictEqual(
      [entity(dealer, 'Serra Automotive').type, entity(dealer, 'Serra Automotive').aliases],
      ['organization', []],
    );
  });

  it('types a state named by a creed as a body, and a state named by a place as a place', () => {
    const dictionary = build(
      'Britain fights the so-called Islamic State, the envoy said on Friday. Floods hit Rakhine State in Myanmar.',
    );
    assert.strictEqual(entity(dictionary, 'Islamic State').type, 'organization');
    assert.strictEqual(entity(dictionary, 'Rakhine State').type, 'place');
  });

  it('gives a regnal number no alias: "Benedict XVI" is never "XVI", "John Paul II" never "Paul"', () => {
    assert.deepStrictEqual(
      entity(build('Pope Benedict XVI announced his resignation on Monday in Rome.'), 'Benedict XVI').aliases,
      [],
    );
    assert.deepStrictEqual(
      entity(build('Pope John Paul II visited Krakow in June. John Paul II said mass.'), 'John Paul II').aliases,
      [],
    );
  });

  it('never makes the second half of a hyphenated name an alias: "Thomson-Reuters" is not Reuters', () => {
    const dictionary = build(
      'Canadian publisher Thomson agreed on Tuesday to buy Reuters for $17 billion. Reuters Chief Executive Tom Glocer will head the combined Thomson-Reuters company. Reuters shares rose.',
    );
    assert.deepStrictEqual(entity(dictionary, 'Reuters').aliases, []);
    assert.strictEqual(entity(dictionary, 'Thomson-Reuters').type, 'organization');
    assert.deepStrictEqual(relationsOf(dictionary, 'Tom Glocer'), ['leader Reuters (Chief Executive)']);
  });

  it('gives a shared surname only to the relative the article calls by it', () => {
    const dictionary = build(fs.readFileSync(path.join(fixtures, 'water-bribery-trial.txt'), 'utf8'));
    assert.ok(entity(dictionary, 'Gareth Pryce').aliases.includes('Pryce'));
    assert.ok(!entity(dictionary, 'Sian Pryce').aliases.includes('Pryce'));
    assert.deepStrictEqual(relationsOf(dictionary, 'Imran Qureshi'), ['adviser Gareth Pryce (lawyer)']);
  });

  it('reads titles as titles: a portfolio before a name, plain words and modifiers before a title, a title with a plain word, honours after a name', () => {
    const dictionary = build(
      [
        'Canadian Minister for Foreign Affairs Helen Marsh has commented on the ruling. Marsh said she would appeal.',
        'Regional Chairman Kofi Mensah-Arthur read the results in Kumasi.',
        'Emeritus Senior Minister Tan Boon Wee met Acting President Ruth Okafor.',
        'Moira Flett wrote to the Lord Advocate, Ewan Gillies, QC, on Friday.',
        'Vietnamese Premier Wen Jiabo met Professor Anna Kowalska. Professor Kowalska said later that Wen had agreed.',
      ].join('\n\n'),
    );
    const people = dictionary.entities
      .filter((candidate) => candidate.type === 'person')
      .map((candidate) => candidate.name);
    for (const name of [
      'Helen Marsh',
      'Kofi Mensah-Arthur',
      'Tan Boon Wee',
      'Ruth Okafor',
      'Moira Flett',
      'Ewan Gillies',
      'Wen Jiabo',
      'Anna Kowalska',
    ])
      assert.ok(people.includes(name), `${name} is a person; people: ${people.join(', ')}`);
    for (const notEntity of [
      'Foreign Affairs Helen Marsh',
      'Regional',
      'Emeritus',
      'Advocate',
      'QC',
      'Professor Kowalska',
    ])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
    assert.ok(entity(dictionary, 'Wen Jiabo').aliases.includes('Wen'), 'a Chinese family name comes first');
    assert.ok(!entity(dictionary, 'Wen Jiabo').aliases.includes('Jiabo'));
  });

  it('reads a wire agency cited as the source as no entity, and a dateline in title case before its region and a dash', () => {
    const dictionary = build(
      [
        'Ferry sinks off Norland',
        'Ostravin, Norland, Norland - More than 40 people died when a ferry sank on Friday, local officials said.',
        'A coastguard officer told AFP the search went on. An AFP photographer saw the wreck. According to Reuters, the ferry was overloaded. Shares of AP Moller-Maersk fell.',
      ].join('\n\n'),
    );
    assert.strictEqual(entity(dictionary, 'Ostravin').type, 'place');
    assert.strictEqual(entity(dictionary, 'AP Moller-Maersk').type, 'organization');
    for (const notEntity of ['AFP', 'Reuters'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
  });

  it('reads days of the calendar, wars, competitions and demonyms of two words as no entity', () => {
    const dictionary = build(
      [
        'Voters on Native American lands queued for Election Day in Tolvik. The bridge was bombed in World War II.',
        'Anna Kowalska won the WTA Finals in Tolvik. Doris Day sang there. The Ministry of War in Tolvik said it would rebuild.',
      ].join('\n\n'),
    );
    for (const notEntity of ['Native American', 'American', 'Election Day', 'World War II', 'WTA Finals'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
    assert.strictEqual(entity(dictionary, 'Doris Day').type, 'person');
    assert.strictEqual(entity(dictionary, 'Ministry of War').type, 'organization');
  });

  it('keeps names whole: a given name "of" a place, a body after a joined modifier or a demonym, an Arabic article in lower case, a regnal number before a new sentence', () => {
    const dictionary = build(
      [
        'Catherine of Aragon was the first wife of the king. Residents took on Tory-controlled Bromsgrove District Council.',
        'Officials from al Jazeera declined to comment. Li Wen works at the Chinese Academy of Sciences. Li thanked the Chinese botanist Wu Zhengyi.',
        'The portrait shows Lorenzo di Piero II. Giovanna Rossi painted it in 1540.',
      ].join('\n\n'),
    );
    assert.strictEqual(entity(dictionary, 'Catherine of Aragon').type, 'person');
    assert.deepStrictEqual(entity(dictionary, 'Catherine of Aragon').aliases, []);
    for (const name of ['Bromsgrove District Council', 'al Jazeera', 'Chinese Academy of Sciences'])
      assert.strictEqual(entity(dictionary, name).type, 'organization', name);
    for (const name of ['Lorenzo di Piero II', 'Giovanna Rossi'])
      assert.strictEqual(entity(dictionary, name).type, 'person', name);
    for (const notEntity of ['Aragon', 'Tory-controlled Bromsgrove District Council', 'Jazeera', 'Academy of Sciences'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
  });

  it('keeps a person called by a first name that is no known given name a person when a gendered pronoun follows', () => {
    const dictionary = build(
      'Lina Ostrova beat Mercury Okafor 6-2 on Sunday. Then Mercury started upping her game. Lockheed Martin won a contract. Lockheed said its profits rose.',
    );
    assert.strictEqual(entity(dictionary, 'Mercury Okafor').type, 'person');
    assert.strictEqual(entity(dictionary, 'Lockheed Martin').type, 'organization');
  });

  it('types galleries, reserves and national parks as places, a dotted state abbreviation after a town as a place, and keeps a surname of two words whole', () => {
    const dictionary = build(
      [
        'TAOS, N.M. (AP) — Gov. Marta Ruiz Delgado signed the bill on Friday. Ruiz Delgado said it would protect the Vell Nature Reserve.',
        'The painting hangs in the Corsi Gallery in Pisa. Rangers in Tarn National Park counted wolves. The Federal Reserve raised rates. Jessica Park said she would run.',
      ].join('\n\n'),
    );
    for (const place of ['New Mexico', 'Vell Nature Reserve', 'Corsi Gallery', 'Tarn National Park'])
      assert.strictEqual(entity(dictionary, place).type, 'place', place);
    assert.strictEqual(entity(dictionary, 'Federal Reserve').type, 'organization');
    assert.strictEqual(entity(dictionary, 'Jessica Park').type, 'person');
    const aliases = entity(dictionary, 'Marta Ruiz Delgado').aliases.map((alias) =>
      typeof alias === 'string' ? alias : alias.text,
    );
    assert.ok(aliases.includes('Ruiz Delgado'), aliases.join(', '));
    assert.ok(!aliases.includes('Delgado'), aliases.join(', '));
  });

  it('reads "US" before a title as the country, a demonym of a region or of a named place as no entity, and a quotation after a comma as a sentence', () => {
    const dictionary = build(
      [
        'She met US President Carla Dominguez in Lisbon. The best Latin American novel won. The North African nation voted.',
        'Islanders fled Vuolo on Monday. Vuoloans were moved to the mainland.',
        'Professor Kowalska said, “Nowhere else do we find such tools.” The tools are old, said Detik.com.',
        'Flights from Europe, US$ 200 each, were cut.',
      ].join('\n\n'),
    );
    assert.strictEqual(entity(dictionary, 'US').type, 'place');
    for (const notEntity of ['Latin American', 'North African', 'Vuoloans', 'Nowhere'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
    assert.ok(
      !entity(dictionary, 'Europe').aliases.some((alias) => /US/.test(typeof alias === 'string' ? alias : alias.text)),
    );
  });

  it('makes no entity of a work, an event by its year, a match by its number or a page’s licence; joins a state to its abbreviation and a body to its initials', () => {
    const dictionary = build(
      [
        'HARTFORD, Conn. (AP) — Lawmakers in Connecticut passed the bill. Her film “Sparrowhawk” won, and Lopez’s “Songs of Rain” (“Canciones de lluvia”) was praised.',
        'Delegates met at the 2012 Winter Kandor forum in Hartford. Ghana won the third T20I on Sunday.',
        'Orbis Data Systems Ltd shares rose. ODS was up 3 percent.',
        'From Wikinews, the free news source you can write!',
        'This text comes from Wikinews. Permission is granted to copy, distribute and/or modify this document under the terms of the Creative Commons Attribution 2.5 licence.',
      ].join('\n\n'),
    );
    for (const notEntity of ['Sparrowhawk', 'Canciones', 'Winter Kandor', 'T20I', 'Wikinews', 'Conn'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
    assert.ok(
      entity(dictionary, 'Connecticut').aliases.some(
        (alias) => (typeof alias === 'string' ? alias : alias.text) === 'Conn',
      ),
    );
    assert.ok(
      entity(dictionary, 'Orbis Data Systems Ltd').aliases.some(
        (alias) => (typeof alias === 'string' ? alias : alias.text) === 'ODS',
      ),
    );
  });

  it('keeps a name whole through a common word’s possessive, a portfolio of two, a body’s word before a place; reads a dateline’s date before the story', () => {
    const dictionary = build(
      [
        'LISBON, May 12 Shipping bosses met on Monday.',
        'The club left the Winner’s Trophy early. Growers wrote to the Department of Fisheries and Rural Development and to Police Norway.',
      ].join('\n\n'),
    );
    for (const name of ['Winner’s Trophy', 'Department of Fisheries and Rural Development', 'Police Norway'])
      assert.strictEqual(entity(dictionary, name).type, 'organization');
    for (const notEntity of ['Shipping', 'Winner', 'Trophy', 'Rural Development', 'Norway'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
  });

  it('types unknown one-word names listed after "in" beside a town or region as places, but not names listed beside a company', () => {
    const dictionary = build(
      'Patients in Lanarkshire, Corrie, Brora and Tain were moved. Shares of Toyota, Nissan and Honda rose.',
    );
    for (const place of ['Corrie', 'Brora', 'Tain']) assert.strictEqual(entity(dictionary, place).type, 'place');
    assert.strictEqual(entity(dictionary, 'Nissan').type, 'organization');
  });

  it('reads a dateline with a date and a colon, the last list of a wiki page as sources, and a prison, a highway or an avenue as a place', () => {
    const dictionary = build(
      [
        'Tauranga, Mar 3: The home side won by ten runs here on Sunday.',
        'He was held in Cairo’s Wadi Natrun Prison. The fire jumped the Arve Highway near the Huon Bridge. Crowds filled Bourguiba Avenue.',
        '== Sources ==',
        'Jane Porter, Omar Keita. "Court rules on appeal" — Example News, May 1, 2015',
      ].join('\n\n'),
    );
    assert.strictEqual(entity(dictionary, 'Tauranga').type, 'place');
    for (const place of ['Wadi Natrun Prison', 'Arve Highway', 'Bourguiba Avenue'])
      assert.strictEqual(entity(dictionary, place).type, 'place');
    for (const notEntity of ['Jane Porter', 'Omar Keita', 'Example News'])
      assert.ok(
        !names(dictionary).includes(notEntity),
        `no entity "${notEntity}"; built: ${names(dictionary).join(', ')}`,
      );
  });
});

describe('the dictionary builder, on bad input', () => {
  it('refuses an empty, binary or non-English text with a reason', () => {
    assert.throws(
      () => build('   \n'),
      (error: Error) => error instanceof UnusableArticle && /empty/.test(error.message),
    );
    assert.throws(
      () => build('PK\u0003\u0004\u0000\u0000binary'),
      (error: Error) => error instanceof UnusableArticle && /binary/.test(error.message),
    );
    assert.throws(
      () => build('Президент заявил в понедельник, что переговоры продолжатся на следующей неделе в столице.'),
      (error: Error) => error instanceof UnusableArticle && /English/.test(error.message),
    );
  });

  it('builds an empty dictionary from prose that names no one', () => {
    const dictionary = build(
      'it rained all day and the river rose. nobody was hurt, and the water went down by evening.',
    );
    assert.deepStrictEqual(dictionary.entities, []);
  });

  it("leaves a page's scraping leftovers out", () => {
    const names = build(`${founding}\n0 Comments\nShare this\nRead more`).entities.map((candidate) => candidate.name);
    assert.ok(!names.some((name) => /Comments|Share|Read/.test(name)), names.join(', '));
  });
});

describe('the lexicon look-up of capitalised words', () => {
  const oneByOne = (words: string[]) => {
    const memo = new Map();
    for (const word of words) learnLexicalTags([word], memo);
    return memo;
  };

  it('tags words looked up together as it tags each alone', () => {
    const words = ['India', 'Opposition', 'Maria', 'Floods', 'Qureshi', 'Reuters'];
    const together = new Map();
    learnLexicalTags(words, together);
    assert.deepStrictEqual(together, oneByOne(words));
    assert.ok(together.get('India').has('country') && together.get('Opposition').has('ordinary-word'));
  });

  it('looks words up one by one when compromise does not read them as one paragraph each', () => {
    // "..." makes no sentence of its own, so the answers no longer line up with the words.
    const words = ['Smith', '...', 'India', 'Maria'];
    const together = new Map();
    learnLexicalTags(words, together);
    assert.deepStrictEqual(together, oneByOne(words));
    assert.ok(together.get('India').has('country'));
  });
});

describe('rebuilding over an edited dictionary', function () {
  this.timeout(20000);
  const built = build(founding);

  it('keeps every hand edit, and adds only what is new', () => {
    const edited = `{
  "entities": [
    { "id": "bashar-al-assad", "name": "Bashar al-Assad", "type": "person", "aliases": ["President Assad"], "roles": [{ "title": "President of Syria, 2000–2024" }], "description": "Corrected by hand." },
    { "id": "hts", "name": "HTS", "type": "organization" },
    { "id": "desk-editor", "name": "Amal Haddad", "type": "person" }
  ]
}
`;
    const { text, added } = mergeIntoExisting(edited, built, 'desk.entities.json');
    const merged = parseDictionary(text, 'desk.entities.json').dictionary!;
    const bashar = merged.entities.find((candidate) => candidate.id === 'bashar-al-assad')!;
    assert.strictEqual(bashar.description, 'Corrected by hand.');
    const basharLine = text.split('\n').find((line) => line.includes('"bashar-al-assad"'))!;
    assert.ok(
      basharLine.includes('Corrected by hand.') && basharLine.includes('President of Syria'),
      'an entry written on one line stays on one line',
    );
    assert.deepStrictEqual(
      bashar.aliases.map((alias) => alias.text),
      ['President Assad', 'al-Assad', 'Assad', 'Bashar Assad'],
    );
    assert.deepStrictEqual(
      bashar.roles.map((role) => role.title),
      ['President of Syria, 2000–2024', 'former President of Syria'],
    );
    const hts = merged.entities.filter(
      (candidate) => candidate.name === 'HTS' || candidate.name === 'Hayat Tahrir al-Sham',
    );
    assert.deepStrictEqual(
      hts.map((candidate) => candidate.id),
      ['hts'],
      'the built entity joins the hand-made one it shares a name with',
    );
    assert.deepStrictEqual(
      hts[0]!.aliases.map((alias) => alias.text),
      ['Hayat Tahrir al-Sham'],
      'and lends it its full name as an alias',
    );
    assert.ok(merged.entities.some((candidate) => candidate.id === 'desk-editor'));
    assert.strictEqual(added.entities, built.entities.length - 2);
    const again = mergeIntoExisting(text, built, 'desk.entities.json');
    assert.strictEqual(again.text, text, 'a second rebuild changes nothing');
  });

  it('keeps an entity deleted by hand deleted, and the relations to it', () => {
    assert.deepStrictEqual(
      built.builtEntities,
      built.entities.map((candidate) => candidate.id),
    );
    const syria = built.entities.find((candidate) => candidate.name === 'Syria')!;
    assert.ok(
      built.entities.some((candidate) => candidate.relations.some((relation) => relation.target === syria.id)),
      'the founding article relates someone to Syria',
    );
    // The editor deletes Syria, and the relations that pointed to it.
    const json = JSON.parse(JSON.stringify(built)) as DictionaryFileContent;
    const entities = json.entities
      .filter((candidate) => candidate.id !== syria.id)
      .map((candidate) => ({
        ...candidate,
        relations: candidate.relations.filter((relation) => relation.target !== syria.id),
      }));
    const edited = `${JSON.stringify({ ...json, entities }, null, 2)}\n`;
    const result = mergeIntoExisting(edited, built, 'desk.entities.json');
    const { text, added, keptDeleted } = result;
    const merged = parseDictionary(text, 'desk.entities.json').dictionary!;
    assert.ok(!merged.entities.some((candidate) => candidate.id === syria.id), 'Syria came back');
    assert.ok(
      !merged.entities.some((candidate) => candidate.relations.some((relation) => relation.target === syria.id)),
      'a relation to Syria came back',
    );
    assert.deepStrictEqual([added.entities, added.relations, keptDeleted], [0, 0, 1]);
    assert.strictEqual(
      describeMerge(result),
      '0 entities, 0 aliases, 0 roles, 0 relations, 0 dated events; left out 1 entity deleted by hand',
    );
    assert.strictEqual(text, edited, 'nothing else changes');
    // A dictionary from before "builtEntities" has no memory of what was built: the entity is found again, and remembered from then on.
    const { builtEntities: _, ...old } = JSON.parse(edited) as DictionaryFileContent;
    const first = mergeIntoExisting(`${JSON.stringify(old, null, 2)}\n`, built, 'old.entities.json');
    assert.strictEqual(first.added.entities, 1);
    assert.ok((JSON.parse(first.text) as DictionaryFileContent).builtEntities.includes(syria.id));
  });
});

describe('newsroom-lens build', function () {
  this.timeout(20000);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-build-'));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const cli = (...args: string[]) => {
    let out = '';
    let err = '';
    const code = run(args, { out: (text) => (out += text), err: (text) => (err += text) });
    return { code, out, err };
  };

  it('writes nothing, and says so, for a headline alone, captions alone, a table of figures or another language', () => {
    const inputs = {
      'headline.txt': 'Quake Toll Rises As Rescuers Search Rubble\n',
      'captions.txt': 'A rescuer carries a child, Feb. 9, 2023. (AP Photo/Khalil Hamra)\nKremlin Pool Photo via AP\n',
      'table.txt':
        'Region | Deaths | Injured\n--- | --- | ---\nNorth | 1,204 | 3,310\nSouth | 877 | 2,045\nTotal | 2,081 | 5,355\n',
      'french.txt':
        "Le président a déclaré mardi que le gouvernement ne céderait pas. Les syndicats ont appelé à une nouvelle journée de grève dans tout le pays, et les transports seront perturbés jusqu'à la fin de la semaine selon les responsables des entreprises publiques et privées.\n",
    };
    for (const [name, text] of Object.entries(inputs)) {
      const article = path.join(scratch, name);
      fs.writeFileSync(article, text);
      const result = cli('build', article, '--no-bundled');
      assert.strictEqual(result.code, 2, name);
      assert.match(
        result.err,
        /no people, places or organisations found; nothing was written|nothing to build from/,
        name,
      );
      assert.ok(!fs.existsSync(article.replace(/\.txt$/, '.entities.json')), `${name}: nothing written`);
    }
  });

  it('links what the loaded dictionaries know instead of building it again, and says so', () => {
    const article = path.join(scratch, 'aftermath.txt');
    fs.writeFileSync(
      article,
      'DAMASCUS, Dec 10, 2024 - Bashar al-Assad is in Moscow, officials said. Farida Haddad, a teacher in Homs, said the city was calm.',
    );
    const linked = cli('build', article, '-o', '-');
    const built = JSON.parse(linked.out) as DictionaryFileContent;
    assert.match(linked.err, /linked, not built again: .*Bashar al-Assad → bashar-al-assad/);
    assert.ok(!built.entities.some((candidate) => candidate.name === 'Bashar al-Assad'));
    assert.ok(built.entities.some((candidate) => candidate.name === 'Farida Haddad'));
    const alone = JSON.parse(cli('build', article, '-o', '-', '--no-bundled').out) as DictionaryFileContent;
    assert.ok(alone.entities.some((candidate) => candidate.name === 'Bashar al-Assad'));
  });

  it('writes FILE.entities.json beside the article, dated by --date, and merges on a rebuild', () => {
    const article = path.join(scratch, 'floods.txt');
    fs.copyFileSync(path.join(fixtures, 'bangladesh-floods.txt'), article);
    const first = cli('build', article, '--date', '2025-08-10');
    assert.strictEqual(first.code, 0, first.err);
    const written = JSON.parse(
      fs.readFileSync(path.join(scratch, 'floods.entities.json'), 'utf8'),
    ) as DictionaryFileContent;
    assert.deepStrictEqual(written.source, { title: 'floods.txt', date: '2025-08-10', file: 'floods.txt' });
    assert.ok(written.entities.some((candidate) => candidate.name === 'World Food Programme'));
    const second = cli('build', article);
    assert.strictEqual(second.code, 0, second.err);
    assert.match(second.out, /merged, kept everything it had and added 0 entities/);
  });

  it('prints to stdout with -o -, and refuses what it cannot use with a message', () => {
    const article = path.join(scratch, 'derby.txt');
    fs.copyFileSync(path.join(fixtures, 'football-derby.txt'), article);
    const printed = cli('build', article, '-o', '-');
    assert.strictEqual(printed.code, 0);
    assert.strictEqual((JSON.parse(printed.out) as DictionaryFileContent).source.date, '2025-11-02');
    const empty = path.join(scratch, 'empty.txt');
    fs.writeFileSync(empty, '');
    assert.deepStrictEqual(cli('build', empty).code, 2);
    assert.match(cli('build', empty).err, /empty\.txt: nothing to build from: the file is empty/);
    assert.match(cli('build', article, '--max-size', '100').err, /over the builder's limit of 100/);
    assert.match(cli('build', path.join(scratch, 'missing.txt')).err, /no such file/);
  });
});
