import * as assert from 'assert';
import * as vscode from 'vscode';
import { idle, lensApi, openEditor, waitFor, withSetting, workspaceUri } from './helpers';

/** Our diagnostics in a document, as [rule, words, severity], once there are some (or `count`). */
async function findings(document: vscode.TextDocument, count?: number): Promise<[string, string, string][]> {
  const ours = await waitFor(`name findings in ${document.uri.path}`, () => {
    const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Newsroom Lens');
    return (count === undefined ? found.length > 0 : found.length === count) && found;
  });
  return ours.map((d) => [String(d.code), document.getText(d.range), vscode.DiagnosticSeverity[d.severity]]);
}

/** The quick fixes offered on `words`, once the check of the current version has come in. */
async function actionsAt(document: vscode.TextDocument, words: string): Promise<vscode.CodeAction[]> {
  const offset = document.getText().indexOf(words);
  const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + words.length));
  return waitFor(`quick fixes on "${words}"`, async () => {
    const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
    );
    return offered.length > 0 && offered;
  });
}

async function run(action: vscode.CodeAction | undefined): Promise<unknown> {
  assert.ok(action?.command, 'no such action');
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('Name consistency', () => {
  suiteSetup(() => lensApi());

  test('planted problems show in the Problems panel on exactly the words', async () => {
    const editor = await openEditor(workspaceUri('variants.md'));
    // Planted by hand in variants.md.
    assert.deepStrictEqual(await findings(editor.document), [
      ['name-variant', 'Ehab Makhluf', 'Warning'],
      ['name-variant', 'Peskow', 'Warning'],
      ['house-style', 'al-Assad', 'Information'],
      ['title-conflict', 'Prime Minister', 'Warning'],
      ['acronym-first-use', 'HTS', 'Warning'],
      // Spelt as transliterations differ, but not said alike: less sure, so one step less severe.
      ['name-variant', 'Khmeimim', 'Information'],
    ]);
  });

  test('a quick fix replaces only the flagged words', async () => {
    const editor = await openEditor({ content: 'Dmitry Peskov spoke, and Peskow’s aide agreed.' });
    await findings(editor.document);
    const actions = await actionsAt(editor.document, 'Peskow’s');
    assert.ok(
      actions.some((a) => a.title === 'Ignore “Peskow” (name-variant) in this file'),
      actions.map((a) => a.title).join(' | '),
    );
    assert.ok(actions.some((a) => a.title === 'Add “Peskow” as an alias of Dmitry Peskov'));
    assert.strictEqual(await run(actions.find((a) => a.title === 'Change to “Peskov”')), true);
    assert.strictEqual(editor.document.getText(), 'Dmitry Peskov spoke, and Peskov’s aide agreed.');
  });

  test('"fix all" mends every finding of the rule in the file', async () => {
    const editor = await openEditor({
      content: 'Bashar al-Assad fled. Asad left, Peskow said, and Asad hid at Khmeimim.',
    });
    await findings(editor.document, 4);
    const fixAll = (await actionsAt(editor.document, 'Peskow')).find(
      (a) => a.title === 'Fix all 4 variant spellings in this file',
    );
    assert.strictEqual(await run(fixAll), true);
    assert.strictEqual(
      editor.document.getText(),
      'Bashar al-Assad fled. Assad left, Peskov said, and Assad hid at Hmeimim.',
    );
  });

  test('a fix refuses, and changes nothing, once the draft has changed', async () => {
    const editor = await openEditor({ content: 'Bashar al-Assad fled. Asad left.' });
    await findings(editor.document);
    const fix = (await actionsAt(editor.document, 'Asad left')).find((a) => a.title === 'Change to “Assad”');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATE: '));
    assert.strictEqual(await run(fix), false);
    assert.strictEqual(editor.document.getText(), 'UPDATE: Bashar al-Assad fled. Asad left.');
  });

  test('a spelling can be added as an alias of a workspace entity', async () => {
    const api = await lensApi();
    const editor = await openEditor({ content: 'Amal Hadad reported.' });
    assert.deepStrictEqual(await findings(editor.document), [['name-variant', 'Amal Hadad', 'Warning']]);
    await run(
      (await actionsAt(editor.document, 'Amal Hadad')).find(
        (a) => a.title === 'Add “Amal Hadad” as an alias of Amal Haddad',
      ),
    );
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('desk.entities.json')));
    assert.match(saved, /"Haddad",\s*"Amal Hadad"/);
    assert.ok(
      api
        .index()
        .get('amal-haddad')
        ?.aliases.some((alias) => alias.text === 'Amal Hadad'),
    );
    await waitFor('the finding to go', () => vscode.languages.getDiagnostics(editor.document.uri).length === 0);
  });

  test('"not a variant" records the decision in the dictionary, and the finding goes', async () => {
    const api = await lensApi();
    const editor = await openEditor({ content: 'Amal Haddad left. Later Hadad, a neighbour, spoke.' });
    assert.deepStrictEqual(await findings(editor.document), [['name-variant', 'Hadad', 'Warning']]);
    await run(
      (await actionsAt(editor.document, 'Hadad')).find(
        (a) => a.title === '“Hadad” is not a variant of Amal Haddad: record it in the dictionary',
      ),
    );
    const saved = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('desk.entities.json'))),
    );
    assert.deepStrictEqual(saved.entities.find((entry: { id: string }) => entry.id === 'amal-haddad').notVariants, [
      'Hadad',
    ]);
    assert.deepStrictEqual(api.index().get('amal-haddad')?.notVariants, ['Hadad']);
    await waitFor('the finding to go', () => vscode.languages.getDiagnostics(editor.document.uri).length === 0);
  });

  test('an alias for a bundled entity goes into a workspace dictionary, with the entry copied', async () => {
    const api = await lensApi();
    const target = workspaceUri('newsroom.entities.json');
    try {
      await vscode.commands.executeCommand('newsroomLens.addAlias', {
        entityId: 'bashar-al-assad',
        alias: 'Asad',
        dictionary: target.toString(),
      });
      const copy = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
      assert.strictEqual(copy.entities[0].id, 'bashar-al-assad');
      assert.ok(copy.entities[0].aliases.includes('Asad') && copy.entities[0].aliases.includes('al-Assad'));
      assert.ok(
        api
          .index()
          .get('bashar-al-assad')
          ?.aliases.some((alias) => alias.text === 'Asad'),
      );
      assert.ok(
        !api.problems().some((problem) => problem.message.includes('also defined')),
        'overriding a bundled entry is not a problem',
      );
    } finally {
      // Unloading on deletion has its own test; here the clean-up reloads at once.
      await vscode.workspace.fs.delete(target);
      await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
    }
    assert.ok(
      !api
        .index()
        .get('bashar-al-assad')
        ?.aliases.some((alias) => alias.text === 'Asad'),
    );
  });

  test('a name can be added to a workspace dictionary as a new entity', async () => {
    const api = await lensApi();
    const target = workspaceUri('newsroom.entities.json');
    try {
      const id = await vscode.commands.executeCommand<string>('newsroomLens.addEntity', {
        name: 'Farah Nassar',
        type: 'person',
        dictionary: target.toString(),
      });
      assert.strictEqual(id, 'farah-nassar');
      assert.strictEqual(api.index().get('farah-nassar')?.type, 'person');
    } finally {
      await vscode.workspace.fs.delete(target);
      await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
    }
  });

  test('"ignore in this file" keeps a spelling; forgetting brings the finding back', async () => {
    const editor = await openEditor({ content: 'Bashar al-Assad fled. Asad left.' });
    await findings(editor.document);
    await run((await actionsAt(editor.document, 'Asad left')).find((a) => a.title.startsWith('Ignore “Asad”')));
    await waitFor('the finding to go', () => vscode.languages.getDiagnostics(editor.document.uri).length === 0);
    await vscode.commands.executeCommand('newsroomLens.forgetIgnored');
    assert.deepStrictEqual(await findings(editor.document), [['name-variant', 'Asad', 'Warning']]);
  });

  test('text in a quotation is reported as information and offered no fix', async () => {
    const editor = await openEditor({ content: 'Bashar al-Assad fled. A guard said: “Asad is gone.”' });
    assert.deepStrictEqual(await findings(editor.document), [['name-variant', 'Asad', 'Information']]);
    const actions = await actionsAt(editor.document, 'Asad is');
    assert.ok(!actions.some((a) => a.title.startsWith('Change to')), actions.map((a) => a.title).join(', '));
  });

  test('a document longer than the live-check size is checked on save, not as you type', async () => {
    // Earlier tests' dictionary files reload shortly after they change, and a reload rechecks every draft:
    // wait until no reload has come for a while (a busy machine can deliver the file events late).
    const api = await lensApi();
    let index = api.index();
    for (let quietSince = Date.now(); Date.now() - quietSince < 1500;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await api.whenLoaded();
      if (api.index() !== index) {
        index = api.index();
        quietSince = Date.now();
      }
    }
    const uri = workspaceUri('long-draft.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Bashar al-Assad fled.\n'));
    const restore = await withSetting('liveCheckMaxSize', 10);
    try {
      const editor = await openEditor(uri);
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Asad left.\n'));
      await idle();
      assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), [], 'not checked while typing');
      await editor.document.save();
      assert.deepStrictEqual(await findings(editor.document), [['name-variant', 'Asad', 'Warning']]);
    } finally {
      await restore();
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('settings choose the house style and each rule’s severity', async () => {
    const editor = await openEditor({ content: 'Bashar al-Assad fled. Asad left.' });
    await findings(editor.document);
    const restoreStyle = await withSetting('consistency.houseStyle', 'ap');
    const restoreRules = await withSetting('consistency.rules', { 'name-variant': 'error', 'house-style': 'off' });
    try {
      await waitFor('an error-level variant', () =>
        vscode.languages
          .getDiagnostics(editor.document.uri)
          .some((d) => d.severity === vscode.DiagnosticSeverity.Error),
      );
      await restoreRules();
      assert.deepStrictEqual(await findings(editor.document, 2), [
        ['house-style', 'Bashar al-Assad', 'Information'],
        ['name-variant', 'Asad', 'Warning'],
      ]);
    } finally {
      await restoreStyle();
      await restoreRules();
    }
  });
});
