import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  highlightedWords,
  hoverAt,
  idle,
  lensApi,
  openEditor,
  unescapeMarkdown,
  waitFor,
  withSetting,
  workspaceUri,
} from './helpers';

suite('Highlights', () => {
  suiteSetup(() => lensApi());

  test('every mention in the draft is highlighted by type, on the exact words', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const words = await waitFor('highlights in draft.md', async () => {
      const found = await highlightedWords(editor);
      return (found.person?.length ?? 0) > 0 && found;
    });
    assert.deepStrictEqual(words.person, [
      'Assad',
      'Bashar al-Assad',
      'Assad',
      'Mohammed Jalali',
      'Al-Assad',
      'Maher',
      'Ehab Makhlouf',
      'Eyad\nMakhlouf',
      'Sergei Lavrov',
      'Dmitry Peskov',
      'Assad',
    ]);
    assert.deepStrictEqual(words.place, [
      'Moscow',
      'Damascus',
      'DAMASCUS',
      'Damascus',
      'Moscow',
      'Russia',
      'Iraq',
      'Qatar',
      'Russia',
      'Turkey',
    ]);
    assert.deepStrictEqual(words.organization, [
      'Hayat Tahrir al-Sham',
      'HTS',
      'defence ministry',
      '4th Armoured Division',
      'Doha Forum',
      'Kremlin',
      'Reuters',
    ]);
    assert.deepStrictEqual(words.ambiguous, ['Makhlouf']);
  });

  test('typing updates the highlights', async () => {
    const editor = await openEditor({ content: 'Nothing here yet.' });
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Dmitry Peskov said. '));
    const words = await waitFor('a highlight after typing', async () => {
      const found = await highlightedWords(editor);
      return (found.person?.length ?? 0) > 0 && found;
    });
    assert.deepStrictEqual(words.person, ['Dmitry Peskov']);
  });

  test('only the types chosen in settings are highlighted', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const restore = await withSetting('highlight.types', ['person']);
    try {
      await waitFor('places no longer highlighted', async () => (await highlightedWords(editor)).place?.length === 0);
      assert.ok(((await highlightedWords(editor)).person?.length ?? 0) > 0);
    } finally {
      await restore();
    }
    await waitFor('places highlighted again', async () => ((await highlightedWords(editor)).place?.length ?? 0) > 0);
  });

  test('the toggle command turns highlights off and on', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    await vscode.commands.executeCommand('newsroomLens.toggleHighlights');
    try {
      await waitFor('highlights off', async () => (await highlightedWords(editor)).person?.length === 0);
    } finally {
      await vscode.commands.executeCommand('newsroomLens.toggleHighlights');
    }
    await waitFor('highlights on', async () => ((await highlightedWords(editor)).person?.length ?? 0) > 0);
  });

  test('a document over the size cap is not annotated until the writer asks', async () => {
    const restore = await withSetting('maxDocumentSize', 20);
    try {
      const editor = await openEditor({ content: 'Bashar al-Assad fled to Moscow on Sunday.' });
      await idle();
      const words = await highlightedWords(editor);
      assert.deepStrictEqual([words.person ?? [], words.place ?? []], [[], []]);
    } finally {
      await restore();
    }
  });

  test('a long draft is annotated in slices: every mention highlighted, hovers and edits follow', async () => {
    const paragraph =
      'Bashar al-Assad fled to Moscow, where Dmitry Peskov said nothing. Hayat Tahrir al-Sham took Damascus.\n\n';
    const repeats = 3000; // about 300,000 characters: over the size annotated at once
    const editor = await openEditor({ content: `${paragraph.repeat(repeats)}Sergei Lavrov spoke last.` });
    const words = await waitFor(
      'every mention highlighted',
      async () => {
        const found = await highlightedWords(editor);
        return found.person?.includes('Sergei Lavrov') && found;
      },
      30000,
    );
    assert.deepStrictEqual(
      [words.person?.length, words.place?.length, words.organization?.length],
      [repeats * 2 + 1, repeats * 2, repeats],
    );
    assert.match(unescapeMarkdown((await hoverAt(editor.document, 'Sergei Lavrov')).text), /Sergei Lavrov/);
    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit((edit) => edit.insert(end, ' Then Maher spoke.'));
    await waitFor(
      'the edit highlighted',
      async () => (await highlightedWords(editor)).person?.includes('Maher'),
      30000,
    );
  });

  test('documents in other languages are left alone', async () => {
    const editor = await openEditor({ content: 'const assad = "Bashar al-Assad";', language: 'javascript' });
    await idle();
    const words = await highlightedWords(editor);
    assert.deepStrictEqual(words.person ?? [], []);
  });

  test('"Show Entity" selects the next mention in the draft, or opens the dictionary entry', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    await vscode.commands.executeCommand('newsroomLens.showEntity', 'sergei-lavrov');
    assert.strictEqual(editor.document.getText(editor.selection), 'Sergei Lavrov');
    await vscode.commands.executeCommand('newsroomLens.showEntity', 'homs');
    const opened = await waitFor('the dictionary to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith('assad-fall-2024.entities.json') && active;
    });
    assert.match(opened.document.lineAt(opened.selection.active.line).text, /"id": "homs"/);
  });
});
