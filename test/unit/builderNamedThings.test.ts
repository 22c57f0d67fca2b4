import * as assert from 'assert';
import { buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';

const names = (text: string) =>
  buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! }).dictionary.entities.map(
    (entity) => entity.name,
  );

describe('the dictionary builder, on made things, works and honours named in the story', function () {
  this.timeout(20000);

  it('builds no entity from a craft, a project or a product line, and keeps the body that made it', () => {
    assert.deepStrictEqual(
      names('The rocket carried the Korin Capsule Recovery Experiment, built by the Arvani Space Agency.'),
      ['Arvani Space Agency'],
    );
    const said = names(
      'Tellumsat was the first satellite made by Borovia, said Mira Okonedo. The Tellumsat from Borovia flew.',
    );
    assert.ok(!said.includes('Tellumsat'), said.join(', '));
    assert.ok(said.includes('Mira Okonedo'), said.join(', '));
    assert.deepStrictEqual(names('The launch also carried the Borovian-built Quellsat-2A, officials said.'), []);
    assert.deepStrictEqual(
      names('Its first satellite in the VESTA series was put into orbit in 1982, Tom Reyes said.'),
      ['Tom Reyes'],
    );
  });

  it('builds no entity from a work in parts or from an honour made an adjective', () => {
    assert.deepStrictEqual(names('Her books include the Pellan Prize-winning novel "Ashes", said Tom Reyes.'), [
      'Tom Reyes',
    ]);
    assert.deepStrictEqual(names('She wrote four novels known as the Harrowgate Quartet, Tom Reyes said.'), [
      'Tom Reyes',
    ]);
  });
});

describe('the dictionary builder, on titles and bodies written around names', function () {
  this.timeout(20000);
  const built = (text: string) =>
    buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! }).dictionary.entities.map(
      (entity) =>
        `${entity.name} [${entity.type}] (${entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)).join(', ')})`,
    );

  it('reads a job with a joined rank, or an occupation, opening a sentence as a title before a full name', () => {
    assert.deepStrictEqual(built('Co-head Jörn Maltby said the ruling was a lesson.'), [
      'Jörn Maltby [person] (Maltby)',
    ]);
    assert.deepStrictEqual(built('Ex-minister Piet Vossen denied it on Monday.'), ['Piet Vossen [person] (Vossen)']);
    assert.deepStrictEqual(built('Novelist A.J. Farrow, whose books sold well, has died.'), [
      'A.J. Farrow [person] (Farrow)',
    ]);
  });

  it("keeps a body's portfolio of two and its place whole", () => {
    assert.deepStrictEqual(
      built('Ola Brandt, a deputy at the National Institute of Aeronautics and Space of Dravia, said so.'),
      ['Ola Brandt [person] (Brandt)', 'National Institute of Aeronautics and Space of Dravia [organization] ()'],
    );
  });
});

describe('the dictionary builder, on fiscal periods and spelled-out acronyms', function () {
  this.timeout(20000);

  it('builds no entity from a fiscal period before what it measures', () => {
    assert.deepStrictEqual(names('The H1 pretax profit rose, Ola Brandt said. Q3 earnings fell.'), ['Ola Brandt']);
  });

  it('builds no entity from an acronym spelled out in lower case before it between dashes', () => {
    assert.deepStrictEqual(
      names('Most were given two tick, flea and worm - TFW - doses. The TFW dose works, Ola Brandt said.'),
      ['Ola Brandt'],
    );
  });
});

describe('the dictionary builder, on sites and worlds', function () {
  this.timeout(20000);
  const types = (text: string) =>
    buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! }).dictionary.entities.map(
      (entity) => [entity.name, entity.type],
    );

  it('types a space centre, a cosmodrome, a world a craft orbits and a town flown over as places', () => {
    assert.deepStrictEqual(types('The launch took place at the Varnak Space Center, Ola Brandt said.'), [
      ['Varnak Space Center', 'place'],
      ['Ola Brandt', 'person'],
    ]);
    assert.deepStrictEqual(types('The rocket lifted off from the Tesmir Cosmodrome on Monday.'), [
      ['Tesmir Cosmodrome', 'place'],
    ]);
    assert.deepStrictEqual(types('The capsule will orbit Earth for 30 days.'), [['Earth', 'place']]);
    assert.deepStrictEqual(types('It may be the first dinosaur to walk the Earth.'), [['Earth', 'place']]);
    assert.deepStrictEqual(types('It is one of the richest places on Earth, Ola Brandt said.'), [
      ['Earth', 'place'],
      ['Ola Brandt', 'person'],
    ]);
    assert.deepStrictEqual(types('A helicopter flew over Dunmarrow. Police said the village was cut off.'), [
      ['Dunmarrow', 'place'],
    ]);
  });
});

describe('the dictionary builder, on a caption line under a headline', function () {
  this.timeout(20000);

  it("reads a caption's first word as a sentence's, not a name", () => {
    assert.deepStrictEqual(
      names(
        'Dozens rescued from rising water\nHelicopter over Dunmarrow\nA rescue is under way in Dunmarrow, where a helicopter flew over the harbour.',
      ),
      ['Dunmarrow'],
    );
  });
});

describe('the dictionary builder, on what a person is called by', function () {
  this.timeout(20000);

  it("aliases both surnames, never the mother's alone", () => {
    const entity = buildDictionary('Judge Rosa María Pérez Soto ruled on Monday. The court backed her.', {
      tagger: compromiseTagger,
      fallbackDate: parseDay('2026-01-01')!,
    }).dictionary.entities[0]!;
    assert.deepStrictEqual(
      [entity.name, entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))],
      ['Rosa María Pérez Soto', ['Pérez Soto']],
    );
  });

  it('aliases a given name shaped like a demonym where the text calls a titled person by it', () => {
    const entity = buildDictionary(
      'Prime Minister Somrai Chaiyo will now have to step down. Somrai was banned from politics for five years.',
      { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! },
    ).dictionary.entities[0]!;
    assert.deepStrictEqual(
      [entity.name, entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))],
      ['Somrai Chaiyo', ['Somrai', 'Chaiyo']],
    );
  });
});
