import vscode = require('vscode');
import type { Mention } from '../core/match/matcher';
import { LineMap } from '../core/text/lines';
import { forEachChunked } from '../core/workspace/chunked';
import { gitignoreMatcher } from '../core/workspace/gitignore';
import { readSettings } from './config';
import type { DictionaryService } from './dictionaryService';

/** File name endings of the languages the workspace features can scan on disk. */
const EXTENSIONS_BY_LANGUAGE: Record<string, readonly string[]> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  plaintext: ['txt', 'text'],
  latex: ['tex'],
  restructuredtext: ['rst'],
  asciidoc: ['adoc', 'asciidoc'],
  html: ['html', 'htm'],
};
/** Above this many files, indexing shows a cancellable notification rather than a status-bar spinner. */
const NOTIFY_ABOVE_FILES = 300;
const EDIT_DELAY_MS = 300;

/** A mention as the workspace index keeps it: where it is, by offsets and by position. */
export interface IndexedMention extends Mention {
  readonly range: vscode.Range;
}

export interface FileMentions {
  readonly uri: vscode.Uri;
  readonly mentions: readonly IndexedMention[];
}

/**
 * Every mention in the workspace's drafts, for references, rename and the workspace view.
 * The first scan reads files in short slices that yield to the editor, with progress; after
 * that only what changes is read again: a saved, created or deleted file, an edited draft.
 */
export class WorkspaceMentions implements vscode.Disposable {
  private readonly files = new Map<string, FileMentions>();
  private scanning: Promise<void> | undefined;
  private generation = 0;
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private watcher: vscode.Disposable | undefined;

  /** Fires when any file's mentions change. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      dictionaries.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('newsroomLens.highlight.languages') || event.affectsConfiguration('newsroomLens.workspace.exclude') || event.affectsConfiguration('files.exclude')) {
          this.invalidate();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.updateAfterEdit(event.document)),
    );
  }

  /** Indexes the workspace if it is not yet; resolves false if `token` cancels the wait. */
  async ensureScanned(token?: vscode.CancellationToken): Promise<boolean> {
    this.scanning ??= this.scanAll();
    if (!token) {
      await this.scanning;
      return true;
    }
    return Promise.race([this.scanning.then(() => true), new Promise<boolean>((resolve) => token.onCancellationRequested(() => resolve(false)))]);
  }

  /** Every indexed file with its mentions. */
  allFiles(): IterableIterator<FileMentions> {
    return this.files.values();
  }

  /** The mentions resolved to `entityId`, file by file. */
  mentionsOf(entityId: string): FileMentions[] {
    const found: FileMentions[] = [];
    for (const file of this.files.values()) {
      const mentions = file.mentions.filter((mention) => mention.entityIds.length === 1 && mention.entityIds[0] === entityId);
      if (mentions.length > 0) found.push({ uri: file.uri, mentions });
    }
    return found;
  }

  private invalidate(): void {
    this.generation++;
    this.files.clear();
    this.scanning = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    this.changeEmitter.fire();
  }

  private include(): string | undefined {
    const endings = [...new Set(readSettings().languages.flatMap((language) => EXTENSIONS_BY_LANGUAGE[language] ?? []))];
    return endings.length > 0 ? `**/*.{${endings.join(',')}}` : undefined;
  }

  private async scanAll(): Promise<void> {
    const generation = this.generation;
    const include = this.include();
    if (!include) return;
    this.watch(include);
    const isGitignored = await gitignoredTest();
    const uris = (await vscode.workspace.findFiles(include, excludeGlob())).filter((uri) => !isGitignored(uri));
    const started = performance.now();
    // The longest slice between yields: an upper bound on how long the scan held the extension host.
    let longestSliceMs = 0;
    const location = uris.length > NOTIFY_ABOVE_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress({ location, title: 'Newsroom Lens: indexing drafts', cancellable: location === vscode.ProgressLocation.Notification }, async (progress, token) => {
      let reported = 0;
      const result = await forEachChunked(uris, (uri) => this.indexFile(uri), {
        isCancelled: () => token.isCancellationRequested || generation !== this.generation,
        onProgress: (done, total) => {
          const percent = Math.floor((done / total) * 100);
          if (percent > reported) {
            progress.report({ increment: percent - reported, message: `${done} of ${total}` });
            reported = percent;
          }
        },
      });
      longestSliceMs = result.longestSliceMs;
      if (!result.completed && generation === this.generation) {
        this.log.warn(`Indexing stopped after ${this.files.size} of ${uris.length} drafts; references and the workspace view cover those.`);
      }
    });
    this.log.info(`Indexed ${this.files.size} drafts in ${Math.round(performance.now() - started)} ms (longest slice between yields ${Math.round(longestSliceMs)} ms).`);
    this.changeEmitter.fire();
  }

  private watch(include: string): void {
    const watcher = vscode.workspace.createFileSystemWatcher(include);
    const reindex = async (uri: vscode.Uri) => {
      if (this.isOpen(uri)) return; // open drafts follow their edits instead
      await this.indexFile(uri);
      this.changeEmitter.fire();
    };
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidChange(reindex),
      watcher.onDidCreate(reindex),
      watcher.onDidDelete((uri) => {
        if (this.files.delete(uri.toString())) this.changeEmitter.fire();
      }),
    );
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty);
  }

  private async indexFile(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) {
      this.indexText(uri, open.getText(), (offset) => open.positionAt(offset));
      return;
    }
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const limit = readSettings(uri).maxDocumentSize;
      if ((limit > 0 && bytes.length > limit) || bytes.includes(0)) {
        this.log.info(`Not indexing ${vscode.workspace.asRelativePath(uri)}: too large or binary.`);
        return;
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      this.log.info(`Not indexing ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : 'unreadable'}.`);
      return;
    }
    const lines = new LineMap(text);
    this.indexText(uri, text, (offset) => {
      const { line, column } = lines.position(offset);
      return new vscode.Position(line - 1, column - 1);
    });
  }

  private indexText(uri: vscode.Uri, text: string, positionAt: (offset: number) => vscode.Position): void {
    const mentions = this.dictionaries.index
      .mentionsIn(text)
      .map((mention) => ({ ...mention, range: new vscode.Range(positionAt(mention.start), positionAt(mention.end)) }));
    this.files.set(uri.toString(), { uri, mentions });
  }

  private updateAfterEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.files.has(key)) return;
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(
      key,
      setTimeout(() => {
        this.indexText(document.uri, document.getText(), (offset) => document.positionAt(offset));
        this.changeEmitter.fire();
      }, EDIT_DELAY_MS),
    );
  }

  dispose(): void {
    this.generation++;
    this.editTimers.forEach((timer) => clearTimeout(timer));
    this.watcher?.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

/** One glob of everything not to scan but .gitignored files: `files.exclude` and `newsroomLens.workspace.exclude`. */
function excludeGlob(): string {
  const patterns = new Set<string>(['**/node_modules/**', '**/.git/**']);
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  for (const [pattern, on] of Object.entries(filesExclude)) if (on === true) patterns.add(pattern);
  for (const pattern of vscode.workspace.getConfiguration('newsroomLens').get<string[]>('workspace.exclude', [])) patterns.add(pattern);
  return `{${[...patterns].join(',')}}`;
}

/** Whether the `.gitignore` at the root of a file's workspace folder leaves the file out. */
async function gitignoredTest(): Promise<(uri: vscode.Uri) => boolean> {
  const byFolder = new Map<string, (relativePath: string) => boolean>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const gitignore = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.gitignore')));
      byFolder.set(folder.uri.toString(), gitignoreMatcher(gitignore));
    } catch {
      // No .gitignore: nothing more to leave out.
    }
  }
  return (uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const isIgnored = folder && byFolder.get(folder.uri.toString());
    if (!folder || !isIgnored) return false;
    const folderPath = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return uri.path.startsWith(folderPath) && isIgnored(uri.path.slice(folderPath.length));
  };
}
