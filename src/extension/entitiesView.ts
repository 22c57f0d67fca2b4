import vscode = require('vscode');
import { TYPE_LABELS, escapeMarkdown } from '../core/card/entityCard';
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import { ENTITY_TYPES, type EntityType } from '../core/dictionary/schema';
import { foldName } from '../core/text/fold';
import { unknownNames } from '../core/workspace/unknownNames';
import type { AnnotationCache } from './annotations';
import { isAnnotated } from './config';
import { showEntry } from './definitions';
import type { DictionaryService } from './dictionaryService';
import { COMMANDS, ENTITIES_VIEW } from './ids';
import type { WorkspaceMentions } from './workspaceMentions';

export type EntitiesScope = 'document' | 'workspace';

/** The view's tree: groups by type, entities, files (workspace scope), mentions, unknown names. */
export type EntityNode =
  | { readonly kind: 'group'; readonly type: EntityType | 'unknown'; readonly count: number }
  | { readonly kind: 'entity'; readonly entityId: string; readonly count: number; readonly files: number }
  | { readonly kind: 'file'; readonly entityId: string; readonly uri: vscode.Uri; readonly count: number }
  | { readonly kind: 'mention'; readonly uri: vscode.Uri; readonly range: vscode.Range; readonly line: string; readonly column: number; readonly length: number }
  | { readonly kind: 'unknown'; readonly name: string; readonly uri: vscode.Uri; readonly ranges: readonly vscode.Range[] };

const TYPE_ICONS: Record<EntityType | 'unknown', string> = { person: 'person', place: 'location', organization: 'organization', unknown: 'question' };
const GROUP_LABELS: Record<EntityType | 'unknown', string> = { person: 'People', place: 'Places', organization: 'Organisations', unknown: 'Unknown names' };
const REFRESH_DELAY_MS = 250;

/** Mentions of one entity in one source: where, and the line around it for a preview. */
interface Occurrence {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}

/**
 * The Entities view: who and what the active draft (or the whole workspace) names, by
 * type, with mention counts and roles, down to each mention; plus the names no dictionary
 * knows, ready to add to one.
 */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private scope: EntitiesScope = 'document';
  private filter = '';
  private readonly changeEmitter = new vscode.EventEmitter<EntityNode | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private cachedOccurrences: { key: string; occurrences: Map<string, Occurrence[]> } | undefined;
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly workspace: WorkspaceMentions,
  ) {
    const refreshSoon = () => this.refreshSoon();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(refreshSoon),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) refreshSoon();
      }),
      dictionaries.onDidChange(refreshSoon),
      annotations.onDidAnnotate(refreshSoon),
      workspace.onDidChange(() => {
        if (this.scope === 'workspace') refreshSoon();
      }),
    );
    void this.setContext();
  }

  /** The entity a node of the view stands for, if it is an entity's node. */
  entityOf(node: EntityNode | undefined): IndexedEntity | undefined {
    return node?.kind === 'entity' ? this.dictionaries.index.get(node.entityId) : undefined;
  }

  get currentScope(): EntitiesScope {
    return this.scope;
  }

  async setScope(scope: EntitiesScope): Promise<void> {
    this.scope = scope;
    await this.setContext();
    if (scope === 'workspace') await this.workspace.ensureScanned();
    this.refresh();
  }

  async setFilter(filter: string): Promise<void> {
    this.filter = filter.trim();
    await this.setContext();
    this.refresh();
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.cachedOccurrences = undefined;
    this.changeEmitter.fire(undefined);
  }

  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'newsroomLens.entitiesScope', this.scope);
    await vscode.commands.executeCommand('setContext', 'newsroomLens.entitiesFiltered', this.filter !== '');
  }

  /** Every mention of every entity in scope, by entity id, worked out once per document version (the active editor may change before a refresh). */
  private occurrences(): Map<string, Occurrence[]> {
    const document = this.scope === 'document' ? this.activeDocument() : undefined;
    const key = document ? `${document.uri.toString()}@${document.version}` : this.scope;
    if (this.cachedOccurrences?.key !== key) this.cachedOccurrences = { key, occurrences: this.collectOccurrences() };
    return this.cachedOccurrences.occurrences;
  }

  private collectOccurrences(): Map<string, Occurrence[]> {
    const byEntity = new Map<string, Occurrence[]>();
    const add = (entityId: string, occurrence: Occurrence) => {
      const list = byEntity.get(entityId) ?? [];
      list.push(occurrence);
      byEntity.set(entityId, list);
    };
    if (this.scope === 'workspace') {
      for (const file of this.workspace.allFiles()) {
        for (const mention of file.mentions) if (mention.entityIds.length === 1) add(mention.entityIds[0]!, { uri: file.uri, range: mention.range });
      }
      return byEntity;
    }
    const document = this.activeDocument();
    const annotation = document ? this.annotations.get(document) : undefined;
    for (const mention of annotation?.mentions ?? []) {
      if (mention.entityIds.length !== 1) continue;
      add(mention.entityIds[0]!, { uri: document!.uri, range: new vscode.Range(document!.positionAt(mention.start), document!.positionAt(mention.end)) });
    }
    return byEntity;
  }

  private activeDocument(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isAnnotated(document) ? document : undefined;
  }

  private matchesFilter(name: string, entity?: IndexedEntity): boolean {
    if (this.filter === '') return true;
    const wanted = foldName(this.filter);
    const names = entity ? [entity.name, ...entity.aliases.map((alias) => alias.text), ...entity.roles.map((role) => role.title)] : [name];
    return names.some((candidate) => foldName(candidate).includes(wanted));
  }

  private unknownInDocument(): EntityNode[] {
    const document = this.scope === 'document' ? this.activeDocument() : undefined;
    const annotation = document ? this.annotations.get(document) : undefined;
    if (!document || !annotation) return [];
    return unknownNames(document.getText(), annotation.mentions)
      .filter((unknown) => this.matchesFilter(unknown.name))
      .map((unknown) => ({
        kind: 'unknown' as const,
        name: unknown.name,
        uri: document.uri,
        ranges: unknown.spans.map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))),
      }));
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      const occurrences = this.occurrences();
      const groups: EntityNode[] = [];
      for (const type of ENTITY_TYPES) {
        const count = [...occurrences.keys()].filter((id) => {
          const entity = this.dictionaries.index.get(id);
          return entity?.type === type && this.matchesFilter(entity.name, entity);
        }).length;
        if (count > 0) groups.push({ kind: 'group', type, count });
      }
      const unknown = this.unknownInDocument();
      if (unknown.length > 0) groups.push({ kind: 'group', type: 'unknown', count: unknown.length });
      return groups;
    }
    if (node.kind === 'group' && node.type === 'unknown') return this.unknownInDocument();
    if (node.kind === 'group') {
      const entities: EntityNode[] = [];
      for (const [id, list] of this.occurrences()) {
        const entity = this.dictionaries.index.get(id);
        if (entity?.type !== node.type || !this.matchesFilter(entity.name, entity)) continue;
        entities.push({ kind: 'entity', entityId: id, count: list.length, files: new Set(list.map((o) => o.uri.toString())).size });
      }
      return entities.sort((a, b) => (a.kind === 'entity' && b.kind === 'entity' ? b.count - a.count : 0));
    }
    if (node.kind === 'entity') {
      const list = this.occurrences().get(node.entityId) ?? [];
      if (this.scope === 'workspace') {
        const byFile = new Map<string, { uri: vscode.Uri; count: number }>();
        for (const occurrence of list) {
          const entry = byFile.get(occurrence.uri.toString()) ?? { uri: occurrence.uri, count: 0 };
          entry.count++;
          byFile.set(occurrence.uri.toString(), entry);
        }
        return [...byFile.values()].sort((a, b) => b.count - a.count).map(({ uri, count }) => ({ kind: 'file', entityId: node.entityId, uri, count }));
      }
      return this.mentionNodes(list);
    }
    if (node.kind === 'file') {
      return this.mentionNodes((this.occurrences().get(node.entityId) ?? []).filter((occurrence) => occurrence.uri.toString() === node.uri.toString()));
    }
    if (node.kind === 'unknown') return this.mentionNodes(node.ranges.map((range) => ({ uri: node.uri, range })));
    return [];
  }

  private async mentionNodes(list: readonly Occurrence[]): Promise<EntityNode[]> {
    const nodes: EntityNode[] = [];
    for (const { uri, range } of list) {
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
        length: range.end.line === range.start.line ? range.end.character - range.start.character : lineText.length - range.start.character,
      });
    }
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
        const mentions = `${node.count} mention${node.count === 1 ? '' : 's'}${this.scope === 'workspace' ? ` in ${node.files} file${node.files === 1 ? '' : 's'}` : ''}`;
        item.description = [mentions, entity.roles[0]?.title].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[entity.type]);
        item.tooltip = new vscode.MarkdownString(
          `**${escapeMarkdown(entity.name)}** · ${TYPE_LABELS[entity.type]}\n\n${entity.roles.map((role) => escapeMarkdown(role.title)).join(' · ')}`,
        );
        item.contextValue = 'entity';
        item.id = `${this.scope}:${entity.id}`;
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.count}`;
        item.contextValue = 'file';
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem({ label: node.line, highlights: [[node.column, node.column + node.length]] }, vscode.TreeItemCollapsibleState.None);
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
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

export function registerEntitiesView(view: EntitiesView): vscode.Disposable {
  const tree = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: view, showCollapseAll: true });
  return vscode.Disposable.from(
    tree,
    view,
    vscode.commands.registerCommand(COMMANDS.showEntitiesView, () => vscode.commands.executeCommand(`${ENTITIES_VIEW}.focus`)),
    vscode.commands.registerCommand(COMMANDS.entitiesShowWorkspace, () =>
      vscode.window.withProgress({ location: { viewId: ENTITIES_VIEW } }, () => view.setScope('workspace')),
    ),
    vscode.commands.registerCommand(COMMANDS.entitiesShowDocument, () => view.setScope('document')),
    vscode.commands.registerCommand(COMMANDS.entitiesFilter, async (text?: unknown) => {
      const filter = typeof text === 'string' ? text : await vscode.window.showInputBox({ title: 'Filter entities', prompt: 'Part of a name, alias or role' });
      if (filter !== undefined) await view.setFilter(filter);
      tree.message = filter ? `Filtered by “${filter}”` : undefined;
    }),
    vscode.commands.registerCommand(COMMANDS.entitiesClearFilter, async () => {
      await view.setFilter('');
      tree.message = undefined;
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
