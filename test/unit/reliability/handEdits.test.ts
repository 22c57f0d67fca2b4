/**
 * Hand edits are facts: a rebuild over a dictionary a person corrected brings back nothing
 * they deleted or changed, at every level (entity, alias, role, relation, event).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { type DictionaryFileContent, buildDictionary } from '../../../src/core/builder/build';
import { compromiseTagger } from '../../../src/core/builder/compromiseTagger';
import { describeMerge, mergeIntoExisting } from '../../../src/core/builder/merge';
import { loadDictionaries } from '../../../src/core/dictionary/load';

const root = path.resolve(__dirname, '../../../..');
const article = fs.readFileSync(path.join(root, 'entities/assad-fall-2024.article.txt'), 'utf8');

type Json = DictionaryFileContent & {
  entities: (DictionaryFileContent['entities'][number] & { description?: string })[];
};

describe('reliability: a rebuild never undoes a hand edit', function () {
  this.timeout(20_000);
  const built = buildDictionary(article, {
    tagger: compromiseTagger,
    fallbackDate: { year: 2024, month: 12, day: 8 },
  }).dictionary;
  const fresh = `${JSON.stringify(built, null, 2)}\n`;

  /** The twelve edits: deletions and changes at every level, and additions. */
  function edit(json: Json): Json {
    const entities = json.entities
      .filter((entity) => entity.id !== 'moscow')
      .map((entity) => {
        if (entity.id !== 'bashar-al-assad') return entity;
        return {
          ...entity,
          aliases: [
            ...entity.aliases.filter((alias) => alias !== 'Bashar Assad' && alias !== 'al-Assad'),
            'President Assad',
          ],
          roles: [{ title: 'President of Syria, 2000–2024', source: entity.roles[0]!.source }],
          relations: entity.relations
            .filter((relation) => relation.target !== 'iran')
            .map((relation) => (relation.target === 'russia' ? { ...relation, title: 'protégé' } : relation)),
          description: 'Checked by the desk.',
        };
      });
    const events = json.events
      .filter((event) => !event.text.startsWith('To this, Assad replied'))
      .map((event) =>
        event.date === '2024-12-07T22:30'
          ? { ...event, date: '2024-12-07T22:45' }
          : event.date === '2024-12-07'
            ? { ...event, text: `${event.text} (corrected)` }
            : event,
      );
    return { ...json, entities, events };
  }

  it('writes what it built, below the entity, into a fresh dictionary the loader accepts', () => {
    assert.ok(built.builtFacts.includes('alias bashar-al-assad bashar assad'));
    assert.ok(built.builtFacts.includes('relation bashar-al-assad ally iran'));
    assert.ok(built.builtFacts.includes('role bashar-al-assad former president of syria'));
    assert.ok(built.builtFacts.some((fact) => fact.startsWith('event 2024-12-07T22:30 ')));
    assert.deepStrictEqual(loadDictionaries([{ file: 'f', bytes: new TextEncoder().encode(fresh) }]).problems, []);
  });

  it('keeps deletions and changes of aliases, roles, relations and events; a corrected time replaces, it does not twin', () => {
    assert.ok(
      built.events.some((event) => event.date === '2024-12-07T22:30'),
      'the article has the 22:30 call',
    );
    const edited = `${JSON.stringify(edit(JSON.parse(fresh) as Json), null, 2)}\n`;
    const result = mergeIntoExisting(edited, built, 'desk.entities.json');
    assert.strictEqual(result.text, edited, 'the rebuild changed the edited file');
    assert.deepStrictEqual([result.keptDeleted, result.keptEdited], [1, 7]);
    assert.strictEqual(
      describeMerge(result),
      '0 entities, 0 aliases, 0 roles, 0 relations, 0 dated events; left out 1 entity deleted by hand; left out 7 aliases, roles, relations or events deleted or changed by hand',
    );
    const merged = JSON.parse(result.text) as Json;
    assert.deepStrictEqual(
      merged.events.filter((event) => event.date.startsWith('2024-12-07T')).map((event) => event.date),
      ['2024-12-07T22:45'],
    );
  });

  it('still adds what is new, and remembers it', () => {
    const edited = edit(JSON.parse(fresh) as Json);
    // A dictionary built from an earlier draft of the story that had no Iran and no 22:30 call.
    const older: Json = {
      ...edited,
      entities: edited.entities.filter((entity) => entity.id !== 'iran'),
      events: edited.events.filter((event) => event.date !== '2024-12-07T22:45'),
      builtEntities: edited.builtEntities.filter((id) => id !== 'iran'),
      builtFacts: edited.builtFacts.filter(
        (fact) => !fact.includes('iran') && !fact.startsWith('event 2024-12-07T22:30'),
      ),
    };
    const result = mergeIntoExisting(`${JSON.stringify(older, null, 2)}\n`, built, 'desk.entities.json');
    const merged = JSON.parse(result.text) as Json;
    assert.ok(
      merged.entities.some((entity) => entity.id === 'iran'),
      'a new entity is added',
    );
    assert.ok(
      merged.events.some((event) => event.date === '2024-12-07T22:30'),
      'a new event is added',
    );
    assert.ok(
      merged.builtFacts.includes('relation bashar-al-assad ally iran') &&
        merged.builtFacts.some((fact) => fact.startsWith('event 2024-12-07T22:30 ')),
    );
    assert.strictEqual(
      mergeIntoExisting(result.text, built, 'desk.entities.json').text,
      result.text,
      'a second rebuild changes nothing',
    );
  });

  it('reads a dictionary from before "builtFacts": finds its facts again and remembers them from then on', () => {
    const { builtFacts: _, ...old } = edit(JSON.parse(fresh) as Json);
    const first = mergeIntoExisting(`${JSON.stringify(old, null, 2)}\n`, built, 'old.entities.json');
    assert.ok(first.added.aliases > 0 && first.added.events > 0);
    // All but those of Moscow, which was deleted by hand ("builtEntities" still says so).
    const ofMoscow = (fact: string) =>
      /^(alias|role|relation) moscow /.test(fact) || /^relation \S+ \S+ moscow$/.test(fact);
    assert.deepStrictEqual(
      new Set((JSON.parse(first.text) as Json).builtFacts),
      new Set(built.builtFacts.filter((fact) => !ofMoscow(fact))),
    );
  });
});
