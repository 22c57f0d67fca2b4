import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { BuildReviewSession, DatePrompt } from '../../../src/extension/buildReview';
import type { NewsroomLensApi } from '../../../src/extension/extension';
import { highlightedWords, lensApi, openEditor, waitFor, withSetting, workspaceUri } from './helpers';

const ARTICLE = `DHAKA, Aug 9, 2025 - Floods in northern Bangladesh have killed at least 41 people, the Disaster Management Ministry said on Saturday.

The World Food Programme (WFP) said it was flying rice into Rangpur. Its country director, Elena Sokolova, warned that "the worst is not over".
`;

/** The review the Build command has open, once it shows. */
function openReview(api: NewsroomLensApi): Promise<BuildReviewSession> {
  return waitFor(
    'the review of the built entities',
    () => {
      const active = api.buildPrompts.active;
      return active !== undefined && 'quickPick' in active && active;
    },
    60_000,
  );
}

function openDatePrompt(api: NewsroomLensApi): Promise<DatePrompt> {
  return waitFor(
    "the question of the story's date",
    () => {
      const active = api.buildPrompts.active;
      return active !== undefined && 'inputBox' in active && active;
    },
    60_000,
  );
}

/** Adds a paragraph to the article through its open document, which the build reads (a write to disk reaches it only later). */
async function addToArticle(article: vscode.Uri, paragraph: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(article);
  const addition = new vscode.WorkspaceEdit();
  addition.insert(article, document.positionAt(document.getText().length), `\n${paragraph}\n`);
  await vscode.workspace.applyEdit(addition);
  await document.save();
}

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

suite('Build Entity Dictionary from Article', function () {
  // Each test builds once or twice; on a loaded machine a build takes seconds.
  this.timeout(120_000);
  const article = workspaceUri('built', 'floods-wire.txt');
  const dictionary = workspaceUri('built', 'floods-wire.entities.json');

  suiteSetup(async () => {
    await lensApi();
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(ARTICLE));
  });

  // A test that fails mid-review leaves no question open for the next.
  teardown(async () => (await lensApi()).buildPrompts.active?.cancel());

  // Leave the shared workspace as the other suites count on it.
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(workspaceUri('built'), { recursive: true });
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
  });

  test('builds the dictionary beside the article, after a review of what it found, opens it, and annotates drafts with it', async () => {
    const api = await lensApi();
    const restore = await withSetting('builder.reviewMinConfidence', 0.7);
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article);
    const review = await openReview(api);
    await restore();
    assert.ok(
      review.quickPick.canSelectMany && review.quickPick.title?.includes('built/floods-wire.entities.json'),
      review.quickPick.title,
    );
    const sokolovaItem = review.item('Elena Sokolova');
    assert.match(
      sokolovaItem.description!,
      /^person · confidence 0\.\d\d · aliases: Sokolova · roles: country director of World Food Programme$/,
    );
    assert.strictEqual(
      sokolovaItem.detail,
      'Its country director, Elena Sokolova, warned that "the worst is not over".',
    );
    assert.match(review.item('World Food Programme').description!, /aliases: .*WFP/);
    // Below the setting's confidence, unchecked; at or above it, checked.
    assert.ok(
      review.listed.some(({ item }) => item.entity.confidence < 0.7) &&
        review.listed.some(({ item }) => item.entity.confidence >= 0.7),
      'the article needs entities on both sides of 0.7',
    );
    for (const { item, checked } of review.listed)
      assert.strictEqual(checked, item.entity.confidence >= 0.7, item.entity.name);
    assert.deepStrictEqual(
      review.quickPick.selectedItems.map((item) => item.entity.name),
      review.listed.filter(({ checked }) => checked).map(({ item }) => item.entity.name),
    );
    review.acceptAll();
    assert.strictEqual(review.quickPick.selectedItems.length, review.listed.length);
    review.accept();
    await building;
    await waitFor('the built dictionary to be loaded', () => api.index().get('world-food-programme'));
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(dictionary)));
    assert.deepStrictEqual(written.source, { title: 'floods-wire.txt', date: '2025-08-09', file: 'floods-wire.txt' });
    const sokolova = api.index().get('elena-sokolova')!;
    assert.deepStrictEqual(
      sokolova.roles.map((role) => role.title),
      ['country director of World Food Programme'],
    );
    assert.ok(
      vscode.window.activeTextEditor?.document.uri.path.endsWith('/built/floods-wire.entities.json'),
      'the result is opened',
    );

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
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'merge' });
    await waitFor(
      'the merged dictionary to be loaded',
      () => api.index().get('rangpur')?.description === 'Checked by the desk',
    );
    await building;
    assert.strictEqual(api.buildPrompts.active, undefined, 'a rebuild that adds nothing has nothing to review');
    const merged = JSON.parse(await read(dictionary));
    assert.strictEqual(merged.entities.length, JSON.parse(text).entities.length);
  });

  test('a rebuild refuses to merge into a dictionary that is not UTF-8, and leaves it as it was', async () => {
    const api = await lensApi();
    const original = await vscode.workspace.fs.readFile(dictionary);
    // "café" in Latin-1: merged as UTF-8 it would come back as "caf\uFFFD".
    const latin1 = Uint8Array.from(
      [...'{"entities": [{"id": "cafe", "name": "Le café", "type": "place"}]}\n'].map((char) => char.charCodeAt(0)),
    );
    await vscode.workspace.fs.writeFile(dictionary, latin1);
    try {
      await vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'merge' });
      assert.strictEqual(api.buildPrompts.active, undefined, 'nothing to review');
      assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(dictionary))], [...latin1]);
    } finally {
      await vscode.workspace.fs.writeFile(dictionary, original);
    }
  });

  test('writes nothing when the review is cancelled', async () => {
    const api = await lensApi();
    const before = await read(dictionary);
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'replace' });
    const review = await openReview(api);
    review.rejectAll();
    review.quickPick.hide(); // Escape
    await building;
    assert.strictEqual(await read(dictionary), before);
  });

  test("answers the review's keys: the entity under the cursor changes type or merges, and all or none are checked", async () => {
    const api = await lensApi();
    const keys = (
      vscode.extensions.getExtension('newsroom-lens.newsroom-lens')!.packageJSON as {
        contributes: { keybindings: { command: string; key: string; when: string }[] };
      }
    ).contributes.keybindings;
    assert.deepStrictEqual(
      keys.filter((binding) => binding.when === 'inQuickOpen && newsroomLens.reviewing').map((binding) => binding.key),
      ['alt+t', 'alt+m', 'alt+a', 'alt+n'],
    );
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'replace' });
    const review = await openReview(api);
    await vscode.commands.executeCommand('newsroomLens.review.rejectAll');
    assert.strictEqual(review.quickPick.selectedItems.length, 0);
    await vscode.commands.executeCommand('newsroomLens.review.acceptAll');
    assert.strictEqual(review.quickPick.selectedItems.length, review.listed.length);
    review.quickPick.activeItems = [review.item('Disaster Management Ministry')];
    await vscode.commands.executeCommand('newsroomLens.review.changeType', 'person');
    assert.match(review.item('Disaster Management Ministry').description!, /^person \(built as organization\)/);
    review.quickPick.activeItems = [review.item('Rangpur')];
    await vscode.commands.executeCommand('newsroomLens.review.merge', 'damascus');
    assert.match(review.item('Rangpur').description!, /^merge into Damascus \(damascus\)/);
    review.cancel();
    await building;
  });

  test('writes what the review decided: unchecked left out, a type changed, one merged into an entity of another dictionary', async () => {
    const api = await lensApi();
    const desk = workspaceUri('built', 'desk.entities.json');
    await vscode.workspace.fs.writeFile(
      desk,
      new TextEncoder().encode(
        '{\n  "entities": [\n    { "id": "rangpur-division", "name": "Rangpur Division", "type": "place" }\n  ]\n}\n',
      ),
    );
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
    await waitFor('the desk dictionary to be loaded', () => api.index().get('rangpur-division'));
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'replace' });
    const review = await openReview(api);
    review.acceptAll();
    review.setChecked(review.item('Bangladesh'), false);
    await review.changeType(review.item('Disaster Management Ministry'), 'person');
    assert.match(review.item('Disaster Management Ministry').description!, /^person \(built as organization\)/);
    await review.mergeWith(review.item('Rangpur'), 'rangpur-division');
    assert.match(review.item('Rangpur').description!, /^merge into Rangpur Division \(rangpur-division\)/);
    await assert.rejects(
      review.mergeWith(review.item('Dhaka'), 'elena-sokolova'),
      /no place with the id "elena-sokolova" is loaded/,
    );
    review.accept();
    await building;
    const written = JSON.parse(await read(dictionary)) as {
      entities: { id: string; name: string; type: string }[];
      events: { entities: string[] }[];
    };
    const names = written.entities.map((entity) => entity.name);
    assert.ok(!names.includes('Bangladesh') && !names.includes('Rangpur'), names.join(', '));
    assert.strictEqual(
      written.entities.find((entity) => entity.name === 'Disaster Management Ministry')?.type,
      'person',
    );
    assert.ok(
      !written.events.some((event) => event.entities.includes('bangladesh') || event.entities.includes('rangpur')),
    );
    const deskEntry = JSON.parse(await read(desk)).entities[0];
    assert.deepStrictEqual(deskEntry.aliases, ['Rangpur']);
    await waitFor('Rangpur to be known as Rangpur Division', () =>
      api
        .index()
        .get('rangpur-division')
        ?.aliases.some((alias) => alias.text === 'Rangpur'),
    );
  });

  test('a rebuild reviews only what it adds, not what was left out or merged away, and one Undo takes the whole edit back', async () => {
    const api = await lensApi();
    const before = await read(dictionary);
    await addToArticle(
      article,
      'Farida Akter, a spokeswoman for the Bangladesh Red Crescent Society, said boats had reached Kurigram.',
    );
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'merge' });
    const review = await openReview(api);
    const listed = review.listed.map(({ item }) => item.entity.name);
    assert.ok(listed.includes('Farida Akter'), listed.join(', '));
    for (const name of ['Bangladesh', 'Rangpur', 'Dhaka', 'World Food Programme', 'Elena Sokolova'])
      assert.ok(!listed.includes(name), `${name} is listed again: ${listed.join(', ')}`);
    review.acceptAll();
    review.accept();
    await building;
    const after = await read(dictionary);
    assert.ok(after.includes('"name": "Farida Akter"') && !after.includes('"name": "Bangladesh"'), after);
    const editor = await vscode.window.showTextDocument(dictionary);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
    await editor.document.save();
  });

  test('a rebuild writes nothing over a change made to the dictionary while it was built, even one that keeps its size', async () => {
    const api = await lensApi();
    await addToArticle(
      article,
      'Mahbub Alam, a spokesman for the Rangpur City Corporation, said schools would stay shut.',
    );
    const building = vscode.commands.executeCommand('newsroomLens.buildDictionary', article, { ifExists: 'merge' });
    const review = await openReview(api);
    // A desk editor corrects the story's date meanwhile, from outside VS Code: the same number of bytes, so only a comparison of the text sees it.
    const written = await read(dictionary);
    assert.match(written, /"date": "2025-08-09"/);
    const corrected = new TextEncoder().encode(written.replace('"date": "2025-08-09"', '"date": "2025-08-10"'));
    await fs.promises.writeFile(dictionary.fsPath, corrected);
    review.acceptAll();
    review.accept();
    await building;
    assert.deepStrictEqual(
      [...(await vscode.workspace.fs.readFile(dictionary))],
      [...corrected],
      'the correction is kept and nothing was written over it',
    );
  });

  test('writes nothing, and asks nothing, for an article that names no one', async () => {
    const api = await lensApi();
    const weather = workspaceUri('built', 'weather.txt');
    await vscode.workspace.fs.writeFile(
      weather,
      new TextEncoder().encode(
        'On August 9, 2025 it rained all day and the river rose. Nobody was hurt, and the water went down by evening.\n',
      ),
    );
    await vscode.commands.executeCommand('newsroomLens.buildDictionary', weather);
    assert.strictEqual(api.buildPrompts.active, undefined);
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.stat(workspaceUri('built', 'weather.entities.json'))),
      'nothing was written',
    );
  });

  test('links what the loaded dictionaries know instead of building it again: an article naming only them writes nothing', async () => {
    const api = await lensApi();
    const known = workspaceUri('built', 'known.txt');
    await vscode.workspace.fs.writeFile(
      known,
      new TextEncoder().encode('DAMASCUS, Dec 10, 2024 - Bashar al-Assad is in Moscow, officials in Damascus said.\n'),
    );
    await vscode.commands.executeCommand('newsroomLens.buildDictionary', known);
    assert.strictEqual(api.buildPrompts.active, undefined, 'nothing to review');
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.stat(workspaceUri('built', 'known.entities.json'))),
      'nothing was written',
    );
  });

  test('asks for the date of a story nothing in it dates, and builds nothing when the question is dismissed', async () => {
    const api = await lensApi();
    // Names no loaded dictionary knows: what one knows is linked, not built, and would leave nothing to review.
    const undated = workspaceUri('built', 'undated.txt');
    const undatedDictionary = workspaceUri('built', 'undated.entities.json');
    await vscode.workspace.fs.writeFile(
      undated,
      new TextEncoder().encode(
        'Tomasz Wierzbicki of the Baltic Grain Council said on Saturday that barley had reached Gdynia.\n',
      ),
    );
    const dismissed = vscode.commands.executeCommand('newsroomLens.buildDictionary', undated);
    const question = await openDatePrompt(api);
    const modified = new Date((await vscode.workspace.fs.stat(undated)).mtime);
    const fileDay = `${modified.getFullYear()}-${String(modified.getMonth() + 1).padStart(2, '0')}-${String(modified.getDate()).padStart(2, '0')}`;
    assert.strictEqual(question.inputBox.value, fileDay, "prefilled with the file's date");
    question.inputBox.hide(); // Escape
    await dismissed;
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(undatedDictionary)), 'nothing was written');

    const answered = vscode.commands.executeCommand('newsroomLens.buildDictionary', undated);
    const again = await openDatePrompt(api);
    again.inputBox.value = '9 August';
    again.submit();
    assert.match(again.inputBox.validationMessage as string, /YYYY-MM-DD/);
    assert.strictEqual(api.buildPrompts.active, again, 'a malformed date is not taken');
    again.inputBox.value = '2025-08-09';
    again.submit();
    const review = await openReview(api);
    review.acceptAll();
    review.accept();
    await answered;
    const written = JSON.parse(await read(undatedDictionary));
    assert.strictEqual(written.source.date, '2025-08-09');
    assert.ok(
      written.events.some((event: { date: string }) => event.date === '2025-08-09'),
      'Saturday is read from the date given',
    );
  });

  test('asks for the year of a story whose dateline gives none, prefilled with the dateline day in the file’s year', async () => {
    const api = await lensApi();
    const yearless = workspaceUri('built', 'yearless.txt');
    await vscode.workspace.fs.writeFile(
      yearless,
      new TextEncoder().encode(
        // Names the earlier tests' dictionaries do not know: known ones are linked, not built, and leave nothing to review.
        'GDYNIA, Aug 7 (Reuters) - Orla Venske of the Pomeranian Seed Board said on Saturday that barley prices fell.\n',
      ),
    );
    const answered = vscode.commands.executeCommand('newsroomLens.buildDictionary', yearless);
    const question = await openDatePrompt(api);
    const year = new Date((await vscode.workspace.fs.stat(yearless)).mtime).getFullYear();
    assert.strictEqual(question.inputBox.value, `${year}-08-07`, "the dateline's day, in the file's year");
    assert.match(question.inputBox.prompt ?? '', /gives no year/);
    question.inputBox.value = '2019-08-07';
    question.submit();
    const review = await openReview(api);
    review.acceptAll();
    review.accept();
    await answered;
    const written = JSON.parse(await read(workspaceUri('built', 'yearless.entities.json')));
    assert.strictEqual(written.source.date, '2019-08-07');
  });
});
