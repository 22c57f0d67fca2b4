import * as assert from 'assert';
import * as vscode from 'vscode';
import { highlightedWords, lensApi, openEditor, waitFor, workspaceUri } from './helpers';

const ARTICLE = `DHAKA, Aug 9, 2025 - Floods in northern Bangladesh have killed at least 41 people, the Disaster Management Ministry said on Saturday.

The World Food Programme (WFP) said it was flying rice into Rangpur. Its country director, Elena Sokolova, warned that "the worst is not over".
`;

suite('Build Entity Dictionary from Article', () => {
  const article = workspaceUri('built', 'floods-wire.txt');
  const dictionary = workspaceUri('built', 'floods-wire.entities.json');

  suiteSetup(async () => {
    await lensApi();
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(ARTICLE));
  });

  // Leave the shared workspace as the other suites count on it.
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(workspaceUri('built'), { recursive: true });
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
  });

  test('builds the dictionary beside the article, opens it, and annotates drafts with it', async () => {
    const api = await lensApi();
    await vscode.commands.executeCommand('newsroomLens.buildDictionary', article);
    await waitFor('the built dictionary to be loaded', () => api.index().get('world-food-programme'));
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(dictionary)));
    assert.deepStrictEqual(written.source, { title: 'floods-wire.txt', date: '2025-08-09', file: 'floods-wire.txt' });
    const sokolova = api.index().get('elena-sokolova')!;
    assert.deepStrictEqual(sokolova.roles.map((role) => role.title), ['country director of World Food Programme']);
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('/built/floods-wire.entities.json'), 'the result is opened');

    const draft = await openEditor({ content: 'Sokolova said the WFP would stay in Rangpur.' });
    const words = await waitFor('the draft to be highlighted', async () => {
      const highlighted = await highlightedWords(draft);
      return Object.values(highlighted).flat().length >= 3 && highlighted;
    });
    assert.deepStrictEqual(Object.values(words).flat().sort(), ['Rangpur', 'Sokolova', 'WFP']);
  });

  test('a rebuild merges into the file without losing a hand edit', async () => {
    const api = await lensApi();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(dictionary));
    const edited = text.replace('"name": "Rangpur"', '"name": "Rangpur", "description": "Checked by the desk"');
    await vscode.workspace.fs.writeFile(dictionary, new TextEncoder().encode(edited));
    // From the palette the command asks (modally) before touching an existing file; callers may answer up front.
    await vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'merge' });
    await waitFor('the merged dictionary to be loaded', () => api.index().get('rangpur')?.description === 'Checked by the desk');
    const merged = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(dictionary)));
    assert.strictEqual(merged.entities.length, JSON.parse(text).entities.length);
  });
});
