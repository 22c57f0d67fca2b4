import type { ITextDocument, IWorkspace } from '../../src/core/workspace/document';
import { TextSnapshot } from '../../src/core/workspace/document';
import { Activity } from '../../src/core/workspace/activity';
import { Emitter } from '../../src/core/workspace/events';
import { MentionCache } from '../../src/core/workspace/mentionCache';
import { WorkspaceIndex } from '../../src/core/workspace/workspaceIndex';
import { indexOf, person } from './helpers';

/** An editable document in memory: its version grows with each edit, as an editor's does. */
export class MemoryDocument implements ITextDocument {
  private snapshot: TextSnapshot;

  constructor(
    readonly uri: string,
    text: string,
    private currentVersion = 1,
  ) {
    this.snapshot = new TextSnapshot(uri, text, currentVersion);
  }

  get version(): number {
    return this.currentVersion;
  }

  getText(): string {
    return this.snapshot.getText();
  }

  positionAt(offset: number) {
    return this.snapshot.positionAt(offset);
  }

  /** Replaces [start, end) with `inserted`; returns the change as an editor reports it. */
  edit(
    start: number,
    end: number,
    inserted: string,
  ): { start: number; oldEnd: number; insertedLength: number; inserted: string } {
    const text = this.getText();
    this.currentVersion++;
    this.snapshot = new TextSnapshot(this.uri, text.slice(0, start) + inserted + text.slice(end), this.currentVersion);
    return { start, oldEnd: end, insertedLength: inserted.length, inserted };
  }
}

/**
 * A workspace held in memory: files "on disk" by URI, and documents "open in an editor".
 * Counts reads, so that tests can tell what the index read again.
 */
export class InMemoryWorkspace implements IWorkspace {
  readonly files = new Map<string, string>();
  readonly open = new Map<string, MemoryDocument>();
  readonly reads: string[] = [];
  private readonly changed = new Emitter<string>();
  private readonly edited = new Emitter<string>();
  private readonly deleted = new Emitter<string>();
  readonly onDidChangeDraft = this.changed.event;
  readonly onDidEditDraft = this.edited.event;
  readonly onDidDeleteDraft = this.deleted.event;

  constructor(files: Record<string, string> = {}) {
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
  }

  async findDrafts(): Promise<readonly string[]> {
    return [...this.files.keys()];
  }

  async readDraft(uri: string): Promise<ITextDocument | undefined> {
    const open = this.open.get(uri);
    if (open) return open;
    const text = this.files.get(uri);
    if (text === undefined) return undefined;
    this.reads.push(uri);
    return new TextSnapshot(uri, text);
  }

  openDraft(uri: string): ITextDocument | undefined {
    return this.open.get(uri);
  }

  /** Opens a file (or a new, never-saved draft) in an "editor". */
  openDocument(uri: string, text = this.files.get(uri) ?? ''): MemoryDocument {
    const document = new MemoryDocument(uri, text);
    this.open.set(uri, document);
    return document;
  }

  editDocument(uri: string, start: number, end: number, inserted: string) {
    const change = this.open.get(uri)!.edit(start, end, inserted);
    this.edited.fire(uri);
    return change;
  }

  writeFile(uri: string, text: string): void {
    this.files.set(uri, text);
    this.changed.fire(uri);
  }

  deleteFile(uri: string): void {
    this.files.delete(uri);
    this.deleted.fire(uri);
  }
}

/** The dictionary the workspace tests use. */
export const index = indexOf({
  entities: [
    person('amal-haddad', 'Amal Haddad', ['Haddad']),
    person('omar-said', 'Omar Said'),
    { id: 'homs', name: 'Homs', type: 'place', aliases: [] },
  ],
});

/** Counts how often the index is asked to match a text, to show what is matched again. */
function countingIndex() {
  const counted = { calls: 0 };
  const mentionsIn = index.mentionsIn.bind(index);
  const proxy = Object.create(index) as typeof index;
  proxy.mentionsIn = (text, region) => {
    counted.calls++;
    return mentionsIn(text, region);
  };
  return { proxy, counted };
}

/** An in-memory workspace with its mention cache and index, counting how often text is matched. */
export function setUp(files: Record<string, string>, sizeCap = 0) {
  const workspace = new InMemoryWorkspace(files);
  const { proxy, counted } = countingIndex();
  const activity = new Activity();
  const mentions = new MentionCache({
    index: () => proxy,
    withinSizeCap: (_document, length) => sizeCap <= 0 || length <= sizeCap,
    activity,
    slicedFromChars: 200,
  });
  const workspaceIndex = new WorkspaceIndex(workspace, mentions, { index: () => proxy, activity });
  return { workspace, mentions, workspaceIndex, counted, activity };
}
