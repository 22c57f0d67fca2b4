import vscode = require('vscode');
import type { DocumentAnnotation } from '../core/match/annotation';
import type { Mention } from '../core/match/matcher';
import type { Activity } from '../core/workspace/activity';
import type { ITextDocument } from '../core/workspace/document';
import { DisposableStore } from '../core/workspace/events';
import { MentionCache, type RefusalReason } from '../core/workspace/mentionCache';
import { readSettings } from './config';
import type { DictionaryService } from './dictionaryService';
import { EditorDocument, coreDocument } from './documents';

const ANNOTATE_ANYWAY = 'Annotate Anyway';

/**
 * The mentions of each open document, computed once per document version (the core's
 * `MentionCache`) and shared by highlights, hovers and the rest. Tells the writer, once per
 * document, why one is not annotated, and lets them annotate one over the size cap anyway.
 */
export class AnnotationCache implements vscode.Disposable {
  readonly mentions: MentionCache;
  private readonly notified = new Set<string>();
  /** Documents over the size cap that the writer chose to annotate anyway. */
  private readonly allowedLarge = new Set<string>();
  private readonly annotatedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /**
   * Fires when a document's mentions are ready later than they were asked for: annotated
   * in slices, or allowed over the size cap. Features that drew nothing ask again.
   */
  readonly onDidAnnotate = this.annotatedEmitter.event;
  private readonly disposables = new DisposableStore();

  constructor(
    dictionaries: DictionaryService,
    private readonly log: vscode.LogOutputChannel,
    activity: Activity,
  ) {
    this.mentions = new MentionCache({
      index: (uri) => dictionaries.indexFor(uri),
      withinSizeCap: (document, length) => this.isWithinSizeCap(document, length),
      onRefused: (document, reason, length) => this.tellRefused(document, reason, length),
      onSliced: (document, count, elapsedMs) =>
        this.log.info(
          `Annotated ${relativeName(document)} in slices: ${count} mentions in ${Math.round(elapsedMs)} ms.`,
        ),
      onError: (document, error) =>
        this.log.error(
          `Could not annotate ${relativeName(document)}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      activity,
    });
    this.disposables.push(
      this.mentions,
      this.annotatedEmitter,
      this.mentions.onDidAnnotate((document) => {
        if (document instanceof EditorDocument) this.annotatedEmitter.fire(document.document);
      }),
      dictionaries.onDidChange(() => this.mentions.clear()),
      vscode.workspace.onDidCloseTextDocument((document) => this.mentions.forget(document.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((event) => this.followEdit(event)),
    );
  }

  /**
   * The document's mentions, or undefined where it is too large or not text, or while a
   * long document is still being annotated (`onDidAnnotate` fires when it is done).
   */
  get(document: vscode.TextDocument): DocumentAnnotation | undefined {
    return this.mentions.get(coreDocument(document));
  }

  /**
   * While a long document is being annotated in slices: the mentions in and around
   * [start, end), found at once (what an editor shows). Undefined when there is no such work.
   */
  mentionsWhileAnnotating(document: vscode.TextDocument, start: number, end: number): Mention[] | undefined {
    return this.mentions.mentionsWhileAnnotating(coreDocument(document), start, end);
  }

  /** Whether this version of the document is being annotated in slices. */
  isAnnotating(document: vscode.TextDocument): boolean {
    return this.mentions.isAnnotating(coreDocument(document));
  }

  /** A single edit re-matches only the paragraphs it touched; other changes wait for `get`. */
  private followEdit(event: vscode.TextDocumentChangeEvent): void {
    const [change] = event.contentChanges;
    if (event.contentChanges.length !== 1 || !change) {
      if (event.contentChanges.length > 0) this.mentions.invalidate(event.document.uri.toString());
      return;
    }
    this.mentions.followEdit(coreDocument(event.document), {
      start: change.rangeOffset,
      oldEnd: change.rangeOffset + change.rangeLength,
      insertedLength: change.text.length,
      inserted: change.text,
    });
  }

  /** Under `newsroomLens.maxDocumentSize`, or allowed by the writer all the same. */
  private isWithinSizeCap(document: ITextDocument, length: number): boolean {
    const limit = readSettings(settingsScope(document)).maxDocumentSize;
    return limit <= 0 || length <= limit || this.allowedLarge.has(document.uri);
  }

  /** Says once per document why it is not annotated; over the size cap, asks rather than skip without a word. */
  private tellRefused(document: ITextDocument, reason: RefusalReason, length: number): void {
    if (this.notified.has(document.uri) || !(document instanceof EditorDocument)) return;
    this.notified.add(document.uri);
    const name = relativeName(document);
    if (reason === 'binary') {
      this.log.warn(`Not annotating ${name}: it looks binary (it contains NUL characters).`);
      void vscode.window.setStatusBarMessage(`Newsroom Lens: ${name} is not annotated (it looks binary)`, 8000);
      return;
    }
    const limit = readSettings(settingsScope(document)).maxDocumentSize;
    const size = `${length.toLocaleString('en')} characters, more than newsroomLens.maxDocumentSize (${limit.toLocaleString('en')})`;
    this.log.warn(`Not annotating ${name} unless asked: ${size}.`);
    void vscode.window
      .showInformationMessage(
        `Newsroom Lens: ${name} has ${size}. Annotating it may slow the editor while it opens.`,
        ANNOTATE_ANYWAY,
      )
      .then((choice) => {
        if (choice !== ANNOTATE_ANYWAY) return;
        this.allowedLarge.add(document.uri);
        this.mentions.invalidate(document.uri);
        this.annotatedEmitter.fire(document.document);
      });
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/** Where a document's settings are read: its editor document (language-specific settings apply), else its address. */
function settingsScope(document: ITextDocument): vscode.ConfigurationScope {
  return document instanceof EditorDocument ? document.document : vscode.Uri.parse(document.uri, true);
}

function relativeName(document: ITextDocument): string {
  return vscode.workspace.asRelativePath(
    document instanceof EditorDocument ? document.document.uri : vscode.Uri.parse(document.uri, true),
  );
}
