import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDraft } from '../../src/core/consistency/check';
import { type CheckOptions, DEFAULT_CHECK_OPTIONS, type Finding } from '../../src/core/consistency/findings';
import { capitalisedRuns, titleBefore, withoutPossessive } from '../../src/core/text/names';
import { skeleton, withinOneEdit } from '../../src/core/text/skeleton';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { quotationSpans } from '../../src/core/text/quotationMarks';
import { headlineSpans, isSentenceStart, readSuppressions } from '../../src/core/text/structure';

const root = path.resolve(__dirname, '../../..');
const founding = loadDictionaries([
  { file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) },
]).index;

function check(text: string, options: Partial<CheckOptions> = {}): [string, string, string | null][] {
  return checkDraft(text, founding, { ...DEFAULT_CHECK_OPTIONS, ...options }).map((f: Finding) => [
    f.rule,
    f.text,
    f.suggestion,
  ]);
}

describe('skeleton', () => {
  const same: [string, string][] = [
    ['Assad', 'Asad'],
    ['Makhlouf', 'Makhluf'],
    ['Hmeimim', 'Khmeimim'],
    ['Jalali', 'Jalaly'],
    ['Peskov', 'Peskow'],
    ['Shaaban', 'Shaban'],
    ['al-Assad', 'al Assad'],
    ['al-Assad', 'el-Asad'],
    ['Buthaina', 'Bouthaina'],
    ['Mohammed', 'Mohamed'],
  ];
  for (const [a, b] of same) it(`${a} ~ ${b}`, () => assert.strictEqual(skeleton(a), skeleton(b)));
  const different: [string, string][] = [
    ['Iran', 'Iraq'],
    ['Syria', 'Syrian'],
    ['Assad', 'Assam'],
    ['Homs', 'Homes'],
  ];
  for (const [a, b] of different) it(`${a} ≁ ${b}`, () => assert.notStrictEqual(skeleton(a), skeleton(b)));

  it('measures one edit', () => {
    assert.ok(withinOneEdit('peskov', 'peskv'));
    assert.ok(withinOneEdit('lavrov', 'lavorv'));
    assert.ok(withinOneEdit('lavrov', 'lavrob'));
    assert.ok(!withinOneEdit('lavrov', 'lvarob'));
  });
});

describe('text structure', () => {
  it('knows sentence starts, after line breaks too', () => {
    const text = 'He left. Assad fled.\nBy then "Maher had gone"\n\nJalali said\nAssad called';
    const at = (word: string) => isSentenceStart(text, text.indexOf(word));
    assert.deepStrictEqual(
      [at('He'), at('Assad'), at('By'), at('Maher'), at('Jalali'), at('called')],
      [true, true, true, false, true, false],
    );
  });
  it('finds quotations, curly and straight, closed at a paragraph end', () => {
    const text = 'He said: “Asad is gone.” Then "Makhluf" and "open\n\nrest';
    assert.deepStrictEqual(
      quotationSpans(text).map((s) => text.slice(s.start, s.end)),
      ['“Asad is gone.”', '"Makhluf"', '"open'],
    );
  });
  it('finds quotations in guillemets and in low-high marks', () => {
    const text = 'He said: «Asad “is” gone». She said: „Makhluf is here.“ Then Assad left.';
    assert.deepStrictEqual(
      quotationSpans(text).map((s) => text.slice(s.start, s.end)),
      ['«Asad “is” gone»', '„Makhluf is here.“'],
    );
  });
  it('finds a first line in sentence case a blank line parts from the story, not a sentence or a lone line', () => {
    const spans = (text: string) => headlineSpans(text).map((s) => text.slice(s.start, s.end));
    assert.deepStrictEqual(spans('DP names Han floor leader\n\nSEOUL — The party met.'), ['DP names Han floor leader']);
    assert.deepStrictEqual(spans('Han was named floor leader.\n\nSEOUL — The party met.'), []);
    assert.deepStrictEqual(spans('Han named floor leader'), []);
    // A dateline's line opens the story, however many capitals it has.
    assert.deepStrictEqual(
      spans(
        'Velmo: Cartel Weakened\n\nTARSK CITY — Security Minister Omar Velmo Orwick Said on Wednesday That\nit was weak.',
      ),
      ['Velmo: Cartel Weakened'],
    );
  });
  it('finds headlines: Markdown headings and title-case lines', () => {
    const text = '# Assad flees\nAssad Abandoned His Loyalists in Syria\nAssad left Syria on a plane.\n';
    assert.deepStrictEqual(
      headlineSpans(text).map((s) => text.slice(s.start, s.end)),
      ['# Assad flees', 'Assad Abandoned His Loyalists in Syria'],
    );
  });
  it('reads suppression comments', () => {
    const text =
      'a <!-- newsroom-lens-disable name-variant --> b <!-- newsroom-lens-enable name-variant --> c\n<!-- newsroom-lens-disable-next-line -->\nd\ne';
    const s = readSuppressions(text);
    const at = (word: string) => text.lastIndexOf(word);
    assert.deepStrictEqual(
      [
        s.isSuppressed('name-variant', at('a')),
        s.isSuppressed('name-variant', at(' b')),
        s.isSuppressed('first-reference', at(' b')),
        s.isSuppressed('name-variant', at(' c')),
        s.isSuppressed('house-style', at('d')),
        s.isSuppressed('house-style', at('e')),
      ],
      [false, true, false, false, true, false],
    );
  });
  it('reads the same directives on a line of their own in plain text, which has no comments', () => {
    const text =
      'a\nnewsroom-lens-disable-next-line name-variant, first-reference\nb\n  # newsroom-lens-disable\nc\n// newsroom-lens-enable\nd\ne newsroom-lens-disable f\ng';
    const s = readSuppressions(text);
    const at = (word: string) => text.lastIndexOf(`\n${word}`) + 1;
    assert.deepStrictEqual(
      [
        s.isSuppressed('name-variant', 0),
        s.isSuppressed('name-variant', at('b')),
        s.isSuppressed('first-reference', at('b')),
        s.isSuppressed('house-style', at('b')),
        s.isSuppressed('house-style', at('c')),
        s.isSuppressed('house-style', at('d')),
        // A directive inside a sentence of plain text is words, not a directive.
        s.isSuppressed('house-style', text.length - 1),
      ],
      [false, true, true, false, true, false, false],
    );
  });
});

describe('names by shape', () => {
  it('reads the title written right before a name, wherever the line or bracket starts', () => {
    const title = (text: string) => titleBefore(text, text.indexOf('Smith'))?.text;
    assert.strictEqual(title('said Chief Justice Smith'), 'Chief Justice');
    assert.strictEqual(title('said\nJustice Smith'), 'Justice');
    assert.strictEqual(title('(Justice Smith'), 'Justice');
    assert.strictEqual(title('ruled.Justice Smith'), 'Justice');
    assert.strictEqual(title('Lt. Gen. Smith'), 'Lt. Gen.');
    assert.strictEqual(title('Dr Smith'), 'Dr');
    assert.strictEqual(title('XJustice Smith'), undefined);
    assert.strictEqual(title('Justice\tSmith'), undefined);
  });

  it('drops a possessive ending, straight or curly, and nothing else', () => {
    assert.deepStrictEqual(
      ["Assad's", 'Assad’s', "Reuters'", 'Reuters’', 'Assads', "Ba'ath", 's', "'s"].map(withoutPossessive),
      ['Assad', 'Assad', 'Reuters', 'Reuters', 'Assads', "Ba'ath", 's', ''],
    );
  });

  it('reads runs of capitalised words with their particles, ended by punctuation, line breaks and possessives', () => {
    const runs = capitalisedRuns(
      "Ursula von der Leyen met Bashar al-Assad's envoy.\nHayat Tahrir al-Sham  Fighters, then de Mistura",
    ).map((run) => run.map((token) => token.text).join(' '));
    assert.deepStrictEqual(runs, [
      'Ursula von der Leyen',
      'Bashar al-Assad',
      'Hayat Tahrir al-Sham',
      'Fighters',
      'Mistura',
    ]);
  });
});

describe('checkDraft on the founding dictionary', () => {
  const cases: [string, string, [string, string, string | null][], Partial<CheckOptions>?][] = [
    ['a transliteration variant', 'Bashar al-Assad fled. Asad left.', [['name-variant', 'Asad', 'Assad']]],
    [
      'variants of several entities',
      'Bashar al-Assad met Dmitry Peskow at Khmeimim.',
      [
        ['name-variant', 'Dmitry Peskow', 'Dmitry Peskov'],
        ['name-variant', 'Khmeimim', 'Hmeimim'],
      ],
    ],
    ['a spaced article', 'The plane of Bashar al Assad left.', [['house-style', 'Bashar al Assad', 'Bashar al-Assad']]],
    [
      'a one-letter slip in a long name',
      'Dmitry Peskov spoke, and Peskv said no.',
      [['name-variant', 'Peskv', 'Peskov']],
    ],
    [
      'a near miss at a sentence start is taken for an entity the draft names',
      'Dmitry Peskov spoke. Peskv said no.',
      [['name-variant', 'Peskv', 'Peskov']],
    ],
    ['no one-letter guesses at a sentence start for an entity the draft does not name', 'Peskv said no.', []],
    [
      'a shared surname still has one spelling',
      'Ehab Makhlouf and Eyad Makhlouf left. Makhluf was hurt.',
      [['name-variant', 'Makhluf', 'Makhlouf']],
    ],
    [
      'a misspelt full name is one finding',
      'Eyad Makhluf was hurt.',
      [['name-variant', 'Eyad Makhluf', 'Eyad Makhlouf']],
    ],
    [
      'a variant at a sentence start keeps its capital',
      'Bashar al-Assad left. Al Assad fled.',
      [['house-style', 'Al Assad', 'Al-Assad']],
    ],
    ['another person with a like name is left alone', 'Bashar al-Assad left. Riad Asad, a lawyer, stayed.', []],
    [
      'and so is his surname on later reference',
      'Bashar al-Assad left. Riad Asaad, a lawyer, stayed. Asaad said so.',
      [],
    ],
    ['a dateline in capitals is not a second spelling', 'KARACHI, Aug 21 — Officials in Karachi said so.', []],
    [
      'a particle capitalised at a sentence start is not a second spelling',
      'Claudia van der Berg spoke. Van der Berg agreed.',
      [],
    ],
    ['demonyms are not variants', 'Bashar al-Assad left. Syrian and Russian troops and Qatari officials watched.', []],
    ['common words at a sentence start are not names', 'Bashar al-Assad left. Homes burned. Iran was silent.', []],
    [
      'a first name inside someone else’s name is not that person',
      'Asma Khan, a lawyer, and Maher Zain, a singer, spoke.',
      [],
    ],
    ['a possessive before a name is no stranger', 'Russia’s Dmitry Peskov spoke.', []],
    [
      'a surname alone on first reference',
      'Lavrov spoke. Sergei Lavrov said more.',
      [['first-reference', 'Lavrov', 'Sergei Lavrov']],
    ],
    [
      'a first name alone on first reference',
      'His brother Maher fled.',
      [['first-reference', 'Maher', 'Maher al-Assad']],
    ],
    ['the headline does not count as first reference', '# Assad flees\n\nBashar al-Assad fled. Assad left.', []],
    [
      'nor a first line in sentence case that a blank line parts from the story, with its acronym',
      'HTS fighters reach Damascus as Assad flees\n\nDAMASCUS — Hayat Tahrir al-Sham (HTS) entered. Bashar al-Assad fled.',
      [],
    ],
    [
      'a first line that runs on into the paragraph is the story, not a headline',
      'DAMASCUS — Fighters entered as Assad\nfled the capital. Bashar al-Assad left.\n\nMore followed.',
      [['first-reference', 'Assad', 'Bashar al-Assad']],
    ],
    [
      'a title the role contradicts',
      'Prime Minister Sergei Lavrov arrived.',
      [['title-conflict', 'Prime Minister', 'Foreign Minister']],
    ],
    ['a title the role confirms', 'Foreign Minister Sergei Lavrov and President Bashar al-Assad met.', []],
    [
      'an acronym before its name',
      'HTS fighters entered. Hayat Tahrir al-Sham said so.',
      [['acronym-first-use', 'HTS', 'Hayat Tahrir al-Sham (HTS)']],
    ],
    ['an acronym spelled out first', 'Hayat Tahrir al-Sham (HTS) fighters entered. HTS said so.', []],
    ['a well-known acronym', 'Bashar al-Assad faced US sanctions.', []],
    [
      'a capital article mid-sentence',
      'Bashar al-Assad left, and Al-Assad fled.',
      [['particle-case', 'Al-Assad', 'al-Assad']],
      { houseStyle: 'scholarly' },
    ],
    [
      'a lower-case article at a sentence start',
      'Bashar al-Assad left. al-Assad fled.',
      [['particle-case', 'al-Assad', 'Al-Assad']],
      { houseStyle: 'scholarly' },
    ],
    [
      'a capital article inside a name',
      'Bashar Al-Assad fled.',
      [['particle-case', 'Bashar Al-Assad', 'Bashar al-Assad']],
    ],
    [
      'a long name one letter off at a sentence start',
      'Dmitry Peskov spoke. Later, Mohammed Jalali left. Muhammed Jalali said so.',
      [['name-variant', 'Muhammed Jalali', 'Mohammed Jalali']],
    ],
    [
      'the article lower-case everywhere when so configured',
      'Bashar al-Assad left. Al-Assad fled.',
      [['particle-case', 'Al-Assad', 'al-Assad']],
      { houseStyle: 'scholarly', particleCase: 'always-lower' },
    ],
    [
      'a name written two ways, known to no dictionary',
      'Minister Farid Nassar spoke. Nassar said yes. Later Nasar said no. Nassar left.',
      [['inconsistent-name', 'Nasar', 'Nassar']],
    ],
    [
      'a one-letter slip in an unknown name',
      'Judge Amira Karimova ruled. Karimova said the law was clear and Karimowa agreed.',
      [['inconsistent-name', 'Karimowa', 'Karimova']],
    ],
  ];
  for (const [what, text, expected, options] of cases)
    it(what, () => assert.deepStrictEqual(check(text, options), expected));

  it('reports inside a quotation only as information, without a fix', () => {
    const findings = checkDraft('Bashar al-Assad left. He said: “Asad is gone.”', founding, DEFAULT_CHECK_OPTIONS);
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, f.severity, f.suggestion]),
      [['name-variant', 'info', null]],
    );
    assert.match(findings[0]!.message, /quotation/);
  });

  it('gives exact offsets of the text to replace', () => {
    const text = 'Dmitry Peskov left, and Peskow’s aide stayed.';
    const [finding] = checkDraft(text, founding, DEFAULT_CHECK_OPTIONS);
    assert.strictEqual(text.slice(finding!.start, finding!.end), 'Peskow');
    assert.strictEqual(finding!.text, 'Peskow');
  });

  describe('house styles', () => {
    const draft = 'Bashar al-Assad fled. Later al-Assad and Assad were seen.';
    it('Reuters: "Bashar al-Assad", then "Assad"', () =>
      assert.deepStrictEqual(check(draft, { houseStyle: 'reuters' }), [['house-style', 'al-Assad', 'Assad']]));
    it('AP: "Bashar Assad", then "Assad"', () =>
      assert.deepStrictEqual(check(draft, { houseStyle: 'ap' }), [
        ['house-style', 'Bashar al-Assad', 'Bashar Assad'],
        ['house-style', 'al-Assad', 'Assad'],
      ]));
    it('scholarly: "Bashar al-Assad", then "al-Assad"', () =>
      assert.deepStrictEqual(check(draft, { houseStyle: 'scholarly' }), [['house-style', 'Assad', 'al-Assad']]));
    it('AP flags the full name with its article on first reference', () =>
      assert.deepStrictEqual(check('Bashar Assad fled.', { houseStyle: 'reuters' }), [
        ['house-style', 'Bashar Assad', 'Bashar al-Assad'],
      ]));
  });

  it('honours suppression comments, severities and the ignore list', () => {
    const text =
      'Bashar al-Assad left. <!-- newsroom-lens-disable-next-line name-variant -->\nAsad fled.\nAsad hid. Lavrov spoke.';
    assert.deepStrictEqual(check(text), [
      ['name-variant', 'Asad', 'Assad'],
      ['first-reference', 'Lavrov', 'Sergei Lavrov'],
    ]);
    assert.deepStrictEqual(check(text, { rules: { 'first-reference': 'off' } }), [['name-variant', 'Asad', 'Assad']]);
    assert.deepStrictEqual(check(text, { ignored: [{ rule: 'name-variant', text: 'Asad' }] }), [
      ['first-reference', 'Lavrov', 'Sergei Lavrov'],
    ]);
    assert.strictEqual(
      checkDraft(text, founding, { ...DEFAULT_CHECK_OPTIONS, rules: { 'name-variant': 'error' } })[0]!.severity,
      'error',
    );
  });

  it('finds nothing to fix in the founding article but what it really does', () => {
    const article = fs.readFileSync(path.join(root, 'test/fixtures/workspace/founding-article.txt'), 'utf8');
    // Hand-checked: the article writes "al-Assad's" later on; "his younger brother Maher", "cousins Ehab and Eyad
    // Makhlouf" and "his wife Asma" are first references as news style writes them.
    assert.deepStrictEqual(check(article), [['house-style', 'al-Assad', 'Assad']]);
  });

  describe('first names that news style lets stand on first reference', () => {
    const cases: [string, string, [string, string, string | null][]][] = [
      ['joined before a shared surname', 'His cousins Ehab and Eyad Makhlouf fled.', []],
      ['in a list before a shared surname', 'Ehab, Rami and Eyad Makhlouf fled.', []],
      [
        'but not before someone else’s surname',
        'Ehab and Eyad Assad fled.',
        [['first-reference', 'Ehab', 'Ehab Makhlouf']],
      ],
      ['after a family word once the family is named', 'Bashar al-Assad fled. His younger brother Maher stayed.', []],
      ['a wife as well as a brother', 'Bashar al-Assad fled. His wife Asma went with him.', []],
      [
        'not before the family is named',
        'His younger brother Maher stayed. Bashar al-Assad fled.',
        [['first-reference', 'Maher', 'Maher al-Assad']],
      ],
      [
        'not after a word for someone outside the family',
        'Bashar al-Assad fled. His friend Maher stayed.',
        [['first-reference', 'Maher', 'Maher al-Assad']],
      ],
    ];
    for (const [what, text, expected] of cases) it(what, () => assert.deepStrictEqual(check(text), expected));
  });
});
