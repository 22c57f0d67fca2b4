import * as assert from 'assert';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS, type Finding } from '../../src/core/consistency/findings';
import { keyAgreement, spellingDifferences } from '../../src/core/text/nameKeys';
import { loadDictionaries } from '../../src/core/dictionary/load';

const people = loadDictionaries([
  {
    file: 'people.entities.json',
    bytes: new TextEncoder().encode(
      JSON.stringify({
        entities: [
          { id: 'john-kirby', name: 'John Kirby', type: 'person', aliases: ['Kirby'] },
          { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', aliases: ['Peskov'] },
          { id: 'rami-makhlouf', name: 'Rami Makhlouf', type: 'person', aliases: ['Makhlouf'] },
          { id: 'hmeimim', name: 'Hmeimim', type: 'place' },
        ],
      }),
    ),
  },
]).index;

function variants(text: string, options = DEFAULT_CHECK_OPTIONS): Finding[] {
  return checkDraft(text, people, options).filter((finding) => finding.rule === 'name-variant');
}

describe('name keys: the skeleton and the sound decide together', () => {
  it('take planted misspellings for the names they spoil', () => {
    for (const [written, known] of <[string, string][]>[
      ['Peskv', 'Peskov'],
      ['Kowaltchuk', 'Kovalchuk'],
      ['Hrytsenco', 'Hrytsenko'],
      ['Melnichuk', 'Melnychuk'],
      ['Makhluf', 'Makhlouf'],
      ['Muhammed Jalali', 'Mohammed Jalali'],
      ['Woyciech', 'Wojciech'],
      ['Sergey', 'Sergej'],
    ])
      assert.ok(keyAgreement(written, known), `${written} should be taken for ${known}`);
  });

  it('keep apart names one letter apart that sound different', () => {
    for (const [written, known] of <[string, string][]>[
      ['Kilby', 'Kirby'],
      ['Peshkov', 'Peskov'],
      ['Harter', 'Harper'],
    ])
      assert.strictEqual(keyAgreement(written, known), undefined, `${written} is not ${known}`);
  });

  it('are less sure of a transliteration that changes the sound', () => {
    assert.strictEqual(keyAgreement('Peskow', 'Peskov')?.certainty, 'certain');
    assert.strictEqual(keyAgreement('Khmeimim', 'Hmeimim')?.certainty, 'likely');
    assert.strictEqual(keyAgreement('Mahluf', 'Makhlouf')?.certainty, 'likely');
  });

  it('say what changed as a copy editor would', () => {
    assert.deepStrictEqual(spellingDifferences('Makhlouf', 'Mahluf'), ['kh→h', 'ou→u']);
    assert.deepStrictEqual(spellingDifferences('Rada', 'Radda'), ['d→dd']);
    assert.deepStrictEqual(spellingDifferences('Peskov', 'Peskow'), ['v→w']);
    assert.deepStrictEqual(spellingDifferences('al-Assad', 'al Assad'), ['a hyphen→a space']);
    assert.deepStrictEqual(spellingDifferences('Lavrov', 'Lavorv'), ['ro→or']);
    assert.deepStrictEqual(spellingDifferences('SkyNova', 'Sky Nova'), ['nothing→a space']);
    assert.deepStrictEqual(spellingDifferences('Ana-Maria', 'AnaMaria'), ['a hyphen→nothing']);
  });
});

describe('name-variant findings explain themselves', () => {
  it('leaves alone a different person with a close name, and flags the planted slip', () => {
    const text =
      'John Kirby spoke on Monday, and Kilby, an engineer, disagreed. Dmitry Peskov left, and Peshkov, a writer, stayed. Later Peskv called.';
    assert.deepStrictEqual(
      variants(text).map((finding) => [finding.text, finding.suggestion]),
      [['Peskv', 'Peskov']],
    );
  });

  it('says why, in words', () => {
    const [typo] = variants('Dmitry Peskov left, and Peskv said no.');
    assert.strictEqual(
      typo!.message,
      '"Peskv" looks like a misspelling of Dmitry Peskov: it differs from "Peskov" by ko→k and has the same sound; the dictionary spells it "Peskov".',
    );
    const [transliteration] = variants('Rami Makhlouf left. Mahluf stayed behind.');
    assert.match(transliteration!.message, /differs from "Makhlouf" by kh→h and ou→u, as transliterations do/);
  });

  it('lets the confidence decide the severity', () => {
    const text = 'Dmitry Peskov flew to Khmeimim, and Peskow said so.';
    const severities = (options = DEFAULT_CHECK_OPTIONS) =>
      variants(text, options).map((finding) => [finding.text, finding.severity]);
    assert.deepStrictEqual(severities(), [
      ['Khmeimim', 'info'],
      ['Peskow', 'warning'],
    ]);
    assert.deepStrictEqual(severities({ ...DEFAULT_CHECK_OPTIONS, rules: { 'name-variant': 'error' } }), [
      ['Khmeimim', 'warning'],
      ['Peskow', 'error'],
    ]);
  });

  it('does not take one unknown name for another that sounds different', () => {
    const text = 'Ruth Harper, a nurse, and Sam Harter, a driver, were hurt. Harper said so, and Harter agreed.';
    assert.deepStrictEqual(
      checkDraft(text, people, DEFAULT_CHECK_OPTIONS).filter((finding) => finding.rule === 'inconsistent-name'),
      [],
    );
    const [slip] = checkDraft(
      'Judge Amira Karimova ruled. Karimova said so and Karimowa agreed.',
      people,
      DEFAULT_CHECK_OPTIONS,
    );
    assert.match(slip!.message, /it differs by v→w\.$/);
  });
});

describe('names recorded as not a variant', () => {
  it('are never flagged as variants of that entity, in any case or accent', () => {
    const decided = loadDictionaries([
      {
        file: 'decided.entities.json',
        bytes: new TextEncoder().encode(
          JSON.stringify({
            entities: [
              {
                id: 'dmitry-peskov',
                name: 'Dmitry Peskov',
                type: 'person',
                aliases: ['Peskov'],
                notVariants: ['Peskow'],
              },
            ],
          }),
        ),
      },
    ]).index;
    const text = 'Dmitry Peskov left, and PESKOW and Peskv stayed. Peskow said so.';
    assert.deepStrictEqual(
      checkDraft(text, decided, DEFAULT_CHECK_OPTIONS).map((finding) => [finding.rule, finding.text]),
      [['name-variant', 'Peskv']],
    );
    assert.deepStrictEqual(
      variants(text).map((finding) => finding.text),
      ['PESKOW', 'Peskv', 'Peskow'],
      'without the record, all are flagged',
    );
  });
});
