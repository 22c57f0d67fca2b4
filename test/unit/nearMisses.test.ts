import * as assert from 'assert';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { keyAgreement } from '../../src/core/text/nameKeys';
import { indexOf } from './helpers';

const index = indexOf({
  entities: [
    { id: 'darren-woods', name: 'Darren Woods', type: 'person', aliases: ['Woods'] },
    { id: 'exxon-mobil', name: 'Exxon Mobil', type: 'organization', aliases: ['Mobil'] },
    { id: 'martin-griffiths', name: 'Martin Griffiths', type: 'person', aliases: ['Griffiths'] },
    { id: 'mohammed-jalali', name: 'Mohammed Jalali', type: 'person', aliases: ['Jalali'] },
    { id: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', aliases: ['Lavrov'] },
    { id: 'usa', name: 'USA', type: 'place' },
    { id: 'ann-lee', name: 'Ann Lee', type: 'person', roles: [{ title: 'Member of Parliament' }] },
    { id: 'colin-reyes', name: 'Colin Reyes', type: 'person', roles: [{ title: 'Chief Executive of Corran Oil' }] },
    { id: 'omar-haddad', name: 'Omar Haddad', type: 'person', roles: [{ title: 'Prime Minister of Syria' }] },
  ],
});

function flagged(text: string): [string, string, string | null][] {
  return checkDraft(text, index, DEFAULT_CHECK_OPTIONS)
    .filter((finding) => finding.rule === 'name-variant' || finding.rule === 'inconsistent-name')
    .map((finding) => [finding.rule, finding.text, finding.suggestion]);
}

describe('near misses by a last letter', () => {
  it('flags a name with its last letter dropped or a silent one added', () => {
    assert.deepStrictEqual(flagged('Martin Griffith spoke. Darren Wood agreed. Shares of Exxon Mobile fell.'), [
      ['name-variant', 'Martin Griffith', 'Martin Griffiths'],
      ['name-variant', 'Darren Wood', 'Darren Woods'],
      ['name-variant', 'Exxon Mobile', 'Exxon Mobil'],
    ]);
  });

  it('flags a one-word near miss mid-sentence in a draft that names the entity', () => {
    assert.deepStrictEqual(flagged('Darren Woods spoke. Later, said Wood, it rained.'), [
      ['name-variant', 'Wood', 'Woods'],
    ]);
    // Not where the entity is not named: "Wood" may be anyone, or wood.
    assert.deepStrictEqual(flagged('Later, said Wood, it rained.'), []);
    // Nor at a sentence start, where any word has a capital.
    assert.deepStrictEqual(flagged('Darren Woods spoke. Wood burns slowly.'), []);
  });

  it('leaves plurals, demonyms, feminine forms, acronyms and ordinary words alone', () => {
    assert.strictEqual(keyAgreement('Lavrovs', 'Lavrov'), undefined);
    assert.strictEqual(keyAgreement('Syrian', 'Syria'), undefined);
    assert.strictEqual(keyAgreement('Peskova', 'Peskov'), undefined);
    assert.ok(keyAgreement('Griffith', 'Griffiths')?.finalLetter);
    assert.deepStrictEqual(flagged('Darren Woods walked in the woods. The USAF flew over the USA.'), []);
    assert.deepStrictEqual(flagged('Many Syrian voices. Syrians said so. Syrian officials.'), []);
  });

  it('leaves the city of Mobile alone where the dictionary has it', () => {
    const withCity = indexOf({
      entities: [
        { id: 'exxon-mobil', name: 'Exxon Mobil', type: 'organization', aliases: ['Mobil'] },
        { id: 'mobile', name: 'Mobile', type: 'place' },
      ],
    });
    const findings = checkDraft('Exxon Mobil has an office in Mobile, Alabama.', withCity, DEFAULT_CHECK_OPTIONS);
    assert.deepStrictEqual(findings, []);
  });
});

describe('abbreviated titles before names', () => {
  it('checks the name after "PM" or "FM" as after a spelled-out title', () => {
    assert.deepStrictEqual(flagged('Syrian PM Mohamed Jalali spoke. Russian FM Sergei Lavrow spoke.'), [
      ['name-variant', 'Mohamed Jalali', 'Mohammed Jalali'],
      ['name-variant', 'Sergei Lavrow', 'Sergei Lavrov'],
    ]);
    assert.deepStrictEqual(flagged('Exxon Mobil CEO Darren Wood spoke.'), [
      ['name-variant', 'Darren Wood', 'Darren Woods'],
    ]);
  });

  it('reads a title in capitals as the role it abbreviates, and flags one that contradicts the role', () => {
    const conflicts = (text: string) =>
      checkDraft(text, index, DEFAULT_CHECK_OPTIONS)
        .filter((finding) => finding.rule === 'title-conflict')
        .map((finding) => [finding.text, finding.suggestion]);
    assert.deepStrictEqual(
      conflicts('Syrian PM Omar Haddad spoke. Labour MP Ann Lee and Corran Oil CEO Colin Reyes too.'),
      [],
    );
    assert.deepStrictEqual(conflicts('Syrian FM Omar Haddad spoke. Corran Oil CFO Colin Reyes too.'), [
      ['FM', 'Prime Minister'],
      ['CFO', 'Chief Executive'],
    ]);
  });
});

describe('first references after a misspelt full name', () => {
  it('takes the misspelt full name as the first reference: the later surname is right', () => {
    const findings = checkDraft(
      'Owen Griffith spoke. Later Griffiths said no.',
      indexOf({
        entities: [{ id: 'owen-griffiths', name: 'Owen Griffiths', type: 'person', aliases: ['Griffiths'] }],
      }),
      DEFAULT_CHECK_OPTIONS,
    );
    assert.deepStrictEqual(
      findings.map((finding) => [finding.rule, finding.text]),
      [['name-variant', 'Owen Griffith']],
    );
  });
});

describe('slips in the words of a long name', () => {
  // Invented bodies and places.
  const bodies = indexOf({
    entities: [
      { id: 'norland', name: 'Norland', type: 'place' },
      { id: 'norlandic-maritime-museum', name: 'Norlandic Maritime Museum', type: 'organization' },
      { id: 'coastal-rights-watch', name: 'Coastal Rights Watch', type: 'organization' },
      { id: 'tarnland-election-board', name: 'Tarnland Election Board', type: 'organization' },
      { id: 'owen-griffiths', name: 'Owen Griffiths', type: 'person', aliases: ['Griffiths'] },
    ],
  });
  const found = (text: string) =>
    checkDraft(text, bodies, DEFAULT_CHECK_OPTIONS).map((finding) => [
      finding.text,
      finding.suggestion,
      finding.severity,
    ]);

  it('flags an ending added or dropped in a name of three words, even where the odd word names a place', () => {
    assert.deepStrictEqual(found('The Norland Maritime Museum reopened in Norland.'), [
      ['Norland Maritime Museum', 'Norlandic Maritime Museum', 'warning'],
    ]);
    assert.deepStrictEqual(found('The Tarnland Electoral Board met. Coastal Right Watch said so.'), [
      ['Tarnland Electoral Board', 'Tarnland Election Board', 'warning'],
      ['Coastal Right Watch', 'Coastal Rights Watch', 'warning'],
    ]);
  });

  it('flags a typing slip the transliteration key would count twice ("Wach" for Watch)', () => {
    assert.deepStrictEqual(found('Coastal Rights Wach said so.'), [
      ['Coastal Rights Wach', 'Coastal Rights Watch', 'warning'],
    ]);
  });

  it('is sure of a full name with its last letter off, whatever the sound', () => {
    assert.deepStrictEqual(found('Owen Griffith spoke.'), [['Owen Griffith', 'Owen Griffiths', 'warning']]);
  });
});
