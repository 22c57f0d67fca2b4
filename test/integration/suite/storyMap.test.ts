import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StoryMapPanel } from '../../../src/extension/storyMapPanel';
import { lensApi, openEditor, waitFor, workspaceUri } from './helpers';

/**
 * Runs `exporting` and answers the save dialogs it opens with the path they offer, as a person
 * pressing Enter would (code-server's save dialog is a quick input the API can accept).
 */
async function acceptingSaveDialogs<T>(exporting: Thenable<T>): Promise<T> {
  let finished = false;
  const result = Promise.resolve(exporting).finally(() => (finished = true));
  // Bounded: left running after a failed test, it would answer the next tests' questions.
  const deadline = Date.now() + 60_000;
  while (!finished && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

/** The text of XML with its character references read. */
function xmlUnescaped(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
  );
}

/** The open tabs of the story map's webview panel. */
function storyMapTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('newsroomLens.storyMap'),
    );
}

suite('Story map', () => {
  suiteSetup(() => lensApi());

  // The wait for "drawn" starts before the page has loaded: it must end with the first map the page draws.
  test('Show Story Map opens one panel beside the draft, draws its entities, and comes forward when asked again', async function () {
    // A webview page loading and laying out its map: seconds, more on a loaded machine (as the visual timeline's test).
    this.timeout(90_000);
    const api = await lensApi();
    await openEditor(workspaceUri('draft.md'));
    const panel = await vscode.commands.executeCommand<StoryMapPanel>('newsroomLens.showStoryMap');
    await waitFor('the story map panel to open', () => storyMapTabs().length === 1);
    // The webview's script ran and drew every entity of the draft's dictionaries.
    const index = api.index();
    const drawn = await panel.whenDrawn();
    assert.ok(index.size > 0);
    assert.strictEqual(drawn.nodes, [...index.entities()].length);
    assert.ok(drawn.edges > 0);
    assert.strictEqual(storyMapTabs()[0]!.label, 'Story Map');
    await openEditor(workspaceUri('founding-article.txt'));
    await vscode.commands.executeCommand('newsroomLens.showStoryMap');
    await waitFor('the story map panel to come forward', () => storyMapTabs()[0]?.isActive === true);
    assert.strictEqual(storyMapTabs().length, 1, 'a second panel was opened');
    await vscode.window.tabGroups.close(storyMapTabs());
    assert.strictEqual(storyMapTabs().length, 0);
  });

  test('Export Story Map writes SVG, PNG, GraphML and JSON where the save dialog says, each with every entity and its source', async function () {
    this.timeout(120_000);
    const api = await lensApi();
    const draft = workspaceUri('draft.md');
    await openEditor(draft);
    const entities = [...api.index().entities()];
    const written: vscode.Uri[] = [];
    const exported = async (format: string) => {
      const saved = await acceptingSaveDialogs(
        vscode.commands.executeCommand<string | undefined>('newsroomLens.storyMap.export', format),
      );
      assert.strictEqual(saved, workspaceUri(`draft.map.${format}`).toString(), 'saved where the dialog offered');
      const uri = vscode.Uri.parse(saved!, true);
      written.push(uri);
      return vscode.workspace.fs.readFile(uri);
    };
    try {
      const svg = new TextDecoder().decode(await exported('svg'));
      assert.match(svg, /^<svg[^>]*>\s*<metadata id="newsroom-lens-sources">/);
      const metadata = JSON.parse(xmlUnescaped(/<metadata[^>]*>([^<]*)<\/metadata>/.exec(svg)![1]!)) as {
        nodes: { id: string; source: { dictionary: string; entry: string } }[];
      };
      assert.deepStrictEqual(metadata.nodes.map((node) => node.id).sort(), entities.map((entity) => entity.id).sort());
      assert.ok(
        metadata.nodes.every((node) => node.source.dictionary.endsWith('.json') && node.source.entry === node.id),
      );
      // The drawing itself: one named element per entity, as the page drew it.
      for (const entity of entities) assert.ok(svg.includes(`data-id="${entity.id}"`), `${entity.id} is not drawn`);

      const png = await exported('png');
      assert.deepStrictEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
      const pngText = new TextDecoder().decode(png);
      assert.ok(pngText.includes('iTXtDescription'), 'the PNG keeps the sources');
      assert.ok(entities.every((entity) => pngText.includes(`"entry":"${entity.id}"`)));
      assert.ok(png.length > 5000, `a PNG of ${png.length} bytes is too small to hold the map`);

      const graphMl = new TextDecoder().decode(await exported('graphml'));
      for (const entity of entities)
        assert.ok(graphMl.includes(`<node id="${entity.id}">`), `${entity.id} is not in the GraphML`);
      assert.match(graphMl, /\.entities\.json<\/data>/);

      const json = JSON.parse(new TextDecoder().decode(await exported('json'))) as {
        title: string;
        nodes: { id: string; x?: number; attributes: { dictionary: string; entry: string } }[];
        edges: unknown[];
      };
      assert.strictEqual(json.title, 'draft.md');
      assert.deepStrictEqual(json.nodes.map((node) => node.id).sort(), entities.map((entity) => entity.id).sort());
      assert.ok(json.nodes.every((node) => typeof node.x === 'number' && node.attributes.dictionary.endsWith('.json')));
      assert.ok(json.edges.length > 0);
    } finally {
      for (const uri of written) await vscode.workspace.fs.delete(uri);
      await vscode.window.tabGroups.close(storyMapTabs());
    }
  });

  test('A story map restored after a window reload shows the draft it showed, and is the one Show Story Map brings forward', async function () {
    this.timeout(90_000);
    const api = await lensApi();
    const draft = workspaceUri('draft.md');
    // No draft on screen (closing every editor would wait on another suite's unsaved draft): the map can only know
    // its draft from the saved state.
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    await openEditor(workspaceUri('desk.entities.json'));
    assert.deepStrictEqual(
      vscode.window.visibleTextEditors.filter((editor) =>
        ['markdown', 'plaintext'].includes(editor.document.languageId),
      ),
      [],
    );
    const restored = vscode.window.createWebviewPanel('newsroomLens.storyMap', 'Story Map', vscode.ViewColumn.Beside);
    const state = {
      draft: draft.toString(),
      positions: [],
      hiddenTypes: ['place'],
      hiddenKinds: [],
      view: { x: 0, y: 0, k: 1 },
    };
    await api.panelSerializers.storyMap.deserializeWebviewPanel(restored, state);
    const panel = await vscode.commands.executeCommand<StoryMapPanel>('newsroomLens.showStoryMap');
    // The panel brought forward is the restored one (a new one would find no draft in an editor), and no other.
    assert.strictEqual(panel.shownDraft?.uri.toString(), draft.toString());
    await waitFor('the restored panel’s tab', () => storyMapTabs().length > 0);
    assert.strictEqual(storyMapTabs().length, 1, 'a second panel was opened');
    const drawn = await panel.whenDrawn();
    assert.strictEqual(drawn.nodes, [...api.index().entities()].length);
    await vscode.window.tabGroups.close(storyMapTabs());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
