import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import type { Activity } from './activity';
import { forEachChunked } from './chunked';
import { type ITextDocument, type IWorkspace, type TextPosition, positionsIn } from './document';
import { type Disposable, DisposableStore, Emitter } from './events';
import type { MentionCache } from './mentionCache';

/** A draft's mentions, and where their offsets stand in it. */
export interface IndexedFile {
  readonly uri: string;
  readonly mentions: readonly Mention[];
  positionAt(offset: number): TextPosition;
}

/** How a scan of the workspace went, for the log. */
export interface ScanReport {
  readonly indexed: number;
  readonly total: number;
  readonly completed: boolean;
  readonly elapsedMs: number;
  /** The longest slice between yields: an upper bound on how long the scan held its thread. */
  readonly longestSliceMs: number;
}

export interface WorkspaceIndexOptions {
  /** The index of the dictionaries a draft read from disk is matched against. */
  readonly index: (uri: string) => EntityIndex;
  /**
   * Runs a scan of `total` drafts with a way to show progress; `isCancelled` tells the scan
   * to stop (the writer cancelled it). Without it, scans run unseen.
   */
  readonly withProgress?: (
    total: number,
    scan: (report: (done: number) => void, isCancelled: () => boolean) => Promise<void>,
  ) => Promise<void>;
  readonly onScanned?: (report: ScanReport) => void;
  /** Counts a scan as work under way. */
  readonly activity?: Activity;
}

/**
 * Which drafts of the workspace mention which entities, for references, rename and the
 * Entities view. The first scan reads every draft in short slices; after that only what
 * changes on disk is read again. Open drafts are not read: their mentions are the ones the
 * mention cache holds for their current version, so an edit costs the index nothing.
 */
export class WorkspaceIndex implements Disposable {
  private readonly files = new Map<string, IndexedFile>();
  private scanning: Promise<void> | undefined;
  private generation = 0;
  private readonly changed = new Emitter<void>();
  private readonly store = new DisposableStore();
  /** Fires when any draft's mentions may have changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly workspace: IWorkspace,
    private readonly mentions: MentionCache,
    private readonly options: WorkspaceIndexOptions,
  ) {
    this.store.push(
      this.changed,
      workspace.onDidChangeDraft((uri) => void this.reindex(uri)),
      workspace.onDidEditDraft((uri) => {
        if (this.files.has(uri)) this.changed.fire();
      }),
      workspace.onDidDeleteDraft((uri) => {
        if (this.files.delete(uri)) this.changed.fire();
      }),
    );
  }

  /** Resolves once the workspace is indexed (scanning it first if needed). */
  ensureScanned(): Promise<void> {
    this.scanning ??= this.options.activity ? this.options.activity.track(this.scanAll()) : this.scanAll();
    return this.scanning;
  }

  /** Forgets everything: the next `ensureScanned` scans again (the dictionaries or the settings changed). */
  invalidate(): void {
    this.generation++;
    this.files.clear();
    this.scanning = undefined;
    this.changed.fire();
  }

  /** Every indexed draft with its mentions; open drafts as they are in their editor now. */
  allFiles(): IndexedFile[] {
    return [...this.files.keys()].map((uri) => this.file(uri)!);
  }

  /**
   * The mentions resolved to `entityId`, draft by draft. `current`, a draft the index does not
   * hold (never saved), adds its own mentions, so that a feature asked in it finds them too.
   */
  mentionsOf(entityId: string, current?: ITextDocument): IndexedFile[] {
    const found: IndexedFile[] = [];
    const uris = [...this.files.keys()];
    if (current && !this.files.has(current.uri)) uris.push(current.uri);
    for (const uri of uris) {
      const file = (uri === current?.uri && this.openFile(current)) || this.file(uri);
      const mentions =
        file?.mentions.filter((mention) => mention.entityIds.length === 1 && mention.entityIds[0] === entityId) ?? [];
      if (file && mentions.length > 0) found.push({ uri, mentions, positionAt: (offset) => file.positionAt(offset) });
    }
    return found;
  }

  private file(uri: string): IndexedFile | undefined {
    const open = this.workspace.openDraft(uri);
    return (open && this.openFile(open)) ?? this.files.get(uri);
  }

  /** An open draft's mentions for its current version, from the mention cache. */
  private openFile(document: ITextDocument): IndexedFile | undefined {
    const annotation = this.mentions.get(document);
    return (
      annotation && {
        uri: document.uri,
        mentions: annotation.mentions,
        positionAt: (offset) => document.positionAt(offset),
      }
    );
  }

  private async scanAll(): Promise<void> {
    const generation = this.generation;
    const uris = await this.workspace.findDrafts();
    const started = performance.now();
    let result = { completed: true, longestSliceMs: 0 };
    const scan = async (report: (done: number) => void, isCancelled: () => boolean) => {
      result = await forEachChunked(uris, (uri) => this.indexDraft(uri, generation), {
        isCancelled: () => isCancelled() || generation !== this.generation,
        onProgress: (done) => report(done),
      });
    };
    await (this.options.withProgress
      ? this.options.withProgress(uris.length, scan)
      : scan(
          () => undefined,
          () => false,
        ));
    if (generation !== this.generation) return;
    this.options.onScanned?.({
      indexed: this.files.size,
      total: uris.length,
      completed: result.completed,
      elapsedMs: performance.now() - started,
      longestSliceMs: result.longestSliceMs,
    });
    this.changed.fire();
  }

  /** Reads a draft changed on disk again, once the workspace has been scanned. */
  private async reindex(uri: string): Promise<void> {
    if (!this.scanning) return;
    await this.indexDraft(uri, this.generation);
    this.changed.fire();
  }

  private async indexDraft(uri: string, generation: number): Promise<void> {
    const open = this.workspace.openDraft(uri);
    if (open) {
      // Kept for when the editor closes: the version open now, with its own positions.
      this.files.set(uri, {
        uri,
        mentions: this.mentions.get(open)?.mentions ?? [],
        positionAt: positionsIn(open.getText()),
      });
      return;
    }
    const document = await this.workspace.readDraft(uri);
    if (!document || generation !== this.generation) return;
    const text = document.getText();
    this.files.set(uri, { uri, mentions: this.options.index(uri).mentionsIn(text), positionAt: positionsIn(text) });
  }

  dispose(): void {
    this.generation++;
    this.store.dispose();
  }
}
