import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { combineArticles } from '../../src/core/builder/story';
import { type DictionaryFileContent, buildDictionary, storyOf } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';
import { renderEntityCard } from '../../src/core/card/entityCard';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { figuresAgree, figuresIn, sameQuantity } from '../../src/core/text/figures';
import { runCli } from './cliRun';
import { indexOf } from './helpers';

/** [as written, value, unit, what it counts, hedge] of each figure of `text`. */
function read(text: string): [string, number, string, string, string][] {
  return figuresIn(text).map((figure) => [figure.text, figure.value, figure.unit, figure.counted, figure.hedge]);
}

describe('figures: what a news sentence counts', () => {
  it('reads numbers with their unit, scale, hedge and what they count', () => {
    assert.deepStrictEqual(read('The death toll topped 28,000 on Friday.'), [['28,000', 28000, '', '', 'above']]);
    assert.deepStrictEqual(read('He ended a 24-year rule.'), [['24-year', 24, 'year', 'rule', 'exact']]);
    assert.deepStrictEqual(read('Donors pledged $59.5 billion.'), [['$59.5 billion', 59.5e9, '$', '', 'exact']]);
    assert.deepStrictEqual(read('The strike killed at least 12 people.'), [
      ['at least 12', 12, '', 'people', 'at-least'],
    ]);
    assert.deepStrictEqual(read('Nearly 60 percent voted, and some 300 workers left.'), [
      ['Nearly 60 percent', 60, '%', 'voted', 'below'],
      ['some 300', 300, '', 'workers', 'about'],
    ]);
    assert.deepStrictEqual(read('A 53-year-old man and three children were hurt.'), [
      ['53-year-old', 53, 'age', 'man', 'exact'],
      ['three', 3, '', 'children', 'exact'],
    ]);
  });

  it('reads an age set off after a name as no figure', () => {
    assert.deepStrictEqual(read('The blast killed Mara Quill, 36, Tom Hale, 43, and Ida Roe, 31.'), []);
    assert.deepStrictEqual(read('Police named the driver (Jo Hart, 52).'), []);
    assert.deepStrictEqual(read('In Oslo, 40 people marched.'), [['40', 40, '', 'people', 'exact']]);
  });

  it('reads a compound number in words whole, never as its last word', () => {
    assert.deepStrictEqual(read('Twenty-five people died and forty two children were hurt.'), [
      ['Twenty-five', 25, '', 'people', 'exact'],
      ['forty two', 42, '', 'children', 'exact'],
    ]);
    assert.deepStrictEqual(read('Some ninety-nine thousand voters stayed home.'), [
      ['Some ninety-nine thousand', 99000, '', 'voters', 'about'],
    ]);
  });

  it('reads a range with its top', () => {
    const [figure] = figuresIn('Between 10-12 ships dock each day.');
    assert.deepStrictEqual([figure?.value, figure?.upTo, figure?.counted], [10, 12, 'ships']);
  });

  it('leaves out times, dates, years, ordinals, heights and numbers in names', () => {
    const text =
      'At 9.30 on December 8, 2024, at 10pm and 22:30, the 3rd convoy of Flight 17 and Resolution 2254 ' +
      'passed a man 5\'11" tall in 2011 and 2023-24, on 8 December, as COVID-19 and the A320 did.';
    assert.deepStrictEqual(read(text), []);
  });

  it('reads a depth or distance in feet as a figure, and a year of an era or a height as none', () => {
    assert.deepStrictEqual(
      figuresIn('Crews were 1,500 feet below ground and dug 300 feet on Tuesday.').map((figure) => [
        figure.text,
        figure.value,
        figure.unit,
      ]),
      [
        ['1,500 feet', 1500, 'ft'],
        ['300 feet', 300, 'ft'],
      ],
    );
    assert.deepStrictEqual(
      figuresIn(
        'The town was buried in 79 AD, in AD 79 as some write; Caesar died in 44 BC. He is 6 feet 2 inches tall.',
      ),
      [],
    );
  });

  it('stays linear and finite on huge numbers and long runs of digits', () => {
    const digits = '9'.repeat(200_000);
    const started = Date.now();
    const figures = figuresIn(`${digits} people. ${'1,000 '.repeat(5_000)}ships.`);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.ok(figures.every((figure) => Number.isFinite(figure.value)));
  });

  it('allows the rounding and hedges a house style allows, and nothing wider', () => {
    const one = (text: string) => figuresIn(text)[0]!;
    const source = one('The death toll reached 28,113.');
    assert.ok(figuresAgree(one('The toll is more than 28,000.'), source));
    assert.ok(figuresAgree(one('The toll is 28,000.'), source));
    assert.ok(!figuresAgree(one('The toll is more than 30,000.'), source));
    assert.ok(!figuresAgree(one('The toll is 28,500.'), source));
    const pledge = one('Donors pledged $59.5 billion.');
    assert.ok(figuresAgree(one('Donors pledged nearly $60 billion.'), pledge));
    assert.ok(figuresAgree(one('Donors pledged about $59 billion.'), pledge));
    assert.ok(!figuresAgree(one('Donors pledged $69.5 billion.'), pledge));
    const killed = one('The strike killed at least 12 people.');
    assert.ok(figuresAgree(one('The strike killed 12 people.'), killed));
    assert.ok(!figuresAgree(one('The strike killed at least 15 people.'), killed));
    assert.ok(!figuresAgree(one('The strike killed 10 people.'), killed));
    // Round figures side by side, exact or hedged, are different figures; a figure that rounds to one agrees with it.
    const arrested = one('Police arrested 200 protesters.');
    assert.ok(!figuresAgree(one('Police arrested 300 protesters.'), arrested));
    assert.ok(
      !figuresAgree(one('Police arrested about 300 protesters.'), one('Police arrested around 200 protesters.')),
    );
    assert.ok(figuresAgree(one('Police arrested 240 protesters.'), arrested));
    assert.ok(figuresAgree(one('Police arrested about 300 protesters.'), one('Police arrested 340 protesters.')));
    // Single figures agree where one rounds to the other: "1,500" rounds to 2,000, not to "1,000".
    assert.ok(!figuresAgree(one('Farmers auctioned 1 500 animals.'), one('Farmers auctioned 1 000 animals.')));
    assert.ok(figuresAgree(one('Farmers auctioned 1,000 animals.'), one('Farmers auctioned 1,049 animals.')));
    // One hedge on both: the figures should be one, as far as rounding goes.
    assert.ok(!figuresAgree(one('The mine is about 895 feet deep.'), one('The mine is about 985 feet deep.')));
    assert.ok(figuresAgree(one('The mine is about 1,000 feet deep.'), one('The mine is about 985 feet deep.')));
    assert.ok(!figuresAgree(one('Up to 3,000 containers piled up.'), one('Up to 2,000 containers piled up.')));
    assert.ok(figuresAgree(one('Up to 2,000 containers piled up.'), one('Up to 2,000 containers piled up.')));
  });

  it('reads a number before a noun in straight quotation marks, and counts people by their role as people', () => {
    assert.deepStrictEqual(
      figuresIn('Rajoelina has named 15 "ministers" and says so. He is 5\'11" tall.').map((figure) => [
        figure.value,
        figure.counted,
      ]),
      [[15, 'ministers']],
    );
    const [protesters] = figuresIn('About 9,000 protesters had gathered in the main square.');
    const [people] = figuresIn('About 12,000 people had gathered in the main square.');
    const [containers] = figuresIn('About 12,000 containers had gathered in the main square.');
    assert.ok(sameQuantity(people!, protesters!));
    assert.ok(!sameQuantity(containers!, protesters!));
  });

  it('tells one quantity from another by its unit, what it counts and the words around it', () => {
    const [killed, wounded] = figuresIn('The strike killed 12 people and 30 people were wounded.');
    const [draft] = figuresIn('The strike killed 15 people.');
    assert.ok(sameQuantity(draft!, killed!));
    assert.ok(!sameQuantity(draft!, wounded!));
    const [rule] = figuresIn('He ended a 24-year rule.');
    assert.ok(sameQuantity(figuresIn('His 25-year rule ended.')[0]!, rule!));
    assert.ok(!sameQuantity(figuresIn('He ended a 24-month rule.')[0]!, rule!));
  });
});

const SOURCE = 'A fire at the harbour killed at least 12 people on Tuesday, Mayor Elena Fostrova said.';

/** A dictionary of one article with one figure, as the builder writes it. */
const harbour = {
  entities: [
    {
      id: 'elena-fostrova',
      name: 'Elena Fostrova',
      type: 'person',
      aliases: ['Fostrova'],
      roles: [{ title: 'Mayor', source: SOURCE }],
    },
  ],
  figures: [
    {
      text: 'at least 12',
      value: 12,
      counts: 'people',
      hedge: 'at-least',
      entities: ['elena-fostrova'],
      source: SOURCE,
    },
    {
      text: '$59.5 billion',
      value: 59.5e9,
      unit: '$',
      hedge: 'exact',
      entities: [],
      source: 'The harbour authority estimated the damage at $59.5 billion.',
    },
  ],
};

describe('figure-conflict: a draft against its sources', () => {
  const index = indexOf(harbour);
  const findings = (text: string) =>
    checkDraft(text, index, DEFAULT_CHECK_OPTIONS)
      .filter((finding) => finding.rule === 'figure-conflict')
      .map((finding) => [text.slice(finding.start, finding.end), finding.suggestion]);

  it('flags another value for the same quantity, naming the source sentence', () => {
    const text = 'The fire killed 15 people, Fostrova said.';
    const [finding] = checkDraft(text, index, DEFAULT_CHECK_OPTIONS).filter((f) => f.rule === 'figure-conflict');
    assert.deepStrictEqual([text.slice(finding!.start, finding!.end), finding!.suggestion], ['15', 'at least 12']);
    assert.ok(finding!.message.includes(SOURCE), finding!.message);
    assert.deepStrictEqual(findings('The authority put the damage at $69.5 billion.'), [
      ['$69.5 billion', '$59.5 billion'],
    ]);
  });

  it('lets rounding and hedges stand, and leaves alone what the sources do not count', () => {
    assert.deepStrictEqual(findings('The fire killed at least 12 people, Fostrova said.'), []);
    assert.deepStrictEqual(findings('The authority put the damage at nearly $60 billion.'), []);
    assert.deepStrictEqual(findings('The fire injured 40 people and 300 workers left.'), []);
    assert.deepStrictEqual(findings('At 9.30 in 2024 the fire killed people; 10-12 boats burned.'), []);
  });

  it('compares figures whose sentences say the same in other words, or name a speaker besides the places', () => {
    const quake = indexOf({
      entities: [
        { id: 'tarsk', name: 'Tarsk', type: 'place' },
        { id: 'velm', name: 'Velm', type: 'place' },
        { id: 'ines-sol', name: 'Ines Sol', type: 'person', aliases: ['Sol'] },
      ],
      figures: [
        {
          text: '9,000',
          value: 9000,
          counts: 'died',
          hedge: 'exact',
          entities: ['tarsk'],
          source: 'The worst-hit town in the valley was Tarsk, where 9,000 died.',
        },
        {
          text: '71',
          value: 71,
          counts: 'seats',
          hedge: 'exact',
          entities: [],
          source: 'A majority of 71 seats is required to govern.',
        },
        {
          text: '200',
          value: 200,
          counts: 'people',
          hedge: 'exact',
          entities: ['tarsk'],
          source: 'Rescuers searched the ruins of Tarsk with 200 people still missing.',
        },
      ],
    });
    const conflicts = (text: string) =>
      checkDraft(text, quake, DEFAULT_CHECK_OPTIONS)
        .filter((finding) => finding.rule === 'figure-conflict')
        .map((finding) => text.slice(finding.start, finding.end));
    // The thing counted is what happened, and the town is named just before it.
    assert.deepStrictEqual(conflicts('The worst-hit town was Tarsk, where 7,000 died.'), ['7,000']);
    assert.deepStrictEqual(conflicts('The worst-hit town was Tarsk, where 9,000 died.'), []);
    assert.deepStrictEqual(conflicts('The quake hit Tarsk hard. At least 7,000 died across the region.'), []);
    // "needed" and "required": one action.
    assert.deepStrictEqual(conflicts('A majority of 76 seats is needed to govern.'), ['76']);
    // The draft names who said it; the source names the town. Another town is another count.
    assert.deepStrictEqual(conflicts('Ines Sol said 300 people were still missing.'), ['300']);
    assert.deepStrictEqual(conflicts('In Velm, 300 people were still missing.'), []);
  });

  it('compares the only figure of the sources that counts a thing, whatever verb the draft uses, unless the outcome differs', () => {
    const blaze = indexOf({
      entities: [],
      figures: [
        {
          text: 'Over 200',
          value: 200,
          counts: 'firefighters',
          hedge: 'above',
          entities: [],
          source: 'Over 200 firefighters were fighting the blaze.',
        },
        {
          text: '12',
          value: 12,
          counts: 'people',
          hedge: 'exact',
          entities: [],
          source: 'The blaze forced 12 people from their homes.',
        },
      ],
    });
    const conflicts = (text: string) =>
      checkDraft(text, blaze, DEFAULT_CHECK_OPTIONS)
        .filter((finding) => finding.rule === 'figure-conflict')
        .map((finding) => text.slice(finding.start, finding.end));
    assert.deepStrictEqual(conflicts('More than 300 firefighters were tackling the flames.'), ['More than 300']);
    assert.deepStrictEqual(conflicts('More than 200 firefighters were tackling the flames.'), []);
    assert.deepStrictEqual(conflicts('Three firefighters were injured.'), []);
    assert.deepStrictEqual(conflicts('By night 30 people were watching the flames.'), []);
  });

  it('is a setting like every rule, and follows the quotation rule', () => {
    const text = 'The fire killed 15 people, Fostrova said.';
    assert.deepStrictEqual(
      checkDraft(text, index, { ...DEFAULT_CHECK_OPTIONS, rules: { 'figure-conflict': 'off' } }).filter(
        (f) => f.rule === 'figure-conflict',
      ),
      [],
    );
    const quoted = checkDraft('"It killed 15 people," Fostrova said.', index, DEFAULT_CHECK_OPTIONS).find(
      (f) => f.rule === 'figure-conflict',
    );
    assert.strictEqual(quoted?.severity, 'info');
  });

  it('title-conflict names the sentence that gives the title', () => {
    const finding = checkDraft('Governor Elena Fostrova spoke.', index, DEFAULT_CHECK_OPTIONS).find(
      (f) => f.rule === 'title-conflict',
    );
    assert.ok(finding?.message.includes(SOURCE), finding?.message);
  });

  it('title-conflict reads a title with a capital on its first word only, and takes the title the role’s sentence writes', () => {
    // The role keeps "minister"; its sentence says "Transport minister".
    const ministry = indexOf({
      entities: [
        {
          id: 'ida-marsh',
          name: 'Ida Marsh',
          type: 'person',
          aliases: ['Marsh'],
          roles: [{ title: 'minister', source: 'Transport minister Ida Marsh opened the line.' }],
        },
      ],
    });
    const titles = (text: string) =>
      checkDraft(text, ministry, DEFAULT_CHECK_OPTIONS)
        .filter((f) => f.rule === 'title-conflict')
        .map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(titles('Defence minister Ida Marsh opened the line.'), ['Defence minister']);
    assert.deepStrictEqual(titles('Transport minister Ida Marsh opened the line.'), []);
    assert.deepStrictEqual(titles('The line opened. Minister Ida Marsh cut the ribbon.'), []);
  });
});

describe('dictionaries: figures, sources and disagreements load, and old ones still do', () => {
  const load = (dictionary: object) =>
    loadDictionaries([{ file: 'f.entities.json', bytes: new TextEncoder().encode(JSON.stringify(dictionary)) }]);

  it('a dictionary of one article without any of them loads as before, with no problem', () => {
    const { index, problems } = load({
      source: { title: 'T', date: '2024-12-08' },
      entities: [{ id: 'x', name: 'X Y', type: 'person', roles: [{ title: 'Mayor', source: 'S.' }] }],
      events: [{ date: '2024-12-08', precision: 'day', text: 'X left', entities: ['x'], source: 'X left.' }],
    });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(
      index.get('x')?.roles.map((role) => [role.title, role.source, role.sources]),
      [['Mayor', 'S.', undefined]],
    );
    assert.strictEqual(index.dictionaries[0]!.figures, undefined);
  });

  it('keeps each fact’s sources, and leaves out figures and disagreements that are not sound, saying so', () => {
    const sources = [
      { file: 'a.txt', sentence: 'X is Mayor.', start: 0, end: 11 },
      { file: 'b.txt', sentence: 'X.' },
    ];
    const { index, problems } = load({
      entities: [{ id: 'x', name: 'X Y', type: 'person', roles: [{ title: 'Mayor', sources }] }],
      figures: [
        { text: '12', value: 12, hedge: 'exact', entities: ['x'], source: '12 died.', sources },
        { text: '12', value: 'twelve', source: 'S.' },
        { text: '12', value: 12, hedge: 'roughly', source: 'S.' },
      ],
      disagreements: [
        { kind: 'title', subject: 'X Y', entity: 'x', claims: [{ value: 'Mayor', sources }, { value: 'Governor' }] },
        { kind: 'title', subject: 'X Y', claims: [{ value: 'Mayor' }] },
      ],
    });
    assert.deepStrictEqual(index.get('x')?.roles[0]?.sources, sources);
    const dictionary = index.dictionaries[0]!;
    assert.deepStrictEqual(
      dictionary.figures?.map((figure) => [figure.value, figure.sources?.length]),
      [[12, 2]],
    );
    assert.deepStrictEqual(
      dictionary.disagreements?.map((d) => d.claims.map((claim) => claim.value)),
      [['Mayor', 'Governor']],
    );
    assert.deepStrictEqual(
      problems.map((problem) => [problem.severity, problem.path]),
      [
        ['warning', ['figures', 1]],
        ['warning', ['figures', 2]],
        ['warning', ['disagreements', 1]],
      ],
    );
  });
});

/** A built dictionary of one article, as the builder would write it, for the story tests. */
function article(
  title: string,
  entities: DictionaryFileContent['entities'],
  extra: Partial<DictionaryFileContent> = {},
): DictionaryFileContent {
  return {
    source: { title, date: '2025-03-04' },
    entities,
    events: [],
    builtEntities: entities.map((entity) => entity.id),
    builtFacts: [],
    ...extra,
  };
}

describe('a story from several articles', () => {
  const agencySentence = 'The fire killed 12 people, Mayor Elena Fostrova said.';
  const localSentence = 'The fire killed 15 people, Governor Elena Fostrowa said.';
  const agency = article(
    'Agency',
    [
      {
        id: 'elena-fostrova',
        name: 'Elena Fostrova',
        type: 'person',
        aliases: ['Fostrova'],
        roles: [{ title: 'Mayor', source: agencySentence }],
        relations: [],
      },
      { id: 'marin-county', name: 'Marin County', type: 'place', aliases: [], roles: [], relations: [] },
    ],
    {
      events: [
        {
          date: '2025-03-04',
          precision: 'day',
          text: 'The fire killed 12 people in Marin County',
          entities: ['marin-county'],
          source: 'The fire killed 12 people in Marin County on Tuesday.',
        },
      ],
      figures: [
        {
          text: '12',
          value: 12,
          counts: 'people',
          hedge: 'exact',
          entities: ['elena-fostrova'],
          source: agencySentence,
        },
        {
          text: '14 hours',
          value: 14,
          unit: 'hour',
          hedge: 'exact',
          entities: ['marin-county'],
          source: 'Crews from Marin County fought it for 14 hours.',
        },
      ],
    },
  );
  const local = article(
    'Local',
    [
      {
        id: 'elena-fostrowa',
        name: 'Elena Fostrowa',
        type: 'person',
        aliases: ['Fostrowa'],
        roles: [{ title: 'Governor', source: localSentence }],
        relations: [],
      },
      { id: 'marin-county', name: 'Marin County', type: 'place', aliases: [], roles: [], relations: [] },
    ],
    {
      events: [
        {
          date: '2025-03-03',
          precision: 'day',
          text: 'The fire killed 15 people in Marin County',
          entities: ['marin-county'],
          source: 'The fire killed 15 people in Marin County on Monday.',
        },
      ],
      figures: [
        {
          text: '15',
          value: 15,
          counts: 'people',
          hedge: 'exact',
          entities: ['elena-fostrowa'],
          source: localSentence,
        },
        {
          text: '14 hours',
          value: 14,
          unit: 'hour',
          hedge: 'exact',
          entities: ['marin-county'],
          source: 'Firefighters from Marin County fought the blaze for 14 hours.',
        },
      ],
    },
  );
  const story = combineArticles([
    {
      file: 'agency.txt',
      text: `${agencySentence} Crews from Marin County fought it for 14 hours.`,
      dictionary: agency,
    },
    { file: 'local.txt', text: localSentence, dictionary: local },
  ]);

  it('joins one entity written two ways and keeps a fact two articles state once, with both sources', () => {
    assert.deepStrictEqual(
      story.entities.map((entity) => entity.id),
      ['elena-fostrova', 'marin-county'],
    );
    const hours = story.figures!.filter((figure) => figure.text === '14 hours');
    assert.deepStrictEqual(
      hours.map((figure) => figure.sources!.map((source) => [source.file, source.start])),
      [
        [
          ['agency.txt', agencySentence.length + 1],
          ['local.txt', undefined],
        ],
      ],
    );
  });

  it('records each disagreement with its sources instead of choosing', () => {
    const kinds = story.disagreements!.map((d) => [d.kind, d.claims.map((claim) => claim.value)]);
    assert.deepStrictEqual(kinds, [
      ['date', ['2025-03-04', '2025-03-03']],
      ['figure', ['12', '15']],
      ['spelling', ['Elena Fostrova', 'Elena Fostrowa']],
      ['title', ['Mayor', 'Governor']],
    ]);
    const title = story.disagreements!.find((d) => d.kind === 'title')!;
    assert.deepStrictEqual(
      title.claims.map((claim) => claim.sources.map((source) => source.file)),
      [['agency.txt'], ['local.txt']],
    );
  });

  it('the card shows both values with their sources', () => {
    const index = indexOf(story);
    const card = renderEntityCard(index, 'elena-fostrova', 1, (id) => `#${id}`);
    assert.match(card, /The sources disagree/);
    assert.match(card, /title: Mayor \\\(agency\\\.txt\\\) · Governor \\\(local\\\.txt\\\)/);
    assert.match(card, /spelling: Elena Fostrova \\\(agency\\\.txt\\\) · Elena Fostrowa \\\(local\\\.txt\\\)/);
  });

  it('the dictionary of one article is left as it was built', () => {
    assert.strictEqual(combineArticles([{ file: 'agency.txt', text: '', dictionary: agency }]), agency);
  });
});

describe('a story whose people a loaded dictionary already knows', () => {
  const folder = path.resolve(__dirname, '../../../test/fixtures/story');
  // The mayor is in the desk's dictionary: the articles link her there instead of writing her again.
  const desk = indexOf({
    source: { title: 'Desk', date: '2025-01-01' },
    entities: [
      { id: 'desk-fostrova', name: 'Elena Fostrova', type: 'person', aliases: ['Fostrova', 'Elena Fostrowa'] },
    ],
  });
  const articles = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(folder, file), 'utf8');
      const { dictionary, linked } = buildDictionary(text, {
        tagger: compromiseTagger,
        fallbackDate: parseDay('2025-03-05')!,
        file,
        known: [...desk.entities()],
      });
      return { file, text: storyOf(text), dictionary, linked };
    });
  const story = combineArticles(articles);

  it('links the person, and still records the titles the articles disagree on, with their sources', () => {
    assert.ok(!story.entities.some((entity) => entity.name.startsWith('Elena')));
    const title = story.disagreements!.find((disagreement) => disagreement.kind === 'title');
    assert.strictEqual(title?.entity, 'desk-fostrova');
    assert.deepStrictEqual(
      title.claims.map((claim) => [claim.value, claim.sources.map((source) => source.file)]),
      [
        ['Mayor', ['harbour-fire-agency.txt']],
        ['Governor', ['harbour-fire-local.txt']],
      ],
    );
    assert.deepStrictEqual([...new Set(story.disagreements!.map((d) => d.kind))].sort(), ['date', 'figure', 'title']);
  });

  it('keeps each article’s quotations with the file that gives them, and a card names the articles of each role', () => {
    const quoted = (file: string) =>
      story.quotations!.filter((quotation) => quotation.sources?.some((source) => source.file === file)).length;
    assert.ok(
      quoted('harbour-fire-agency.txt') > 0 && quoted('harbour-fire-local.txt') > 0,
      JSON.stringify(story.quotations),
    );
    const { index, problems } = loadDictionaries([
      { file: 'story.entities.json', bytes: new TextEncoder().encode(JSON.stringify(story)) },
    ]);
    assert.deepStrictEqual(
      problems.filter((problem) => problem.severity === 'error'),
      [],
    );
    const reyl = story.entities.find((entity) => entity.name === 'Tomas Reyl')!;
    const card = renderEntityCard(index, reyl.id, 1, (id) => `#${id}`);
    assert.ok(card.includes('\\(harbour\\-fire\\-agency\\.txt, harbour\\-fire\\-local\\.txt\\)'), card);
  });

  it('her card, from the desk’s dictionary, shows the titles the story’s articles disagree on', () => {
    const both = indexOf(
      {
        source: { title: 'Desk', date: '2025-01-01' },
        entities: [{ id: 'desk-fostrova', name: 'Elena Fostrova', type: 'person', aliases: ['Fostrova'] }],
      },
      story,
    );
    const card = renderEntityCard(both, 'desk-fostrova', 1, (id) => `#${id}`);
    assert.ok(
      card.includes('title: Mayor \\(harbour\\-fire\\-agency\\.txt\\) · Governor \\(harbour\\-fire\\-local\\.txt\\)'),
      card,
    );
  });
});

describe('newsroom-lens build with several articles', () => {
  const folder = path.resolve(__dirname, '../../../test/fixtures/story');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-story-'));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('builds one story dictionary from a folder, the same as from its files, with sources and disagreements', () => {
    const out = path.join(scratch, 'story.entities.json');
    const fromFolder = runCli('build', folder, '-o', out, '--no-bundled');
    assert.strictEqual(fromFolder.code, 0, fromFolder.err);
    assert.match(fromFolder.err, /one story from 2 articles; the articles disagree \d+ times/);
    const dictionary = JSON.parse(fs.readFileSync(out, 'utf8')) as DictionaryFileContent;
    const files = new Set(
      dictionary.entities.flatMap((entity) => entity.roles.flatMap((role) => role.sources!.map((s) => s.file))),
    );
    assert.ok(files.size === 2, JSON.stringify([...files]));
    assert.deepStrictEqual([...new Set(dictionary.disagreements!.map((d) => d.kind))].sort(), [
      'date',
      'figure',
      'spelling',
      'title',
    ]);
    const { problems } = loadDictionaries([{ file: out, bytes: fs.readFileSync(out) }]);
    assert.deepStrictEqual(problems, []);

    const names = fs.readdirSync(folder).filter((name) => name.endsWith('.txt'));
    const fromFiles = runCli('build', ...names.map((name) => path.join(folder, name)), '-o', '-', '--no-bundled');
    assert.strictEqual(fromFiles.code, 0, fromFiles.err);
    const printed = JSON.parse(fromFiles.out) as DictionaryFileContent;
    assert.deepStrictEqual(
      printed.disagreements!.map((d) => d.kind),
      dictionary.disagreements!.map((d) => d.kind),
    );
  });

  it('refuses a folder with no article, and still builds one file alone as before', () => {
    const empty = fs.mkdtempSync(path.join(scratch, 'empty-'));
    const refused = runCli('build', empty, '-o', '-', '--no-bundled');
    assert.strictEqual(refused.code, 2);
    assert.match(refused.err, /no article/);
    const one = runCli('build', path.join(folder, 'harbour-fire-agency.txt'), '-o', '-', '--no-bundled');
    assert.strictEqual(one.code, 0, one.err);
    const dictionary = JSON.parse(one.out) as DictionaryFileContent;
    assert.strictEqual(dictionary.disagreements, undefined);
    assert.ok(dictionary.figures!.some((figure) => figure.text === '$59.5 billion'));
  });
});
