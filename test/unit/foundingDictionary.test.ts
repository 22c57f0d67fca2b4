import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { RELATION_TYPES } from '../../src/core/dictionary/schema';

const root = path.resolve(__dirname, '../../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'entities/schema.json'), 'utf8'));
const dictionaryFiles = fs.readdirSync(path.join(root, 'entities')).filter((name) => name.endsWith('.entities.json'));
const foundingFile = path.join(root, 'entities/assad-fall-2024.entities.json');
/** ajv, told about the keywords VS Code adds to JSON Schema. */
function compileSchema() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions']);
  return ajv.compile(schema);
}
const article = fs.readFileSync(path.join(root, 'test/fixtures/workspace/founding-article.txt'), 'utf8');

describe('the founding dictionary', () => {
  const { index, problems } = loadDictionaries([{ file: foundingFile, bytes: fs.readFileSync(foundingFile) }]);
  const mentions = index.matcher.findMentions(article);

  it('loads without a single problem', () => assert.deepStrictEqual(problems, []));

  for (const file of dictionaryFiles) {
    it(`${file} validates against entities/schema.json`, () => {
      const validate = compileSchema();
      const valid = validate(JSON.parse(fs.readFileSync(path.join(root, 'entities', file), 'utf8')));
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    });
  }

  // Written by hand from reading the article: each name it gives, as written, and who it is.
  const expected: [string, string][] = [
    ['President Bashar al-Assad', 'bashar-al-assad'],
    ['al-Assad’s departure', 'bashar-al-assad'],
    ['Assad has consistently dismissed', 'bashar-al-assad'],
    ['allies Iran and Russia', 'iran'],
    ['Hayat Tahrir al-Sham (HTS)', 'hayat-tahrir-al-sham'],
    ['(HTS)-led rebels', 'hayat-tahrir-al-sham'],
    ['United Arab Emirates', 'united-arab-emirates'],
    ['under US and European', 'united-states'],
    ['at the defence ministry', 'syrian-defence-ministry'],
    ['Reuters reported', 'reuters'],
    ['the Latakia airport', 'latakia-airport'],
    ['Buthaina Shaaban', 'buthaina-shaaban'],
    ['brother Maher', 'maher-al-assad'],
    ['4th Armoured Division', '4th-armoured-division'],
    ['helicopter to Iraq', 'iraq'],
    ['Ehab and Eyad', 'ehab-makhlouf'],
    ['Eyad Makhlouf were', 'eyad-makhlouf'],
    ['in Ehab’s death', 'ehab-makhlouf'],
    ['Russia’s Hmeimim airbase', 'hmeimim-airbase'],
    ['airbase in Latakia', 'latakia'],
    ['wife Asma', 'asma-al-assad'],
    ['Mohammed Jalali', 'mohammed-jalali'],
    ['from Homs', 'homs'],
    ['Kremlin spokesman', 'kremlin'],
    ['Dmitry Peskov', 'dmitry-peskov'],
    ['conflict in Ukraine', 'ukraine'],
    ['Sergei Lavrov', 'sergei-lavrov'],
    ['the Doha forum', 'doha-forum'],
    ['engaging Turkey and Qatar', 'turkey'],
    ['Qatar and Turkey made', 'qatar'],
    ['flight to Moscow', 'moscow'],
    ['towards Damascus', 'damascus'],
    ['in Syria.', 'syria'],
  ];
  for (const [phrase, id] of expected) {
    it(`finds ${id} in “${phrase}”`, () => {
      const at = article.replace(/’/g, "'").indexOf(phrase.replace(/’/g, "'"));
      assert.ok(at >= 0, `phrase not in the article: ${phrase}`);
      const found = mentions
        .filter((m) => m.start < at + phrase.length && m.end > at)
        .map((m) => m.entityIds.join('|'));
      assert.ok(found.includes(id), `found ${JSON.stringify(found)}`);
    });
  }

  it('reads a titled, possessive full name as one mention of the name', () => {
    const first = mentions[0]!;
    assert.deepStrictEqual(
      [first.text, first.entityIds, first.possessive],
      ['Bashar al-Assad', ['bashar-al-assad'], true],
    );
  });

  it('ships its article beside it, the same text as the test fixture', () => {
    const shipped = fs.readFileSync(path.join(root, 'entities', index.dictionaries[0]!.source!.file!), 'utf8');
    assert.strictEqual(shipped, article);
  });

  it('cites only sentences that stand in the article, word for word', () => {
    const cited: string[] = [];
    for (const entity of index.entities()) {
      for (const role of entity.roles) if (role.source) cited.push(role.source);
      for (const relation of entity.relations) if (relation.source) cited.push(relation.source);
    }
    for (const event of index.dictionaries[0]!.events) if (event.source) cited.push(event.source);
    assert.ok(cited.length > 20);
    for (const sentence of cited) assert.ok(article.includes(sentence), `not in the article: ${sentence}`);
  });

  it('states the relations the article gives, seen from both ends', () => {
    const lines = (id: string) =>
      index
        .relationLines(id)
        .map((line) => `${line.phrase}${line.direction === 'incoming' ? ':' : ''} ${line.other.name}`);
    assert.ok(lines('maher-al-assad').includes('younger brother of Bashar al-Assad'));
    assert.ok(lines('bashar-al-assad').includes('younger brother: Maher al-Assad'));
    assert.ok(lines('bashar-al-assad').includes('wife: Asma al-Assad'));
    assert.ok(lines('bashar-al-assad').includes('media adviser: Buthaina Shaaban'));
    assert.ok(lines('dmitry-peskov').includes('spokesman for Kremlin'));
  });

  it('has dated events, each naming known entities', () => {
    const events = index.dictionaries[0]!.events;
    assert.ok(events.some((event) => event.date === '2024-12-07T22:30' && event.precision === 'minute'));
    assert.ok(events.some((event) => event.date === '2024-12-08' && event.entities.includes('moscow')));
  });
});

describe('entities/schema.json', () => {
  it('accepts what the loader accepts, names that are not variants included', () => {
    const dictionary = { entities: [{ id: 'x', name: 'Bashar X', type: 'person', notVariants: ['Riad X'] }] };
    assert.strictEqual(compileSchema()(dictionary), true);
    const { index, problems } = loadDictionaries([
      { file: 'f', bytes: new TextEncoder().encode(JSON.stringify(dictionary)) },
    ]);
    assert.deepStrictEqual([problems, index.get('x')?.notVariants], [[], ['Riad X']]);
  });

  it('lists exactly the relation types the core knows', () => {
    const listed = schema.definitions.entity.properties.relations.items.properties.type.enum;
    assert.deepStrictEqual([...listed].sort(), Object.keys(RELATION_TYPES).sort());
  });

  it('rejects what the loader rejects', () => {
    const validate = compileSchema();
    const broken = [
      { entities: [{ id: 'Bad Id', name: 'X', type: 'person' }] },
      { entities: [{ id: 'x', name: 'X', type: 'animal' }] },
      { entities: [{ id: 'x', name: 'X', type: 'person', relations: [{ type: 'nemesis', target: 'y' }] }] },
      { entities: [], events: [{ date: '8 December', precision: 'day', text: 'T' }] },
      { entities: [{ id: 'x', name: 'X', type: 'person', notVariants: ['Y', ''] }] },
      { people: [] },
    ];
    for (const dictionary of broken) {
      assert.strictEqual(validate(dictionary), false, JSON.stringify(dictionary));
      const { problems } = loadDictionaries([
        { file: 'f', bytes: new TextEncoder().encode(JSON.stringify(dictionary)) },
      ]);
      assert.ok(problems.length > 0, JSON.stringify(dictionary));
    }
  });
});
