import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  type BuildResult,
  type DictionaryFileContent,
  type EntityEntry,
  buildDictionary,
} from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { mergeIntoExisting, withAliases } from '../../src/core/builder/merge';
import { type ReviewDecision, applyReview, withConfidenceAtLeast } from '../../src/core/builder/review';
import { parseDictionary } from '../../src/core/dictionary/parse';
import { parseDay } from '../../src/core/text/calendar';

const root = path.resolve(__dirname, '../../..');
const founding = fs.readFileSync(path.join(root, 'entities/assad-fall-2024.article.txt'), 'utf8');
const fallbackDate = parseDay('2026-01-01')!;

function build(text: string): BuildResult {
  return buildDictionary(text, { tagger: compromiseTagger, fallbackDate });
}

function reviewed(result: BuildResult, name: string) {
  const found = result.review.find((entity) => entity.name === name);
  assert.ok(found, `${name} not reviewed; built: ${result.review.map((entity) => entity.name).join(', ')}`);
  return found;
}

describe('the confidence of each built entity', function () {
  this.timeout(20000);
  const result = build(
    'Foreign Minister Amal Haddad arrived in Beirut on Monday. Haddad met officials there. Later, Haddad said the Zorblat was closed.\n',
  );

  it('lists every built entity, in the dictionary order, with its first sentence', () => {
    assert.deepStrictEqual(
      result.review.map((entity) => entity.id),
      result.dictionary.entities.map((entity) => entity.id),
    );
    const haddad = reviewed(result, 'Amal Haddad');
    assert.deepStrictEqual(
      [haddad.type, haddad.mentions, haddad.evidence],
      ['person', 3, 'Foreign Minister Amal Haddad arrived in Beirut on Monday.'],
    );
    assert.deepStrictEqual(
      haddad.aliases,
      result.dictionary.entities.find((entity) => entity.id === haddad.id)!.aliases,
    );
  });

  it('puts a titled person named three times far above a capitalised word seen once with no evidence', () => {
    const haddad = reviewed(result, 'Amal Haddad');
    const unknown = reviewed(result, 'Zorblat');
    assert.ok(haddad.confidence >= 0.8, `Amal Haddad: ${haddad.confidence}`);
    assert.ok(unknown.confidence <= 0.15, `Zorblat: ${unknown.confidence}`);
    for (const entity of result.review)
      assert.ok(entity.confidence >= 0 && entity.confidence <= 1, `${entity.name}: ${entity.confidence}`);
  });

  it('trusts a name more the more often it is named, and less when only a sentence start capitalises it', () => {
    const once = reviewed(build('Foreign Minister Amal Haddad arrived on Monday.\n'), 'Amal Haddad');
    assert.ok(reviewed(result, 'Amal Haddad').confidence > once.confidence);
    // The same evidence, but a word no lexicon knows, whose capital only a sentence start shows.
    const midSentence = reviewed(
      build("Floods hit the north. Officials said Zorblat, the country's second-largest city, flooded.\n"),
      'Zorblat',
    );
    const opening = reviewed(
      build("Floods hit the north. Zorblat, the country's second-largest city, flooded.\n"),
      'Zorblat',
    );
    assert.strictEqual(opening.type, 'place');
    assert.ok(
      opening.confidence <= midSentence.confidence / 2 + 0.01,
      `${opening.confidence} at a sentence start, ${midSentence.confidence} mid-sentence`,
    );
  });
});

describe('a built dictionary as the person reviewing it decided', function () {
  this.timeout(20000);
  const result = build(founding);
  const { dictionary } = result;
  const byName = (name: string) => dictionary.entities.find((entity) => entity.name === name)!;
  const syria = byName('Syria');
  const bashar = byName('Bashar al-Assad');

  it('leaves a rejected entity out, with the relations and events that point to it', () => {
    assert.ok(dictionary.entities.some((entity) => entity.relations.some((relation) => relation.target === syria.id)));
    const { dictionary: after } = applyReview(dictionary, new Map([[syria.id, { kind: 'reject' }]]));
    assert.ok(!after.entities.some((entity) => entity.id === syria.id));
    assert.ok(!after.entities.some((entity) => entity.relations.some((relation) => relation.target === syria.id)));
    assert.ok(!after.events.some((event) => event.entities.includes(syria.id) || event.entities.length === 0));
    assert.strictEqual(after.entities.length, dictionary.entities.length - 1);
    // Remembered as built: a rebuild into the file leaves it out, as it does an entity deleted by hand.
    assert.ok(after.builtEntities.includes(syria.id));
    const file = mergeIntoExisting('{}\n', after, 'desk.entities.json').text;
    assert.ok((JSON.parse(file) as DictionaryFileContent).builtEntities.includes(syria.id));
    const rebuilt = mergeIntoExisting(file, dictionary, 'desk.entities.json');
    assert.deepStrictEqual([rebuilt.added.entities, rebuilt.keptDeleted, rebuilt.changed.size], [0, 1, 0]);
  });

  it('changes a type, and keeps everything else as built', () => {
    const { dictionary: after } = applyReview(
      dictionary,
      new Map([[syria.id, { kind: 'accept', type: 'organization' }]]),
    );
    assert.strictEqual(after.entities.find((entity) => entity.id === syria.id)!.type, 'organization');
    assert.deepStrictEqual(
      after.entities.filter((entity) => entity.id !== syria.id),
      dictionary.entities.filter((entity) => entity.id !== syria.id),
    );
    assert.deepStrictEqual(after.events, dictionary.events);
  });

  it('merges into an existing entity of this file: its names become aliases of that id, and what pointed to it points there', () => {
    const existing: EntityEntry = {
      id: 'assad',
      name: 'President Assad',
      type: 'person',
      aliases: ['The President'],
      roles: [],
      relations: [],
    };
    const decisions = new Map<string, ReviewDecision>([[bashar.id, { kind: 'merge', into: existing, inPlace: true }]]);
    const { dictionary: after, aliasesElsewhere } = applyReview(dictionary, decisions);
    assert.deepStrictEqual(aliasesElsewhere, []);
    assert.ok(!after.entities.some((entity) => entity.id === bashar.id));
    const merged = after.entities.find((entity) => entity.id === 'assad')!;
    assert.strictEqual(merged.name, 'President Assad');
    assert.deepStrictEqual(merged.aliases.slice(0, 2), ['The President', 'Bashar al-Assad']);
    assert.ok(!after.entities.some((entity) => entity.relations.some((relation) => relation.target === bashar.id)));
    assert.ok(!after.events.some((event) => event.entities.includes(bashar.id)));
    assert.ok(after.events.some((event) => event.entities.includes('assad')));
    // Into a dictionary holding the existing entity, the merge adds the names to it and no entity.
    const file = `${JSON.stringify({ entities: [existing] }, null, 2)}\n`;
    const written = parseDictionary(
      mergeIntoExisting(file, after, 'desk.entities.json').text,
      'desk.entities.json',
    ).dictionary!;
    const assad = written.entities.filter(
      (entity) => entity.type === 'person' && entity.aliases.some((alias) => alias.text === 'Bashar al-Assad'),
    );
    assert.deepStrictEqual(
      assad.map((entity) => entity.id),
      ['assad'],
    );
  });

  it('merges into an entity of another dictionary: the names to add there, and no entry here', () => {
    const elsewhere: EntityEntry = {
      id: 'syrian-arab-republic',
      name: 'Syrian Arab Republic',
      type: 'place',
      aliases: [],
      roles: [],
      relations: [],
    };
    const { dictionary: after, aliasesElsewhere } = applyReview(
      dictionary,
      new Map([[syria.id, { kind: 'merge', into: elsewhere, inPlace: false }]]),
    );
    assert.ok(!after.entities.some((entity) => entity.id === syria.id || entity.id === elsewhere.id));
    assert.deepStrictEqual(aliasesElsewhere, [{ id: elsewhere.id, aliases: [syria.name, ...syria.aliases] }]);
    assert.ok(after.entities.some((entity) => entity.relations.some((relation) => relation.target === elsewhere.id)));
    const other =
      '{\n  "entities": [\n    { "id": "syrian-arab-republic", "name": "Syrian Arab Republic", "type": "place" }\n  ]\n}\n';
    const text = withAliases(
      other,
      elsewhere.id,
      [...aliasesElsewhere[0]!.aliases, 'syria', 'Syrian Arab Republic'],
      'places.entities.json',
    );
    const entry = parseDictionary(text, 'places.entities.json').dictionary!.entities[0]!;
    assert.deepStrictEqual(
      entry.aliases.map((alias) => alias.text),
      [syria.name, ...syria.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))],
    );
    assert.ok(
      text.split('\n').some((line) => line.includes('"syrian-arab-republic"') && /"aliases": ?\["Syria"/.test(line)),
      'an entry written on one line stays on one line',
    );
    assert.throws(
      () => withAliases(other, 'gone', ['X'], 'places.entities.json'),
      /places\.entities\.json no longer has the entity "gone"/,
    );
  });

  it('keeps only entities at or above a minimum confidence, and says which it left out', () => {
    const minimum = 0.6;
    const { dictionary: kept, leftOut } = withConfidenceAtLeast(dictionary, result.review, minimum);
    assert.ok(
      leftOut.length > 0 && leftOut.length < dictionary.entities.length,
      `${leftOut.length} of ${dictionary.entities.length} left out`,
    );
    assert.deepStrictEqual(
      kept.entities.map((entity) => entity.id),
      result.review.filter((entity) => entity.confidence >= minimum).map((entity) => entity.id),
    );
    const gone = new Set(leftOut.map((entity) => entity.id));
    assert.ok(!kept.entities.some((entity) => entity.relations.some((relation) => gone.has(relation.target))));
    assert.ok(!kept.events.some((event) => event.entities.some((id) => gone.has(id))));
    assert.deepStrictEqual(
      withConfidenceAtLeast(dictionary, result.review, 0).dictionary,
      dictionary satisfies DictionaryFileContent,
    );
  });
});

describe('what a rebuild changes, for review', function () {
  this.timeout(20000);
  it('names the built entities it adds or adds to, and not those the file already has in full', () => {
    const { dictionary } = build(founding);
    const first = mergeIntoExisting('{}\n', dictionary, 'a.entities.json');
    assert.deepStrictEqual([...first.changed].sort(), dictionary.entities.map((entity) => entity.id).sort());
    assert.deepStrictEqual([...mergeIntoExisting(first.text, dictionary, 'a.entities.json').changed], []);
  });
});
