import * as assert from 'assert';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { ScopedDictionaries, isInside, reachOf, type ScopeSettings } from '../../src/core/workspace/dictionaryScopes';
import { timelineOf } from '../../src/core/workspace/timelines';
import { parseDay } from '../../src/core/text/calendar';

const encode = (value: object) => new TextEncoder().encode(JSON.stringify(value));
const person = (id: string, name: string) => ({ id, name, type: 'person' });

/** A workspace of two stories under one root, and a bundled sample, as the hosts load them. */
const files = [
  {
    file: 'file:///desk/quake/quake.entities.json',
    origin: 'workspace',
    bytes: encode({
      source: { title: 'Quake' },
      entities: [person('omar', 'Omar Haddad')],
      events: [{ date: '2023-02-06', precision: 'day', text: 'The quake struck.', entities: ['omar'] }],
    }),
  },
  {
    file: 'file:///desk/election/election.entities.json',
    origin: 'workspace',
    bytes: encode({ source: { title: 'Election' }, entities: [person('lina', 'Lina Saleh')] }),
  },
  {
    file: 'file:///desk/desk.entities.json',
    origin: 'workspace',
    bytes: encode({ entities: [person('nadia', 'Nadia Karam')] }),
  },
  {
    file: 'file:///elsewhere/named.entities.json',
    origin: 'setting',
    bytes: encode({ entities: [person('sami', 'Sami Nour')] }),
  },
  {
    file: 'file:///extension/entities/sample.entities.json',
    origin: 'bundled',
    bytes: encode({ source: { title: 'Sample' }, entities: [person('bashar', 'Bashar al-Assad')] }),
  },
] as const;

function scoped(settings: ScopeSettings): ScopedDictionaries {
  const { index } = loadDictionaries(files.map(({ file, bytes }) => ({ file, bytes })));
  const origins = new Map<string, (typeof files)[number]['origin']>(files.map(({ file, origin }) => [file, origin]));
  return new ScopedDictionaries(
    index,
    (dictionary) => reachOf(dictionary.file, origins.get(dictionary.file)!, settings),
    ['file:///desk'],
  );
}

const known = (dictionaries: ScopedDictionaries, uri: string) =>
  [...dictionaries.indexFor(uri).entities()].map((entity) => entity.id).sort();

describe('story-scoped dictionaries', () => {
  const story: ScopeSettings = { scope: 'story', bundledEverywhere: false, sampleFolders: ['file:///desk/sample'] };

  it('gives a draft the dictionaries of its folder, the folders above it and the settings, not its neighbours', () => {
    const dictionaries = scoped(story);
    assert.deepStrictEqual(known(dictionaries, 'file:///desk/quake/draft.md'), ['nadia', 'omar', 'sami']);
    assert.deepStrictEqual(known(dictionaries, 'file:///desk/election/notes/draft.md'), ['lina', 'nadia', 'sami']);
    assert.deepStrictEqual(known(dictionaries, 'file:///desk/draft.md'), ['nadia', 'sami']);
    // Drafts that use the same dictionaries share one index.
    assert.strictEqual(
      dictionaries.indexFor('file:///desk/quake/a.md'),
      dictionaries.indexFor('file:///desk/quake/b/c.md'),
    );
    assert.strictEqual(dictionaries.all.size, 5);
  });

  it('applies the bundled sample beside its article only, unless it is turned on everywhere', () => {
    assert.deepStrictEqual(known(scoped(story), 'file:///desk/sample/draft.md'), ['bashar', 'nadia', 'sami']);
    assert.ok(!known(scoped(story), 'file:///desk/quake/draft.md').includes('bashar'));
    const everywhere = scoped({ ...story, bundledEverywhere: true });
    assert.ok(known(everywhere, 'file:///desk/quake/draft.md').includes('bashar'));
  });

  it('gives a draft outside the workspace folders (never saved) every workspace dictionary, the sample at a root only', () => {
    assert.deepStrictEqual(known(scoped(story), 'untitled:Untitled-1'), ['lina', 'nadia', 'omar', 'sami']);
    const atRoot = scoped({ ...story, sampleFolders: ['file:///desk'] });
    assert.deepStrictEqual(known(atRoot, 'untitled:Untitled-1'), ['bashar', 'lina', 'nadia', 'omar', 'sami']);
  });

  it('gives every draft every dictionary with the workspace scope', () => {
    const dictionaries = scoped({ ...story, scope: 'workspace' });
    assert.strictEqual(
      dictionaries.indexFor('file:///desk/quake/draft.md'),
      dictionaries.indexFor('file:///desk/election/draft.md'),
    );
    assert.deepStrictEqual(known(dictionaries, 'file:///desk/quake/draft.md'), ['lina', 'nadia', 'omar', 'sami']);
  });

  it('tells a folder from a file that only starts like it', () => {
    assert.ok(isInside('file:///desk/quake/draft.md', 'file:///desk/quake'));
    assert.ok(isInside('C:\\desk\\quake\\draft.md', 'C:\\desk\\quake\\'));
    assert.ok(!isInside('file:///desk/quake-2/draft.md', 'file:///desk/quake'));
    assert.ok(!isInside('file:///desk/quake', 'file:///desk/quake'));
  });

  it('sets beside a timeline only the sources whose entities the draft mentions', () => {
    const index = scoped({ ...story, scope: 'workspace' }).indexFor('file:///desk/quake/draft.md');
    const day = parseDay('2023-02-07')!;
    const titles = (text: string) =>
      timelineOf(text, index, day).sources.map((source) => source.source?.title ?? source.file);
    assert.deepStrictEqual(titles('Omar Haddad said on Monday the quake struck.'), ['Quake']);
    assert.deepStrictEqual(titles('Lina Saleh and Sami Nour spoke.'), [
      'Election',
      'file:///elsewhere/named.entities.json',
    ]);
    assert.deepStrictEqual(titles('Nobody known spoke on Monday.'), []);
  });
});
