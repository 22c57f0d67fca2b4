import * as assert from 'assert';
import { EntitiesModel } from '../../src/core/workspace/entitiesModel';
import { index, setUp } from './inMemoryWorkspace';

describe('EntitiesModel', () => {
  async function model(files: Record<string, string>, active?: string) {
    const { workspace, mentions, workspaceIndex } = setUp(files);
    const document = active === undefined ? undefined : workspace.openDocument(active);
    await workspaceIndex.ensureScanned();
    return new EntitiesModel({
      index: () => index,
      activeDraft: () => document && { document, mentions: mentions.get(document)!.mentions },
      workspaceFiles: () => workspaceIndex.allFiles(),
    });
  }

  it('groups the active draft’s entities by type, most mentioned first, with its unknown names', async () => {
    const view = await model(
      { 'mem:/a.md': 'Omar Said met Amal Haddad in Homs. Haddad left, said Lina Khoury.' },
      'mem:/a.md',
    );
    assert.deepStrictEqual(view.groups(), [
      { type: 'person', count: 2 },
      { type: 'place', count: 1 },
      { type: 'unknown', count: 1 },
    ]);
    assert.deepStrictEqual(view.entities('person'), [
      { entityId: 'amal-haddad', count: 2, files: 1 },
      { entityId: 'omar-said', count: 1, files: 1 },
    ]);
    assert.deepStrictEqual(
      view.occurrences('amal-haddad').map((occurrence) => occurrence.start.character),
      [14, 35],
    );
    assert.deepStrictEqual(
      view.unknownNames().map((unknown) => [unknown.name, unknown.occurrences.length]),
      [['Lina Khoury', 1]],
    );
  });

  it('counts per file across the workspace, and filters by name, alias or role', async () => {
    const view = await model(
      { 'mem:/a.md': 'Haddad. Omar Said.', 'mem:/b.md': 'Amal Haddad and Haddad in Homs.' },
      'mem:/a.md',
    );
    view.setScope('workspace');
    assert.deepStrictEqual(view.entities('person'), [
      { entityId: 'amal-haddad', count: 3, files: 2 },
      { entityId: 'omar-said', count: 1, files: 1 },
    ]);
    assert.deepStrictEqual(view.files('amal-haddad'), [
      { uri: 'mem:/b.md', count: 2 },
      { uri: 'mem:/a.md', count: 1 },
    ]);
    assert.deepStrictEqual(view.unknownNames(), [], 'unknown names belong to the active draft only');
    view.setFilter('  hadd ');
    assert.deepStrictEqual(view.groups(), [{ type: 'person', count: 1 }]);
  });
});
