import * as assert from 'assert';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { conventionalForms } from '../../src/core/text/nameConventions';
import { indexOf } from './helpers';

/** A desk dictionary of invented people whose names follow Arabic, Russian and European conventions. */
const index = indexOf({
  entities: [
    { id: 'abu-yusuf-al-qasimi', name: 'Abu Yusuf al-Qasimi', type: 'person' },
    { id: 'karim-hassan-al-dulaimi', name: 'Karim Hassan al-Dulaimi', type: 'person' },
    { id: 'pavel-lugov', name: 'Pavel Lugov', type: 'person', aliases: ['Lugov'] },
    { id: 'oleg-sergeyevich-marin', name: 'Oleg Sergeyevich Marin', type: 'person' },
    { id: 'faisal-al-nouri', name: 'Faisal al-Nouri', type: 'person', aliases: ['al-Nouri', 'Nouri'] },
    { id: 'tariq-bin-khalil', name: 'Tariq bin Khalil', type: 'person' },
    { id: 'greta-von-der-heide', name: 'Greta von der Heide', type: 'person' },
    {
      id: 'tomas-ardell',
      name: 'Tomas Ardell',
      type: 'person',
      aliases: ['Ardell'],
      roles: [{ title: 'Governor of Kessen' }],
    },
    {
      id: 'mara-vint',
      name: 'Mara Vint',
      type: 'person',
      aliases: ['Vint'],
      roles: [{ title: 'deputy prime minister of Ostland' }],
    },
  ],
});

/** What a draft's mentions resolve to, as [written, entity id]. */
function mentions(text: string): [string, string][] {
  return index.mentionsIn(text).map((mention) => [mention.text, mention.entityIds.join('|')]);
}

function findings(text: string): [string, string, string | null][] {
  return checkDraft(text, index, DEFAULT_CHECK_OPTIONS).map((f) => [f.rule, f.text, f.suggestion]);
}

describe('naming conventions', () => {
  it('gives a kunya, a nisba, a patronymic and a particle surname their shorter forms', () => {
    assert.deepStrictEqual(conventionalForms('Abu Yusuf al-Qasimi'), ['Abu Yusuf', 'al-Qasimi', 'Qasimi']);
    assert.deepStrictEqual(conventionalForms('Karim Hassan al-Dulaimi'), ['al-Dulaimi', 'Dulaimi', 'Karim Hassan']);
    assert.deepStrictEqual(conventionalForms('Oleg Sergeyevich Marin'), ['Oleg Sergeyevich', 'Oleg Marin', 'Marin']);
    assert.deepStrictEqual(conventionalForms('Tariq bin Khalil'), ['bin Khalil']);
    assert.deepStrictEqual(conventionalForms('Greta von der Heide'), ['von der Heide']);
    assert.deepStrictEqual(conventionalForms('Anna Marsh'), []);
  });

  it('a kunya and a nisba are the person: mentions, with no first-reference or variant finding', () => {
    const text = 'Abu Yusuf al-Qasimi spoke on Monday. Abu Yusuf said the talks would go on. Qasimi left.';
    assert.deepStrictEqual(mentions(text), [
      ['Abu Yusuf al-Qasimi', 'abu-yusuf-al-qasimi'],
      ['Abu Yusuf', 'abu-yusuf-al-qasimi'],
      ['Qasimi', 'abu-yusuf-al-qasimi'],
    ]);
    assert.deepStrictEqual(findings(text), []);
    assert.deepStrictEqual(findings('Karim Hassan al-Dulaimi arrived. Karim Hassan said nothing. Dulaimi left.'), []);
  });

  it('a patronymic is the person’s, given by the dictionary or not, and no variant of anyone', () => {
    const text = 'Oleg Sergeyevich Marin arrived. Oleg Sergeyevich waved and Oleg Marin left.';
    assert.deepStrictEqual(mentions(text), [
      ['Oleg Sergeyevich Marin', 'oleg-sergeyevich-marin'],
      ['Oleg Sergeyevich', 'oleg-sergeyevich-marin'],
      ['Oleg Marin', 'oleg-sergeyevich-marin'],
    ]);
    assert.deepStrictEqual(findings(text), []);
    const withPatronymic = 'Pavel Andreyevich Lugov spoke. Pavel Andreyevich said more. Lugov left.';
    assert.deepStrictEqual(mentions(withPatronymic), [
      ['Pavel Andreyevich Lugov', 'pavel-lugov'],
      ['Lugov', 'pavel-lugov'],
    ]);
    assert.deepStrictEqual(findings(withPatronymic), []);
  });

  it('the article written apart or joined is the same person, with the dictionary’s hyphen as house style', () => {
    const text = 'Faisal al Nouri spoke. Later alNouri left, and Nouri came back.';
    assert.deepStrictEqual(mentions(text), [
      ['Faisal al Nouri', 'faisal-al-nouri'],
      ['alNouri', 'faisal-al-nouri'],
      ['Nouri', 'faisal-al-nouri'],
    ]);
    assert.deepStrictEqual(findings(text), [
      ['house-style', 'Faisal al Nouri', 'Faisal al-Nouri'],
      ['house-style', 'alNouri', 'al-Nouri'],
    ]);
  });

  it('a particle in either case, and a surname with its particles, are the same person, without a finding', () => {
    const text =
      'Tariq bin Khalil spoke. Bin Khalil left and bin Khalil returned. Greta von der Heide spoke. Von der Heide left.';
    assert.deepStrictEqual(
      mentions(text).map(([written]) => written),
      ['Tariq bin Khalil', 'Bin Khalil', 'bin Khalil', 'Greta von der Heide', 'Von der Heide'],
    );
    assert.deepStrictEqual(findings(text), []);
  });

  it('an abbreviated title is the role it stands for; a deputy’s office is not the office itself', () => {
    assert.deepStrictEqual(findings('Gov. Tomas Ardell signed the bill. Ardell left.'), []);
    assert.deepStrictEqual(findings('Deputy Prime Minister Mara Vint spoke. Vint left.'), []);
    assert.deepStrictEqual(findings('Prime Minister Mara Vint spoke. Vint left.'), [
      ['title-conflict', 'Prime Minister', 'Deputy Prime Minister'],
    ]);
  });

  it('a joined name written apart is its variant, though its first word is a common one', () => {
    const carriers = indexOf({ entities: [{ id: 'airasia', name: 'AirAsia', type: 'organization' }] });
    assert.deepStrictEqual(
      checkDraft('Flights came from Air Asia on Monday.', carriers, DEFAULT_CHECK_OPTIONS).map((f) => [
        f.rule,
        f.text,
        f.suggestion,
      ]),
      [['name-variant', 'Air Asia', 'AirAsia']],
    );
  });

  it('a quotation in guillemets or low-high marks is left as said', () => {
    for (const text of ['Pavel Lugov said: «Lugow is not my name».', 'Pavel Lugov said: „Lugow was here.“'])
      assert.deepStrictEqual(
        checkDraft(text, index, DEFAULT_CHECK_OPTIONS).map((f) => [f.rule, f.severity, f.suggestion]),
        [['name-variant', 'info', null]],
        text,
      );
  });
});

describe('house style: a name without the dictionary’s accents', () => {
  // Invented people.
  const accents = indexOf({
    entities: [
      { id: 'jorg-hallstrom', name: 'Jörg Hallström', type: 'person', aliases: ['Hallström'] },
      { id: 'ines-strasser', name: 'Inès Straßer', type: 'person', aliases: ['Straßer'] },
      { id: 'sao-vicente', name: 'São Vicente', type: 'place' },
    ],
  });
  const found = (text: string) =>
    checkDraft(text, accents, DEFAULT_CHECK_OPTIONS)
      .filter((finding) => finding.rule === 'house-style')
      .map((finding) => [finding.text, finding.suggestion, finding.severity]);

  it('offers the spelling with its letters where a draft leaves them out', () => {
    assert.deepStrictEqual(found('Jorg Hallstrom met Ines Strasser. Hallström left.'), [
      ['Jorg Hallstrom', 'Jörg Hallström', 'info'],
      ['Ines Strasser', 'Inès Straßer', 'info'],
    ]);
  });

  it('leaves the dictionary’s own spelling, its case and apostrophes, and places alone', () => {
    assert.deepStrictEqual(found('JÖRG HALLSTRÖM met Inès Straßer in Sao Vicente.'), []);
  });
});
