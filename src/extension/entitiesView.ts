import vscode = require('vscode');
import { TYPE_LABELS, escapeMarkdown } from '../core/card/entityCard';
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import type { EntityType } from '../core/dictionary/schema';
import type { Activity } from '../core/workspace/activity';
import { KeyedDebounce } from '../core/workspace/debounce';
import { EntitiesModel, type EntitiesScope, type Occurrence } from '../core/workspace/entitiesModel';
import { DisposableStore } from '../core/workspace/events';
import type { AnnotationCache } from './annotations';
import { isAnnotated } from './config';
import { showEntry } from './definitions';
import type { DictionaryService } from './dictionaryService';
import { coreDocument, rangeBetween } from './documents';
import { COMMANDS, ENTITIES_VIEW } from './ids';
import type { WorkspaceMentions } from './workspaceMentions';
import { awaitingTrustNote } from './restrictedMode';

export type { EntitiesScope } from '../core/workspace/entitiesModel';

/** The view's tree: groups by type, entities, files (workspace scope), mentions, unknown names. */
export type EntityNode =
  | { readonly kind: 'group'; readonly type: EntityType | 'unknown'; readonly count: number }
  | { readonly kind: 'entity'; readonly entityId: string; readonly count: number; readonly files: number }
  | { readonly kind: 'file'; readonly entityId: string; readonly uri: vscode.Uri; readonly count: number }
  | {
      readonly kind: 'mention';
      readonly uri: vscode.Uri;
      readonly range: vscode.Range;
      readonly line: string;
      readonly column: number;
      readonly length: number;
    }
  | {
      readonly kind: 'unknown';
      readonly name: string;
      readonly uri: vscode.Uri;
      readonly ranges: readonly vscode.Range[];
    }
  /** A line that is no entity: the draft still loading, or how many mentions a long list leaves out. */
  | { readonly kind: 'note'; readonly label: string; readonly icon: string };

const TYPE_ICONS: Record<EntityType | 'unknown', string> = {
  person: 'person',
  place: 'location',
  organization: 'organization',
  unknown: 'question',
};
const GROUP_LABELS: Record<EntityType | 'unknown', string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  unknown: 'Unknown names',
};
const REFRESH_DELAY_MS = 250;
/** Mentions listed under an entity; a long draft's others are counted in a last line. */
const MAX_MENTION_NODES = 200;

/**
 * The Entities view: the core's `EntitiesModel` (who and what the active draft, or the whole
 * workspace, names, by type, with counts) as a tree, down to each mention with its line.
 */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly model: EntitiesModel;
  private readonly changeEmitter = new vscode.EventEmitter<EntityNode | undefined>();
  private readonly refreshes: KeyedDebounce<'view'>;
  private readonly disposables = new DisposableStore();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly workspace: WorkspaceMentions,
    activity: Activity,
  ) {
    this.model = new EntitiesModel({
      index: () => dictionaries.index,
      activeDraft: () => {
        const document = vscode.window.activeTextEditor?.document;
        const annotation = document && isAnnotated(document) ? annotations.get(document) : undefined;
        return annotation && { document: coreDocument(document!), mentions: annotation.mentions };
      },
      workspaceFiles: () => workspace.allFiles(),
    });
    this.refreshes = new KeyedDebounce(REFRESH_DELAY_MS, activity);
    const refreshSoon = () => this.refreshes.schedule('view', () => this.refresh());
    this.disposables.push(
      this.changeEmitter,
      this.refreshes,
      vscode.window.onDidChangeActiveTextEditor(refreshSoon),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) refreshSoon();
      }),
      dictionaries.onDidChange(refreshSoon),
      annotations.onDidAnnotate(refreshSoon),
      workspace.onDidChange(() => {
        if (this.model.scope === 'workspace') refreshSoon();
      }),
    );
    void this.setContext();
  }

  /** The entity a node of the view stands for, if it is an entity's node. */
  entityOf(node: EntityNode | undefined): IndexedEntity | undefined {
    return node?.kind === 'entity' ? this.dictionaries.index.get(node.entityId) : undefined;
  }

  get currentScope(): EntitiesScope {
    return this.model.scope;
  }

  async setScope(scope: EntitiesScope): Promise<void> {
    this.model.setScope(scope);
    await this.setContext();
    if (scope === 'workspace') await this.workspace.ensureScanned();
    this.refresh();
  }

  async setFilter(filter: string): Promise<void> {
    this.model.setFilter(filter);
    await this.setContext();
    this.refresh();
  }

  refresh(): void {
    this.refreshes.cancel('view');
    this.model.invalidate();
    this.changeEmitter.fire(undefined);
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'newsroomLens.entitiesScope', this.model.scope);
    await vscode.commands.executeCommand('setContext', 'newsroomLens.entitiesFiltered', this.model.filter !== '');
  }

  private unknownNodes(): EntityNode[] {
    return this.model.unknownNames().map((unknown) => ({
      kind: 'unknown' as const,
      name: unknown.name,
      uri: vscode.Uri.parse(unknown.occurrences[0]!.uri, true),
      ranges: unknown.occurrences.map((occurrence) => rangeBetween(occurrence.start, occurrence.end)),
    }));
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      const active = vscode.window.activeTextEditor?.document;
      // A long draft is annotated in slices: say so, rather than "Open a draft…" for an open draft.
      if (
        this.model.scope === 'document' &&
        active &&
        isAnnotated(active) &&
        !this.annotations.get(active) && // starts the work if it has not begun
        this.annotations.isAnnotating(active)
      )
        return [
          {
            kind: 'note',
            label: `Loading… (finding the names in ${vscode.workspace.asRelativePath(active.uri)})`,
            icon: 'loading~spin',
          },
        ];
      return this.model.groups().map((group) => ({ kind: 'group', ...group }));
    }
    if (node.kind === 'group')
      return node.type === 'unknown'
        ? this.unknownNodes()
        : this.model.entities(node.type).map((entity) => ({ kind: 'entity', ...entity }));
    if (node.kind === 'entity') {
      if (this.model.scope === 'workspace') {
        return this.model.files(node.entityId).map(({ uri, count }) => ({
          kind: 'file',
          entityId: node.entityId,
          uri: vscode.Uri.parse(uri, true),
          count,
        }));
      }
      return this.mentionNodes(this.model.occurrences(node.entityId));
    }
    if (node.kind === 'file') return this.mentionNodes(this.model.occurrences(node.entityId, node.uri.toString()));
    if (node.kind === 'unknown')
      return this.mentionNodes(
        node.ranges.map((range) => ({ uri: node.uri.toString(), start: range.start, end: range.end })),
      );
    return [];
  }

  private async mentionNodes(list: readonly Occurrence[]): Promise<EntityNode[]> {
    const nodes: EntityNode[] = [];
    for (const occurrence of list.slice(0, MAX_MENTION_NODES)) {
      const uri = vscode.Uri.parse(occurrence.uri, true);
      const range = rangeBetween(occurrence.start, occurrence.end);
      const document = await vscode.workspace.openTextDocument(uri);
      // The line around the mention, cut to fit, with the mention itself highlighted.
      const lineText = document.lineAt(range.start.line).text;
      const from = Math.max(0, range.start.character - 30);
      const prefix = from > 0 ? '…' : '';
      nodes.push({
        kind: 'mention',
        uri,
        range,
        line: `${prefix}${lineText.slice(from, range.start.character + 50).trimEnd()}`,
        column: prefix.length + range.start.character - from,
        length:
          range.end.line === range.start.line
            ? range.end.character - range.start.character
            : lineText.length - range.start.character,
      });
    }
    if (list.length > MAX_MENTION_NODES)
      nodes.push({
        kind: 'note',
        label: `${(list.length - MAX_MENTION_NODES).toLocaleString('en')} more mentions: Find All References (Shift+F12) on one lists them all`,
        icon: 'ellipsis',
      });
    return nodes;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(GROUP_LABELS[node.type], vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
        item.contextValue = `group-${node.type}`;
        return item;
      }
      case 'entity': {
        const entity = this.dictionaries.index.get(node.entityId)!;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        const mentions = `${node.count} mention${node.count === 1 ? '' : 's'}${this.model.scope === 'workspace' ? ` in ${node.files} file${node.files === 1 ? '' : 's'}` : ''}`;
        item.description = [mentions, entity.roles[0]?.title].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[entity.type]);
        item.tooltip = new vscode.MarkdownString(
          `**${escapeMarkdown(entity.name)}** · ${TYPE_LABELS[entity.type]}\n\n${entity.roles.map((role) => escapeMarkdown(role.title)).join(' · ')}`,
        );
        item.contextValue = 'entity';
        item.id = `${this.model.scope}:${entity.id}`;
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.count}`;
        item.contextValue = 'file';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(
          { label: node.line, highlights: [[node.column, node.column + node.length]] },
          vscode.TreeItemCollapsibleState.None,
        );
        item.description = `line ${node.range.start.line + 1}`;
        item.command = { title: 'Show Mention', command: COMMANDS.revealMention, arguments: [node.uri, node.range] };
        item.contextValue = 'mention';
        return item;
      }
      case 'unknown': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `unknown · ${node.ranges.length} mention${node.ranges.length === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS.unknown);
        item.tooltip = `${node.name} is named in this draft but no dictionary knows it. Add it to a workspace dictionary to highlight and check it.`;
        item.contextValue = 'unknownName';
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
    }
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

export function registerEntitiesView(view: EntitiesView, dictionaries: DictionaryService): vscode.Disposable {
  const tree = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: view, showCollapseAll: true });
  let filterNote: string | undefined;
  // The view's one line of text: the filter, and in Restricted Mode the dictionaries left unread.
  const showNotes = () => {
    const notes = [filterNote, awaitingTrustNote(dictionaries.awaitingTrust)].filter(Boolean);
    tree.message = notes.length > 0 ? notes.join(' · ') : undefined;
  };
  showNotes();
  return vscode.Disposable.from(
    tree,
    view,
    dictionaries.onDidChange(showNotes),
    vscode.commands.registerCommand(COMMANDS.showEntitiesView, () =>
      vscode.commands.executeCommand(`${ENTITIES_VIEW}.focus`),
    ),
    vscode.commands.registerCommand(COMMANDS.entitiesShowWorkspace, () =>
      vscode.window.withProgress({ location: { viewId: ENTITIES_VIEW } }, () => view.setScope('workspace')),
    ),
    vscode.commands.registerCommand(COMMANDS.entitiesShowDocument, () => view.setScope('document')),
    vscode.commands.registerCommand(COMMANDS.entitiesFilter, async (text?: unknown) => {
      const filter =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({ title: 'Filter entities', prompt: 'Part of a name, alias or role' });
      if (filter !== undefined) await view.setFilter(filter);
      filterNote = filter ? `Filtered by “${filter}”` : undefined;
      showNotes();
    }),
    vscode.commands.registerCommand(COMMANDS.entitiesClearFilter, async () => {
      await view.setFilter('');
      filterNote = undefined;
      showNotes();
    }),
    vscode.commands.registerCommand(COMMANDS.entitiesRefresh, () => view.refresh()),
    vscode.commands.registerCommand(COMMANDS.revealMention, async (uri: vscode.Uri, range: vscode.Range) => {
      await vscode.window.showTextDocument(uri, { selection: range });
    }),
    vscode.commands.registerCommand(COMMANDS.openEntry, async (node?: EntityNode) => {
      const entity = view.entityOf(node);
      if (entity) await showEntry(entity);
    }),
    vscode.commands.registerCommand(COMMANDS.goToSourceOfNode, (node?: EntityNode) => {
      const entity = view.entityOf(node);
      return entity ? vscode.commands.executeCommand(COMMANDS.goToSource, entity.id) : undefined;
    }),
  );
}
