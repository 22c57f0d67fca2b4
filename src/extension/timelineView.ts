import vscode = require('vscode');
import { escapeMarkdown } from '../core/card/entityCard';
import { ANCHOR_SOURCE_LABELS } from '../core/timeline/anchorSources';
import { readableDate } from '../core/timeline/readableDate';
import { DisposableStore } from '../core/workspace/events';
import type { TimelineTreeNode } from '../core/workspace/timelines';
import { loadBundle } from './bundleLoader';
import { isAnnotated } from './config';
import { showSourceSentence } from './definitions';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';
import { COMMANDS, TIMELINE_VIEW, VISUAL_TIMELINE_PANEL } from './ids';
import { replaceDocumentFile } from './safeWrite';
import type { DocumentTimeline, TimelineService } from './timeline';
import type { VisualTimelineHost } from './visualTimelinePanel';

/** The core's tree nodes; an event also says which draft it is in, to reveal it. */
export type TimelineNode =
  | Exclude<TimelineTreeNode, { kind: 'event' }>
  | (Extract<TimelineTreeNode, { kind: 'event' }> & { readonly uri: vscode.Uri });

const ANCHOR_SOURCES: Record<string, string> = { ...ANCHOR_SOURCE_LABELS, given: 'set by you' };

/**
 * The Timeline view: the active draft's dated events in order, those it cannot date apart,
 * and each dictionary's events for comparison. Follows the active editor; events that
 * contradict a dictionary are marked.
 */
export class TimelineView implements vscode.TreeDataProvider<TimelineNode>, vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private entityFilter: string | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<TimelineNode | undefined>();
  private readonly disposables = new DisposableStore();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(
    private readonly timelines: TimelineService,
    private readonly dictionaries: DictionaryService,
  ) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      this.changeEmitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      timelines.onDidChange((uri) => {
        if (!uri || uri.toString() === this.document?.uri.toString()) this.refresh();
      }),
    );
  }

  private tree: vscode.TreeView<TimelineNode> | undefined;

  /** Whether the view is on screen. */
  get visible(): boolean {
    return this.tree?.visible === true;
  }

  attach(tree: vscode.TreeView<TimelineNode>): void {
    this.tree = tree;
  }

  /** The draft the view shows. */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    // Focus moving to a view or a dictionary keeps the last draft shown.
    if (editor) this.show(editor.document);
  }

  /** Shows a draft's timeline (a restored visual timeline's, when no editor is active); anything else is ignored. */
  show(document: vscode.TextDocument): void {
    if (!isAnnotated(document) || document === this.document) return;
    this.document = document;
    this.refresh();
  }

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  async setEntityFilter(entityId: string | undefined): Promise<void> {
    this.entityFilter = entityId;
    await vscode.commands.executeCommand('setContext', 'newsroomLens.timelineFiltered', entityId !== undefined);
    this.refresh();
  }

  async current(): Promise<DocumentTimeline | undefined> {
    return this.document ? this.timelines.timelineFor(this.document) : undefined;
  }

  async getChildren(node?: TimelineNode): Promise<TimelineNode[]> {
    const document = this.document;
    const current = await this.current();
    const { timelineChildren } = await this.timelines.engine;
    const children = timelineChildren(
      {
        current: document && current,
        dictionaries: (document && current?.sources) ?? [],
        entityFilter: this.entityFilter,
      },
      node,
    );
    return children.map((child) => (child.kind === 'event' ? { ...child, uri: document!.uri } : child));
  }

  private entityNames(ids: readonly string[]): string {
    return ids.map((id) => this.dictionaries.index.get(id)?.name ?? id).join(', ');
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    switch (node.kind) {
      case 'anchor': {
        const item = new vscode.TreeItem(`Told from ${readableDate(node.anchor)}`);
        item.description = ANCHOR_SOURCES[node.source];
        item.iconPath = new vscode.ThemeIcon('location');
        item.tooltip =
          'Relative dates ("on Saturday", "yesterday") are placed against this day. Click to set another for this draft.';
        item.command = { title: 'Set Anchor', command: COMMANDS.timelineSetAnchor };
        item.contextValue = 'anchor';
        return item;
      }
      case 'group': {
        const label =
          node.group === 'draft'
            ? `This draft: ${this.document ? vscode.workspace.asRelativePath(this.document.uri) : ''}`
            : 'Without a date';
        const item = new vscode.TreeItem(
          label,
          node.group === 'draft' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.description = `${node.count} event${node.count === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon(node.group === 'draft' ? 'calendar' : 'watch');
        return item;
      }
      case 'dictionary': {
        const item = new vscode.TreeItem(
          `Source: ${node.dictionary.source?.title ?? vscode.workspace.asRelativePath(vscode.Uri.parse(node.dictionary.file, true))}`,
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.description = `${node.count} event${node.count === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon('book');
        return item;
      }
      case 'event': {
        const { event } = node;
        const label = event.resolution
          ? readableDate(event.resolution.date, event.resolution.qualifier, event.resolution.end)
          : event.expression.duration
            ? `Duration ${event.expression.duration}`
            : `“${event.expression.text}”`;
        const item = new vscode.TreeItem(label);
        const who = this.entityNames(event.entities);
        item.description = `${event.expression.text}${who ? ` — ${who}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(
          node.conflict ? 'warning' : event.resolution ? 'circle-filled' : 'circle-outline',
        );
        const tooltip = new vscode.MarkdownString(
          `${escapeMarkdown(event.text)}${who ? `\n\n${escapeMarkdown(who)}` : ''}`,
        );
        // No theme icons: "$(name)" typed in a draft would render as one.
        if (node.conflict) tooltip.appendMarkdown(`\n\n⚠ ${escapeMarkdown(node.conflict)}`);
        item.tooltip = tooltip;
        item.command = {
          title: 'Show Sentence',
          command: COMMANDS.revealMention,
          arguments: [node.uri, rangeOf(this.document!, node.event)],
        };
        item.contextValue = node.conflict ? 'conflictEvent' : 'event';
        return item;
      }
      case 'reference': {
        const { event } = node;
        const item = new vscode.TreeItem(readableDate(event.date, event.qualifier, event.end));
        item.description = event.text;
        item.iconPath = new vscode.ThemeIcon('bookmark');
        item.tooltip = new vscode.MarkdownString(
          `${escapeMarkdown(event.text)}${event.source ? `\n\n> ${escapeMarkdown(event.source)}` : ''}\n\n${escapeMarkdown(this.entityNames(event.entities))}`,
        );
        item.command = { title: 'Show Source', command: COMMANDS.timelineOpenReference, arguments: [node] };
        item.contextValue = 'reference';
        return item;
      }
    }
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

const EXPORTS = [
  { label: 'Markdown', extension: 'md' },
  { label: 'CSV', extension: 'csv' },
  { label: 'TimelineJS JSON', extension: 'json' },
] as const;

export function registerTimelineView(
  view: TimelineView,
  timelines: TimelineService,
  dictionaries: DictionaryService,
): vscode.Disposable & { readonly serializer: vscode.WebviewPanelSerializer } {
  const tree = vscode.window.createTreeView(TIMELINE_VIEW, { treeDataProvider: view, showCollapseAll: true });
  view.attach(tree);
  const requireDraft = () => {
    const document = view.shownDocument;
    if (!document)
      void vscode.window.showInformationMessage(
        'Newsroom Lens: open a draft (Markdown or plain text) to see its timeline.',
      );
    return document;
  };
  const visualHost: VisualTimelineHost = {
    extensionUri: dictionaries.extensionUri,
    shownDocument: () => view.shownDocument,
    current: () => view.current(),
    onDidChange: view.onDidChangeTreeData,
    showDocument: (document) => view.show(document),
    nameOf: (id) => dictionaries.index.get(id)?.name ?? id,
    showSource: (dictionary, event, column) => showSourceSentence(dictionary, event.source, event.text, column),
  };
  const visualTimeline = () => loadBundle(dictionaries.extensionUri, 'visualTimeline');
  const serializer: vscode.WebviewPanelSerializer = {
    deserializeWebviewPanel: async (panel, state) =>
      (await visualTimeline()).reviveVisualTimeline(visualHost, panel, state),
  };
  const registration = vscode.Disposable.from(
    vscode.window.registerWebviewPanelSerializer(VISUAL_TIMELINE_PANEL, serializer),
    tree,
    view,
    vscode.commands.registerCommand(COMMANDS.showTimeline, async (resource?: unknown) => {
      // From the Explorer's context menu: show that file first.
      if (resource instanceof vscode.Uri) await vscode.window.showTextDocument(resource, { preview: true });
      await vscode.commands.executeCommand(`${TIMELINE_VIEW}.focus`);
      view.refresh();
    }),
    // The picture beside the tree: the same draft and data, drawn on a time axis.
    vscode.commands.registerCommand(COMMANDS.showVisualTimeline, async (resource?: unknown) => {
      if (resource instanceof vscode.Uri) await vscode.window.showTextDocument(resource, { preview: true });
      if (requireDraft()) await (await visualTimeline()).showVisualTimeline(visualHost);
    }),
    vscode.commands.registerCommand(COMMANDS.visualTimelineExport, async (format?: unknown, target?: unknown) =>
      (await visualTimeline()).exportVisualTimeline(visualHost, format, target),
    ),
    vscode.commands.registerCommand(COMMANDS.timelineRefresh, () => view.refresh()),
    vscode.commands.registerCommand(COMMANDS.timelineFilter, async (entityId?: unknown) => {
      const current = await view.current();
      const ids = [...new Set(current?.timeline.events.flatMap((event) => event.entities) ?? [])];
      const chosen =
        typeof entityId === 'string'
          ? entityId
          : (
              await vscode.window.showQuickPick(
                ids.map((id) => ({ label: dictionaries.index.get(id)?.name ?? id, id })),
                { title: 'Show only the events of…' },
              )
            )?.id;
      if (chosen) {
        await view.setEntityFilter(chosen);
        tree.message = `Only events with ${dictionaries.index.get(chosen)?.name ?? chosen}`;
      }
    }),
    vscode.commands.registerCommand(COMMANDS.timelineClearFilter, async () => {
      await view.setEntityFilter(undefined);
      tree.message = undefined;
    }),
    vscode.commands.registerCommand(COMMANDS.timelineSetAnchor, async (anchor?: unknown) => {
      const document = requireDraft();
      if (!document) return;
      const current = await view.current();
      const value =
        typeof anchor === 'string'
          ? anchor
          : await vscode.window.showInputBox({
              title: 'The day this story is told from',
              prompt: 'YYYY-MM-DD; leave empty to go back to the dateline or the file’s date',
              value: (await timelines.anchorOverride(document.uri)) ?? current?.timeline.anchor,
              validateInput: (text) =>
                text.trim() === '' || /^\d{4}-\d{2}-\d{2}$/.test(text.trim())
                  ? undefined
                  : 'Write the day as YYYY-MM-DD, e.g. 2024-12-08',
            });
      if (value === undefined) return;
      await timelines.setAnchor(document.uri, value.trim() || undefined);
    }),
    vscode.commands.registerCommand(COMMANDS.timelineExport, async (format?: unknown, target?: unknown) => {
      const document = requireDraft();
      const current = await view.current();
      if (!document || !current) return undefined;
      const choice =
        EXPORTS.find((candidate) => candidate.extension === format) ??
        (await vscode.window.showQuickPick([...EXPORTS], { title: 'Export the timeline as…' }));
      if (!choice) return undefined;
      const title = vscode.workspace.asRelativePath(document.uri);
      const suggested =
        document.uri.scheme === 'untitled'
          ? undefined
          : document.uri.with({ path: document.uri.path.replace(/(\.[^./]+)?$/, `.timeline.${choice.extension}`) });
      const uri =
        target instanceof vscode.Uri
          ? target
          : await vscode.window.showSaveDialog({
              defaultUri: suggested,
              filters: { [choice.label]: [choice.extension] },
            });
      if (!uri) return undefined;
      const { timelineToCsv, timelineToMarkdown, timelineToTimelineJs } = await timelines.engine;
      const content =
        choice.extension === 'md'
          ? timelineToMarkdown(current.timeline, dictionaries.index, title)
          : choice.extension === 'csv'
            ? timelineToCsv(current.timeline, dictionaries.index)
            : `${JSON.stringify(timelineToTimelineJs(current.timeline, dictionaries.index, title), null, 2)}\n`;
      try {
        await replaceDocumentFile(
          dictionaries.extensionUri,
          uri,
          'timeline export',
          () => content,
          'the timeline was not saved',
        );
      } catch (error) {
        void vscode.window.showErrorMessage(`Newsroom Lens: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
      void vscode.window.setStatusBarMessage(
        `Newsroom Lens: timeline saved to ${vscode.workspace.asRelativePath(uri)}`,
        5000,
      );
      return uri.toString();
    }),
    vscode.commands.registerCommand(COMMANDS.timelineOpenReference, (node?: TimelineNode) =>
      node?.kind === 'reference' ? showSourceSentence(node.dictionary, node.event.source, node.event.text) : undefined,
    ),
  );
  return Object.assign(registration, { serializer });
}
