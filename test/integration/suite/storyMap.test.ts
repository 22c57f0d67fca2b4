import * as assert from 'assert';
import * as vscode from 'vscode';
import type { StoryMapPanel } from '../../../src/extension/storyMapPanel';
import { lensApi, openEditor, waitFor, workspaceUri } from './helpers';

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
});
