import * as assert from 'assert';
import { buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { renderEntityCard } from '../../src/core/card/entityCard';
import { renderQuotationCard } from '../../src/core/card/quotationHover';
import { checkDraft } from '../../src/core/consistency/check';
import { type CheckOptions, DEFAULT_CHECK_OPTIONS, type Finding } from '../../src/core/consistency/findings';
import { parseDictionary } from '../../src/core/dictionary/parse';
import { quotationsIn } from '../../src/core/quotes/attribution';
import { parseDay } from '../../src/core/text/calendar';
import { directQuotations } from '../../src/core/text/quotationMarks';
import { indexOf } from './helpers';

const words = (text: string) => directQuotations(text).map((quotation) => quotation.words);

describe('direct quotations in a text', () => {
  it('reads curly, straight and guillemet marks, and nested quotations as part of the outer one', () => {
    assert.deepStrictEqual(words('He said “we will win.” She said "not so," and left. «Jamais», dit-il.'), [
      'we will win.',
      'not so',
      'Jamais',
    ]);
    assert.deepStrictEqual(words('“He told me ‘never’ and then “enough” twice,” she said.'), [
      'He told me ‘never’ and then “enough” twice',
    ]);
  });

  it('runs a quotation over paragraphs that open with a mark and leave the one before open', () => {
    const text = '“First paragraph goes on.\n\n“Second paragraph ends it,” he said.\n\nAfter.';
    const [quotation] = directQuotations(text);
    assert.strictEqual(quotation!.words, 'First paragraph goes on. Second paragraph ends it');
    assert.strictEqual(quotation!.parts.length, 2);
    assert.ok(quotation!.closed);
  });

  it('ends an unclosed quotation at its paragraph, and takes no inch or second sign for a mark', () => {
    assert.deepStrictEqual(words('He said “this never closes\n\nA new paragraph “with its own,” he added.'), [
      'this never closes',
      'with its own',
    ]);
    assert.deepStrictEqual(words('A 12" pipe and a 5′11″ man, and a 3" x 5" card.'), []);
    assert.deepStrictEqual(words('The screen is 27" wide, "said" nobody.'), ['said']);
  });

  it('ends paragraphs at a line break after a sentence, as pages copied one line a paragraph write them', () => {
    const text = [
      'Inspector Ana Ruiz told reporters: “The van left at noon.”',
      '“The driver sped off. He was armed.',
      '“Nobody was hurt,” she added.',
      'Later the road reopened.',
    ].join('\n');
    assert.deepStrictEqual(words(text), [
      'The van left at noon.',
      'The driver sped off. He was armed. Nobody was hurt',
    ]);
  });

  it('closes a quotation opened curly with a straight mark, and the other way round', () => {
    assert.deepStrictEqual(words('“We will side with the bank," Ruiz said. "Never again,” she added.'), [
      'We will side with the bank',
      'Never again',
    ]);
  });

  it('reads a 10,000-word quotation and a text of unbalanced marks in linear time', function () {
    this.timeout(20_000);
    const long = `“${'word '.repeat(10_000)}end,” said Maria Lopez.`;
    const marks = '" “ « '.repeat(20_000);
    const index = indexOf({ entities: [{ id: 'maria-lopez', name: 'Maria Lopez', type: 'person' }] });
    const started = Date.now();
    assert.strictEqual(directQuotations(long)[0]!.words.split(' ').length, 10_001);
    directQuotations(marks);
    const found = quotationsIn(long, index);
    assert.strictEqual(found[0]!.speaker, 'maria-lopez');
    quotationsIn(marks, index);
    // One endless sentence of verbs and names: each verb's speaker and clause are read near it only.
    quotationsIn(`${'Maria Lopez said he told the mayor, the council said '.repeat(5_000)}.`, index);
    // Generous, but a pass quadratic in the quotation's length takes minutes here.
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
  });
});

const STORY = [
  'Maria Lopez, the mayor of Porto Alto, told reporters the bridge would reopen on Monday.',
  '',
  '“We have checked every cable twice,” Lopez said. “Nobody will be put at risk.”',
  '',
  'The works were delayed by floods, according to the Harbour Authority.',
  '',
  '“The budget is already spent,” the mayor said later.',
  '',
  'Dmitry Novak spoke to the press. “We will sue the city,” he said.',
].join('\n');

const STORY_DICTIONARY = {
  source: { title: 'Bridge to reopen', date: '2026-03-02', file: 'bridge.txt' },
  entities: [
    {
      id: 'maria-lopez',
      name: 'Maria Lopez',
      type: 'person',
      aliases: ['Lopez'],
      roles: [{ title: 'mayor of Porto Alto' }],
    },
    { id: 'porto-alto', name: 'Porto Alto', type: 'place' },
    { id: 'harbour-authority', name: 'Harbour Authority', type: 'organization' },
    { id: 'dmitry-novak', name: 'Dmitry Novak', type: 'person', aliases: ['Novak'] },
  ],
};

describe('who said what', () => {
  const said = () =>
    quotationsIn(STORY, indexOf(STORY_DICTIONARY)).map((quotation) => [
      quotation.kind,
      quotation.speaker ?? null,
      quotation.verb ?? null,
      quotation.text,
    ]);

  it('finds direct and indirect quotations with their speakers, by name, title, pronoun or the quotation before', () => {
    assert.deepStrictEqual(said(), [
      ['indirect', 'maria-lopez', 'told', 'the bridge would reopen on Monday'],
      ['direct', 'maria-lopez', 'said', 'We have checked every cable twice'],
      ['direct', 'maria-lopez', 'said', 'Nobody will be put at risk.'],
      ['indirect', 'harbour-authority', 'according to', 'The works were delayed by floods'],
      ['direct', 'maria-lopez', 'said', 'The budget is already spent'],
      ['direct', 'dmitry-novak', 'said', 'We will sue the city'],
    ]);
  });

  it('reads the hearer of "told" as no speaker, and a description between name and verb as the speaker’s', () => {
    const index = indexOf({
      entities: [
        { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] },
        { id: 'radio-sur', name: 'Radio Sur', type: 'organization' },
        { id: 'oxfam', name: 'Oxfam', type: 'organization' },
        { id: 'peru', name: 'Peru', type: 'place' },
      ],
    });
    const found = (text: string) =>
      quotationsIn(text, index).map((quotation) => [quotation.kind, quotation.speaker ?? null, quotation.text]);
    assert.deepStrictEqual(found('Ana Ruiz told the state broadcaster, Radio Sur, adding that the mine had flooded.'), [
      ['indirect', 'ana-ruiz', 'the mine had flooded'],
    ]);
    assert.deepStrictEqual(found('Ruiz, however, told Radio Sur on Monday in Lima that the talks had failed.'), [
      ['indirect', 'ana-ruiz', 'the talks had failed'],
    ]);
    assert.deepStrictEqual(found('Ruiz told reporters shortly after midnight.'), []);
    assert.deepStrictEqual(found('“We need boats,” Ana Ruiz, Oxfam’s spokesperson in Peru said.'), [
      ['direct', 'ana-ruiz', 'We need boats'],
    ]);
    assert.deepStrictEqual(
      found('Ruiz declared a state of emergency. Ruiz said this on Tuesday in Lima at a forum.'),
      [],
    );
    assert.deepStrictEqual(
      found(
        'Ruiz said the roads were closed, while Oxfam appealed for $2 million. Ruiz said the dam held; insisting that no one was hurt.',
      ),
      [
        ['indirect', 'ana-ruiz', 'the roads were closed'],
        ['indirect', 'ana-ruiz', 'the dam held'],
        ['indirect', 'ana-ruiz', 'no one was hurt'],
      ],
    );
  });

  it('reads "he" or "she" as the person who spoke last, unless a sentence since opens with another', () => {
    const index = indexOf({
      entities: [
        { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] },
        { id: 'tomas-vidal', name: 'Tomás Vidal', type: 'person', aliases: ['Vidal'] },
      ],
    });
    const speakers = (text: string) => quotationsIn(text, index).map((quotation) => quotation.speaker ?? null);
    assert.deepStrictEqual(
      speakers(
        '“The fund is empty,” Ruiz said. The plan names the deputy, Tomás Vidal, as its head. “We will ask again,” she said.',
      ),
      ['ana-ruiz', 'ana-ruiz'],
    );
    assert.deepStrictEqual(
      speakers(
        '“The fund is empty,” Ruiz said. Tomás Vidal flew to Lima with the deputy. “We will ask again,” he said.',
      ),
      ['ana-ruiz', 'tomas-vidal'],
    );
    assert.deepStrictEqual(speakers('Ruiz said: “The van left.\n“It was empty,” she added.'), ['ana-ruiz']);
  });

  it('reads "they said" as the body named just before', () => {
    const index = indexOf({
      entities: [
        { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] },
        { id: 'oxfam', name: 'Oxfam', type: 'organization' },
      ],
    });
    const found = quotationsIn('Ana Ruiz met Oxfam in Lima. “We need boats,” they said.', index);
    assert.deepStrictEqual(
      found.map((quotation) => [quotation.speaker ?? null, quotation.text]),
      [['oxfam', 'We need boats']],
    );
  });

  it('gives a verb joined to an earlier one, or after a "who" clause, to the sentence’s subject; "She" opening a sentence to the last one’s subject', () => {
    const index = indexOf({
      entities: [
        { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] },
        { id: 'bo-lindqvist', name: 'Bo Lindqvist', type: 'person', aliases: ['Lindqvist'] },
        { id: 'tarn-mining', name: 'Tarn Mining', type: 'organization' },
        { id: 'lima', name: 'Lima', type: 'place' },
      ],
    });
    const said = (text: string) =>
      quotationsIn(text, index).map((quotation) => [quotation.speaker ?? null, quotation.verb, quotation.text]);
    assert.deepStrictEqual(said('Ana Ruiz thanked the crews and said that the search would go on.'), [
      ['ana-ruiz', 'said', 'the search would go on'],
    ]);
    assert.deepStrictEqual(said('Tarn Mining cut its forecast but warned that sales could fall.'), [
      ['tarn-mining', 'warned', 'sales could fall'],
    ]);
    assert.deepStrictEqual(said('Ana Ruiz, who flew in from Lima on Monday, warned that prices would rise.'), [
      ['ana-ruiz', 'warned', 'prices would rise'],
    ]);
    assert.deepStrictEqual(
      said(
        'Mayor Ana Ruiz answered the U.S. envoy Bo Lindqvist by letter. She thanked him but warned that talks could fail.',
      ),
      [['ana-ruiz', 'warned', 'talks could fail']],
    );
    // Someone else is the subject: no speaker is guessed.
    assert.deepStrictEqual(said('Crews praised Ana Ruiz and said she was brave.'), []);
    assert.deepStrictEqual(said('Lima flooded and officials said the dam held.'), []);
  });

  it('reads "the bank said" as the body named so, not the person whose role names the bank', () => {
    const index = indexOf({
      entities: [
        { id: 'norland-bank', name: 'Central Bank of Norland', type: 'organization' },
        {
          id: 'ida-berg',
          name: 'Ida Berg',
          type: 'person',
          aliases: ['Berg'],
          roles: [{ title: 'Governor of the Central Bank of Norland' }],
        },
      ],
    });
    const text = 'The Central Bank of Norland held rates. Ida Berg met reporters. “Rates stay,” the bank said.';
    assert.deepStrictEqual(
      quotationsIn(text, index).map((quotation) => [quotation.speaker ?? null, quotation.text]),
      [['norland-bank', 'Rates stay']],
    );
    const governor = 'Ida Berg met reporters. “Rates stay,” the governor said.';
    assert.deepStrictEqual(
      quotationsIn(governor, index).map((quotation) => quotation.speaker ?? null),
      ['ida-berg'],
    );
  });

  it('reads speakers named by office, body noun, bracketed short name or a headline, and clauses that quote', () => {
    const index = indexOf({
      entities: [
        { id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] },
        { id: 'tomas-vidal', name: 'Tomás Vidal', type: 'person', aliases: ['Vidal'] },
        { id: 'river-fund', name: 'River Relief Fund', type: 'organization', aliases: ['RRF'] },
        { id: 'ward-iv', name: 'Ward IV', type: 'organization' },
        { id: 'radio-sur', name: 'Radio Sur', type: 'organization' },
        { id: 'lima-police', name: 'Lima Police Service', type: 'organization' },
      ],
    });
    const said = (text: string) =>
      quotationsIn(text, index).map((quotation) => [quotation.speaker ?? null, quotation.verb ?? null, quotation.text]);
    // An office no role records stands for the person quoted just before; "a spokesman" is someone else.
    assert.deepStrictEqual(said('“The dam held,” Ruiz said. “We stay ready,” the minister said.'), [
      ['ana-ruiz', 'said', 'The dam held'],
      ['ana-ruiz', 'said', 'We stay ready'],
    ]);
    assert.deepStrictEqual(said('“The dam held,” Ruiz said. “We stay ready,” a spokesman said.').length, 2);
    assert.strictEqual(said('“The dam held,” Ruiz said. “We stay ready,” a spokesman said.')[1]![0], null);
    // "the agency": the organisation named just before.
    assert.deepStrictEqual(
      said('The River Relief Fund opened a depot. Food ran short in four towns, according to the agency.'),
      [['river-fund', 'according to', 'Food ran short in four towns']],
    );
    // The short name in brackets after the full one; "He, however, said"; the person after a body's title.
    assert.deepStrictEqual(said('The River Relief Fund (RRF) said that it would feed 2,000 families.'), [
      ['river-fund', 'said', 'it would feed 2,000 families'],
    ]);
    assert.deepStrictEqual(said('Vidal met the council. He, however, said that the levy was fair.'), [
      ['tomas-vidal', 'said', 'the levy was fair'],
    ]);
    assert.deepStrictEqual(said('Ward IV Councilman Tomás Vidal made the motion, saying the levy was fair.'), [
      ['tomas-vidal', 'saying', 'the levy was fair'],
    ]);
    // "told X, a description, that "…" when…": a clause that quotes, and the quotation in it.
    assert.deepStrictEqual(
      said('Ana Ruiz told Radio Sur, the state network, that “we heard a roar” when the bank gave way.'),
      [
        ['ana-ruiz', 'told', '“we heard a roar” when the bank gave way'],
        ['ana-ruiz', 'told', 'we heard a roar'],
      ],
    );
    assert.deepStrictEqual(said('The police cordoned off the bank. Two men were held, police said.'), []);
    assert.deepStrictEqual(said('The Lima Police Service cordoned off the bank. Two men were held, police said.'), [
      ['lima-police', 'said', 'Two men were held'],
    ]);
    // "The levy, he said, was…": the clause's subject stands before the attribution; ", pointing out that" reports a second.
    const aside = quotationsIn(
      'Vidal met the council. The levy, he said, was fair to every household, pointing out that rents had fallen.',
      index,
    );
    assert.deepStrictEqual(
      aside.map((quotation) => [quotation.speaker, quotation.verb, quotation.text, quotation.parts.length]),
      [
        ['tomas-vidal', 'said', 'The levy was fair to every household', 2],
        ['tomas-vidal', 'pointing out', 'rents had fallen', 1],
      ],
    );
    // A headline's capitalised verb and verbless clause, and its quotation in title case.
    assert.deepStrictEqual(said('Vidal Says Four Bridges Closed Until June\n\nThe river rose.'), [
      ['tomas-vidal', 'says', 'Four Bridges Closed Until June'],
    ]);
    assert.deepStrictEqual(said('Ruiz Warns “We Will Not Rebuild Twice”\n\nThe river rose.'), [
      ['ana-ruiz', 'warns', 'We Will Not Rebuild Twice'],
    ]);
  });

  it('leaves the dateline out of a reported clause that opens the story', () => {
    const index = indexOf({
      entities: [{ id: 'ana-ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'] }],
    });
    for (const dateline of ['LIMA, May 2 (Reuters) - ', 'LIMA, Peru (AP) — ', 'LIMA, Peru          — ']) {
      const text = `${dateline}The river rose two metres overnight, Mayor Ana Ruiz said.`;
      const [quotation] = quotationsIn(text, index);
      assert.deepStrictEqual(
        [quotation?.speaker, quotation?.text, text.slice(quotation!.start, quotation!.end)],
        ['ana-ruiz', 'The river rose two metres overnight', 'The river rose two metres overnight'],
        dateline,
      );
    }
  });

  it('gives no speaker where the text names none, and takes no title of a work for a quotation', () => {
    const index = indexOf(STORY_DICTIONARY);
    const found = quotationsIn(
      'Crowds chanted “Open the bridge now” outside. Lopez read “Bridges Of The World”.',
      index,
    );
    assert.deepStrictEqual(
      found.map((quotation) => [quotation.text, quotation.speaker ?? null]),
      [['Open the bridge now', null]],
    );
  });

  it('is recorded by the builder, with verb, sentence and offsets into the article', () => {
    const text = 'Bridge to reopen\n\n' + STORY;
    const { dictionary } = buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-03-02')! });
    const quotations = dictionary.quotations ?? [];
    const lopez = dictionary.entities.find((entity) => entity.name === 'Maria Lopez')!;
    const first = quotations.find((quotation) => quotation.text === 'We have checked every cable twice')!;
    assert.strictEqual(first.speaker, lopez.id);
    assert.strictEqual(first.kind, 'direct');
    assert.strictEqual(text.slice(first.start, first.end), first.text);
    assert.ok(first.source.includes('Lopez said'));
    assert.ok(dictionary.builtFacts.some((fact) => fact.startsWith(`quotation ${lopez.id} `)));
  });
});

describe('who said what, in the attributions of news copy', () => {
  const index = indexOf({
    entities: [
      {
        id: 'pia-lund',
        name: 'Pia Lund',
        type: 'person',
        aliases: ['Lund'],
        roles: [{ title: 'harbour spokeswoman' }],
      },
      { id: 'omar-sadi', name: 'Omar Sadi', type: 'person', aliases: ['Sadi'] },
      { id: 'karl-veit', name: 'Karl Veit', type: 'person', aliases: ['Veit'] },
      { id: 'veit-co', name: 'Veit & Co', type: 'organization' },
      { id: 'harbour-board', name: 'Harbour Board', type: 'organization' },
      { id: 'norbank', name: 'Norbank', type: 'organization' },
      { id: 'tove-berg', name: 'Tove Berg', type: 'person', aliases: ['Berg'] },
      { id: 'vale-museum', name: 'Vale Museum', type: 'organization' },
      { id: 'ostby', name: 'Ostby', type: 'place' },
      { id: 'ivo-marsh', name: 'Ivo Marsh', type: 'person', aliases: ['Marsh'] },
      { id: 'wildlife-department', name: 'Wildlife Department', type: 'organization' },
      { id: 'ahmed-kaya', name: 'Ahmed Kaya', type: 'person', aliases: ['Kaya'], roles: [{ title: 'head coach' }] },
      {
        id: 'lena-holt',
        name: 'Lena Holt',
        type: 'person',
        aliases: ['Holt'],
        roles: [{ title: 'Chief Executive Officer' }],
      },
    ],
  });
  const said = (text: string) =>
    quotationsIn(text, index).map((quotation) => [quotation.speaker ?? null, quotation.kind, quotation.text]);

  it('reads an attribution after the clause with a job before the name, or a time and a channel after the verb', () => {
    assert.deepStrictEqual(said('The ferry docked and unloaded its cars, said harbour spokeswoman Pia Lund.'), [
      ['pia-lund', 'indirect', 'The ferry docked and unloaded its cars'],
    ]);
    assert.deepStrictEqual(said('The ferry docked and unloaded its cars, said Harbour Board Spokesman Omar Sadi.'), [
      ['omar-sadi', 'indirect', 'The ferry docked and unloaded its cars'],
    ]);
    // The name ending the clause is not the speaker: the one after "said" is.
    assert.deepStrictEqual(said('The bank is likely to recover under Lund, said Karl Veit, a partner at Veit & Co.'), [
      ['karl-veit', 'indirect', 'The bank is likely to recover under Lund'],
    ]);
    assert.deepStrictEqual(
      said('Sales rose to $2 billion from $1.5 billion a year earlier, Norbank said today in a statement.'),
      [['norbank', 'indirect', 'Sales rose to $2 billion from $1.5 billion a year earlier']],
    );
  });

  it('gives a place or body ending the clause nothing when a described, unnamed speaker follows the verb', () => {
    assert.deepStrictEqual(said('The case is a "red flag" for Ostby, says health expert.'), [
      [null, 'direct', 'red flag'],
    ]);
    assert.deepStrictEqual(said('Floods are a "real danger" for Ostby, said a local official.'), [
      [null, 'direct', 'real danger'],
    ]);
    assert.deepStrictEqual(said('The plan would fail, Ostby said on Monday.'), [
      ['ostby', 'indirect', 'The plan would fail'],
    ]);
  });

  it('takes the person who speaks, not the body or place of their description', () => {
    assert.deepStrictEqual(
      said('Tove Berg, curator of the Vale Museum in Ostby, said she found the letter on Monday.'),
      [['tove-berg', 'indirect', 'she found the letter on Monday']],
    );
    assert.deepStrictEqual(
      said('Ivo Marsh of the Vale Parks and Wildlife Department said the deer was the first seen this year.'),
      [['ivo-marsh', 'indirect', 'the deer was the first seen this year']],
    );
  });

  it('reads words between the speaker and the verb, a verb of the present, and "it" for a body', () => {
    assert.deepStrictEqual(said('Ahmed Kaya was pleased. The head coach further said that the team had played well.'), [
      ['ahmed-kaya', 'indirect', 'the team had played well'],
    ]);
    assert.deepStrictEqual(said('Kaya, for his part, said that the referee was fair.'), [
      ['ahmed-kaya', 'indirect', 'the referee was fair'],
    ]);
    assert.deepStrictEqual(said('“The media should check,” said Kaya, while claiming that the figures were wrong.'), [
      ['ahmed-kaya', 'direct', 'The media should check'],
      ['ahmed-kaya', 'indirect', 'the figures were wrong'],
    ]);
    assert.deepStrictEqual(said('Kaya says he won the vote.'), [['ahmed-kaya', 'indirect', 'he won the vote']]);
    assert.deepStrictEqual(
      said('Norbank said the branch would close. It gave no reason but said staff would be moved.'),
      [
        ['norbank', 'indirect', 'the branch would close'],
        ['norbank', 'indirect', 'staff would be moved'],
      ],
    );
  });

  it('never gives "he" or "she" to a person the text calls by the other pronoun', () => {
    assert.deepStrictEqual(
      said('Pia Lund said she was asleep. Karl Veit said his ship was late.\n\n“That was frightening,” she said.'),
      [
        ['pia-lund', 'indirect', 'she was asleep'],
        ['karl-veit', 'indirect', 'his ship was late'],
        ['pia-lund', 'direct', 'That was frightening'],
      ],
    );
    assert.deepStrictEqual(said('Mr Karl Veit stayed home. The ship was late.\n\n“It was not a good day,” she said.'), [
      [null, 'direct', 'It was not a good day'],
    ]);
    // An object pronoun is someone else's: it says nothing of the person named before it.
    assert.deepStrictEqual(said('Karl Veit thanked her for the work.\n\n“We were lucky,” he said.'), [
      ['karl-veit', 'direct', 'We were lucky'],
    ]);
  });

  it('reads a long subject: a title of many words, an age, a relative clause', () => {
    assert.deepStrictEqual(
      said(
        'Norbank, whose Chief Executive Officer Lena Holt said on Tuesday she is taking leave, posted a record profit.',
      ),
      [['lena-holt', 'indirect', 'she is taking leave']],
    );
    assert.deepStrictEqual(
      said('Holt, 61, who has led the bank since 2010, said in a letter published yesterday, “I will be back soon.”'),
      [['lena-holt', 'direct', 'I will be back soon.']],
    );
  });
});

describe('quotations in a dictionary file', () => {
  it('are read, and a bad one is reported by file, entry and problem and left out', () => {
    const parsed = parseDictionary(
      JSON.stringify({
        entities: [{ id: 'a', name: 'A', type: 'person' }],
        quotations: [
          { speaker: 'a', kind: 'direct', text: 'Yes', verb: 'said', start: 3, end: 6 },
          { speaker: 'A B', kind: 'direct', text: 'No' },
          { speaker: 'a', kind: 'shouted', text: 'No' },
          { speaker: 'a', kind: 'indirect', text: ' ' },
          { speaker: 'a', kind: 'direct', text: 'Maybe', start: 9, end: 2 },
        ],
      }),
      'x.entities.json',
    );
    assert.deepStrictEqual(
      parsed.dictionary!.quotations!.map((quotation) => quotation.text),
      ['Yes', 'Maybe'],
    );
    assert.deepStrictEqual(parsed.dictionary!.quotations![0], {
      speaker: 'a',
      verb: 'said',
      kind: 'direct',
      text: 'Yes',
      source: undefined,
      start: 3,
      end: 6,
    });
    assert.deepStrictEqual(
      parsed.problems.map((problem) => [problem.file, problem.entry, problem.severity, problem.message]),
      [
        ['x.entities.json', 'quotations[1]', 'error', '"speaker" must be the id of an entity; got "A B"'],
        ['x.entities.json', 'quotations[2]', 'error', '"kind" must be one of direct, indirect; got "shouted"'],
        ['x.entities.json', 'quotations[3]', 'error', '"text" (the quoted words) is missing or empty'],
        ['x.entities.json', 'quotations[4]', 'warning', '"end" (2) must come after "start" (9); both were ignored'],
      ],
    );
  });

  it('warns of a speaker no dictionary knows', () => {
    assert.throws(
      () => indexOf({ entities: [], quotations: [{ speaker: 'nobody', kind: 'direct', text: 'Hello there' }] }),
      /the speaker \\"nobody\\" is no entity of the dictionaries/,
    );
  });
});

const SOURCE = {
  ...STORY_DICTIONARY,
  quotations: [
    {
      speaker: 'maria-lopez',
      verb: 'said',
      kind: 'direct',
      text: 'We have checked every cable twice and the bridge is safe for every driver',
      source: '“We have checked every cable twice and the bridge is safe for every driver,” Lopez said.',
    },
    { speaker: 'dmitry-novak', verb: 'said', kind: 'direct', text: 'We will sue the city for every lost day' },
    {
      speaker: 'dmitry-novak',
      verb: 'said',
      kind: 'direct',
      text: 'The cable runs at least 2,000 (600 meters) under the river and [the city] never tested it',
    },
  ],
};

function quoteCheck(draft: string, quotes: Partial<NonNullable<CheckOptions['quotes']>> = {}): Finding[] {
  return checkDraft(draft, indexOf(SOURCE), {
    ...DEFAULT_CHECK_OPTIONS,
    quotes: { strict: false, allowEllipsis: true, ...quotes },
  }).filter((finding) => ['misquote', 'misattributed-quote', 'unsourced-quote'].includes(finding.rule));
}

describe('the quote check', () => {
  it('leaves alone a quotation copied exactly, whole or in part, and words no source has', () => {
    assert.deepStrictEqual(
      quoteCheck(
        'Maria Lopez said: “We have checked every cable twice and the bridge is safe for every driver.” She added that “the bridge is safe.” A resident told us “it shakes at night.”',
      ),
      [],
    );
  });

  it('marks words dropped, added and changed, and its fix restores exactly the source’s words', () => {
    const draft = 'Maria Lopez said: “We checked every cable twice and the bridge is totally safe for all drivers.”';
    const [finding, ...rest] = quoteCheck(draft);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding!.rule, 'misquote');
    assert.strictEqual(finding!.severity, 'warning');
    assert.strictEqual(finding!.text, 'We checked every cable twice and the bridge is totally safe for all drivers');
    assert.strictEqual(draft.slice(finding!.start, finding!.end), finding!.text);
    assert.strictEqual(
      finding!.suggestion,
      'We have checked every cable twice and the bridge is safe for every driver',
    );
    assert.match(finding!.message, /dropped “have”/);
    assert.match(finding!.message, /added “totally”/);
    assert.match(finding!.message, /“all drivers” for “every driver”/);
    assert.match(finding!.message, /“Bridge to reopen” \(2026-03-02\)/);
  });

  it('lets a quoting draft leave out what the outlet put in brackets, and nothing else', () => {
    assert.deepStrictEqual(
      quoteCheck('Novak said: “The cable runs at least 2,000 under the river and never tested it.”'),
      [],
    );
    const [finding] = quoteCheck('Novak said: “The cable runs at least 2,000 under the river and never checked it.”');
    assert.strictEqual(finding!.rule, 'misquote');
    assert.match(finding!.message, /“checked” for “tested”/);
  });

  it('lets an ellipsis stand for words left out where the house style allows it, and not where it does not', () => {
    const draft = 'Lopez said: “We have checked every cable … the bridge is safe for every driver.”';
    assert.deepStrictEqual(quoteCheck(draft), []);
    const [finding] = quoteCheck(draft, { allowEllipsis: false });
    assert.strictEqual(finding!.rule, 'misquote');
    assert.match(finding!.message, /“…” for “twice and”/);
    assert.deepStrictEqual(quoteCheck(draft.replace('…', '...')), []);
  });

  it('flags a quotation given to someone else, with the source’s speaker as the fix, on the name only', () => {
    const draft = '“We will sue the city for every lost day,” Lopez said.';
    const [finding, ...rest] = quoteCheck(draft);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding!.rule, 'misattributed-quote');
    assert.strictEqual(finding!.text, 'Lopez');
    assert.strictEqual(draft.slice(finding!.start, finding!.end), 'Lopez');
    assert.strictEqual(finding!.suggestion, 'Novak');
    assert.match(finding!.message, /Dmitry Novak said this, not Maria Lopez/);
  });

  it('flags on "she" a quotation given to the woman just named, one step below, and leaves a pronoun for no one alone', () => {
    const draft =
      'Maria Lopez referred the question to the engineers. “We will sue the city for every lost day,” she said.';
    const [finding, ...rest] = quoteCheck(draft);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(finding!.rule, 'misattributed-quote');
    assert.strictEqual(finding!.severity, 'info');
    assert.strictEqual(draft.slice(finding!.start, finding!.end), 'she');
    assert.strictEqual(finding!.suggestion, 'Dmitry Novak');
    assert.match(finding!.message, /Dmitry Novak said this, not Maria Lopez, whom “she” stands for here/);
    assert.deepStrictEqual(quoteCheck('The engineers met. “We will sue the city for every lost day,” she said.'), []);
    assert.deepStrictEqual(
      quoteCheck(
        'Maria Lopez met Dmitry Novak. He accused the city of delay: “We will sue the city for every lost day.”',
      ),
      [],
    );
  });

  it('reports a quotation no source has only in strict mode', () => {
    const draft = 'A resident told us: “It shakes every night when the trucks pass.”';
    assert.deepStrictEqual(quoteCheck(draft), []);
    const [finding] = quoteCheck(draft, { strict: true });
    assert.strictEqual(finding!.rule, 'unsourced-quote');
    assert.strictEqual(finding!.suggestion, null);
  });

  it('finds nothing in unbalanced and nested marks or inch signs where no quotation is misquoted', () => {
    assert.deepStrictEqual(quoteCheck('The 12" pipe burst. “She said “go” and “stop”. And " alone.'), []);
  });
});

describe('quotations on cards', () => {
  const link = (id: string) => `command:show?${id}`;
  const quotationLink = () => 'command:quote';

  it('lists what an entity said, escaped, with a link to its sentence', () => {
    const index = indexOf({
      ...SOURCE,
      quotations: [
        ...SOURCE.quotations,
        { speaker: 'dmitry-novak', kind: 'indirect', text: 'the *city* [owes](x) him' },
      ],
    });
    const card = renderEntityCard(index, 'dmitry-novak', 1, link, quotationLink);
    assert.match(card, /Said in the sources:/);
    assert.match(card, /- “We will sue the city for every lost day” — said · \[source\]\(command:quote\)/);
    assert.match(card, /the \\\*city\\\* \\\[owes\\\]\\\(x\\\) him \\\(reported\\\)/);
    assert.doesNotMatch(renderEntityCard(index, 'porto-alto', 1, link, quotationLink), /Said in the sources/);
  });

  it('shows over a draft’s quotation who said it according to the sources', () => {
    const draft = 'He said “We will sue the city for every lost day” yesterday.';
    const card = renderQuotationCard(draft, draft.indexOf('sue'), indexOf(SOURCE), true, {
      entity: link,
      quotation: quotationLink,
    });
    assert.match(
      card!,
      /^Said by \[Dmitry Novak\]\(command:show\?dmitry-novak\) according to the sources in \*Bridge to reopen\* \\\(said\\\):/,
    );
    assert.strictEqual(
      renderQuotationCard(draft, 2, indexOf(SOURCE), true, { entity: link, quotation: quotationLink }),
      undefined,
    );
  });
});
