import * as assert from 'assert';
import { loadDictionaries, formatProblem } from '../../src/core/dictionary/load';
import { entityIdFor } from '../../src/core/dictionary/entityId';
import { decodeDictionaryBytes, parseDictionary } from '../../src/core/dictionary/parse';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseDictionary', () => {
  it('keeps sound entries and names the file, the entry and the problem for the others', () => {
    const text = JSON.stringify({
      entities: [
        { id: 'good', name: 'Good Person', type: 'person' },
        { id: 'Bad Id', name: 'X', type: 'person' },
        { id: 'no-type', name: 'Y' },
        {
          id: 'odd-alias',
          name: 'Z',
          type: 'place',
          aliases: ['Zed', 42],
          relations: [{ type: 'nemesis', target: 'good' }],
          notVariants: ['Zad', 7],
        },
        { id: 'good', name: 'Again', type: 'person' },
      ],
    });
    const parsed = parseDictionary(text, 'desk.entities.json');
    assert.deepStrictEqual(
      parsed.dictionary?.entities.map((entity) => entity.id),
      ['good', 'odd-alias'],
    );
    const lines = parsed.problems.map(formatProblem);
    assert.deepStrictEqual(lines, [
      'desk.entities.json: entities[1] "Bad Id": "id" must be lower-case letters, digits and hyphens, such as "bashar-al-assad"; got "Bad Id"',
      'desk.entities.json: entities[2] "no-type": "type" must be one of person, place, organization; got undefined',
      'desk.entities.json: entities[3] "odd-alias": aliases[1]: an alias must be a non-empty string or {"text": ..., "matchCase": true}; it was ignored',
      'desk.entities.json: entities[3] "odd-alias": relations[0]: unknown relation type "nemesis" (see the schema\'s list); it was ignored',
      'desk.entities.json: entities[3] "odd-alias": notVariants[1]: a name that is not a variant must be a non-empty string, not 7; it was ignored',
      'desk.entities.json: entities[4] "good": duplicate id "good"; the first entry with it is kept',
    ]);
    assert.deepStrictEqual(parsed.dictionary?.entities[1]?.aliases, [{ text: 'Zed', matchCase: false }]);
    assert.deepStrictEqual(parsed.dictionary?.entities[1]?.notVariants, ['Zad']);
  });

  it('says where invalid JSON breaks', () => {
    const parsed = parseDictionary('{\n  "entities": [\n    {"id": "a",}\n  ]\n}', 'broken.entities.json');
    assert.strictEqual(parsed.dictionary, undefined);
    assert.match(parsed.problems[0]!.message, /^not valid JSON: .*line 3, column \d+/);
    assert.strictEqual(parsed.problems[0]!.file, 'broken.entities.json');
  });

  it('reports unknown properties (typos) without dropping the entry', () => {
    const parsed = parseDictionary(
      JSON.stringify({ entities: [{ id: 'a', name: 'A', type: 'place', alias: ['x'] }] }),
      'f',
    );
    assert.strictEqual(parsed.dictionary?.entities.length, 1);
    assert.match(parsed.problems[0]!.message, /unknown property "alias"/);
    assert.strictEqual(parsed.problems[0]!.severity, 'warning');
  });

  it('reads what of the source’s date was guessed, and warns of any other value', () => {
    const read = (dateGuessed: unknown) =>
      parseDictionary(JSON.stringify({ source: { title: 'T', date: '2026-05-02', dateGuessed }, entities: [] }), 'f');
    assert.strictEqual(read('year').dictionary?.source?.dateGuessed, 'year');
    const odd = read('month');
    assert.strictEqual(odd.dictionary?.source?.dateGuessed, undefined);
    assert.deepStrictEqual(
      odd.problems.map((problem) => problem.message),
      ['"dateGuessed" must be "date" or "year", not "month"'],
    );
  });

  it('checks events: dates, precision, and entity ids', () => {
    const parsed = parseDictionary(
      JSON.stringify({
        entities: [{ id: 'a', name: 'A', type: 'place' }],
        events: [
          { date: '2024-12-07T22:30', precision: 'minute', text: 'Call', entities: ['a'] },
          { date: '8 December', precision: 'day', text: 'Bad date', entities: [] },
          { date: '2024-11', precision: 'fortnight', text: 'Bad precision', entities: [] },
        ],
      }),
      'f',
    );
    assert.deepStrictEqual(
      parsed.dictionary?.events.map((event) => event.text),
      ['Call'],
    );
    assert.deepStrictEqual(
      parsed.problems.map((p) => p.entry),
      ['events[1]', 'events[2]'],
    );
  });

  it('refuses a document that is not a dictionary', () => {
    assert.match(parseDictionary('[1, 2]', 'f').problems[0]!.message, /must be a JSON object/);
    assert.match(parseDictionary('{"people": []}', 'f').problems[0]!.message, /missing "entities"/);
  });
});

describe('decodeDictionaryBytes', () => {
  it('skips binary files', () => {
    assert.match(decodeDictionaryBytes(new Uint8Array([0x7b, 0, 0x7d]), 'f').problem!.message, /binary/);
  });
  it('skips files that are not UTF-8', () => {
    assert.match(decodeDictionaryBytes(new Uint8Array([0x7b, 0xe9, 0x7d]), 'f').problem!.message, /not UTF-8/);
  });
  it('skips files over the size limit without decoding them', () => {
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    assert.match(decodeDictionaryBytes(huge, 'f').problem!.message, /over the .* limit/);
  });
  it('drops a byte-order mark', () => {
    assert.strictEqual(decodeDictionaryBytes(encode('\ufeff{}'), 'f').text, '{}');
  });
});

describe('loadDictionaries', () => {
  it('keeps working with the good files when one is broken', () => {
    const { index, problems } = loadDictionaries([
      { file: 'broken.entities.json', bytes: encode('{ nope') },
      {
        file: 'good.entities.json',
        bytes: encode(JSON.stringify({ entities: [{ id: 'kremlin', name: 'Kremlin', type: 'organization' }] })),
      },
    ]);
    assert.strictEqual(index.size, 1);
    assert.strictEqual(index.matcher.findMentions('the Kremlin said').length, 1);
    assert.deepStrictEqual(
      problems.map((p) => p.file),
      ['broken.entities.json'],
    );
  });

  it('merges the entries of one entity from several dictionaries, each fact keeping its dictionary', () => {
    const { index, problems } = loadDictionaries([
      {
        file: 'workspace.entities.json',
        bytes: encode(
          JSON.stringify({
            entities: [
              { id: 'x', name: 'Corrected', type: 'person', aliases: ['Cor'], roles: [{ title: 'Minister' }] },
              { id: 'y', name: 'Türkiye', type: 'place', aliases: ['Turkey'] },
            ],
          }),
        ),
      },
      {
        file: 'bundled.entities.json',
        bytes: encode(
          JSON.stringify({
            entities: [
              {
                id: 'x',
                name: 'Original',
                type: 'person',
                roles: [{ title: 'minister' }, { title: 'Envoy' }],
                relations: [{ type: 'ally', target: 'turkey' }],
              },
              { id: 'turkey', name: 'Türkiye', type: 'place', aliases: ['Anatolia'] },
            ],
            events: [{ date: '2024', precision: 'year', text: 'T', entities: ['turkey'] }],
          }),
        ),
      },
    ]);
    assert.deepStrictEqual(problems, []);
    const x = index.get('x')!;
    assert.strictEqual(x.name, 'Corrected');
    assert.deepStrictEqual(
      x.aliases.map((alias) => [alias.text, alias.dictionary.file]),
      [
        ['Cor', 'workspace.entities.json'],
        ['Original', 'bundled.entities.json'],
      ],
    );
    // "minister" is the same role as "Minister": one line, from the first dictionary.
    assert.deepStrictEqual(
      x.roles.map((role) => [role.title, role.dictionary.file]),
      [
        ['Minister', 'workspace.entities.json'],
        ['Envoy', 'bundled.entities.json'],
      ],
    );
    assert.deepStrictEqual(
      x.dictionaries.map((dictionary) => dictionary.file),
      ['workspace.entities.json', 'bundled.entities.json'],
    );
    // Same name and type under another id: one entity, found by either id, with both entries' aliases and events.
    assert.strictEqual(index.get('turkey'), index.get('y'));
    assert.deepStrictEqual(
      index.get('turkey')!.aliases.map((alias) => alias.text),
      ['Turkey', 'Anatolia'],
    );
    assert.deepStrictEqual(
      index.relationLines('y').map((line) => [line.phrase, line.other.id]),
      [['ally', 'x']],
    );
    assert.strictEqual(index.eventsOf('y').length, 1);
    assert.strictEqual(index.size, 2);
  });

  it('keeps apart entries of one id that give different types, and says so', () => {
    const { index, problems } = loadDictionaries([
      {
        file: 'a.entities.json',
        bytes: encode(JSON.stringify({ entities: [{ id: 'x', name: 'X', type: 'person' }] })),
      },
      { file: 'b.entities.json', bytes: encode(JSON.stringify({ entities: [{ id: 'x', name: 'X', type: 'place' }] })) },
    ]);
    assert.strictEqual(index.get('x')?.type, 'person');
    assert.deepStrictEqual(problems.map(formatProblem), [
      'b.entities.json: "x": id "x" is a person in a.entities.json, not a place; this entry was left out',
    ]);
  });

  it('lets any dictionary redefine a shipped (overridable) entry without a warning', () => {
    const { index, problems } = loadDictionaries([
      {
        file: 'desk.entities.json',
        bytes: encode(
          JSON.stringify({ entities: [{ id: 'x', name: 'Desk copy', type: 'person', aliases: ['Extra'] }] }),
        ),
      },
      {
        file: 'bundled.entities.json',
        bytes: encode(JSON.stringify({ entities: [{ id: 'x', name: 'Shipped', type: 'person' }] })),
        overridable: true,
      },
    ]);
    assert.strictEqual(index.get('x')?.name, 'Desk copy');
    assert.deepStrictEqual(problems, []);
  });

  it('reports relations and events that point to unknown entities', () => {
    const { problems } = loadDictionaries([
      {
        file: 'f',
        bytes: encode(
          JSON.stringify({
            entities: [{ id: 'a', name: 'A', type: 'person', relations: [{ type: 'brother', target: 'ghost' }] }],
            events: [{ date: '2024', precision: 'year', text: 'T', entities: ['a', 'nobody'] }],
          }),
        ),
      },
    ]);
    assert.deepStrictEqual(problems.map(formatProblem), [
      'f: "a": relation "brother" points to unknown entity "ghost"; it was ignored',
      'f: events[0]: unknown entity "nobody" in the event\'s "entities"',
    ]);
  });
});

describe('entityIdFor', () => {
  it('makes a lower-case id from a name, folding diacritics and punctuation', () => {
    assert.strictEqual(
      entityIdFor('Bashar al-Assad', () => false),
      'bashar-al-assad',
    );
    assert.strictEqual(
      entityIdFor('Recep Tayyip Erdoğan', () => false),
      'recep-tayyip-erdogan',
    );
    assert.strictEqual(
      entityIdFor('4th Armoured Division', () => false),
      '4th-armoured-division',
    );
    assert.strictEqual(
      entityIdFor('¿?', () => false),
      'entity',
    );
  });
  it('never reuses a taken id', () => {
    const taken = new Set(['nadia-karam', 'nadia-karam-2']);
    assert.strictEqual(
      entityIdFor('Nadia Karam', (id) => taken.has(id)),
      'nadia-karam-3',
    );
  });
});
