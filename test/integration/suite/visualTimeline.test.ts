import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseDay } from '../../../src/core/text/calendar';
import { buildTimeline } from '../../../src/core/timeline/events';
import { lensApi, openEditor, waitFor, workspaceUri } from './helpers';

/** The open tab of the visual timeline's webview panel, if any. */
function visualTimelineTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find(
      (tab) =>
        tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('newsroomLens.visualTimeline'),
    );
}

suite('Visual timeline', () => {
  suiteSetup(() => lensApi());

  test('Show Visual Timeline opens its panel beside the draft, and exports SVG and PNG with each mark’s source', async function () {
    this.timeout(90_000);
    const api = await lensApi();
    const editor = await openEditor(workspaceUri('founding-article.txt'));
    await vscode.commands.executeCommand('newsroomLens.timeline.setAnchor', '2024-12-08');
    await waitFor('the view to show the article', () => api.timelineView.shownDocument === editor.document);
    await vscode.commands.executeCommand('newsroomLens.showVisualTimeline');
    const tab = await waitFor('the visual timeline’s tab', () => visualTimelineTab());
    assert.strictEqual(tab.label, 'Timeline: founding-article.txt');
    assert.notStrictEqual(
      tab.group.viewColumn,
      vscode.window.activeTextEditor?.viewColumn,
      'the panel opens beside the draft',
    );

    const core = buildTimeline(editor.document.getText(), api.index(), parseDay('2024-12-08')!);
    const svgUri = workspaceUri('founding-article.timeline.svg');
    const saved = await vscode.commands.executeCommand<string>('newsroomLens.visualTimeline.export', 'svg', svgUri);
    assert.strictEqual(saved, svgUri.toString());
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgUri));
    // One mark per dated event of the draft, each naming the draft and its sentence.
    const draftMarks = [
      ...svg.matchAll(/<g id="draft-\d+" class="[^"]*" data-id="[^"]*" data-file="([^"]*)" data-sentence="([^"]*)"/g),
    ];
    assert.strictEqual(draftMarks.length, core.events.length);
    assert.ok(draftMarks.every((mark) => mark[1] === editor.document.uri.toString()));
    assert.match(svg, /<metadata id="newsroom-lens-sources">[^<]*Saturday night at 10:30 pm/);
    assert.match(svg, /<g id="source-0-\d+" class="[^"]*" data-id="[^"]*" data-file="[^"]*\.entities\.json"/);

    const pngUri = workspaceUri('founding-article.timeline.png');
    await vscode.commands.executeCommand('newsroomLens.visualTimeline.export', 'png', pngUri);
    const png = await vscode.workspace.fs.readFile(pngUri);
    assert.deepStrictEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const text = new TextDecoder('latin1').decode(png);
    assert.ok(text.includes('iTXtSource'), 'the PNG keeps the sources');
    assert.ok(png.length > 5000, `a PNG of ${png.length} bytes is too small to hold the picture`);

    for (const uri of [svgUri, pngUri]) await vscode.workspace.fs.delete(uri);
    await vscode.commands.executeCommand('newsroomLens.timeline.setAnchor', '');
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  test('A visual timeline restored after a window reload shows its draft’s timeline again, as one panel', async function () {
    this.timeout(90_000);
    const api = await lensApi();
    const article = workspaceUri('founding-article.txt');
    await openEditor(article);
    await vscode.commands.executeCommand('newsroomLens.timeline.setAnchor', '2024-12-08');
    await waitFor(
      'the view to show the article',
      () => api.timelineView.shownDocument?.uri.toString() === article.toString(),
    );
    const restored = vscode.window.createWebviewPanel(
      'newsroomLens.visualTimeline',
      'Visual Timeline',
      vscode.ViewColumn.Beside,
    );
    await api.panelSerializers.visualTimeline.deserializeWebviewPanel(restored, {
      draft: article.toString(),
      window: { start: Date.UTC(2024, 11, 7), end: Date.UTC(2024, 11, 9) },
    });
    const tab = await waitFor('the restored panel’s title', () =>
      visualTimelineTab()?.label === 'Timeline: founding-article.txt' ? visualTimelineTab() : undefined,
    );
    // Show Visual Timeline brings the restored panel forward rather than opening another.
    await vscode.commands.executeCommand('newsroomLens.showVisualTimeline');
    // Its data: an export of the restored panel holds the draft's marks.
    const svgUri = workspaceUri('restored.timeline.svg');
    await vscode.commands.executeCommand('newsroomLens.visualTimeline.export', 'svg', svgUri);
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgUri));
    await vscode.workspace.fs.delete(svgUri);
    assert.match(svg, /<g id="draft-\d+"/);
    // Counted once the export's round trips have let any second tab show.
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter(
        (candidate) =>
          candidate.input instanceof vscode.TabInputWebview &&
          candidate.input.viewType.endsWith('newsroomLens.visualTimeline'),
      );
    assert.strictEqual(tabs.length, 1, 'a second panel was opened');
    await vscode.window.tabGroups.close(tab);
    await vscode.commands.executeCommand('newsroomLens.timeline.setAnchor', '');
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });
});
