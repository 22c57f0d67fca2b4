import vscode = require('vscode');
import { EntityIndex } from '../core/dictionary/entityIndex';
import { type DictionaryFile, formatProblem, loadDictionaries } from '../core/dictionary/load';
import type { DictionaryProblem } from '../core/dictionary/parse';
import type { Activity } from '../core/workspace/activity';
import { KeyedDebounce } from '../core/workspace/debounce';
import {
  type DictionaryOrigin,
  type ScopeSettings,
  ScopedDictionaries,
  folderOf,
  reachOf,
} from '../core/workspace/dictionaryScopes';
import { useNameReaders } from '../core/text/nameReaders';
import { useSourceChecks } from '../core/consistency/sourceChecks';
import { DisposableStore } from '../core/workspace/events';
import { loadBundle } from './bundleLoader';
import { changed, readSettings } from './config';
import { CONFIG_SECTION } from './ids';
import { gitignoredTest } from './workspaceMentions';

const DICTIONARY_GLOB = '**/*.entities.json';
const RELOAD_DELAY_MS = 300;

/**
 * Keeps the loaded dictionaries: the bundled ones always, the workspace's `*.entities.json`
 * files and the `newsroomLens.dictionaries` paths only in a trusted workspace, and which of
 * them each draft uses (`newsroomLens.dictionaryScope`). Reloads when any of them changes
 * and reports broken entries while keeping the rest in use.
 */
export class DictionaryService implements vscode.Disposable {
  private scoped = new ScopedDictionaries(new EntityIndex([]), () => 'everywhere', []);
  private currentProblems: readonly DictionaryProblem[] = [];
  private currentAwaitingTrust = 0;
  private readonly changeEmitter = new vscode.EventEmitter<EntityIndex>();
  private librariesReady: Promise<void> | undefined;
  /** The folders holding copies of the bundled articles, by the articles asked about: a scan of every .txt file, kept until one changes. */
  private sampleCopies: { readonly articles: string; readonly folders: Promise<string[]> } | undefined;
  private readonly disposables = new DisposableStore();
  private settingWatchers = new DisposableStore();
  private readonly reloads: KeyedDebounce<'reload'>;
  private loading: Promise<void> = Promise.resolve();

  /** Fires with the new index after every reload. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly activity: Activity,
  ) {
    this.reloads = new KeyedDebounce(RELOAD_DELAY_MS, activity);
    this.disposables.push(
      this.changeEmitter,
      this.reloads,
      this.watch(DICTIONARY_GLOB),
      this.watchFolderDeletions(),
      this.watchSampleCopies(),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (changed(event, 'dictionaries', 'dictionaryScope', 'sampleDictionaryEverywhere')) void this.reload();
      }),
    );
  }

  /** Every dictionary as one index: for what concerns the whole workspace, not one draft. */
  get index(): EntityIndex {
    return this.scoped.all;
  }

  /** The index of the dictionaries the draft at `uri` uses: its story's, by default. */
  indexFor(uri: vscode.Uri | string): EntityIndex {
    return this.scoped.indexFor(uri.toString());
  }

  /** The problems of the last load, each located in its file where it can be. */
  get problems(): readonly DictionaryProblem[] {
    return this.currentProblems;
  }

  /** How many workspace dictionaries were left unread because the workspace is not trusted. */
  get awaitingTrust(): number {
    return this.currentAwaitingTrust;
  }

  /** Resolves when the reload under way (if any) has finished. */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  /** Reloads every dictionary now. */
  reload(): Promise<void> {
    this.reloads.cancel('reload');
    // One load at a time, in order; a failed load is reported and does not stop later ones.
    this.loading = this.loading
      .then(() =>
        vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Newsroom Lens: loading entity dictionaries' },
          () => this.load(),
        ),
      )
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        this.log.error(`Loading the dictionaries failed: ${reason}`);
        void vscode.window.showErrorMessage(`Newsroom Lens could not load its dictionaries: ${reason}`);
      });
    void this.activity.track(this.loading);
    return this.loading;
  }

  private scheduleReload(): void {
    this.reloads.schedule('reload', () => void this.reload());
  }

  private async load(): Promise<void> {
    // Names sound out, Cyrillic names are read and drafts are checked against their sources once the bundles of those
    // libraries and checks are loaded: at the first load, after activation, before the first index.
    const unavailable = (what: string) => (error: unknown) =>
      this.log.warn(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    this.librariesReady ??= Promise.all([
      loadBundle(this.extensionUri, 'nameReaders').then(
        ({ libraryNameReaders }) => useNameReaders(libraryNameReaders),
        unavailable('Names will be compared by their letters only, and Cyrillic names not recognised'),
      ),
      loadBundle(this.extensionUri, 'sourceChecks').then(
        ({ librarySourceChecks }) => useSourceChecks(librarySourceChecks),
        unavailable('Quotations, figures and titles will not be checked against the sources'),
      ),
    ]).then(() => undefined);
    await this.librariesReady;
    const sources = await this.dictionaryUris();
    const files: DictionaryFile[] = [];
    const unreadable: DictionaryProblem[] = [];
    for (const { uri, origin } of sources) {
      try {
        files.push({
          file: uri.toString(),
          bytes: await vscode.workspace.fs.readFile(uri),
          overridable: origin === 'bundled',
        });
      } catch (error) {
        unreadable.push({
          file: uri.toString(),
          message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
          severity: 'error',
        });
      }
    }
    const { index, problems, texts } = loadDictionaries(files);
    const located = problems.every((problem) => problem.location)
      ? problems
      : (await loadBundle(this.extensionUri, 'dictionaryLocations')).locateProblems(problems, texts);
    const settings = await this.scopeSettings(index);
    const origins = new Map(sources.map(({ uri, origin }) => [uri.toString(), origin]));
    this.scoped = new ScopedDictionaries(
      index,
      (dictionary) => reachOf(dictionary.file, origins.get(dictionary.file) ?? 'workspace', settings),
      (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString()),
    );
    this.currentProblems = [...unreadable, ...located];
    this.log.info(`Loaded ${index.size} entities from ${index.dictionaries.length} of ${sources.length} dictionaries.`);
    this.logProblems();
    this.changeEmitter.fire(index);
  }

  /** Which dictionaries apply where; the bundled sample applies beside the copies of its article the workspace holds. */
  private async scopeSettings(index: EntityIndex): Promise<ScopeSettings> {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
    const scope = config.get<string>('dictionaryScope') === 'workspace' ? 'workspace' : 'story';
    const bundledEverywhere = config.get<boolean>('sampleDictionaryEverywhere', false);
    if (bundledEverywhere) return { scope, bundledEverywhere, sampleFolders: [] };
    const articles = index.dictionaries
      .filter((dictionary) => dictionary.overridable && dictionary.source?.file)
      .map((dictionary) => vscode.Uri.joinPath(vscode.Uri.parse(folderOf(dictionary.file)), dictionary.source!.file!));
    const key = articles.map((article) => article.toString()).join('\n');
    if (this.sampleCopies?.articles !== key) {
      const entry = { articles: key, folders: this.foldersHoldingCopies(articles) };
      // A scan that failed (a file gone while read) is tried again at the next load.
      entry.folders.catch(() => {
        if (this.sampleCopies === entry) this.sampleCopies = undefined;
      });
      this.sampleCopies = entry;
    }
    return { scope, bundledEverywhere, sampleFolders: await this.sampleCopies.folders };
  }

  /** A text file created or deleted may be a copy of a bundled article, which changes where the sample applies; an edited one may stop being one. */
  private watchSampleCopies(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.txt');
    const forget = () => (this.sampleCopies = undefined);
    const forgetAndReload = () => {
      forget();
      this.scheduleReload();
    };
    return vscode.Disposable.from(
      watcher,
      watcher.onDidChange(forget),
      watcher.onDidCreate(forgetAndReload),
      watcher.onDidDelete(forgetAndReload),
    );
  }

  /** The workspace folders that hold a file with the same bytes as one of `articles`. */
  private async foldersHoldingCopies(articles: readonly vscode.Uri[]): Promise<string[]> {
    const wanted: Uint8Array[] = [];
    for (const article of articles)
      wanted.push(await vscode.workspace.fs.readFile(article).then(undefined, () => new Uint8Array()));
    const sizes = new Set(wanted.filter((bytes) => bytes.length > 0).map((bytes) => bytes.length));
    if (sizes.size === 0) return [];
    const folders: string[] = [];
    for (const candidate of await vscode.workspace.findFiles('**/*.txt', '{**/node_modules/**,**/.git/**}')) {
      const size = await vscode.workspace.fs.stat(candidate).then(
        (stat) => stat.size,
        () => -1,
      );
      if (!sizes.has(size)) continue;
      const bytes = await vscode.workspace.fs.readFile(candidate);
      if (wanted.some((article) => sameBytes(article, bytes))) folders.push(folderOf(candidate.toString()));
    }
    return folders;
  }

  /** Dictionaries in load order: the settings' paths, the workspace's files, then the bundled ones. */
  private async dictionaryUris(): Promise<{ uri: vscode.Uri; origin: DictionaryOrigin }[]> {
    const sources: { uri: vscode.Uri; origin: DictionaryOrigin }[] = [];
    const add = (uri: vscode.Uri, origin: DictionaryOrigin) => {
      if (!sources.some((known) => known.uri.toString() === uri.toString())) sources.push({ uri, origin });
    };
    this.watchSettingPaths([]);
    // As `newsroom-lens check` finds them: what the folder's .gitignore leaves out is not the desk's.
    const isGitignored = await gitignoredTest(this.extensionUri);
    const inWorkspace = (await vscode.workspace.findFiles(DICTIONARY_GLOB, '{**/node_modules/**,**/.git/**}'))
      .filter((uri) => !isGitignored(uri))
      .sort((a, b) => a.toString().localeCompare(b.toString()));
    if (vscode.workspace.isTrusted) {
      const fromSettings = this.settingPathUris();
      fromSettings.forEach((uri) => add(uri, 'setting'));
      this.watchSettingPaths(fromSettings);
      inWorkspace.forEach((uri) => add(uri, 'workspace'));
      this.currentAwaitingTrust = 0;
    } else {
      this.currentAwaitingTrust = inWorkspace.length;
      this.log.info(
        `The workspace is not trusted: only the bundled dictionaries are in use until you trust it (${inWorkspace.length} workspace dictionaries wait).`,
      );
    }
    const bundledFolder = vscode.Uri.joinPath(this.extensionUri, 'entities');
    for (const [name, type] of await vscode.workspace.fs.readDirectory(bundledFolder)) {
      if (type === vscode.FileType.File && name.endsWith('.entities.json'))
        add(vscode.Uri.joinPath(bundledFolder, name), 'bundled');
    }
    return sources;
  }

  /** The `newsroomLens.dictionaries` entries as URIs: absolute paths, or relative to each folder. */
  private settingPathUris(): vscode.Uri[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris: vscode.Uri[] = [];
    const scopes: (vscode.WorkspaceFolder | undefined)[] = folders.length > 0 ? [...folders] : [undefined];
    for (const folder of scopes) {
      for (const entry of readSettings(folder?.uri).dictionaries) {
        if (/^([a-zA-Z]:[\\/]|\/)/.test(entry)) uris.push(vscode.Uri.file(entry));
        else if (folder) uris.push(vscode.Uri.joinPath(folder.uri, entry));
        else this.log.warn(`Dictionary path "${entry}" is relative but no folder is open; it was ignored.`);
      }
    }
    return uris;
  }

  /** Paths from the setting may lie outside the workspace, where the glob watcher does not look. */
  private watchSettingPaths(uris: vscode.Uri[]): void {
    this.settingWatchers.dispose();
    this.settingWatchers = new DisposableStore();
    uris.forEach((uri) =>
      this.settingWatchers.add(
        this.watch(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!)),
      ),
    );
  }

  /** Reloads, shortly, whenever a file matching `pattern` is created, changed or deleted. */
  private watch(pattern: vscode.GlobPattern): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = () => this.scheduleReload();
    return vscode.Disposable.from(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
    );
  }

  /**
   * Reloads when a folder holding a loaded dictionary is deleted: VS Code's watcher then
   * reports the folder alone, which no dictionary pattern matches.
   */
  private watchFolderDeletions(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidDelete((deleted) => {
        const folder = `${deleted.toString()}/`;
        if (this.index.dictionaries.some((dictionary) => dictionary.file.startsWith(folder))) this.scheduleReload();
      }),
    );
  }

  /** Writes every problem to the output channel (dictionaryProblems.ts shows them in the Problems panel). */
  private logProblems(): void {
    for (const problem of this.currentProblems) {
      const line = formatProblem({ ...problem, file: displayName(problem.file) });
      if (problem.severity === 'error') this.log.error(line);
      else this.log.warn(line);
    }
  }

  dispose(): void {
    this.settingWatchers.dispose();
    this.disposables.dispose();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** A dictionary's name as a person reads it: relative to the workspace where it is inside it. */
export function displayName(file: string): string {
  try {
    const uri = vscode.Uri.parse(file, true);
    return vscode.workspace.asRelativePath(uri, true);
  } catch {
    return file;
  }
}
