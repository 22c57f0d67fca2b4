import vscode = require('vscode');
import { type TimelineConflict, findConflicts } from '../core/timeline/conflicts';
import { type Day, localDay, parseDay } from '../core/text/calendar';
import { type Timeline, anchorOf, buildTimeline } from '../core/timeline/events';
import type { AnnotationCache } from './annotations';
import { checksAsYouType, isAnnotated } from './config';
import type { DictionaryService } from './dictionaryService';
import { DIAGNOSTIC_SOURCE } from './ids';

const ANCHORS_KEY = 'newsroomLens.timelineAnchors';
const TYPING_DELAY_MS = 400;

export interface DocumentTimeline {
  readonly timeline: Timeline;
  readonly conflicts: readonly TimelineConflict[];
}

function today(): Day {
  return localDay(new Date());
}

/**
 * The timeline of each open draft: its dated events against an anchor (set by the writer,
 * else the dateline, else the file's date), and the places where it dates an event
 * differently from a dictionary, shown as warnings in the Problems panel.
 */
export class TimelineService implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; result: DocumentTimeline }>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsroom-lens-timeline');
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changeEmitter];
  /** Fires with the document whose timeline changed, or undefined for all. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.updateInBackground(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (checksAsYouType(event.document)) this.updateAfterTyping(event.document);
      }),
      // Long documents are placed in time when saved instead.
      vscode.workspace.onDidSaveTextDocument((document) => this.updateAfterTyping(document)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.diagnostics.delete(document.uri);
      }),
      dictionaries.onDidChange(() => {
        this.cache.clear();
        vscode.workspace.textDocuments.forEach((document) => this.updateInBackground(document));
        this.changeEmitter.fire(undefined);
      }),
      // A long document's timeline waits for its mentions; as it is typed, it waits for a save as before.
      annotations.onDidAnnotate((document) => {
        if (checksAsYouType(document) || !this.cache.has(document.uri.toString())) this.updateInBackground(document, { notify: true });
      }),
    );
    vscode.workspace.textDocuments.forEach((document) => this.updateInBackground(document));
  }

  /** Computes a document's timeline without waiting for it; a failure is logged rather than left unhandled. */
  private updateInBackground(document: vscode.TextDocument, { notify = false } = {}): void {
    this.timelineFor(document).then(
      () => {
        if (notify) this.changeEmitter.fire(document.uri);
      },
      (error: unknown) => this.log.error(`Could not place ${vscode.workspace.asRelativePath(document.uri)} in time: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** The anchor the writer set for a document, if any (YYYY-MM-DD). */
  anchorOverride(uri: vscode.Uri): string | undefined {
    return this.state.get<Record<string, string>>(ANCHORS_KEY, {})[uri.toString()];
  }

  /** Sets (or, with undefined, clears) the day a document's story is told from. */
  async setAnchor(uri: vscode.Uri, anchor: string | undefined): Promise<void> {
    const { [uri.toString()]: _previous, ...others } = this.state.get<Record<string, string>>(ANCHORS_KEY, {});
    await this.state.update(ANCHORS_KEY, anchor ? { ...others, [uri.toString()]: anchor } : others);
    this.cache.delete(uri.toString());
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document) await this.timelineFor(document);
    this.changeEmitter.fire(uri);
  }

  /** The document's timeline, computed once per version; undefined for documents not annotated. */
  async timelineFor(document: vscode.TextDocument): Promise<DocumentTimeline | undefined> {
    if (!isAnnotated(document) || !this.annotations.get(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const version = document.version;
    const given = parseDay(this.anchorOverride(document.uri) ?? '');
    const { anchor, source } = anchorOf(document.getText(), await this.fileDay(document.uri), given);
    if (document.version !== version) return this.timelineFor(document);
    const timeline = buildTimeline(document.getText(), this.dictionaries.index, anchor, source);
    const references = this.dictionaries.index.dictionaries.flatMap((dictionary) => dictionary.events);
    const result = { timeline, conflicts: findConflicts(timeline.events, references) };
    this.cache.set(key, { version, result });
    this.diagnostics.set(
      document.uri,
      result.conflicts.map((conflict) => {
        const expression = conflict.event.expression;
        const range = new vscode.Range(document.positionAt(expression.start), document.positionAt(expression.end));
        const diagnostic = new vscode.Diagnostic(range, conflict.message, vscode.DiagnosticSeverity.Warning);
        diagnostic.code = 'timeline-conflict';
        diagnostic.source = DIAGNOSTIC_SOURCE;
        return diagnostic;
      }),
    );
    return result;
  }

  /** The file's modification day, the anchor of last resort (today for unsaved drafts). */
  private async fileDay(uri: vscode.Uri): Promise<Day> {
    if (uri.scheme === 'untitled') return today();
    try {
      return localDay(new Date((await vscode.workspace.fs.stat(uri)).mtime));
    } catch {
      return today();
    }
  }

  private updateAfterTyping(document: vscode.TextDocument): void {
    if (!isAnnotated(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => this.updateInBackground(document, { notify: true }), TYPING_DELAY_MS),
    );
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
