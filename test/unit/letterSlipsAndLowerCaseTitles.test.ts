import * as assert from 'assert';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { letterSlip } from '../../src/core/text/nameKeys';
import { findingsOf, indexOf } from './helpers';

// Invented people: nothing here is any draft's or article's.
const index = indexOf({
  entities: [
    { id: 'tavita-lomano', name: 'Tavita Lomano', type: 'person', aliases: ['Lomano'] },
    { id: 'nasihullah-baryal', name: 'Nasihullah Baryal', type: 'person', aliases: ['Baryal'] },
    { id: 'oksana-terlecka', name: 'Oksana Terlecka', type: 'person', aliases: ['Terlecka'] },
    { id: 'piet-lomanor', name: 'Piet Lomanor', type: 'person', aliases: ['Lomanor'] },
    {
      id: 'greta-falkner',
      name: 'Greta Falkner',
      type: 'person',
      aliases: ['Falkner'],
      roles: [{ title: 'sales chief of Hollis Aero' }],
    },
    {
      id: 'ruben-ostrander',
      name: 'Ruben Ostrander',
      type: 'person',
      aliases: ['Ostrander'],
      roles: [{ title: 'Chief Executive of Hollis Aero' }],
    },
    {
      id: 'amal-seddiqi',
      name: 'Amal Seddiqi',
      type: 'person',
      aliases: ['Seddiqi'],
      roles: [{ title: 'deputy prime minister of Qaranland' }, { title: 'Secretary-General of the Qaran League' }],
    },
    { id: 'ivo-brask', name: 'Ivo Brask', type: 'person', aliases: ['Brask'], roles: [{ title: 'CEO of Brask Rail' }] },
    {
      id: 'ivo-kallas',
      name: 'Ivo Kallas',
      type: 'person',
      aliases: ['Kallas'],
      roles: [{ title: 'Vice-President of Brask Rail' }],
    },
    {
      id: 'lene-vaag',
      name: 'Lene Vaag',
      type: 'person',
      aliases: ['Vaag'],
      roles: [{ title: 'chairwoman of the port authority' }],
    },
  ],
});

const findings = (text: string, rule: string) => findingsOf(index, text, rule);

describe('one-letter slips that change the sound, in a full name', () => {
  it('flags a changed letter (n→m) or a dropped one (h, l) in a long word of a full name written otherwise right', () => {
    assert.deepStrictEqual(
      findings('Tavita Lomamo arrived. Nasiullah Baryal said so. Oksana Terecka agreed.', 'name-variant'),
      [
        ['Tavita Lomamo', 'Tavita Lomano'],
        ['Nasiullah Baryal', 'Nasihullah Baryal'],
        ['Oksana Terecka', 'Oksana Terlecka'],
      ],
    );
  });

  it('is less sure of such a slip than of a same-sound one, and says the sound differs a little', () => {
    const [slip] = checkDraft('Tavita Lomamo arrived.', index, DEFAULT_CHECK_OPTIONS);
    assert.strictEqual(slip!.severity, 'info');
    assert.match(slip!.message, /differs from "Tavita Lomano" by n→m and sounds almost the same/);
  });

  it('leaves a surname alone, another given name, a short word, and a spelling the dictionary knows', () => {
    assert.deepStrictEqual(
      findings(
        'Tavita Lomano left. Later Lomamo, a driver, spoke. Sione Lomamo, his cousin, agreed. Piet Lomanor stayed.',
        'name-variant',
      ),
      [],
    );
    // Five letters are too few: "Kilby" is not "Kirby", even with the same given name.
    assert.strictEqual(letterSlip('Jack Kilby', 'Jack Kirby'), undefined);
    // A word that is the name with an ending (a plural, a feminine form) is another word.
    assert.strictEqual(letterSlip('Oksana Terleckas', 'Oksana Terlecka'), undefined);
    // Two words changed is not a slip.
    assert.strictEqual(letterSlip('Tavida Lomamo', 'Tavita Lomano'), undefined);
  });
});

describe('titles written in lower case before a name', () => {
  it('are checked against the roles as capitalised ones are', () => {
    assert.deepStrictEqual(
      findings(
        'Hollis Aero chief executive Greta Falkner spoke. Qaranland prime minister Amal Seddiqi listened. Port spokesman Lene Vaag left.',
        'title-conflict',
      ),
      [
        ['chief executive', null],
        ['prime minister', 'deputy prime minister'],
        ['spokesman', 'chairwoman'],
      ],
    );
  });

  it('agree with a role that has the title, spells it out or abbreviates it, or an office held at another time', () => {
    assert.deepStrictEqual(
      findings(
        [
          'Hollis Aero chief executive Ruben Ostrander spoke, as did the company’s chief executive, Ruben Ostrander.',
          'Brask Rail chief executive Ivo Brask agreed; deputy prime minister Amal Seddiqi too.',
          'Former president Greta Falkner and ex-foreign minister Lene Vaag came, with former transport minister Ivo Brask.',
          'Port chairwoman Lene Vaag left; the general manager Ivo Brask stayed.',
          'Brask Rail vice president Ivo Kallas and Secretary General Amal Seddiqi came.',
        ].join(' '),
        'title-conflict',
      ),
      [],
    );
  });
});

describe('titles with a qualifier that makes them another office', () => {
  // Invented people and offices.
  const offices = indexOf({
    entities: [
      {
        id: 'odo-varga',
        name: 'Odo Varga',
        type: 'person',
        aliases: ['Varga'],
        roles: [{ title: 'Governor of Tarnland' }],
      },
      { id: 'rhea-moss', name: 'Rhea Moss', type: 'person', aliases: ['Moss'], roles: [{ title: 'Majority Leader' }] },
      {
        id: 'sam-ilic',
        name: 'Sam Ilic',
        type: 'person',
        aliases: ['Ilic'],
        roles: [{ title: 'deputy governor of the Norland Bank' }],
      },
    ],
  });
  const titleFindings = (text: string) => findingsOf(offices, text, 'title-conflict');

  it('flags a qualifier the role lacks or one that differs, and offers the role’s title with its own qualifier', () => {
    assert.deepStrictEqual(titleFindings('Lieutenant Governor Odo Varga spoke.'), [
      ['Lieutenant Governor', 'Governor'],
    ]);
    assert.deepStrictEqual(titleFindings('Minority Leader Rhea Moss left.'), [['Minority Leader', 'Majority Leader']]);
    assert.deepStrictEqual(titleFindings('Governor Sam Ilic stayed.'), [['Governor', 'Deputy Governor']]);
    // A lower-case qualifier before a lower-case title is part of what a fix replaces.
    assert.deepStrictEqual(titleFindings('Tarnland lieutenant governor Odo Varga spoke.'), [
      ['lieutenant governor', 'governor'],
    ]);
  });

  it('agrees where the qualifier is the role’s', () => {
    assert.deepStrictEqual(
      titleFindings('Governor Odo Varga spoke. Majority Leader Rhea Moss left. Deputy Governor Sam Ilic stayed.'),
      [],
    );
  });
});

describe('titles of an office held before', () => {
  // Invented people and offices.
  const pasts = indexOf({
    entities: [
      {
        id: 'edda-marsk',
        name: 'Edda Marsk',
        type: 'person',
        aliases: ['Marsk'],
        roles: [{ title: 'opposition leader' }, { title: 'former foreign minister' }],
      },
      { id: 'tor-avik', name: 'Tor Avik', type: 'person', aliases: ['Avik'], roles: [{ title: 'Mayor of Velby' }] },
    ],
  });
  const titleFindings = (text: string) => findingsOf(pasts, text, 'title-conflict');

  it('compares "former X" with the offices the sources say the person held, and offers the one they give', () => {
    assert.deepStrictEqual(titleFindings('Former Finance Minister Edda Marsk spoke.'), [
      ['Finance Minister', 'Foreign Minister'],
    ]);
    assert.deepStrictEqual(titleFindings('The former finance minister Edda Marsk spoke.'), [
      ['finance minister', 'foreign minister'],
    ]);
    assert.deepStrictEqual(titleFindings('Ex-President Edda Marsk spoke.'), [['President', 'Foreign Minister']]);
  });

  it('agrees with the past office, and says nothing of a past the sources do not give', () => {
    assert.deepStrictEqual(
      titleFindings(
        'Former Foreign Minister Edda Marsk spoke; former foreign minister Edda Marsk left. Former Governor Tor Avik came.',
      ),
      [],
    );
  });
});
