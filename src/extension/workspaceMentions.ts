import vscode = require('vscode');
import { decodeUtf8 } from '../core/text/decode';
import type { Activity } from '../core/workspace/activity';
import { type ITextDocument, type IWorkspace, TextSnapshot } from '../core/workspace/document';
import { DisposableStore, Emitter, type Event } from '../core/workspace/events';
import { extensionsOf } from '../core/workspace/languages';
import { type IndexedFile, WorkspaceIndex } from '../core/workspace/workspaceIndex';
import type { AnnotationCache } from './annotations';
import { loadBundle } from './bundleLoader';
import { readSettings } from './config';
import type { DictionaryService } from './dictionaryService';
import { coreDocument } from './documents';

/** Above this many files, indexing shows a cancellable notification rather than a status-bar spinner. */
const NOTIFY_ABOVE_FILES = 300;

/**
 * The workspace's drafts as the core's `IWorkspace`: found with the annotated languages' file
 * endings, leaving out what settings and `.gitignore` exclude; open ones as their editor has them.
 */
export class EditorWorkspace implements IWorkspace {
  private readonly changed = new Emitter<string>();
  private readonly edited = new Emitter<string>();
  private readonly deleted = new Emitter<string>();
  private watcher: vscode.Disposable | undefined;
  private readonly disposables = new DisposableStore();
  readonly onDidChangeDraft = this.changed.event;
  readonly onDidEditDraft = this.edited.event;
  readonly onDidDeleteDraft = this.deleted.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      this.changed,
      this.edited,
      this.deleted,
      vscode.workspace.onDidChangeTextDocument((event) => this.edited.fire(event.document.uri.toString())),
    );
  }

  async findDrafts(): Promise<readonly string[]> {
    const endings = extensionsOf(readSettings().languages);
    this.unwatch();
    if (endings.length === 0) return [];
    const include = `**/*.{${endings.join(',')}}`;
    this.watch(include);
    const isGitignored = await gitignoredTest(this.extensionUri);
    return (await vscode.workspace.findFiles(include, excludeGlob()))
      .filter((uri) => !isGitignored(uri))
      .map((uri) => uri.toString());
  }

  openDraft(uri: string): ITextDocument | undefined {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
    return open && coreDocument(open);
  }

  async readDraft(uri: string): Promise<ITextDocument | undefined> {
    const open = this.openDraft(uri);
    if (open) return open;
    const location = vscode.Uri.parse(uri, true);
    try {
      const bytes = await vscode.workspace.fs.readFile(location);
      const limit = readSettings(location).maxDocumentSize;
      const decoded = limit > 0 && bytes.length > limit ? undefined : decodeUtf8(bytes);
      if (decoded?.kind !== 'text') {
        const why = !decoded ? 'too large' : decoded.kind === 'binary' ? 'binary' : `not UTF-8 at byte ${decoded.byte}`;
        this.log.info(`Not indexing ${vscode.workspace.asRelativePath(location)}: ${why}.`);
        return undefined;
      }
      return new TextSnapshot(uri, decoded.text);
    } catch (error) {
      this.log.info(
        `Not indexing ${vscode.workspace.asRelativePath(location)}: ${error instanceof Error ? error.message : 'unreadable'}.`,
      );
      return undefined;
    }
  }

  private watch(include: string): void {
    const watcher = vscode.workspace.createFileSystemWatcher(include);
    const changed = (uri: vscode.Uri) => {
      // Open drafts with unsaved edits follow their editor instead.
      if (
        !vscode.workspace.textDocuments.some(
          (document) => document.uri.toString() === uri.toString() && document.isDirty,
        )
      )
        this.changed.fire(uri.toString());
    };
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete((uri) => this.deleted.fire(uri.toString())),
    );
  }

  /** Stops watching for changes (until the next scan finds the drafts again). */
  unwatch(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
  }

  dispose(): void {
    this.unwatch();
    this.disposables.dispose();
  }
}

/**
 * Every mention in the workspace's drafts, for references, rename and the workspace view:
 * the core's `WorkspaceIndex` over the editor's workspace, scanned with progress shown, and
 * scanned again when the dictionaries, the folders or the settings that choose drafts change.
 */
export class WorkspaceMentions implements vscode.Disposable {
  readonly index: WorkspaceIndex;
  /** The drafts themselves, to read one as it is now. */
  readonly drafts: EditorWorkspace;
  private readonly disposables = new DisposableStore();

  /** Fires when any file's mentions change. */
  readonly onDidChange: Event<void>;

  constructor(
    dictionaries: DictionaryService,
    annotations: AnnotationCache,
    log: vscode.LogOutputChannel,
    activity: Activity,
    extensionUri: vscode.Uri,
  ) {
    this.drafts = new EditorWorkspace(log, extensionUri);
    this.index = new WorkspaceIndex(this.drafts, annotations.mentions, {
      index: (uri) => dictionaries.indexFor(uri),
      activity,
      withProgress: (total, scan) => {
        const location =
          total > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
        const options = {
          location,
          title: 'Newsroom Lens: indexing drafts',
          cancellable: location === vscode.ProgressLocation.Notification,
        };
        return Promise.resolve(
          vscode.window.withProgress(options, (progress, token) => {
            let reported = 0;
            return scan(
              (done) => {
                const percent = Math.floor((done / total) * 100);
                if (percent > reported) {
                  progress.report({ increment: percent - reported, message: `${done} of ${total}` });
                  reported = percent;
                }
              },
              () => token.isCancellationRequested,
            );
          }),
        );
      },
      onScanned: (report) => {
        if (!report.completed)
          log.warn(
            `Indexing stopped after ${report.indexed} of ${report.total} drafts; references and the workspace view cover those.`,
          );
        log.info(
          `Indexed ${report.indexed} drafts in ${Math.round(report.elapsedMs)} ms (longest slice between yields ${Math.round(report.longestSliceMs)} ms).`,
        );
      },
    });
    this.onDidChange = this.index.onDidChange;
    const invalidate = () => {
      this.drafts.unwatch();
      this.index.invalidate();
    };
    this.disposables.push(
      this.drafts,
      this.index,
      dictionaries.onDidChange(invalidate),
      vscode.workspace.onDidChangeWorkspaceFolders(invalidate),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration('newsroomLens.highlight.languages') ||
          event.affectsConfiguration('newsroomLens.workspace.exclude') ||
          event.affectsConfiguration('files.exclude')
        ) {
          invalidate();
        }
      }),
    );
  }

  /** Indexes the workspace if it is not yet; resolves false if `token` cancels the wait. */
  async ensureScanned(token?: vscode.CancellationToken): Promise<boolean> {
    const scanned = this.index.ensureScanned();
    if (!token) {
      await scanned;
      return true;
    }
    return Promise.race([
      scanned.then(() => true),
      new Promise<boolean>((resolve) => token.onCancellationRequested(() => resolve(false))),
    ]);
  }

  /** Every indexed file with its mentions. */
  allFiles(): IndexedFile[] {
    return this.index.allFiles();
  }

  /** The mentions resolved to `entityId`, file by file, with those of `current` if the index does not hold it (never saved). */
  mentionsOf(entityId: string, current?: vscode.TextDocument): IndexedFile[] {
    return this.index.mentionsOf(entityId, current && coreDocument(current));
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/** One glob of everything not to scan but .gitignored files: `files.exclude` and `newsroomLens.workspace.exclude`. */
function excludeGlob(): string {
  const patterns = new Set<string>(['**/node_modules/**', '**/.git/**']);
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  for (const [pattern, on] of Object.entries(filesExclude)) if (on === true) patterns.add(pattern);
  for (const pattern of vscode.workspace.getConfiguration('newsroomLens').get<string[]>('workspace.exclude', []))
    patterns.add(pattern);
  return `{${[...patterns].join(',')}}`;
}

/** Whether the `.gitignore` at the root of a file's workspace folder leaves the file out. */
export async function gitignoredTest(extensionUri: vscode.Uri): Promise<(uri: vscode.Uri) => boolean> {
  const byFolder = new Map<string, (relativePath: string) => boolean>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    let gitignore: string;
    try {
      gitignore = new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.gitignore')),
      );
    } catch {
      // No .gitignore: nothing more to leave out.
      continue;
    }
    // The matcher (the ignore package) is loaded only for a workspace with a .gitignore.
    const { gitignoreMatcher } = await loadBundle(extensionUri, 'gitignore');
    byFolder.set(folder.uri.toString(), gitignoreMatcher(gitignore));
  }
  return (uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const isIgnored = folder && byFolder.get(folder.uri.toString());
    if (!folder || !isIgnored) return false;
    const folderPath = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return uri.path.startsWith(folderPath) && isIgnored(uri.path.slice(folderPath.length));
  };
}
