import * as assert from 'assert';
import { type DictionaryFileContent, buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { combineArticles } from '../../src/core/builder/story';
import { parseDay } from '../../src/core/text/calendar';

const fallbackDate = parseDay('2026-01-01')!;

function build(text: string): DictionaryFileContent {
  return buildDictionary(text, { tagger: compromiseTagger, fallbackDate }).dictionary;
}

/** Every entity as "name [type] (alias, …)", for messages that show what was built. */
function shown(dictionary: DictionaryFileContent): string {
  return dictionary.entities
    .map(
      (entity) =>
        `${entity.name} [${entity.type}]${entity.aliases.length ? ` (${entity.aliases.map(aliasText).join(', ')})` : ''}`,
    )
    .join('; ');
}

const aliasText = (alias: string | { text: string }) => (typeof alias === 'string' ? alias : alias.text);

function entity(dictionary: DictionaryFileContent, name: string) {
  const found = dictionary.entities.find((candidate) => candidate.name === name);
  assert.ok(found, `${name} not built; built: ${shown(dictionary)}`);
  return found;
}

/** Every name and alias built, for checking that something is none of them. */
function allNames(dictionary: DictionaryFileContent): string[] {
  return dictionary.entities.flatMap((candidate) => [candidate.name, ...candidate.aliases.map(aliasText)]);
}

describe('the dictionary builder, on what wire copy writes around names', function () {
  this.timeout(20000);

  it('builds no entity from a contributor credit in brackets or a photo credit glued to a caption', () => {
    const dictionary = build(
      'Harbour shares fell 9 percent in Oslo on Monday, the exchange said.\n\n' +
        'Minister Ada Lindqvist spoke on the summit stagePhoto: Karel Brno/Getty Images\n\n' +
        'The stock was quoted at 300 crowns. (Reporting by Tomas Verde; Editing by Ana Rocha)',
    );
    const names = allNames(dictionary);
    for (const credit of [
      'Tomas Verde',
      'Verde',
      'Ana Rocha',
      'Rocha',
      'Editing',
      'Karel Brno',
      'Brno',
      'Getty Images',
    ])
      assert.ok(!names.includes(credit), `"${credit}" built from a credit; built: ${shown(dictionary)}`);
    assert.ok(!names.some((name) => name.includes('stage')), shown(dictionary));
  });

  it('reads a brand written with a lower-case initial before its legal suffix, and never a legal suffix alone', () => {
    const dictionary = build(
      'Nordwave Corp agreed to buy smaller rival zTrade Ltd for $2 billion on Monday. ' +
        'Shares of zTrade rose 12 percent. The deal puts pressure on its competitor Kestrel Corp.',
    );
    const names = allNames(dictionary);
    assert.ok(!names.includes('Ltd'), shown(dictionary));
    assert.ok(
      dictionary.entities.some((candidate) => candidate.type === 'organization' && /^zTrade/.test(candidate.name)),
      shown(dictionary),
    );
    // The sentence's full stop closes "Corp." too: the name is also written without it.
    const kestrel = dictionary.entities.find((candidate) => candidate.name.startsWith('Kestrel Corp'));
    assert.ok(kestrel, shown(dictionary));
    assert.ok([kestrel.name, ...kestrel.aliases.map(aliasText)].includes('Kestrel Corp'), shown(dictionary));
  });

  it('builds no entity from a competition and its acronym, a language, a people named as a noun, or a demonym and a title', () => {
    const dictionary = build(
      'Ghana and Peru meet in the final of the 2031 Pacific Cup of Champions (PCC) on Friday in Lima. ' +
        'Only nine coaches have lifted the PCC trophy.\n\n' +
        'At the school in Accra, teachers guide pupils through history and classical Swahili.\n\n' +
        'The plan matters for Maori, the board said.\n\n' +
        'Norwegian Chief Cabinet Secretary Ola Brennhaug told reporters the match would go ahead.',
    );
    const names = allNames(dictionary);
    for (const notEntity of ['Pacific Cup of Champions', 'PCC', 'Swahili', 'Maori'])
      assert.ok(!names.includes(notEntity), `"${notEntity}" built; built: ${shown(dictionary)}`);
    assert.ok(!names.some((name) => name.includes('Cabinet')), shown(dictionary));
    assert.ok(names.includes('Ola Brennhaug'), shown(dictionary));
  });

  it("types seas, deserts and Māori tribes by what they are, with no alias of a tribe's second word", () => {
    const dictionary = build(
      'Fishermen from Vigo sailed across the Atlantic to reach the port, which lies at the edge of the Sahara.\n\n' +
        'Leaders from Ngati Rua and Te Kahu, two iwi of the region, met the mayor on Monday. ' +
        'Hemi Walker, of Ngati Rua, said the iwi would vote.',
    );
    for (const place of ['Atlantic', 'Sahara'])
      assert.strictEqual(entity(dictionary, place).type, 'place', shown(dictionary));
    for (const tribe of ['Ngati Rua', 'Te Kahu']) {
      assert.strictEqual(entity(dictionary, tribe).type, 'organization', shown(dictionary));
      assert.deepStrictEqual(entity(dictionary, tribe).aliases.map(aliasText), [], shown(dictionary));
    }
  });

  it("keeps a surname's particles in its alias", () => {
    const dictionary = build(
      'EU official Anna van der Berg met ministers in Brussels on Monday to discuss the budget.',
    );
    const aliases = entity(dictionary, 'Anna van der Berg').aliases.map(aliasText);
    assert.ok(aliases.includes('van der Berg'), shown(dictionary));
    assert.ok(!aliases.includes('Berg'), shown(dictionary));
  });

  it("leaves a point of the compass that owns a body out of the body's name", () => {
    const dictionary = build("Officials said the North's Supreme Defence Council had met on Monday.");
    assert.strictEqual(entity(dictionary, 'Supreme Defence Council').type, 'organization', shown(dictionary));
  });

  it('reads a name after "X-based" as a body\'s', () => {
    const dictionary = build('Oslo-based Tindra Bioworks will work with the Ministry of Health to test samples.');
    assert.strictEqual(entity(dictionary, 'Tindra Bioworks').type, 'organization', shown(dictionary));
  });

  it("reads an island group's plural as its short form", () => {
    const dictionary = build("Boats carried tourists to Denmark's Faroe Islands. Hotels in the Faroes were full.");
    assert.ok(entity(dictionary, 'Faroe Islands').aliases.map(aliasText).includes('Faroes'), shown(dictionary));
    assert.ok(!dictionary.entities.some((candidate) => candidate.name === 'Faroes'), shown(dictionary));
  });

  it('folds a hotel named with "hotel" in lower case into its capitalised name', () => {
    const dictionary = build(
      'Guests were trapped inside the Bayrak hotel after the quake struck Kars on Sunday. ' +
        'Rescuers searched the rubble of the Bayrak Hotel through the night.',
    );
    const hotel = entity(dictionary, 'Bayrak Hotel');
    assert.strictEqual(hotel.type, 'place', shown(dictionary));
    assert.ok(
      !dictionary.entities.some((candidate) => candidate !== hotel && /^Bayrak/.test(candidate.name)),
      shown(dictionary),
    );
  });

  it('keeps a city named only in a headline in sentence case, not in one in Title Case', () => {
    const sentenceCase = build(
      'Visser says Warsaw ready to host talks\n\nDutch envoy Anke Visser met officials in Geneva on Monday.',
    );
    assert.strictEqual(entity(sentenceCase, 'Warsaw').type, 'place', shown(sentenceCase));
    const titleCase = build(
      'Visser Says Warsaw Ready To Host Talks\n\nDutch envoy Anke Visser met officials in Geneva on Monday.',
    );
    assert.ok(!allNames(titleCase).includes('Warsaw'), shown(titleCase));
  });

  it('types both ends of a stretch ("landfall between X and Y") and a town "in nearby X" as places', () => {
    const landfall = build('The storm is expected to make landfall on Sunday between Harlow and Denby.');
    assert.strictEqual(entity(landfall, 'Harlow').type, 'place', shown(landfall));
    assert.strictEqual(entity(landfall, 'Denby').type, 'place', shown(landfall));
    const nearby = build('Divers searched the canal in nearby Pelling after the crash.');
    assert.strictEqual(entity(nearby, 'Pelling').type, 'place', shown(nearby));
  });

  it('keeps "and" inside a body\'s name after its body word and "of", whatever leads it', () => {
    const dictionary = build(
      'The Northern Institute of Glaciology and Hydrology said on Monday it had warned the Ministry of Defence.',
    );
    assert.strictEqual(entity(dictionary, 'Northern Institute of Glaciology and Hydrology').type, 'organization');
    assert.ok(!allNames(dictionary).includes('Hydrology'), shown(dictionary));
  });

  it('reads a plain word opening a sentence before a lower-case noun as a noun phrase, not a body', () => {
    const dictionary = build('Garden centre spokeswoman Ann Lee said the frost came early.');
    assert.ok(!allNames(dictionary).includes('Garden'), shown(dictionary));
    assert.strictEqual(entity(dictionary, 'Ann Lee').type, 'person', shown(dictionary));
  });

  it('builds no entity from a degree or a thing known by its initials', () => {
    const dictionary = build('The study was led by a lecturer with a PhD in botany, who saw a CCTV clip.');
    assert.deepStrictEqual(allNames(dictionary), [], shown(dictionary));
  });

  it('reads a demonym of a country named in two words as no one, and gives it no abbreviation', () => {
    const dictionary = build('Most SL fans agree the next captain must be a Sri Lankan.');
    assert.ok(!allNames(dictionary).some((name) => /Lankan/.test(name)), shown(dictionary));
  });

  it('builds no entity from an honour or the field it is given in', () => {
    const dictionary = build('She won the Halvorsen Prize in Poetry and the Brandt Award for Fiction in Bergen.');
    assert.deepStrictEqual(allNames(dictionary), ['Bergen'], shown(dictionary));
    const lowerCase = build('She is only the third woman to take the Halvorsen poetry prize, which Oslo hosts.');
    assert.deepStrictEqual(allNames(lowerCase), ['Oslo'], shown(lowerCase));
  });

  it("reads an acronym in brackets after a possessive as the name's own", () => {
    const dictionary = build("Fenwick Bank's (FBK) chief executive Jo Tam said FBK would grow.");
    assert.ok(entity(dictionary, 'Fenwick Bank').aliases.map(aliasText).includes('FBK'), shown(dictionary));
    assert.ok(!dictionary.entities.some((candidate) => candidate.name === 'FBK'), shown(dictionary));
  });

  it('builds no entity from a credit in square brackets or an agency glued to a caption without a full stop', () => {
    const dictionary = build(
      'Court jails blogger\n\nThe blogger has been in prison since 2019 [AFP]\n\n' +
        'Crowds gathered in Rabat [Jane Roe/Reuters]\n\n' +
        'Coach Ben Ruiz shakes hands with Tom Vale after the win over Portugal Photosport\n\n' +
        'Ruiz said the blogger appeared in court in Tunis.',
    );
    assert.deepStrictEqual(
      allNames(dictionary).filter((name) => !/Ruiz|Vale/.test(name)),
      ['Rabat', 'Portugal', 'Tunis'],
      shown(dictionary),
    );
  });

  it('builds no entity from a section label in capitals before a colon', () => {
    const dictionary = build('BLOG: Vienna waits for the verdict\n\nThe court in Graz delayed it on Monday.');
    assert.deepStrictEqual(allNames(dictionary).sort(), ['Graz', 'Vienna'], shown(dictionary));
  });

  it('keeps a capitalised "All" inside a sentence and a title word before a place\'s last word in the name', () => {
    const dictionary = build(
      'Officials at All India Radio said the All Whites had landed on Lord Howe Island, not King George Island.',
    );
    assert.strictEqual(entity(dictionary, 'All India Radio').type, 'organization', shown(dictionary));
    assert.strictEqual(entity(dictionary, 'All Whites').type, 'organization', shown(dictionary));
    assert.strictEqual(entity(dictionary, 'Lord Howe Island').type, 'place', shown(dictionary));
    assert.ok(!allNames(dictionary).includes('Howe Island'), shown(dictionary));
  });

  it('reads "X coast" as a form of the place X, not a place of its own', () => {
    const dictionary = build('Storms battered the central Oregon coast before they reached Oregon towns and Boise.');
    assert.deepStrictEqual(allNames(dictionary).sort(), ['Boise', 'Oregon'], shown(dictionary));
  });

  it('types a "Watch" a body, a plant or refinery a place, and reads "US" before a body\'s words as an acronym', () => {
    const dictionary = build(
      'Budget Watch said workers at the Tarsk Engine Plant had joined the US Air Force, and the UK Army said the same.',
    );
    assert.strictEqual(entity(dictionary, 'Budget Watch').type, 'organization', shown(dictionary));
    assert.strictEqual(entity(dictionary, 'Tarsk Engine Plant').type, 'place', shown(dictionary));
    assert.strictEqual(entity(dictionary, 'US Air Force').type, 'organization', shown(dictionary));
  });

  it('reads a title-opened place named without its last word as that place, not a person', () => {
    const dictionary = build(
      'Boats left Lord Howe Island at dawn. Residents of Lord Howe and Norfolk Island were told to stay indoors.',
    );
    assert.deepStrictEqual(
      allNames(dictionary).sort(),
      ['Lord Howe', 'Lord Howe Island', 'Norfolk Island'],
      shown(dictionary),
    );
  });

  it("folds a team's singular name before a noun into its plural, also when the plural opens a sentence", () => {
    const dictionary = build(
      'It was the next All White coach, said Dan Mora.\n\nAll Whites captain Ben Ruiz said the side beat Fiji.',
    );
    const team = entity(dictionary, 'All Whites');
    assert.deepStrictEqual(team.aliases.map(aliasText), ['All White'], shown(dictionary));
    assert.ok(!allNames(dictionary).includes('Whites'), shown(dictionary));
  });

  it('reads "X, today called Y" as another name of X', () => {
    const dictionary = build('Fishermen on Lake Orvan, today called Lake Tessin, said Lake Tessin was rising.');
    assert.deepStrictEqual(allNames(dictionary), ['Lake Orvan', 'Lake Tessin'], shown(dictionary));
    assert.strictEqual(dictionary.entities.length, 1, shown(dictionary));
  });

  it("never makes a country's abbreviation opening a body's name the body's alias", () => {
    const dictionary = build('PNG Power said the grid failed. Most PNG homes lost light, said Jo Dunn.');
    assert.deepStrictEqual(entity(dictionary, 'PNG Power').aliases, [], shown(dictionary));
    assert.strictEqual(entity(dictionary, 'PNG').type, 'place', shown(dictionary));
  });

  it('types a "brand X" and a "… Management" named after a region as bodies', () => {
    const dictionary = build(
      'Its sister brand Corvane lost money, and Waste Management Tasmania said bins were full, said Karl Dorn.',
    );
    assert.strictEqual(entity(dictionary, 'Corvane').type, 'organization', shown(dictionary));
    assert.strictEqual(entity(dictionary, 'Waste Management Tasmania').type, 'organization', shown(dictionary));
  });

  it("builds no entity from the outlet a presenter's sign-on or a digest's opening names as its own", () => {
    const dictionary = build(
      'From Radio Ketu, the voice of the valley.\n\nToday on Radio Ketu : floods hit Lisbon.\n\n' +
        "Tom Vale said the river rose. I'm Ana Reis and this is Radio Ketu.",
    );
    assert.ok(!allNames(dictionary).some((name) => /Ketu/.test(name)), shown(dictionary));
    assert.strictEqual(entity(dictionary, 'Lisbon').type, 'place', shown(dictionary));
  });

  it('builds no entity from a breed before "dog" or a genus before its Latin epithet', () => {
    const dictionary = build(
      'The animal was the size of a Labrador dog and has been named Velosaurus brindlei by Ana Reis in Lisbon.',
    );
    assert.deepStrictEqual(allNames(dictionary), ['Ana Reis', 'Reis', 'Lisbon'], shown(dictionary));
  });
});

describe('the dictionary builder, on one person written several ways', function () {
  this.timeout(20000);

  it('reads an office outside the title lexicon before a given name and a surname as a title, with its place', () => {
    const dictionary = build(
      'Lake Tarn County Warden Ilse Marrow told reporters the road was closed.\n\n' +
        'The bridge failed at dawn, Warden Ilse Marrow of Lake Tarn County said.\n\n' +
        'Warden Marrow said crews would work through the night.',
    );
    const people = dictionary.entities.filter((candidate) => candidate.type === 'person');
    assert.deepStrictEqual(
      people.map((person) => person.name),
      ['Ilse Marrow'],
      shown(dictionary),
    );
    assert.ok(
      people[0]!.roles?.some((role) => /Warden/.test(role.title)),
      JSON.stringify(people[0]!.roles),
    );
    // An English noun the title list lacks is read the same way, and stays an office before the surname alone.
    const pastor = build(
      'Pastor Ilse Marrow told reporters the chapel was closed. Pastor Marrow said crews would work through the night.',
    );
    assert.deepStrictEqual(
      pastor.entities.filter((candidate) => candidate.type === 'person').map((person) => person.name),
      ['Ilse Marrow'],
      shown(pastor),
    );
    // An unknown word before a given name and a surname is the name's own, no office.
    const named = build('The council appointed Kwesiru Mohammed Otieno as its chairman on Friday.');
    assert.ok(allNames(named).includes('Kwesiru Mohammed Otieno'), shown(named));
  });

  it('reads names that differ only by a middle name or initial as one person, the shorter an alias', () => {
    for (const text of [
      'Tomasz Kiprono Walde opened the session. Later, Tomasz Walde left the hall. Walde declined to comment.',
      'Tomasz Walde opened the session. Later, Tomasz K. Walde left the hall. Walde declined to comment.',
    ]) {
      const dictionary = build(text);
      const people = dictionary.entities.filter((candidate) => candidate.type === 'person');
      assert.strictEqual(people.length, 1, shown(dictionary));
      assert.ok(people[0]!.name.split(' ').length === 3, shown(dictionary));
      assert.ok(people[0]!.aliases.map(aliasText).includes('Tomasz Walde'), shown(dictionary));
    }
  });

  it('reads a body named without its "of" phrase as the body, when only one body has that opening', () => {
    for (const text of [
      'The Grain Reserve of Mbale raised its price on Monday. The Grain Reserve said stocks were low.',
      'The Grain Reserve said stocks were low on Monday. Later the Grain Reserve of Mbale raised its price.',
    ]) {
      const dictionary = build(text);
      assert.deepStrictEqual(
        allNames(dictionary).filter((name) => name.startsWith('Grain')),
        ['Grain Reserve of Mbale', 'Grain Reserve'],
      );
    }
    const two = build(
      'The Grain Reserve of Mbale and the Grain Reserve of Tororo met on Monday. The Grain Reserve said stocks were low.',
    );
    for (const entry of two.entities.filter((candidate) => candidate.name.includes(' of ')))
      assert.ok(!entry.aliases.map(aliasText).includes('Grain Reserve'), shown(two));
  });

  it('keeps two people apart whose middle names are both written in full, and the bare name joins neither', () => {
    const dictionary = build(
      'Tomasz Kiprono Walde opened the session. Tomasz Odhiambo Walde, his cousin, spoke next. Later, Tomasz Walde left.',
    );
    const people = dictionary.entities.filter((candidate) => candidate.type === 'person').map((person) => person.name);
    assert.ok(people.includes('Tomasz Kiprono Walde') && people.includes('Tomasz Odhiambo Walde'), people.join('; '));
  });

  it('joins one person two articles of a story name with and without a middle initial, and records their titles apart', () => {
    const first = build('Ruben Ostrander, a director of Harlow Mining, said the shaft was sealed.');
    const second = build('Ruben T. Ostrander, chairman of Kestrel Coal Corporation, said the shaft was sealed.');
    const story = combineArticles([
      {
        file: 'one.txt',
        text: 'Ruben Ostrander, a director of Harlow Mining, said the shaft was sealed.',
        dictionary: first,
      },
      {
        file: 'two.txt',
        text: 'Ruben T. Ostrander, chairman of Kestrel Coal Corporation, said the shaft was sealed.',
        dictionary: second,
      },
    ]);
    const people = story.entities.filter((candidate) => candidate.type === 'person');
    assert.deepStrictEqual(
      people.map((person) => [person.name, person.aliases.map(aliasText)]),
      [['Ruben T. Ostrander', ['Ostrander', 'Ruben Ostrander']]],
    );
    assert.ok(
      story.disagreements?.some((disagreement) => disagreement.kind === 'title'),
      JSON.stringify(story.disagreements),
    );
    assert.ok(
      !story.disagreements?.some((disagreement) => disagreement.kind === 'spelling'),
      JSON.stringify(story.disagreements),
    );
  });

  it('names a person as most articles of a story spell them, and keeps the odd spelling out of the aliases', () => {
    const texts = [
      'Sheriff Dolan Kettridge said the road was closed. Kettridge said crews were at work.',
      'The road was closed, said Sheriff Dolan Kettridge. Kettridge expected it to reopen.',
      'Sheriff Dolan Kettrige said the road was closed. Kettrige said crews were at work.',
    ];
    const articles = (order: number[]) =>
      order.map((i) => ({ file: `${i}.txt`, text: texts[i]!, dictionary: build(texts[i]!) }));
    for (const order of [
      [0, 1, 2],
      [2, 0, 1],
    ]) {
      const story = combineArticles(articles(order));
      const people = story.entities.filter((candidate) => candidate.type === 'person');
      assert.deepStrictEqual(
        people.map((person) => [person.name, person.aliases.map(aliasText)]),
        [['Dolan Kettridge', ['Kettridge']]],
      );
      const spelling = story.disagreements?.find((disagreement) => disagreement.kind === 'spelling');
      assert.deepStrictEqual(spelling?.claims.map((claim) => claim.value).sort(), [
        'Dolan Kettridge',
        'Dolan Kettrige',
      ]);
    }
    // Two articles, two spellings: neither is preferred, both stay names of the person.
    const even = combineArticles(articles([0, 2]));
    const person = even.entities.find((candidate) => candidate.type === 'person')!;
    assert.deepStrictEqual([person.name, ...person.aliases.map(aliasText)].sort(), [
      'Dolan Kettridge',
      'Dolan Kettrige',
      'Kettridge',
      'Kettrige',
    ]);
  });
});

describe('the dictionary builder, on hard-wrapped wire copy', function () {
  this.timeout(20000);

  const wrapped =
    'LUSAKA, March 3 Miriam Tembo has been formally\n' +
    'named chief executive of the Kafue Grain Board of\n' +
    'Zambia by the cabinet after lawmakers approved it, the\n' +
    'board said on its website.\n' +
    'The cabinet also appointed Joseph Mwansa Chilufya as the\n' +
    "board's chairman. The next Grain Pricing\n" +
    'Committee meeting set for April 7 will be held with the\n' +
    'new chief executive in charge.\n';

  it('reads a line break inside a paragraph as a space: names and sentences are not cut at line ends', () => {
    const dictionary = build(wrapped);
    const names = allNames(dictionary);
    for (const whole of ['Joseph Mwansa Chilufya', 'Kafue Grain Board of Zambia', 'Grain Pricing Committee'])
      assert.ok(names.includes(whole), `"${whole}" not built whole; built: ${shown(dictionary)}`);
    for (const cut of ['Grain Pricing', 'Committee', 'Kafue Grain Board', 'Joseph Mwansa'])
      assert.ok(!names.includes(cut), `"${cut}" built from a line's end; built: ${shown(dictionary)}`);
    const sources = [
      ...dictionary.events.map((event) => event.source),
      ...dictionary.entities.flatMap((candidate) => candidate.roles.map((role) => role.source)),
    ];
    assert.ok(sources.length > 0, shown(dictionary));
    for (const source of sources)
      assert.ok(!source.includes('\n'), `a source cut at a line: ${JSON.stringify(source)}`);
  });

  it('keeps headlines, datelines and captions written one line a paragraph apart', () => {
    const text =
      'Grain board names new chief\n' +
      'LUSAKA, March 3 (Reuters) - Zambia named Miriam Tembo to run the grain board on Monday.\n' +
      'Miriam Tembo speaks in Lusaka on March 1, 2025. PHOTO: FILE\n' +
      'Tembo said prices would be set in April, after the harvest had been counted by the board.\n';
    const dictionary = build(text);
    assert.ok(!allNames(dictionary).some((name) => /chief|Grain board/i.test(name)), shown(dictionary));
    assert.ok(allNames(dictionary).includes('Miriam Tembo'), shown(dictionary));
  });
});

describe('the dictionary builder, on a demonym after a sentence-opening word', function () {
  this.timeout(20000);

  it('builds no person from a capitalised first word and a demonym, and no demonym alias', () => {
    const dictionary = build(
      'Gleaming Kenyan trophies went on show at the Lusaka museum on Monday, curator Miriam Tembo said.\n\n' +
        'The Kenyan collection was lent by a private owner.',
    );
    const names = allNames(dictionary);
    for (const wrong of ['Gleaming Kenyan', 'Kenyan'])
      assert.ok(!names.includes(wrong), `"${wrong}" built; built: ${shown(dictionary)}`);
    assert.ok(names.includes('Miriam Tembo'), shown(dictionary));
  });
});

describe('the dictionary builder, on a kind of person before a name', function () {
  this.timeout(20000);

  it('types a name after "god", "goddess" or "poet" as a person', () => {
    const dictionary = build(
      'The mural shows the sea god Oltheus beside the goddess Marvessa, the curator Miriam Tembo said in Lusaka on Monday.',
    );
    for (const name of ['Oltheus', 'Marvessa'])
      assert.strictEqual(entity(dictionary, name).type, 'person', shown(dictionary));
  });
});

describe("the dictionary builder, on a wire service's note to editors", () => {
  it('takes no "(Adds background)" line for the headline', () => {
    const lead = 'KAUNAS, June 26 (Reuters) - Orla Venske was named governor of the Baltic Grain Council.\n';
    const titleOf = (text: string) =>
      buildDictionary(text, { tagger: compromiseTagger, fallbackDate, fallbackTitle: 'grain.txt' }).dictionary.source
        .title;
    assert.strictEqual(titleOf(`(Adds background)\n${lead}`), 'grain.txt');
    assert.strictEqual(
      titleOf(`(Updates with council statement)\nGrain council names new governor\n${lead}`),
      'Grain council names new governor',
    );
  });
});
