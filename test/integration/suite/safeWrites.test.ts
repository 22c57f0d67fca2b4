import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { lensApi, openEditor, waitFor, workspaceUri } from './helpers';

const DICTIONARY = `{
  "entities": [
    { "id": "marta-kowalczyk", "name": "Marta Kowalczyk", "type": "person", "aliases": ["Kowalczyk"] }
  ]
}
`;

/** Entries beside `file` that a write leaves when it is not finished cleanly: temporary files and locks. */
function leftovers(file: string): string[] {
  const name = path.basename(file);
  return fs.readdirSync(path.dirname(file)).filter((entry) => entry !== name && entry.includes(name));
}

/** A second name for the file as it is now: a write into the file itself would change what it shows too. */
async function linkOldName(file: string): Promise<string> {
  const oldName = `${file}.old-name`; // no dictionary by its name: the extension would load it
  await fs.promises.link(file, oldName);
  return oldName;
}

/** Asserts that the file was replaced in one rename (its old name still shows `before`) and left nothing beside it. */
async function assertReplaced(file: string, oldName: string, before: string): Promise<void> {
  assert.strictEqual(await fs.promises.readFile(oldName, 'utf8'), before, 'the file was replaced, not written into');
  await fs.promises.rm(oldName);
  assert.deepStrictEqual(leftovers(file), []);
}

/**
 * The dictionary open with an unsaved change. VS Code may reload the document from the file
 * the suite has just written, which turns an edit made meanwhile down: it is made again then.
 */
async function withUnsavedNote(dictionary: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await openEditor(dictionary);
  await waitFor(
    'an unsaved change in the dictionary',
    async () =>
      editor.document.isDirty ||
      ((await editor.edit((edit) =>
        edit.insert(editor.document.positionAt(DICTIONARY.indexOf('"aliases"')), '"note": "x", '),
      )) &&
        editor.document.isDirty),
  );
  assert.strictEqual((editor.document.getText().match(/"note"/g) ?? []).length, 1);
  return editor;
}

suite('Safe writes from the extension', function () {
  this.timeout(60_000);
  const folder = workspaceUri('safe-writes');
  const dictionary = workspaceUri('safe-writes', 'desk.entities.json');
  const file = dictionary.fsPath;

  setup(async () => {
    await fs.promises.mkdir(folder.fsPath, { recursive: true });
    await fs.promises.writeFile(file, DICTIONARY);
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
    const api = await lensApi();
    await waitFor('the desk dictionary to load', () => api.index().get('marta-kowalczyk'));
  });

  teardown(async () => {
    // Only this suite's editors: closing all would stop at other suites' unsaved drafts.
    for (const document of vscode.workspace.textDocuments.filter((open) => open.uri.fsPath.startsWith(folder.fsPath))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await fs.promises.rm(folder.fsPath, { recursive: true, force: true });
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
  });

  test('a quick fix waits for the lock the CLI takes, replaces the file in one rename, and one Undo takes it back', async () => {
    const editor = await openEditor(dictionary);
    const oldFile = await linkOldName(file);
    // A writer that holds the lock (a CLI build, say): a live process, this one, with a token of its own.
    // (The lock is beside the file's real path, as the CLI names it.)
    const lock = `${fs.realpathSync(file)}.lock`;
    await fs.promises.writeFile(lock, `${process.pid} held-by-the-test`);
    let settled = false;
    const adding = Promise.resolve(
      vscode.commands.executeCommand('newsroomLens.addAlias', { entityId: 'marta-kowalczyk', alias: 'M. Kowalczyk' }),
    ).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.strictEqual(settled, false, 'it waits while another writer holds the lock');
    assert.strictEqual(await fs.promises.readFile(file, 'utf8'), DICTIONARY);
    await fs.promises.rm(lock);
    await adding;

    const written = await fs.promises.readFile(file, 'utf8');
    assert.match(written, /"aliases": \[\s*"Kowalczyk",\s*"M\. Kowalczyk"\s*\]/);
    await assertReplaced(file, oldFile, DICTIONARY);
    assert.strictEqual(editor.document.getText(), written, 'the editor shows what was written');
    assert.strictEqual(editor.document.isDirty, false);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), DICTIONARY, 'Undo takes the alias back');
    await vscode.commands.executeCommand('redo');
    assert.strictEqual(editor.document.getText(), written);
  });

  test('a dictionary with unsaved changes is not written over: the change is refused and they stay', async () => {
    const editor = await withUnsavedNote(dictionary);
    const unsaved = editor.document.getText();
    await vscode.commands.executeCommand('newsroomLens.addAlias', {
      entityId: 'marta-kowalczyk',
      alias: 'M. Kowalczyk',
    });
    assert.strictEqual(await fs.promises.readFile(file, 'utf8'), DICTIONARY, 'the file is as it was');
    assert.strictEqual(editor.document.getText(), unsaved, 'the unsaved text is kept');
    assert.ok(editor.document.isDirty);
    assert.deepStrictEqual(leftovers(file), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('Rename writes the dictionary entry by replacing the file once the drafts’ edit is applied', async () => {
    const draft = await openEditor({ content: 'Marta Kowalczyk filed. Kowalczyk left.' });
    const oldFile = await linkOldName(file);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      draft.document.uri,
      draft.document.positionAt(0),
      'Marta Kowalczyk-Nowak',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(draft.document.getText(), 'Marta Kowalczyk-Nowak filed. Kowalczyk-Nowak left.');
    const api = await lensApi();
    await waitFor(
      'the renamed entry to load',
      () => api.index().get('marta-kowalczyk')?.name === 'Marta Kowalczyk-Nowak',
    );
    const written = await fs.promises.readFile(file, 'utf8');
    assert.match(written, /"name": "Marta Kowalczyk-Nowak"/);
    assert.match(written, /"aliases": \[\s*"Kowalczyk",\s*"Marta Kowalczyk"\s*\]/);
    await assertReplaced(file, oldFile, DICTIONARY);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Rename is refused, drafts untouched, while the dictionary has unsaved changes', async () => {
    const editor = await withUnsavedNote(dictionary);
    const draft = await openEditor({ content: 'Marta Kowalczyk filed.' });
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          draft.document.uri,
          draft.document.positionAt(0),
          'Marta Nowak',
        ),
      ),
      /unsaved changes/,
    );
    assert.strictEqual(draft.document.getText(), 'Marta Kowalczyk filed.');
    assert.doesNotMatch(await fs.promises.readFile(file, 'utf8'), /Marta Nowak/);
    assert.match(editor.document.getText(), /"note": "x"/, 'the unsaved changes are kept');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a timeline export replaces an existing file in one rename', async () => {
    const api = await lensApi();
    const draft = workspaceUri('safe-writes', 'draft.md');
    await fs.promises.writeFile(draft.fsPath, 'On December 8, 2024, Marta Kowalczyk flew to Warsaw.\n');
    const editor = await openEditor(draft);
    await waitFor('the view to show the draft', () => api.timelineView.shownDocument === editor.document);
    const target = workspaceUri('safe-writes', 'draft.timeline.md');
    await fs.promises.writeFile(target.fsPath, 'an earlier export\n');
    const oldFile = await linkOldName(target.fsPath);
    await vscode.commands.executeCommand('newsroomLens.timeline.export', 'md', target);
    assert.match(await fs.promises.readFile(target.fsPath, 'utf8'), /^# Timeline: safe-writes\/draft\.md\n/);
    await assertReplaced(target.fsPath, oldFile, 'an earlier export\n');
  });
});
