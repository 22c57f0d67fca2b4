import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../src/extension/ids';
import {
  highlightedWords,
  hoverAt,
  lensApi,
  openEditor,
  unescapeMarkdown,
  waitFor,
  withSetting,
  workspaceUri,
} from './helpers';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

suite('Dictionaries', () => {
  test('a broken dictionary is reported by file, entry and problem; the rest keep working', async () => {
    const api = await lensApi();
    const problems = api
      .problems()
      .map((problem) => ({ ...problem, file: path.basename(vscode.Uri.parse(problem.file).path) }));
    assert.ok(
      problems.some(
        (p) =>
          p.file === 'broken.entities.json' &&
          p.entry === 'entities[1] "bad-entry"' &&
          /"type" must be one of person, place, organization; got "starship"/.test(p.message),
      ),
      JSON.stringify(problems, null, 2),
    );
    assert.ok(
      problems.some((p) => p.file === 'unfinished.entities.json' && /^not valid JSON/.test(p.message)),
      JSON.stringify(problems, null, 2),
    );
    // The sound entry of the broken file, the other workspace dictionary and the bundled one all work.
    const editor = await openEditor({ content: 'Nadia Karam met Amal Haddad and Assad.' });
    assert.match(unescapeMarkdown((await hoverAt(editor.document, 'Nadia')).text), /\*\*Nadia Karam\*\* · person/);
    assert.match(unescapeMarkdown((await hoverAt(editor.document, 'Haddad')).text), /correspondent of \[Reuters\]/);
    assert.match(unescapeMarkdown((await hoverAt(editor.document, 'Assad')).text), /\*\*Bashar al-Assad\*\*/);
  });

  test('a new workspace dictionary is picked up, and dropped when deleted', async () => {
    const api = await lensApi();
    const uri = workspaceUri('late.entities.json');
    await vscode.workspace.fs.writeFile(
      uri,
      encode({ entities: [{ id: 'farid-nassar', name: 'Farid Nassar', type: 'person' }] }),
    );
    await waitFor('the new dictionary to load', () => api.index().get('farid-nassar'));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted dictionary to unload', () => api.index().get('farid-nassar') === undefined);
  });

  test('an edited dictionary is reloaded', async () => {
    const api = await lensApi();
    const uri = workspaceUri('edited.entities.json');
    await vscode.workspace.fs.writeFile(
      uri,
      encode({ entities: [{ id: 'lina-saad', name: 'Lina Saad', type: 'person' }] }),
    );
    await waitFor('the first version', () => api.index().get('lina-saad'));
    await vscode.workspace.fs.writeFile(
      uri,
      encode({ entities: [{ id: 'lina-saad', name: 'Lina Saad', type: 'person', aliases: ['Saad'] }] }),
    );
    await waitFor('the edited version', () => api.index().get('lina-saad')?.aliases.length === 1);
    await vscode.workspace.fs.delete(uri);
  });

  test('dictionaries named in the setting are loaded, outside the workspace too', async () => {
    const api = await lensApi();
    const outside = vscode.Uri.file(path.join(os.tmpdir(), `newsroom-lens-${Date.now()}.entities.json`));
    await vscode.workspace.fs.writeFile(
      outside,
      encode({ entities: [{ id: 'omar-khalil', name: 'Omar Khalil', type: 'person' }] }),
    );
    const restore = await withSetting('dictionaries', [outside.fsPath]);
    try {
      await waitFor('the configured dictionary', () => api.index().get('omar-khalil'));
    } finally {
      await restore();
      await vscode.workspace.fs.delete(outside);
    }
    await waitFor('the dictionary to go with the setting', () => api.index().get('omar-khalil') === undefined);
  });
});

suite('Story-scoped dictionaries', function () {
  this.timeout(90_000);
  test('a draft in each story folder sees its own story and the root, and a shared entity merges with its sources', async () => {
    const api = await lensApi();
    const quake = workspaceUri('stories', 'quake');
    const election = workspaceUri('stories', 'election');
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(quake, 'quake.entities.json'),
      encode({
        source: { title: 'Quake desk', date: '2023-02-06' },
        entities: [
          { id: 'yusuf-demir', name: 'Yusuf Demir', type: 'person', aliases: ['Demir'] },
          {
            id: 'turkey',
            name: 'Turkey',
            type: 'place',
            aliases: ['Anatolia'],
            roles: [{ title: 'quake-hit country', source: 'The quake struck southern Turkey.' }],
          },
        ],
      }),
    );
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(election, 'election.entities.json'),
      encode({ entities: [{ id: 'selin-kaya', name: 'Selin Kaya', type: 'person', aliases: ['Kaya'] }] }),
    );
    const text = 'Yusuf Demir met Selin Kaya and Amal Haddad in Turkey.\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(quake, 'draft.md'), new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(election, 'draft.md'), new TextEncoder().encode(text));
    try {
      await waitFor('both story dictionaries', () => api.index().get('yusuf-demir') && api.index().get('selin-kaya'));
      const known = async (folder: vscode.Uri) => {
        const editor = await openEditor(vscode.Uri.joinPath(folder, 'draft.md'));
        const words = await waitFor('highlights', async () => {
          const found = Object.values(await highlightedWords(editor)).flat();
          return found.length > 0 && found;
        });
        return { editor, words: [...words].sort() };
      };
      // The root's desk.entities.json (Amal Haddad) and the sample beside the founding article (Turkey) apply to both.
      const inQuake = await known(quake);
      assert.deepStrictEqual(inQuake.words, ['Amal Haddad', 'Turkey', 'Yusuf Demir']);
      const card = unescapeMarkdown((await hoverAt(inQuake.editor.document, 'Turkey')).text);
      assert.match(card, /quake-hit country \(Quake desk\)/);
      assert.match(card, /Also written: Anatolia \(Quake desk\); Türkiye \(Syrian Crisis\)/);
      assert.match(card, /Sources: \*Quake desk\* \(2023-02-06\) · \*Syrian Crisis\*/);
      assert.deepStrictEqual((await known(election)).words, ['Amal Haddad', 'Selin Kaya', 'Turkey']);
      // A draft never saved has no story yet: every workspace dictionary applies.
      const outside = await openEditor({ content: text });
      const everyone = await waitFor('highlights in the new draft', async () => {
        const found = Object.values(await highlightedWords(outside)).flat();
        return found.length >= 4 && found;
      });
      assert.deepStrictEqual([...everyone].sort(), ['Amal Haddad', 'Selin Kaya', 'Turkey', 'Yusuf Demir']);
    } finally {
      // Only this test's editors, the unsaved one reverted: closing all would stop at a prompt to save.
      const stories = workspaceUri('stories').toString();
      for (const document of vscode.workspace.textDocuments.filter(
        (open) => open.uri.toString().startsWith(stories) || (open.isUntitled && open.getText() === text),
      )) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.workspace.fs.delete(workspaceUri('stories'), { recursive: true });
    }
    await waitFor('the story dictionaries to unload', () => api.index().get('yusuf-demir') === undefined);
  });
});

suite('Editing a dictionary', () => {
  test('the schema checks *.entities.json files as they are edited', async () => {
    await lensApi();
    const editor = await openEditor(workspaceUri('broken.entities.json'));
    const diagnostics = await waitFor(
      'schema diagnostics on broken.entities.json',
      () => {
        // JSON's own, from the schema, not ours from loading it.
        const found = vscode.languages
          .getDiagnostics(editor.document.uri)
          .filter((diagnostic) => diagnostic.source !== DIAGNOSTIC_SOURCE);
        return found.length > 0 && found;
      },
      30000,
    );
    const onStarship = diagnostics.filter((diagnostic) =>
      editor.document.getText(diagnostic.range).includes('starship'),
    );
    assert.ok(
      onStarship.length > 0,
      JSON.stringify(diagnostics.map((d) => [d.message, editor.document.getText(d.range)])),
    );
    assert.match(onStarship[0]!.message, /person|place|organization/);
  });
});

suite('Dictionary problems in the Problems panel', () => {
  const ours = (uri: vscode.Uri) =>
    vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);

  test('each problem is a diagnostic on its dictionary, on the value at fault', async () => {
    await lensApi();
    const broken = await vscode.workspace.openTextDocument(workspaceUri('broken.entities.json'));
    const [starship] = await waitFor(
      'diagnostics on broken.entities.json',
      () => ours(broken.uri).length > 0 && ours(broken.uri),
    );
    assert.ok(starship);
    assert.strictEqual(starship.severity, vscode.DiagnosticSeverity.Error);
    assert.match(starship.message, /^entities\[1\] "bad-entry": "type" must be one of person, place, organization/);
    // Line 4 of the file, on the wrong value itself.
    assert.deepStrictEqual([starship.range.start.line, broken.getText(starship.range)], [3, '"starship"']);

    const unfinished = await vscode.workspace.openTextDocument(workspaceUri('unfinished.entities.json'));
    const [syntax] = ours(unfinished.uri);
    assert.ok(syntax, 'the JSON error is in the Problems list');
    assert.match(syntax.message, /^not valid JSON/);
    assert.ok(
      unfinished.offsetAt(syntax.range.start) >= unfinished.getText().trimEnd().length,
      `marked where the JSON breaks off, at ${JSON.stringify(syntax.range.start)}`,
    );
  });

  test('an id given another type in a second file is reported once, on the entry left out, however often they reload', async () => {
    const api = await lensApi();
    const uri = workspaceUri('late-desk.entities.json');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode(
        '{\n  "entities": [\n    { "id": "amal-haddad", "name": "Amal Haddad", "type": "organization" }\n  ]\n}\n',
      ),
    );
    try {
      const [duplicate, ...more] = await waitFor(
        'the duplicate to be reported',
        () => ours(uri).length > 0 && ours(uri),
      );
      assert.deepStrictEqual(more, []);
      assert.match(
        duplicate!.message,
        /id "amal-haddad" is a person in .*desk\.entities\.json, not an organization; this entry was left out/,
      );
      assert.deepStrictEqual([duplicate!.range.start.line, duplicate!.range.start.character], [2, 12]);
      await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
      await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
      await api.whenIdle();
      assert.strictEqual(ours(uri).length, 1);
      assert.deepStrictEqual(ours(workspaceUri('desk.entities.json')), [], 'the entry in use is not at fault');
      assert.strictEqual(
        api.problems().filter((problem) => problem.message.includes('"amal-haddad" is a person in')).length,
        1,
      );
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('its diagnostics to go with it', () => ours(uri).length === 0);
  });
});
