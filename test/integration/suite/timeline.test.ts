import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseDay } from '../../../src/core/text/calendar';
import { buildTimeline } from '../../../src/core/timeline/events';
import type { TimelineNode } from '../../../src/extension/timelineView';
import { lensApi, openEditor, waitFor, workspaceUri } from './helpers';

async function labels(nodes: TimelineNode[]): Promise<string[]> {
  const view = (await lensApi()).timelineView;
  return nodes.map((node) => {
    const item = view.getTreeItem(node);
    return `${typeof item.label === 'string' ? item.label : item.label?.label} | ${item.description ?? ''}`;
  });
}

suite('Timeline', () => {
  suiteSetup(() => lensApi());

  test('Show Story Timeline from the Explorer opens the file and reveals the view', async () => {
    const api = await lensApi();
    await vscode.commands.executeCommand('newsroomLens.showTimeline', workspaceUri('draft.md'));
    await waitFor(
      'the view to show draft.md',
      () => api.timelineView.visible && api.timelineView.shownDocument?.uri.path.endsWith('/draft.md'),
    );
  });

  test('Show Story Timeline reveals the view, which follows the active draft', async () => {
    const api = await lensApi();
    await openEditor(workspaceUri('founding-article.txt'));
    await vscode.commands.executeCommand('newsroomLens.showTimeline');
    await waitFor('the Story Timeline view to show', () => api.timelineView.visible);
    await waitFor('the view to follow the article', () =>
      api.timelineView.shownDocument?.uri.path.endsWith('founding-article.txt'),
    );
  });

  test('the view’s items are the core’s events, in order, with the dictionary’s beside them', async () => {
    const api = await lensApi();
    const editor = await openEditor(workspaceUri('founding-article.txt'));
    await vscode.commands.executeCommand('newsroomLens.timeline.setAnchor', '2024-12-08');
    await waitFor('the view to show the article', () => api.timelineView.shownDocument === editor.document);
    const roots = await api.timelineView.getChildren();
    assert.deepStrictEqual(await labels(roots), [
      'Told from Sun 8 Dec 2024 | set by you',
      'This draft: founding-article.txt | 8 events',
      'Without a date | 4 events',
      'Source: Syrian Crisis | 9 events',
    ]);
    const events = await api.timelineView.getChildren(roots[1]);
    // The view shows exactly the core's events, in the core's order.
    const core = buildTimeline(editor.document.getText(), api.index(), parseDay('2024-12-08')!);
    assert.deepStrictEqual(
      events.map((node) => node.kind === 'event' && node.event.expression.text),
      core.events.map((event) => event.expression.text),
    );
    assert.deepStrictEqual((await labels(events)).slice(0, 4), [
      'Nov 2024 (late) | late November',
      'Dec 2024 (early) | early December',
      'Sat 7 Dec 2024 – Sun 8 Dec 2024 | Saturday and Sunday — Reuters, Russia, Sergei Lavrov, Doha Forum, Qatar, Bashar al-Assad, Turkey, Hayat Tahrir al-Sham',
      'Sat 7 Dec 2024, 22:30 | Saturday night at 10:30 pm — Bashar al-Assad, Mohammed Jalali, Syria',
    ]);
    // Clicking an event selects its sentence.
    const call = api.timelineView.getTreeItem(events[3]!);
    await vscode.commands.executeCommand(call.command!.command, ...(call.command!.arguments ?? []));
    assert.match(
      vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection),
      /^In one of their last conversations on Saturday night at 10:30 pm/,
    );
    await vscode.commands.executeCommand('newsroomLens.timeline.setAnchor', '');
  });

  test('a date that contradicts the dictionary is marked in the view and in the Problems panel', async () => {
    const api = await lensApi();
    const editor = await openEditor(workspaceUri('fled.md'));
    const diagnostics = await waitFor('a timeline conflict', () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'timeline-conflict');
      return found.length > 0 && found;
    });
    assert.strictEqual(editor.document.getText(diagnostics[0]!.range), 'December 7, 2024');
    assert.match(diagnostics[0]!.message, /dates this to 2024-12-08/);
    await waitFor('the view to show fled.md', () => api.timelineView.shownDocument === editor.document);
    const roots = await api.timelineView.getChildren();
    assert.strictEqual((await labels(roots))[0], "Told from Mon 9 Dec 2024 | from the story's dateline");
    const events = await api.timelineView.getChildren(roots[1]);
    const marked = events
      .map((node) => api.timelineView.getTreeItem(node))
      .filter((item) => item.contextValue === 'conflictEvent');
    assert.strictEqual(marked.length, 1);
    // The conflict is said in words and a plain sign: a theme icon would make "$(name)" from the draft's sentence one too.
    assert.ok(
      marked[0]!.tooltip instanceof vscode.MarkdownString && !marked[0]!.tooltip.supportThemeIcons,
      'the tooltip renders no theme icons',
    );
  });

  test('tooltips show theme-icon syntax typed in a draft as text, never as an icon or markup', async () => {
    const api = await lensApi();
    const editor = await openEditor({
      content: 'On December 7, 2024, $(zap) Bashar al-Assad fled Damascus $(link-external).\n',
    });
    await waitFor('the view to show the draft', () => api.timelineView.shownDocument === editor.document);
    const roots = await api.timelineView.getChildren();
    const nodes = (await Promise.all(roots.map((root) => api.timelineView.getChildren(root)))).flat();
    const tooltips = nodes
      .filter((node) => node.kind === 'event' || node.kind === 'reference')
      .map((node) => api.timelineView.getTreeItem(node).tooltip);
    const fromDraft = tooltips.filter(
      (tooltip) => tooltip instanceof vscode.MarkdownString && tooltip.value.includes('zap'),
    );
    assert.ok(fromDraft.length > 0, "the draft's event is in the view");
    for (const tooltip of tooltips) {
      assert.ok(tooltip instanceof vscode.MarkdownString, String(tooltip));
      assert.ok(!tooltip.supportThemeIcons && !tooltip.isTrusted && !tooltip.supportHtml, tooltip.value);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the filter keeps one entity’s events, and the export writes Markdown, CSV and TimelineJS', async () => {
    const api = await lensApi();
    const editor = await openEditor(workspaceUri('fled.md'));
    await waitFor('the view to show fled.md', () => api.timelineView.shownDocument === editor.document);
    await vscode.commands.executeCommand('newsroomLens.timeline.filter', 'maher-al-assad');
    try {
      const roots = await api.timelineView.getChildren();
      assert.deepStrictEqual(
        (await labels(await api.timelineView.getChildren(roots[1]))).map((label) => label.split(' | ')[0]),
        ['Sat 7 Dec 2024, 22:30'],
      );
    } finally {
      await vscode.commands.executeCommand('newsroomLens.timeline.clearFilter');
    }
    for (const format of ['md', 'csv', 'json']) {
      const target = workspaceUri(`fled.timeline.${format}`);
      await vscode.commands.executeCommand('newsroomLens.timeline.export', format, target);
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      if (format === 'md') assert.match(written, /^# Timeline: fled\.md\n\nTold from 2024-12-09\./);
      if (format === 'csv')
        assert.match(
          written,
          /^date,end,precision,qualifier,when_written,sentence,entities\r\n2024-12-07,,day,,"December 7, 2024"/,
        );
      if (format === 'json')
        assert.deepStrictEqual(JSON.parse(written).events[0].start_date, { year: '2024', month: '12', day: '7' });
      await vscode.workspace.fs.delete(target);
    }
  });
});
