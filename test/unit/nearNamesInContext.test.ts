import * as assert from 'assert';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { wordSlip } from '../../src/core/text/nameKeys';
import { findingsOf, indexOf } from './helpers';

// Invented people and bodies: nothing here is any draft's or article's.
const index = indexOf({
  entities: [
    { id: 'kaspar-lenz', name: 'Kaspar Lenz', type: 'person', aliases: ['Lenz'] },
    { id: 'mirela-fonta', name: 'Mirela Fonta', type: 'person', aliases: ['Fonta'] },
    { id: 'tomas-brenk', name: 'Tomas Brenk', type: 'person', aliases: ['Brenk'] },
    { id: 'ada-kirwan', name: 'Ada Kirwan', type: 'person', aliases: ['Kirwan'] },
    { id: 'odile-van-der-brugge', name: 'Odile van der Brugge', type: 'person', aliases: ['van der Brugge'] },
    { id: 'pemba-tolani', name: 'Pemba Tolani', type: 'person', aliases: ['Tolani'] },
    {
      id: 'hanne-orvik',
      name: 'Hanne Orvik',
      type: 'person',
      aliases: ['Orvik'],
      roles: [{ title: 'spokeswoman for the Delta Relief League' }],
    },
    {
      id: 'ravi-mallet',
      name: 'Ravi Mallet',
      type: 'person',
      aliases: ['Mallet'],
      roles: [{ title: 'director of the Delta Relief League' }],
    },
    { id: 'sorrel-biolabs', name: 'Sorrel Biolabs', type: 'organization', aliases: [] },
    { id: 'norland-survey', name: 'Norland Hydrological Survey', type: 'organization', aliases: [] },
    { id: 'upper-vale-council', name: 'Upper Vale District Council', type: 'organization', aliases: [] },
    { id: 'tarnia-settlements-bank', name: 'Bank for Tarnian Settlements', type: 'organization', aliases: [] },
    { id: 'tarnia', name: 'Tarnia', type: 'place', aliases: [] },
    { id: 'port-tarnia', name: 'Port Tarnia', type: 'place', aliases: [] },
  ],
});

const findings = (text: string, rule: string) => findingsOf(index, text, rule);

describe('a name of several words with one word slipped', () => {
  it('flags a letter added, dropped or swapped in one word when the other words are exact', () => {
    assert.deepStrictEqual(
      findings(
        'Kaspar Lentz arrived. Later Mirela Fontas spoke, and Tomas Brnek left. Shares of Sorel Biolabs rose.',
        'name-variant',
      ),
      [
        ['Kaspar Lentz', 'Kaspar Lenz'],
        ['Mirela Fontas', 'Mirela Fonta'],
        ['Tomas Brnek', 'Tomas Brenk'],
        ['Sorel Biolabs', 'Sorrel Biolabs'],
      ],
    );
  });

  it('flags a body with one ordinary word a letter or an ending off, ordinary words before it included', () => {
    assert.deepStrictEqual(
      findings('It cited the Norland Hydrologic Survey. The Upper Vale Distict Council agreed.', 'name-variant'),
      [
        ['Norland Hydrologic Survey', 'Norland Hydrological Survey'],
        ['Upper Vale Distict Council', 'Upper Vale District Council'],
      ],
    );
  });

  it('reads a body’s name across a lower-case connector', () => {
    assert.deepStrictEqual(findings('It cited the Bank for Tarnian Setlements on Monday.', 'name-variant'), [
      ['Bank for Tarnian Setlements', 'Bank for Tarnian Settlements'],
    ]);
  });

  it('reads a title and the words qualifying it before a name as no other name words', () => {
    assert.deepStrictEqual(findings('Tarnian Chancellor Kaspar Lentz spoke.', 'name-variant'), [
      ['Kaspar Lentz', 'Kaspar Lenz'],
    ]);
  });

  it('is sure of a slipped word only where the draft names the entity elsewhere', () => {
    const severities = (text: string) =>
      checkDraft(text, index, DEFAULT_CHECK_OPTIONS).map((finding) => finding.severity);
    assert.deepStrictEqual(severities('Mirela Fontas spoke.'), ['info']);
    assert.deepStrictEqual(severities('Mirela Fonta left. Later Mirela Fontas spoke.'), ['warning']);
  });

  it('says which word differs and that the others are as the dictionary writes them', () => {
    const [finding] = checkDraft('Mirela Fontas spoke.', index, DEFAULT_CHECK_OPTIONS);
    assert.match(
      finding!.message,
      /differs from "Mirela Fonta" by a→as, its other words as the dictionary writes them/,
    );
  });

  it('leaves another given name, a changed letter, a word of another name and a demonym alone', () => {
    assert.deepStrictEqual(
      findings(
        'Ada Kirwan spoke. Adam Kirwan, her cousin, agreed. Tomas Brent left. Ada Tolani stayed. A Port Tarnian boat sailed.',
        'name-variant',
      ),
      [],
    );
  });

  it('takes a dropped or added letter but not a changed one', () => {
    assert.ok(wordSlip('Kaspar Lentz', 'Kaspar Lenz'));
    assert.ok(wordSlip('Ada Kirwn', 'Ada Kirwan'));
    assert.strictEqual(wordSlip('Tomas Brent', 'Tomas Brenk'), undefined);
    assert.strictEqual(wordSlip('Ada Kirwan Jones', 'Ada Kirwan'), undefined);
  });
});

describe('a surname alone near a name the draft gives', () => {
  it('flags a short surname with the same sound, mid-sentence or at a sentence start', () => {
    assert.deepStrictEqual(findings('Kaspar Lenz spoke. Later Lanz said no. Lanz left.', 'name-variant'), [
      ['Lanz', 'Lenz'],
      ['Lanz', 'Lenz'],
    ]);
  });

  it('flags a surname a letter longer or shorter that speaks ("Lentz said"), not one described as another', () => {
    assert.deepStrictEqual(
      findings('Kaspar Lenz spoke. "No," Lentz said. Mirela Fonta left, and Fontan, a driver, stayed.', 'name-variant'),
      [['Lentz', 'Lenz']],
    );
  });

  it('flags a speaker a letter off whose sound differs a little, unless the draft names someone else so', () => {
    assert.deepStrictEqual(findings('Tomas Brenk spoke. Brent said no.', 'name-variant'), [['Brent', 'Brenk']]);
    assert.deepStrictEqual(
      findings('Tomas Brenk spoke. Lina Brent, a pilot, came. Brent said no.', 'name-variant'),
      [],
    );
  });

  it('flags a speaker with two letters swapped or an s added, not a family ("the Tolanis")', () => {
    assert.deepStrictEqual(
      findings('Pemba Tolani spoke. Later Toalni said no. Tolanis said yes. The Tolanis said nothing.', 'name-variant'),
      [
        ['Toalni', 'Tolani'],
        ['Tolanis', 'Tolani'],
      ],
    );
  });

  it('does not guess at a surname for an entity the draft does not name', () => {
    assert.deepStrictEqual(findings('Later Lanz said no. "No," Lentz said.', 'name-variant'), []);
  });
});

describe('a misspelt surname at a sentence start', () => {
  it('is checked when the draft names the entity', () => {
    assert.deepStrictEqual(findings('Pemba Tolani spoke. Tolano said testing would resume.', 'name-variant'), [
      ['Tolano', 'Tolani'],
    ]);
  });

  it('is not checked for an entity the draft does not name, nor in a headline', () => {
    assert.deepStrictEqual(findings('Tolano said testing would resume.', 'name-variant'), []);
    assert.deepStrictEqual(findings('# Tolano Says Testing Resumes\n\nPemba Tolani spoke.', 'name-variant'), []);
  });
});

describe('particles of a person’s name in the dictionary’s case', () => {
  it('flags a particle capitalised inside a sentence, marking and mending the whole name at once', () => {
    assert.deepStrictEqual(findings('Later Odile Van der Brugge spoke, and Van Der Brugge left.', 'particle-case'), [
      ['Odile Van der Brugge', 'Odile van der Brugge'],
      ['Van Der Brugge', 'van der Brugge'],
    ]);
  });

  it('takes a capital at a sentence start as correct, and the house case anywhere', () => {
    assert.deepStrictEqual(
      findings('Odile van der Brugge spoke. Van der Brugge left. "No," van der Brugge said.', 'particle-case'),
      [],
    );
  });
});

describe('job words before a name compared with the dictionary’s roles', () => {
  it('flags a job word that is no role of the person', () => {
    assert.deepStrictEqual(
      findings('League director Hanne Orvik said no. Team leader Hanne Orvik left.', 'title-conflict'),
      [
        ['director', 'spokeswoman'],
        ['Team leader', 'Spokeswoman'],
      ],
    );
  });

  it('leaves a compatible role and a former one alone', () => {
    assert.deepStrictEqual(
      findings('League director Ravi Mallet spoke. The former director Hanne Orvik left.', 'title-conflict'),
      [],
    );
  });
});

describe('a body named with another form of one of its words', () => {
  // Invented bodies.
  const bodies = indexOf({
    entities: [
      { id: 'tec', name: 'Tarnland Election Commission', type: 'organization' },
      { id: 'ngs', name: 'Norland Geological Survey', type: 'organization' },
    ],
  });
  const variants = (text: string) => findingsOf(bodies, text, 'name-variant');

  it('offers the dictionary’s form ("Electoral" for "Election", "Geologic" for "Geological")', () => {
    assert.deepStrictEqual(variants('The Tarnland Electoral Commission met. The Norland Geologic Survey said so.'), [
      ['Tarnland Electoral Commission', 'Tarnland Election Commission'],
      ['Norland Geologic Survey', 'Norland Geological Survey'],
    ]);
    assert.deepStrictEqual(variants('The Tarnland Election Commission met the Norland Geological Survey.'), []);
  });
});
