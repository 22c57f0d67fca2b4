import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode } from '../../../src/extension/entitiesView';
import { lensApi, openEditor, waitFor, workspaceUri } from './helpers';

/** Where `words` first stands in a document (plus `skip` more), one character in. */
function positionOf(document: vscode.TextDocument, words: string, skip = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= skip; i++) offset = document.getText().indexOf(words, offset + 1);
  assert.ok(offset >= 0, `"${words}" is not in ${document.uri.path}`);
  return document.positionAt(offset + 1);
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

suite('Workspace: references, definition, outline, rename, Entities view', () => {
  suiteSetup(async () => {
    const api = await lensApi();
    await api.workspaceMentions.ensureScanned();
  });

  test('Find All References lists every mention under any alias, across drafts, leaving out .gitignored files', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      editor.document.uri,
      positionOf(editor.document, 'Mohammed Jalali'),
    );
    const perFile = new Map<string, string[]>();
    for (const location of locations) {
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      perFile.set(relative(location.uri), [...(perFile.get(relative(location.uri)) ?? []), text]);
    }
    // Counted by hand in the fixture workspace; archive/ is in .gitignore, so its draft is left out.
    assert.deepStrictEqual(Object.fromEntries([...perFile].sort()), {
      'desk/three.txt': ['Mohammed Jalali', 'Jalali'],
      'desk/two.md': ['Jalali', 'Mohammed Jalali', 'Jalali', 'Jalali', 'Jalali'],
      'draft.md': ['Mohammed Jalali'],
      'founding-article.txt': ['Mohammed Jalali', 'Jalali', 'Jalali'],
    });
  });

  test('Go to Definition opens the dictionary entry; Go to Source finds the article sentence', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const [definition] = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      positionOf(editor.document, 'Sergei Lavrov'),
    );
    assert.ok(definition && 'uri' in definition);
    const dictionary = await vscode.workspace.openTextDocument(definition.uri);
    assert.ok(definition.uri.path.endsWith('entities/assad-fall-2024.entities.json'));
    assert.strictEqual(dictionary.getText(definition.range), '"id": "sergei-lavrov"');
    await vscode.commands.executeCommand('newsroomLens.goToSource', 'sergei-lavrov');
    const article = await waitFor('the article to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('assad-fall-2024.article.txt') && active;
    });
    assert.match(
      article.document.getText(article.selection),
      /^According to Reuters report, Russia's Foreign Minister Sergei Lavrov/,
    );
  });

  test('the Outline lists the draft’s entities, each with its mentions', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const bashar = symbols.find((symbol) => symbol.name === 'Bashar al-Assad');
    assert.ok(bashar);
    assert.strictEqual(bashar.detail, 'person · 5 mentions');
    assert.deepStrictEqual(
      bashar.children.map((child) => child.name),
      ['Assad', 'Bashar al-Assad', 'Assad', 'Al-Assad', 'Assad'],
    );
    assert.ok(symbols.some((symbol) => symbol.name === 'Moscow' && symbol.kind === vscode.SymbolKind.Namespace));
  });

  test('Rename rewrites each mention in its own form, skips quotations, and offers the dictionary entry', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      editor.document.uri,
      positionOf(editor.document, 'Mohammed Jalali'),
      'Mohammad Jalaly',
    );
    const changes = new Map<string, string[]>();
    for (const [uri, edits] of edit.entries()) {
      const document = await vscode.workspace.openTextDocument(uri);
      changes.set(
        relative(uri),
        edits.map((change) => `${document.getText(change.range)} → ${change.newText}`),
      );
    }
    // By hand: the quoted "Jalali" in desk/two.md stays; possessives keep their "'s" outside the edit.
    assert.deepStrictEqual(Object.fromEntries([...changes].sort()), {
      'desk/three.txt': ['Mohammed Jalali → Mohammad Jalaly', 'Jalali → Jalaly'],
      'desk/two.md': ['Jalali → Jalaly', 'Mohammed Jalali → Mohammad Jalaly', 'Jalali → Jalaly', 'Jalali → Jalaly'],
      'draft.md': ['Mohammed Jalali → Mohammad Jalaly'],
      'founding-article.txt': ['Mohammed Jalali → Mohammad Jalaly', 'Jalali → Jalaly', 'Jalali → Jalaly'],
    });
  });

  test('Rename of a workspace entity edits only drafts until it is applied; its dictionary waits', async () => {
    const editor = await openEditor({ content: 'Amal Haddad filed the story.' });
    const dictionaryBefore = await vscode.workspace.fs.readFile(workspaceUri('desk.entities.json'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      editor.document.uri,
      positionOf(editor.document, 'Amal Haddad'),
      'Amal Haddad-Sayegh',
    );
    assert.ok(edit.size > 0);
    assert.ok(
      edit.entries().every(([uri]) => !uri.path.endsWith('.entities.json')),
      'the dictionary is written safely after the edit, not by a save of it',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepStrictEqual(
      await vscode.workspace.fs.readFile(workspaceUri('desk.entities.json')),
      dictionaryBefore,
      'nothing is written until the edit is applied',
    );
  });

  test('a rename can be applied and undone', async () => {
    const editor = await openEditor({ content: 'Buthaina Shaaban spoke. Later Shaaban’s office said no.' });
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      editor.document.uri,
      positionOf(editor.document, 'Shaaban’s'),
      'Bouthaina Shaaban',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(editor.document.getText(), 'Bouthaina Shaaban spoke. Later Shaaban’s office said no.');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), 'Buthaina Shaaban spoke. Later Shaaban’s office said no.');
  });

  test('the Entities view shows the draft’s entities by type, their mentions, and unknown names', async () => {
    const api = await lensApi();
    const view = api.entitiesView;
    await view.setScope('document');
    await openEditor(workspaceUri('desk', 'two.md'));
    const groups = await waitFor('the view to follow the editor', async () => {
      const found = await view.getChildren();
      return found.some((group) => group.kind === 'group' && group.type === 'unknown') && found;
    });
    const label = (node: EntityNode) => {
      const item = view.getTreeItem(node);
      return `${typeof item.label === 'string' ? item.label : item.label?.label} | ${item.description}`;
    };
    assert.deepStrictEqual(groups.map(label), ['People | 1', 'Places | 1', 'Unknown names | 1']);
    const [jalali] = await view.getChildren(groups[0]);
    assert.strictEqual(label(jalali!), "Mohammed Jalali | 5 mentions · Prime Minister of Syria (Assad's last)");
    const mentions = await view.getChildren(jalali);
    assert.strictEqual(mentions.length, 5);
    const first = view.getTreeItem(mentions[0]!);
    assert.deepStrictEqual(first.command?.command, 'newsroomLens.revealMention');
    const [unknown] = await view.getChildren(groups[2]);
    assert.strictEqual(label(unknown!), 'Lina Haddad | unknown · 1 mention');
    assert.strictEqual(view.getTreeItem(unknown!).contextValue, 'unknownName');
  });

  test('the workspace toggle counts mentions per file, and the filter narrows the view', async () => {
    const view = (await lensApi()).entitiesView;
    await view.setScope('workspace');
    try {
      await view.setFilter('jalali');
      const groups = await view.getChildren();
      assert.deepStrictEqual(
        groups.map((group) => group.kind === 'group' && group.type),
        ['person'],
      );
      const [jalali] = await view.getChildren(groups[0]);
      assert.strictEqual(
        view.getTreeItem(jalali!).description,
        "11 mentions in 4 files · Prime Minister of Syria (Assad's last)",
      );
      const files = await view.getChildren(jalali);
      assert.deepStrictEqual(
        files.map((file) => file.kind === 'file' && [relative(file.uri), file.count]),
        [
          ['desk/two.md', 5],
          ['founding-article.txt', 3],
          ['desk/three.txt', 2],
          ['draft.md', 1],
        ],
      );
    } finally {
      await view.setFilter('');
      await view.setScope('document');
    }
  });
});
