import vscode = require('vscode');
import { type Day, localDay } from '../core/text/calendar';
import type { Activity } from '../core/workspace/activity';
import { KeyedDebounce } from '../core/workspace/debounce';
import type { ITextDocument } from '../core/workspace/document';
import { conflictFindings } from '../core/workspace/draftFindings';
import { DisposableStore } from '../core/workspace/events';
import type { DocumentTimeline, Timelines } from '../core/workspace/timelines';
import type { AnnotationCache } from './annotations';
import { type LazyBundles, loadBundle } from './bundleLoader';
import { changed, checksAsYouType, isAnnotated, readCheckOptions } from './config';
import { cappedDiagnostics } from './diagnostics';
import type { DictionaryService } from './dictionaryService';
import { coreDocument } from './documents';

export type { DocumentTimeline } from '../core/workspace/timelines';

const ANCHORS_KEY = 'newsroomLens.timelineAnchors';
const TYPING_DELAY_MS = 400;

/**
 * The timeline of each open draft (the core's `Timelines`), kept current as drafts are
 * opened, typed in and saved, with the places where it dates an event differently from a
 * dictionary shown as warnings in the Problems panel.
 */
export class TimelineService implements vscode.Disposable {
  /** The core's timeline code, a bundle of its own loaded after activation. */
  readonly engine: Promise<LazyBundles['timelineEngine']>;
  private readonly timelines: Promise<Timelines>;
  /** Once loaded: what `has`, `forget` and `clear` need at once. */
  private loaded: Timelines | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsroom-lens-timeline');
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly typing: KeyedDebounce;
  private readonly disposables = new DisposableStore();
  /** Fires with the document whose timeline changed, or undefined for all. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    extensionUri: vscode.Uri,
    dictionaries: DictionaryService,
    annotations: AnnotationCache,
    state: vscode.Memento,
    private readonly activity: Activity,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // The timeline's code is a bundle of its own, read once activation is over (a require in Node is synchronous).
    this.engine = new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
      loadBundle(extensionUri, 'timelineEngine'),
    );
    this.timelines = this.engine.then(({ Timelines }) => {
      const timelines = new Timelines({
        index: (uri) => dictionaries.indexFor(uri),
        mentions: annotations.mentions,
        anchors: {
          get: (uri) => state.get<Record<string, string>>(ANCHORS_KEY, {})[uri],
          set: async (uri, anchor) => {
            const { [uri]: _previous, ...others } = state.get<Record<string, string>>(ANCHORS_KEY, {});
            await state.update(ANCHORS_KEY, anchor ? { ...others, [uri]: anchor } : others);
          },
        },
        fileDay: (uri) => fileDay(vscode.Uri.parse(uri, true)),
      });
      this.disposables.push(
        timelines,
        timelines.onDidBuild(({ document, result }) =>
          this.showConflicts(vscode.Uri.parse(document.uri, true), document, result),
        ),
      );
      this.loaded = timelines;
      return timelines;
    });
    this.typing = new KeyedDebounce(TYPING_DELAY_MS, activity);
    this.disposables.push(
      this.diagnostics,
      this.changeEmitter,
      this.typing,
      vscode.workspace.onDidOpenTextDocument((document) => this.update(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (checksAsYouType(event.document)) this.updateAfterTyping(event.document);
      }),
      // Long documents are placed in time when saved instead.
      vscode.workspace.onDidSaveTextDocument((document) => this.updateAfterTyping(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.typing.cancel(document.uri.toString());
        this.loaded?.forget(document.uri.toString());
        this.diagnostics.delete(document.uri);
      }),
      dictionaries.onDidChange(() => this.rebuildAll()),
      // A rule's severity decides how a conflict shows.
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (changed(event, 'consistency')) this.rebuildAll();
      }),
      // A long document's timeline waits for its mentions; as it is typed, it waits for a save as before.
      annotations.onDidAnnotate((document) => {
        if (checksAsYouType(document) || !this.loaded?.has(document.uri.toString())) this.update(document, true);
      }),
    );
    vscode.workspace.textDocuments.forEach((document) => this.update(document));
  }

  /** The anchor the writer set for a document, if any (YYYY-MM-DD). */
  async anchorOverride(uri: vscode.Uri): Promise<string | undefined> {
    return (await this.timelines).anchorOverride(uri.toString());
  }

  /** Sets (or, with undefined, clears) the day a document's story is told from. */
  async setAnchor(uri: vscode.Uri, anchor: string | undefined): Promise<void> {
    await (await this.timelines).setAnchor(uri.toString(), anchor);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document) await this.timelineFor(document);
    this.changeEmitter.fire(uri);
  }

  /** The document's timeline, computed once per version; undefined for documents not annotated. */
  timelineFor(document: vscode.TextDocument): Promise<DocumentTimeline | undefined> {
    return isAnnotated(document)
      ? this.timelines.then((timelines) => timelines.timelineFor(coreDocument(document)))
      : Promise.resolve(undefined);
  }

  /** Works out a document's timeline in the background; `announce` tells the view it changed. */
  private update(document: vscode.TextDocument, announce = false): void {
    void this.activity.track(this.timelineFor(document)).then(
      () => {
        if (announce) this.changeEmitter.fire(document.uri);
      },
      (error: unknown) =>
        this.log.error(
          `Could not place ${vscode.workspace.asRelativePath(document.uri)} in time: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  }

  private rebuildAll(): void {
    this.loaded?.clear();
    vscode.workspace.textDocuments.forEach((document) => this.update(document));
    this.changeEmitter.fire(undefined);
  }

  private updateAfterTyping(document: vscode.TextDocument): void {
    if (!isAnnotated(document)) return;
    this.typing.schedule(document.uri.toString(), () => this.update(document, true));
  }

  private showConflicts(uri: vscode.Uri, document: ITextDocument, result: DocumentTimeline): void {
    const findings = conflictFindings(document.getText(), result.conflicts, readCheckOptions(uri));
    this.diagnostics.set(uri, cappedDiagnostics(document, uri, findings, 'timeline'));
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/** The file's modification day, the anchor of last resort (today for unsaved drafts). */
async function fileDay(uri: vscode.Uri): Promise<Day> {
  if (uri.scheme === 'untitled') return localDay(new Date());
  try {
    return localDay(new Date((await vscode.workspace.fs.stat(uri)).mtime));
  } catch {
    return localDay(new Date());
  }
}
