import * as assert from 'assert';
import { renameInDictionary } from '../../src/core/workspace/dictionaryRename';
import { planRename } from '../../src/core/workspace/rename';
import { index, setUp } from './inMemoryWorkspace';

const texts = (file: { mentions: readonly { text: string }[] }) => file.mentions.map((mention) => mention.text);

describe('WorkspaceIndex', () => {
  it('indexes every draft once, and answers which drafts mention an entity, with positions', async () => {
    const { workspace, workspaceIndex } = setUp({
      'mem:/a.md': 'Amal Haddad met Omar Said.\nHaddad left.',
      'mem:/b.md': 'Nothing here.',
      'mem:/c.md': 'Homs, said Haddad.',
    });
    await workspaceIndex.ensureScanned();
    await workspaceIndex.ensureScanned();
    assert.deepStrictEqual(workspace.reads, ['mem:/a.md', 'mem:/b.md', 'mem:/c.md']);
    const found = workspaceIndex.mentionsOf('amal-haddad');
    assert.deepStrictEqual(
      found.map((file) => [file.uri, texts(file)]),
      [
        ['mem:/a.md', ['Amal Haddad', 'Haddad']],
        ['mem:/c.md', ['Haddad']],
      ],
    );
    assert.deepStrictEqual(found[0]!.positionAt(found[0]!.mentions[1]!.start), { line: 1, character: 0 });
  });

  it('follows an open draft through the mention cache: an edit is not matched again by the index', async () => {
    const { workspace, workspaceIndex, mentions, counted } = setUp({ 'mem:/a.md': 'Amal Haddad spoke.' });
    const document = workspace.openDocument('mem:/a.md');
    await workspaceIndex.ensureScanned();
    let changes = 0;
    workspaceIndex.onDidChange(() => changes++);
    const change = workspace.editDocument('mem:/a.md', 0, 0, 'Omar Said and ');
    mentions.followEdit(document, change);
    const before = counted.calls;
    const files = workspaceIndex.allFiles();
    assert.deepStrictEqual(files.map(texts), [['Omar Said', 'Amal Haddad']]);
    assert.strictEqual(counted.calls, before, 'the cache already had this version');
    assert.strictEqual(changes, 1, 'listeners are told of the edit');
    assert.deepStrictEqual(workspace.reads, [], 'an open draft is never read from disk');
  });

  it('reads a draft again when it changes on disk, and forgets a deleted one', async () => {
    const { workspace, workspaceIndex } = setUp({ 'mem:/a.md': 'Amal Haddad spoke.', 'mem:/b.md': 'Homs.' });
    await workspaceIndex.ensureScanned();
    const changed = new Promise<void>((resolve) => workspaceIndex.onDidChange(resolve));
    workspace.writeFile('mem:/b.md', 'Omar Said in Homs.');
    await changed;
    assert.deepStrictEqual(
      workspaceIndex.mentionsOf('omar-said').map((file) => file.uri),
      ['mem:/b.md'],
    );
    workspace.deleteFile('mem:/a.md');
    assert.deepStrictEqual(workspaceIndex.mentionsOf('amal-haddad'), []);
  });

  it('adds the mentions of a draft it does not hold (never saved) when asked from it', async () => {
    const { workspace, workspaceIndex } = setUp({ 'mem:/a.md': 'Haddad.' });
    await workspaceIndex.ensureScanned();
    const untitled = workspace.openDocument('untitled:1', 'Amal Haddad wrote.');
    assert.deepStrictEqual(
      workspaceIndex.mentionsOf('amal-haddad', untitled).map((file) => [file.uri, texts(file)]),
      [
        ['mem:/a.md', ['Haddad']],
        ['untitled:1', ['Amal Haddad']],
      ],
    );
    assert.deepStrictEqual(
      workspaceIndex.allFiles().map((file) => file.uri),
      ['mem:/a.md'],
      'the untitled draft stays out of the index',
    );
  });

  it('scans again after being invalidated, and counts the scan as work under way', async () => {
    const { workspace, workspaceIndex, activity } = setUp({ 'mem:/a.md': 'Haddad.' });
    const scanning = workspaceIndex.ensureScanned();
    assert.ok(activity.busy);
    await scanning;
    await activity.whenIdle();
    workspaceIndex.invalidate();
    assert.deepStrictEqual(workspaceIndex.allFiles(), []);
    await workspaceIndex.ensureScanned();
    assert.deepStrictEqual(workspace.reads, ['mem:/a.md', 'mem:/a.md']);
  });
});

describe('MentionCache', () => {
  it('computes a version once, follows a single edit, and refuses binary or oversized text', () => {
    const { workspace, mentions, counted } = setUp({}, 40);
    const document = workspace.openDocument('mem:/a.md', 'Amal Haddad spoke.');
    const first = mentions.get(document);
    assert.strictEqual(mentions.get(document), first);
    assert.strictEqual(counted.calls, 1);
    mentions.followEdit(document, workspace.editDocument('mem:/a.md', 18, 18, ' Omar Said too.'));
    assert.deepStrictEqual(
      mentions.get(document)?.mentions.map((mention) => mention.text),
      ['Amal Haddad', 'Omar Said'],
    );
    assert.strictEqual(mentions.get(workspace.openDocument('mem:/b.md', 'Haddad\u0000')), undefined);
    assert.strictEqual(mentions.get(workspace.openDocument('mem:/c.md', 'Haddad '.repeat(10))), undefined);
  });

  it('annotates a long text in slices and says when it is done', async () => {
    const { workspace, mentions, activity } = setUp({});
    const document = workspace.openDocument('mem:/long.md', 'Omar Said spoke in Homs.\n\n'.repeat(20));
    const annotated = new Promise((resolve) => mentions.onDidAnnotate(resolve));
    assert.strictEqual(mentions.get(document), undefined);
    assert.ok(mentions.isAnnotating(document));
    assert.strictEqual(mentions.mentionsWhileAnnotating(document, 0, 10)?.[0]?.text, 'Omar Said');
    assert.strictEqual(await annotated, document);
    await activity.whenIdle();
    assert.strictEqual(mentions.get(document)?.mentions.length, 40);
  });
});

describe('planRename', () => {
  it('renames each mention in its form, skipping quotations and drafts that cannot be read', async () => {
    const { workspace, workspaceIndex } = setUp({
      'mem:/a.md': 'Amal Haddad spoke.\n"Haddad is here," he said. Haddad left.',
      'mem:/b.md': 'Haddad.',
    });
    await workspaceIndex.ensureScanned();
    const files = workspaceIndex.mentionsOf('amal-haddad');
    workspace.files.delete('mem:/b.md');
    const edits = await planRename(index.get('amal-haddad')!, 'Amal Haddad-Sayegh', files, workspace);
    assert.deepStrictEqual(
      edits.map((edit) => [edit.uri, edit.start.line, edit.start.character, edit.newText]),
      [
        ['mem:/a.md', 0, 0, 'Amal Haddad-Sayegh'],
        ['mem:/a.md', 1, 27, 'Haddad-Sayegh'],
      ],
    );
  });
});

describe('renameInDictionary', () => {
  const renamed = (text: string) => {
    const edit = renameInDictionary(text, { id: 'omar-said', name: 'Omar Said' }, 'Omar al-Said')!;
    return text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length);
  };
  it('gives the entry its new name and keeps the old one as an alias', () => {
    const oneLine = '{\n  "entities": [\n    { "id": "omar-said", "name": "Omar Said", "type": "person" }\n  ]\n}\n';
    const entry = JSON.parse(renamed(oneLine)).entities[0];
    assert.deepStrictEqual([entry.name, entry.aliases], ['Omar al-Said', ['Omar Said']]);
  });
  it('adds to the aliases there are, leaving the rest as written', () => {
    const text =
      '{\n  // the desk\n  "entities": [\n    {\n      "id": "omar-said",\n      "name": "Omar Said",\n      "aliases": ["Said"]\n    }\n  ]\n}\n';
    const result = renamed(text);
    assert.ok(
      result.startsWith(
        '{\n  // the desk\n  "entities": [\n    {\n      "id": "omar-said",\n      "name": "Omar al-Said",\n',
      ),
      result,
    );
    assert.match(result, /"aliases": \[\s*"Said",\s*"Omar Said"\s*\]/);
  });
  it('leaves a dictionary without the entry alone', () =>
    assert.strictEqual(renameInDictionary('{"entities": []}', { id: 'omar-said', name: 'Omar Said' }, 'X'), undefined));
});
