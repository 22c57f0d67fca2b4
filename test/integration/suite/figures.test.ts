import * as assert from 'assert';
import * as vscode from 'vscode';
import { idle, lensApi, openEditor, waitFor, workspaceUri } from './helpers';

const SOURCE = 'A fire at the harbour killed at least 12 people on Tuesday, Mayor Elena Fostrova said.';

/** A story's dictionary with one figure, as the builder writes it. */
const DICTIONARY = {
  source: { title: 'Harbour fire', date: '2025-03-04' },
  entities: [
    {
      id: 'elena-fostrova',
      name: 'Elena Fostrova',
      type: 'person',
      aliases: ['Fostrova'],
      roles: [{ title: 'Mayor', source: SOURCE }],
    },
  ],
  figures: [
    {
      text: 'at least 12',
      value: 12,
      counts: 'people',
      hedge: 'at-least',
      entities: ['elena-fostrova'],
      source: SOURCE,
    },
  ],
};

const encode = (text: string) => new TextEncoder().encode(text);

suite('Figures', function () {
  this.timeout(120_000);
  const folder = workspaceUri('figures');

  suiteSetup(async () => {
    await lensApi();
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'harbour.entities.json'),
      encode(JSON.stringify(DICTIONARY, null, 2)),
    );
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'draft.md'),
      encode('The harbour fire killed 15 people, Fostrova said. It killed at least 12 people.\n'),
    );
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
  });

  suiteTeardown(async () => {
    // Only this suite's tabs: closing every editor would stop at a "Save changes?" question for another suite's drafts.
    const ours = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter(
        (tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString().startsWith(folder.toString()),
      );
    await vscode.window.tabGroups.close(ours);
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  test('a figure the sources give otherwise is a figure-conflict diagnostic naming the source sentence', async () => {
    const editor = await openEditor(vscode.Uri.joinPath(folder, 'draft.md'));
    const diagnostics = await waitFor('a figure conflict', () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'figure-conflict');
      return found.length > 0 && found;
    });
    await idle();
    assert.deepStrictEqual(
      diagnostics.map((diagnostic) => editor.document.getText(diagnostic.range)),
      ['15'],
    );
    assert.strictEqual(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diagnostics[0]!.message.includes(SOURCE), diagnostics[0]!.message);
  });

  interface Story {
    entities: { name: string }[];
    disagreements?: { kind: string; entity?: string; claims: { value: string; sources: { file: string }[] }[] }[];
  }

  /**
   * Two wires on one fire that call `person` Mayor and Governor and name `body`, built into one story dictionary
   * from their folder (a story of names all known elsewhere is not written: `body` is new to every loaded dictionary).
   */
  async function buildStory(subfolder: string, person: string, body: string): Promise<Story> {
    const articles = vscode.Uri.joinPath(folder, subfolder);
    for (const [file, day, killed, title] of [
      ['agency.txt', 4, 12, 'Mayor'],
      ['local.txt', 5, 15, 'Governor'],
    ] as const)
      await vscode.workspace.fs.writeFile(
        vscode.Uri.joinPath(articles, file),
        encode(
          `PORT VELAN, March ${day}, 2025 — A fire at the harbour killed at least ${killed} people, ${title} ${person} said. ${body} closed its docks.\n`,
        ),
      );
    await vscode.commands.executeCommand('newsroomLens.buildDictionary', articles, [articles]);
    const written = vscode.Uri.joinPath(articles, 'story.entities.json');
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(written))) as Story;
  }

  /** The title disagreement: Mayor from agency.txt, Governor from local.txt; and the figures disagree too. */
  function assertTitlesAndFigureDisagree(story: Story): NonNullable<Story['disagreements']>[number] {
    const title = story.disagreements?.find((disagreement) => disagreement.kind === 'title');
    assert.deepStrictEqual(
      title?.claims.map((claim) => [claim.value, claim.sources.map((source) => source.file)]),
      [
        ['Mayor', ['agency.txt']],
        ['Governor', ['local.txt']],
      ],
    );
    assert.ok(story.disagreements?.some((disagreement) => disagreement.kind === 'figure'));
    return title!;
  }

  test('Build Entity Dictionary from Article on a folder writes one story dictionary with its disagreements', async () => {
    assertTitlesAndFigureDisagree(await buildStory('wires', 'Irina Kalveta', 'Velan Shipping Company'));
  });

  test('a story whose person is in a loaded dictionary links her there and still records the titles the articles disagree on', async () => {
    const story = await buildStory('wires-known', 'Elena Fostrova', 'Maren Ferry Lines');
    // harbour.entities.json (loaded) knows her: the story links to her entry instead of writing her again.
    assert.ok(!story.entities.some((entity) => entity.name === 'Elena Fostrova'), JSON.stringify(story.entities));
    assert.strictEqual(assertTitlesAndFigureDisagree(story).entity, 'elena-fostrova');
  });
});
