import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import { ENTITY_TYPES, type EntityType } from '../dictionary/schema';
import type { Mention } from '../match/matcher';
import { foldName } from '../text/fold';
import type { ITextDocument, TextPosition } from './document';
import { unknownNames } from './unknownNames';
import type { IndexedFile } from './workspaceIndex';

export type EntitiesScope = 'document' | 'workspace';

/** Where a name stands in a draft. */
export interface Occurrence {
  readonly uri: string;
  readonly start: TextPosition;
  readonly end: TextPosition;
}

export interface EntityGroup {
  readonly type: EntityType | 'unknown';
  readonly count: number;
}

export interface EntityCount {
  readonly entityId: string;
  readonly count: number;
  readonly files: number;
}

export interface FileCount {
  readonly uri: string;
  readonly count: number;
}

export interface UnknownName {
  readonly name: string;
  readonly occurrences: readonly Occurrence[];
}

/** What the Entities view shows, from where: the active draft (with its mentions), or the workspace index. */
export interface EntitiesSource {
  readonly index: () => EntityIndex;
  /** The draft shown in document scope and its mentions, if one is active and annotated. */
  readonly activeDraft: () => { readonly document: ITextDocument; readonly mentions: readonly Mention[] } | undefined;
  /** Every indexed draft with its mentions, for workspace scope. */
  readonly workspaceFiles: () => readonly IndexedFile[];
}

/**
 * The Entities view without the view: who and what the active draft (or the whole
 * workspace) names, grouped by type, counted by mention and by file, narrowed by a filter
 * on names, aliases and roles; plus the draft's names no dictionary knows.
 */
export class EntitiesModel {
  private currentScope: EntitiesScope = 'document';
  private currentFilter = '';
  private cached: { key: string; byEntity: Map<string, Occurrence[]> } | undefined;

  constructor(private readonly source: EntitiesSource) {}

  get scope(): EntitiesScope {
    return this.currentScope;
  }

  get filter(): string {
    return this.currentFilter;
  }

  setScope(scope: EntitiesScope): void {
    this.currentScope = scope;
    this.invalidate();
  }

  setFilter(filter: string): void {
    this.currentFilter = filter.trim();
    this.invalidate();
  }

  /** Forgets the occurrences worked out so far (the drafts or the dictionaries changed). */
  invalidate(): void {
    this.cached = undefined;
  }

  /** The types with entities in scope that pass the filter, and the unknown names, with how many of each. */
  groups(): EntityGroup[] {
    const groups: EntityGroup[] = [];
    for (const type of ENTITY_TYPES) {
      const count = this.entities(type).length;
      if (count > 0) groups.push({ type, count });
    }
    const unknown = this.unknownNames().length;
    if (unknown > 0) groups.push({ type: 'unknown', count: unknown });
    return groups;
  }

  /** The entities of one type in scope that pass the filter, the most mentioned first. */
  entities(type: EntityType): EntityCount[] {
    const index = this.source.index();
    const found: EntityCount[] = [];
    for (const [entityId, list] of this.occurrencesByEntity()) {
      const entity = index.get(entityId);
      if (entity?.type !== type || !this.matchesFilter(entity.name, entity)) continue;
      found.push({ entityId, count: list.length, files: new Set(list.map((occurrence) => occurrence.uri)).size });
    }
    return found.sort((a, b) => b.count - a.count);
  }

  /** The drafts that mention an entity, with how often, the most first. */
  files(entityId: string): FileCount[] {
    const counts = new Map<string, number>();
    for (const occurrence of this.occurrences(entityId))
      counts.set(occurrence.uri, (counts.get(occurrence.uri) ?? 0) + 1);
    return [...counts].map(([uri, count]) => ({ uri, count })).sort((a, b) => b.count - a.count);
  }

  /** An entity's mentions in scope, in order; in one draft only if `uri` is given. */
  occurrences(entityId: string, uri?: string): Occurrence[] {
    const list = this.occurrencesByEntity().get(entityId) ?? [];
    return uri === undefined ? list : list.filter((occurrence) => occurrence.uri === uri);
  }

  /** The names the active draft gives that no dictionary knows (document scope only), filtered. */
  unknownNames(): UnknownName[] {
    const draft = this.currentScope === 'document' ? this.source.activeDraft() : undefined;
    if (!draft) return [];
    const { document } = draft;
    return unknownNames(document.getText(), draft.mentions)
      .filter((unknown) => this.matchesFilter(unknown.name))
      .map((unknown) => ({
        name: unknown.name,
        occurrences: unknown.spans.map((span) => ({
          uri: document.uri,
          start: document.positionAt(span.start),
          end: document.positionAt(span.end),
        })),
      }));
  }

  /** Whether a name (or an entity's name, aliases and roles) contains the filter, folded. */
  private matchesFilter(name: string, entity?: IndexedEntity): boolean {
    if (this.currentFilter === '') return true;
    const wanted = foldName(this.currentFilter);
    const names = entity
      ? [entity.name, ...entity.aliases.map((alias) => alias.text), ...entity.roles.map((role) => role.title)]
      : [name];
    return names.some((candidate) => foldName(candidate).includes(wanted));
  }

  /** Every mention of every entity in scope, by entity id, worked out once per draft version. */
  private occurrencesByEntity(): Map<string, Occurrence[]> {
    const draft = this.currentScope === 'document' ? this.source.activeDraft() : undefined;
    const key = draft ? `${draft.document.uri}@${draft.document.version}` : this.currentScope;
    if (this.cached?.key !== key) this.cached = { key, byEntity: this.collect(draft) };
    return this.cached.byEntity;
  }

  private collect(draft: ReturnType<EntitiesSource['activeDraft']>): Map<string, Occurrence[]> {
    const byEntity = new Map<string, Occurrence[]>();
    const add = (file: Pick<IndexedFile, 'uri' | 'positionAt'>, mentions: readonly Mention[]) => {
      for (const mention of mentions) {
        if (mention.entityIds.length !== 1) continue;
        const list = byEntity.get(mention.entityIds[0]!) ?? [];
        list.push({ uri: file.uri, start: file.positionAt(mention.start), end: file.positionAt(mention.end) });
        byEntity.set(mention.entityIds[0]!, list);
      }
    };
    if (this.currentScope === 'workspace') {
      for (const file of this.source.workspaceFiles()) add(file, file.mentions);
    } else if (draft) {
      add({ uri: draft.document.uri, positionAt: (offset) => draft.document.positionAt(offset) }, draft.mentions);
    }
    return byEntity;
  }
}
