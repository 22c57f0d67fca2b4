import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { mentionsAround, mentionsInSlices, reannotate, regionBounds } from '../../src/core/workspace/incremental';
import { DocumentAnnotation } from '../../src/core/match/annotation';
import { EntityMatcher, type Mention, type NameEntry } from '../../src/core/match/matcher';
import { foldName, foldText } from '../../src/core/text/fold';
import { seededRandom } from '../../bench/corpus';
import { indexOf, mentionsIn, person } from './helpers';

const assad = person('bashar-al-assad', 'Bashar al-Assad', ['Assad', 'al-Assad', 'President Assad']);
const maher = person('maher-al-assad', 'Maher al-Assad', ['Maher']);
const hts = {
  id: 'hts',
  name: 'Hayat Tahrir al-Sham',
  type: 'organization',
  aliases: [{ text: 'HTS', matchCase: true }, 'Tahrir al-Sham'],
};
const turkey = { id: 'turkey', name: 'Turkey', type: 'place' };
const index = indexOf({ entities: [assad, maher, hts, turkey] });

describe('EntityMatcher', () => {
  const cases: [string, string, [string, string][]][] = [
    ['longest match wins', 'Bashar al-Assad fled.', [['Bashar al-Assad', 'bashar-al-assad']]],
    ['a surname alone', 'Then Assad left.', [['Assad', 'bashar-al-assad']]],
    ['a possessive with a straight apostrophe', "Assad's plane", [['Assad', 'bashar-al-assad']]],
    ['a possessive with a curly apostrophe', 'Assad’s plane', [['Assad', 'bashar-al-assad']]],
    ['a capitalised particle at a sentence start', 'Al-Assad fled.', [['Al-Assad', 'bashar-al-assad']]],
    ['a non-breaking hyphen', 'al‑Assad fled', [['al‑Assad', 'bashar-al-assad']]],
    ['a name broken across lines', 'Bashar\nal-Assad fled', [['Bashar\nal-Assad', 'bashar-al-assad']]],
    ['a headline in capitals', 'ASSAD FLEES', [['ASSAD', 'bashar-al-assad']]],
    ['no match inside a longer word', 'Assadist and Assads', []],
    ['no match for a lower-case common word', 'roast turkey for dinner', []],
    ['a place with a capital', 'talks in Turkey', [['Turkey', 'turkey']]],
    ['an acronym only as written', 'HTS fighters, not hts or Hts', [['HTS', 'hts']]],
    [
      'an expansion with its acronym',
      'Hayat Tahrir al-Sham (HTS)-led rebels',
      [
        ['Hayat Tahrir al-Sham', 'hts'],
        ['HTS', 'hts'],
      ],
    ],
    ['a title that is part of an alias', 'President Assad spoke', [['President Assad', 'bashar-al-assad']]],
    [
      'two entities side by side',
      'Maher, Assad and Turkey',
      [
        ['Maher', 'maher-al-assad'],
        ['Assad', 'bashar-al-assad'],
        ['Turkey', 'turkey'],
      ],
    ],
    ['a hyphenated prefix is a boundary', 'pro-Assad forces', [['Assad', 'bashar-al-assad']]],
    ['diacritics in the draft', 'Mahér arrived', [['Mahér', 'maher-al-assad']]],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => assert.deepStrictEqual(mentionsIn(index, text), expected));
  }

  it('reports exact UTF-16 offsets, after astral characters too', () => {
    const text = '😀 Maher’s 😀 al‑Assad';
    const mentions = index.matcher.findMentions(text);
    assert.deepStrictEqual(
      mentions.map((m) => [m.start, m.end, text.slice(m.start, m.end), m.possessive]),
      [
        [3, 8, 'Maher', true],
        [14, 22, 'al‑Assad', false],
      ],
    );
  });

  it('marks possessives without taking the ending into the mention', () => {
    const text = "Reuters' report and Assad's plane and 'Assad' in quotes";
    const matcher = new EntityMatcher([
      { entityId: 'reuters', alias: { text: 'Reuters', matchCase: false } },
      { entityId: 'assad', alias: { text: 'Assad', matchCase: false } },
    ]);
    assert.deepStrictEqual(
      matcher.findMentions(text).map((m) => [m.text, m.possessive]),
      [
        ['Reuters', true],
        ['Assad', true],
        ['Assad', false],
      ],
    );
  });

  it('leaves out an alias that stands inside someone else’s name, as every feature sees it', () => {
    const people = indexOf({
      entities: [
        person('asma', 'Asma al-Assad', ['Asma']),
        person('amal', 'Amal Haddad', ['Haddad']),
        { id: 'russia', name: 'Russia', type: 'place' },
        { id: 'base', name: 'Hmeimim airbase', type: 'place' },
      ],
    });
    const seen = (text: string) => people.mentionsIn(text).map((mention) => mention.text);
    assert.deepStrictEqual(seen('Asma Khan met Lina Haddad.'), []);
    // At a sentence start a capital proves nothing, so the alias stands: a known limit.
    assert.deepStrictEqual(seen('He left.\n\nLina Haddad said so. Check Asma’s notes.'), ['Haddad', 'Asma']);
    assert.deepStrictEqual(seen('Asma met Haddad, and Amal Haddad left.'), ['Asma', 'Haddad', 'Amal Haddad']);
    assert.deepStrictEqual(seen("Russia's Hmeimim airbase"), ['Russia', 'Hmeimim airbase']);
    assert.deepStrictEqual(seen('# Asma Abandoned Her Palace'), ['Asma']);
  });

  it('keeps a name after a title of several words the person holds, as in "Chief Executive Officer Lena Holt"', () => {
    const people = indexOf({
      entities: [
        { ...person('lena-holt', 'Lena Holt', ['Holt']), roles: [{ title: 'Chief Executive Officer' }] },
        person('ivo-marsh', 'Ivo Marsh', ['Marsh']),
      ],
    });
    const seen = (text: string) => people.mentionsIn(text).map((mention) => mention.text);
    assert.deepStrictEqual(seen('The bank said Chief Executive Officer Lena Holt left.'), ['Lena Holt']);
    // A title word only the other person holds still says the name is someone else's.
    assert.deepStrictEqual(seen('The bank said Executive Officer Ivo Marsh left.'), []);
  });

  it('does not guess a name two entities share', () => {
    const shared = indexOf({
      entities: [
        person('ehab-makhlouf', 'Ehab Makhlouf', ['Makhlouf']),
        person('eyad-makhlouf', 'Eyad Makhlouf', ['Makhlouf']),
      ],
    });
    assert.deepStrictEqual(mentionsIn(shared, 'Ehab Makhlouf and Makhlouf'), [
      ['Ehab Makhlouf', 'ehab-makhlouf'],
      ['Makhlouf', 'ehab-makhlouf|eyad-makhlouf'],
    ]);
  });

  it('takes the leftmost of overlapping names, then the longest', () => {
    const entries: NameEntry[] = ['New York', 'York Times', 'New York Times', 'Times Square'].map((text, i) => ({
      entityId: `e${i}`,
      alias: { text, matchCase: false },
    }));
    const matcher = new EntityMatcher(entries);
    assert.deepStrictEqual(
      matcher.findMentions('The New York Times Square office').map((m) => m.text),
      ['New York Times'],
    );
    assert.deepStrictEqual(
      matcher.findMentions('York Times Square').map((m) => m.text),
      ['York Times'],
    );
  });

  it('agrees with a slow reference matcher on random texts', () => {
    const names = ['Ab', 'Ab Cd', 'Cd', 'Cd Ef', 'Ef', 'B', 'Ab Cd Ef Gh', 'Gh'];
    const matcher = new EntityMatcher(
      names.map((text, i) => ({ entityId: `n${i}`, alias: { text, matchCase: false } })),
    );
    const words = ['Ab', 'Cd', 'Ef', 'Gh', 'B', 'x', 'Abc', "Ab's", 'cd'];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]).join(
        random() < 0.5 ? ' ' : ', ',
      );
      assert.deepStrictEqual(
        matcher.findMentions(text).map((m) => [m.start, m.end]),
        referenceMentions(names, text),
        text,
      );
    }
  });

  it('agrees with a reference that folds every slice, on random drafts full of what folding must absorb', () => {
    const aliases = [
      ...[
        'Bashar al-Assad',
        'Assad',
        'al-Assad',
        'Maher',
        'Hayat Tahrir al-Sham',
        'Strass',
        'Ab Cd',
        'Cd',
        "O'Brien",
        'Jean-Pierre',
        'Émile Zola',
      ].map((text) => ({ text, matchCase: false })),
      { text: 'HTS', matchCase: true },
    ];
    const matcher = new EntityMatcher(aliases.map((alias, i) => ({ entityId: `n${i}`, alias })));
    const pieces = [
      'Bashar',
      'Bashar',
      'al-Assad',
      'Ab',
      'Ab',
      'Hayat',
      'al‑Assad',
      'Assad’s',
      "Assad's",
      'ASSAD',
      'assad',
      'Ma\u00ADher',
      'Mahér',
      'Straß',
      'Strass',
      'Ab',
      'Cd',
      'cd',
      'O’Brien',
      'Jean–Pierre',
      'Emile',
      'Zola',
      'HTS',
      'hts',
      'Hayat',
      'Tahrir',
      'al-Sham',
      'x',
      '😀',
      'é',
    ];
    const gaps = [' ', ' ', ' ', '  ', '\n', '\n\n', ' \r\n \r\n ', '\u00A0', ', ', '. ', '-', '', '\u200B', '\t'];
    const random = seededRandom(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let run = 0; run < 800; run++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += pick(pieces) + pick(gaps);
      assert.deepStrictEqual(
        matcher.findMentions(text).map((m) => [m.start, m.end, m.entityIds.join('|')]),
        referenceFoldedMentions(aliases, text),
        JSON.stringify(text),
      );
    }
  });
});

/**
 * The slow way, by definition: a mention starts where the folded text before it does not
 * end in a letter or digit, and is the longest slice from there whose fold is a name's fold,
 * that the folded text after it does not continue as a word, and that is written as the
 * alias allows.
 */
function referenceFoldedMentions(
  aliases: { text: string; matchCase: boolean }[],
  text: string,
): [number, number, string][] {
  // Astral characters count as word characters (the matcher reads code units and does not pair surrogates).
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\uD800-\uDFFF]/u.test(c);
  const wordBefore = Array.from({ length: text.length + 1 }, (_, at) =>
    isWord(foldText(text.slice(0, at)).text.slice(-1)),
  );
  const wordAfter = Array.from({ length: text.length + 1 }, (_, at) => isWord(foldText(text.slice(at)).text[0]));
  const patterns = aliases.map((alias) => foldName(alias.text));
  const found: [number, number, string][] = [];
  let at = 0;
  while (at < text.length) {
    let best: [number, string] | undefined;
    const boundary = !/[\uDC00-\uDFFF]/.test(text[at]!) && !/\s/u.test(text[at]!);
    if (boundary && !wordBefore[at]) {
      for (let end = at + 1; end <= Math.min(text.length, at + 40); end++) {
        const slice = text.slice(at, end);
        if (/\s$/u.test(slice) || /[\uD800-\uDBFF]$/.test(slice) || wordAfter[end]) continue;
        const folded = foldText(slice).text;
        const ids = aliases
          .map((alias, i) => ({ alias, id: `n${i}`, pattern: patterns[i] }))
          .filter(
            ({ alias, pattern }) =>
              folded === pattern &&
              (alias.matchCase ? foldName(slice, { keepCase: true }) === alias.text : /\p{Lu}/u.test(slice)),
          )
          .map(({ id }) => id);
        if (ids.length > 0) best = [end, ids.join('|')];
      }
    }
    if (best) {
      found.push([at, best[0], best[1]]);
      at = best[0];
    } else at++;
  }
  return found;
}

/** Tries every name at every word start; keeps the longest that ends at a word end. */
function referenceMentions(names: string[], text: string): [number, number][] {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const found: [number, number][] = [];
  let at = 0;
  while (at < text.length) {
    let best = -1;
    if (!isWord(text[at - 1])) {
      for (const name of names) {
        const end = at + name.length;
        if (
          text.slice(at, end).toLowerCase() === name.toLowerCase() &&
          !isWord(text[end]) &&
          /[A-Z]/.test(text.slice(at, end))
        ) {
          best = Math.max(best, end);
        }
      }
    }
    if (best > 0) {
      found.push([at, best]);
      at = best;
    } else at++;
  }
  return found;
}

describe('reannotate (incremental, after one edit)', () => {
  const root = path.resolve(__dirname, '../../..');
  const { index } = loadDictionaries([
    { file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) },
  ]);
  const pieces = [
    'Bashar',
    ' al-Assad',
    ' Assad',
    "'s",
    ' Maher',
    ' said',
    '.',
    ' ',
    '\n',
    '\n\n',
    ' Lina',
    ' Haddad',
    ' HTS',
    ' Moscow',
    ' in',
    ' Eyad',
    ' Makhlouf',
    '# ',
    'Check',
    ' Jalali',
    '’s',
    ' President',
    ' Asma',
    ' Khan',
    ' -',
  ];

  it('gives exactly what annotating the whole new text gives, over random edits', () => {
    const random = seededRandom(7);
    const piece = () => pieces[Math.floor(random() * pieces.length)]!;
    let text = Array.from({ length: 400 }, piece).join('');
    let mentions = index.mentionsIn(text);
    for (let edit = 0; edit < 600; edit++) {
      const start = Math.floor(random() * (text.length + 1));
      const oldEnd = Math.min(text.length, start + Math.floor(random() * 12) * (random() < 0.5 ? 0 : 1));
      const inserted =
        random() < 0.3
          ? ''
          : Array.from({ length: 1 + Math.floor(random() * 3) }, piece)
              .join('')
              .slice(0, random() < 0.5 ? 1 : undefined);
      const newText = text.slice(0, start) + inserted + text.slice(oldEnd);
      mentions = reannotate(index, newText, mentions, { start, oldEnd, insertedLength: inserted.length });
      const expected = index.mentionsIn(newText);
      assert.deepStrictEqual(mentions, expected, `edit ${edit}: ${JSON.stringify([start, oldEnd, inserted])}`);
      text = newText;
    }
  });
});

describe('annotating a long text stretch by stretch', () => {
  const root = path.resolve(__dirname, '../../..');
  const { index } = loadDictionaries([
    { file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) },
  ]);
  const pieces = [
    'Bashar',
    ' al-Assad',
    ' Assad',
    "'s",
    ' Maher',
    ' said',
    '.',
    ' ',
    '  ',
    '\n',
    '\n\n',
    ' Lina',
    ' Haddad',
    ' HTS',
    ' Moscow',
    ' in',
    ' Eyad',
    ' Makhlouf',
    ' Hayat Tahrir',
    ' al-Sham',
    '’s',
    ' President',
    ' Asma',
    ' Khan',
    ' Ma\u00ADher',
    ' Hmeimim',
    ' airbase',
    ' -',
  ];
  const draftOf = (random: () => number, count: number) =>
    Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]!).join('');

  it('finds what the whole text holds, with names that run across the cuts', () => {
    const random = seededRandom(5);
    for (let run = 0; run < 200; run++) {
      const text = draftOf(random, 60);
      const bounds = regionBounds(text, 1 + Math.floor(random() * 25));
      const found: Mention[] = [];
      for (let i = 1; i < bounds.length; i++) {
        found.push(
          ...index.matcher.findMentions(text, {
            start: bounds[i - 1]!,
            end: bounds[i]!,
            after: found[found.length - 1]?.end,
          }),
        );
      }
      assert.deepStrictEqual(found, index.matcher.findMentions(text), JSON.stringify(text));
    }
  });

  it('cuts only at white space', () => {
    const text = 'Bashar al-Assad fled to Moscow.\n\nHayat Tahrir al-Sham took Damascus';
    const bounds = regionBounds(text, 4);
    assert.deepStrictEqual([bounds[0], bounds[bounds.length - 1]], [0, text.length]);
    for (const bound of bounds.slice(1, -1))
      assert.ok(/\s/.test(text[bound - 1]!) || /\s/.test(text[bound]!), `cut at ${bound}`);
    assert.throws(() => index.matcher.findMentions(text, { start: 2, end: 10 }), RangeError);
  });

  it('gives the whole text’s mentions in time slices, and nothing when cancelled', async () => {
    const text = draftOf(seededRandom(9), 60_000);
    let steps = 0;
    const sliced = await mentionsInSlices(index, text, { sliceMs: 0, onProgress: () => steps++ });
    assert.deepStrictEqual(sliced, index.mentionsIn(text));
    assert.ok(steps > 3, `only ${steps} steps for ${text.length} characters`);
    assert.strictEqual(await mentionsInSlices(index, text, { sliceMs: 0, isCancelled: () => steps++ > 0 }), undefined);
    // Short stretches: names, and names left out as someone else's, across every kind of cut.
    const random = seededRandom(13);
    for (let run = 0; run < 100; run++) {
      const short = draftOf(random, 80);
      assert.deepStrictEqual(
        await mentionsInSlices(index, short, { regionChars: 1 + Math.floor(random() * 30) }),
        index.mentionsIn(short),
        JSON.stringify(short),
      );
    }
  });

  it('finds the mentions around a visible stretch as the whole text sees them', () => {
    const text = draftOf(seededRandom(3), 3000);
    const whole = index.mentionsIn(text);
    const start = Math.floor(text.length / 3);
    const end = start + 500;
    const around = mentionsAround(index, text, start, end);
    const inside = (mention: Mention) => mention.start >= start && mention.end <= end;
    assert.deepStrictEqual(around.filter(inside), whole.filter(inside));
    assert.ok(
      around.length > 0 &&
        around.every((mention) => whole.some((known) => known.start === mention.start && known.end === mention.end)),
    );
  });
});

describe('mention counts', () => {
  it('counts a bracketed acronym after its name as one mention with it', () => {
    const acronyms = indexOf({
      entities: [
        {
          id: 'hts',
          name: 'Hayat Tahrir al-Sham',
          type: 'organization',
          aliases: [{ text: 'HTS', matchCase: true }],
        },
      ],
    });
    const text = 'Hayat Tahrir al-Sham (HTS) fighters advanced. Later HTS took the city; Hayat Tahrir al-Sham HTS.';
    const annotation = new DocumentAnnotation(acronyms.mentionsIn(text));
    assert.strictEqual(annotation.mentions.length, 5, 'every mention is still highlighted');
    assert.strictEqual(annotation.mentionCount('hts'), 3);
  });
});
