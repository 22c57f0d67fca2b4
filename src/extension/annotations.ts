import * as vscode from 'vscode';
import { DocumentAnnotation } from '../core/match/annotation';
import { reannotate } from '../core/match/incremental';
import { readSettings } from './config';
import { DictionaryService } from './dictionaryService';

const ANNOTATE_ANYWAY = 'Annotate Anyway';

/**
 * The mentions of each open document, computed once per document version and shared by
 * highlights and hovers. Huge and binary documents are skipped with a note.
 */
export class AnnotationCache implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; annotation: DocumentAnnotation | undefined }>();
  private readonly notified = new Set<string>();
  /** Documents over the size cap that the writer chose to annotate anyway. */
  private readonly allowedLarge = new Set<string>();
  private readonly allowEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the writer allows a document over the size cap to be annotated. */
  readonly onDidAllowLarge = this.allowEmitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      this.allowEmitter,
      dictionaries.onDidChange(() => this.cache.clear()),
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((event) => this.followEdit(event)),
    ];
  }

  /** The document's mentions, or undefined where it is too large or not text. */
  get(document: vscode.TextDocument): DocumentAnnotation | undefined {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.annotation;
    const text = document.getText();
    const annotation = this.isAnnotatable(document, text) ? new DocumentAnnotation(this.dictionaries.index.mentionsIn(text)) : undefined;
    this.cache.set(key, { version: document.version, annotation });
    return annotation;
  }

  /**
   * After a single edit of an annotated version, re-matches only the paragraphs it touched
   * (a fraction of a millisecond even in long documents); other changes wait for `get`.
   */
  private followEdit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const cached = this.cache.get(key);
    const [change] = event.contentChanges;
    if (!cached?.annotation || event.contentChanges.length !== 1 || cached.version !== event.document.version - 1 || !change) {
      if (event.contentChanges.length > 0) this.cache.delete(key);
      return;
    }
    // The previous version was annotatable, so only what this edit adds can make it binary or too long.
    const text = event.document.getText();
    if (change.text.includes('\u0000') || !this.isWithinSizeCap(event.document, text.length)) {
      this.cache.delete(key); // the full path decides, and tells the writer why
      return;
    }
    const mentions = reannotate(this.dictionaries.index, text, cached.annotation.mentions, {
      start: change.rangeOffset,
      oldEnd: change.rangeOffset + change.rangeLength,
      insertedLength: change.text.length,
    });
    this.cache.set(key, { version: event.document.version, annotation: new DocumentAnnotation(mentions) });
  }

  /** Under `newsroomLens.maxDocumentSize`, or allowed by the writer all the same. */
  private isWithinSizeCap(document: vscode.TextDocument, length: number): boolean {
    const limit = readSettings(document).maxDocumentSize;
    return limit <= 0 || length <= limit || this.allowedLarge.has(document.uri.toString());
  }

  private isAnnotatable(document: vscode.TextDocument, text: string): boolean {
    const key = document.uri.toString();
    const name = vscode.workspace.asRelativePath(document.uri);
    if (text.includes('\u0000')) {
      if (!this.notified.has(key)) {
        this.notified.add(key);
        this.log.warn(`Not annotating ${name}: it looks binary (it contains NUL characters).`);
        void vscode.window.setStatusBarMessage(`Newsroom Lens: ${name} is not annotated (it looks binary)`, 8000);
      }
      return false;
    }
    if (this.isWithinSizeCap(document, text.length)) return true;
    const limit = readSettings(document).maxDocumentSize;
    // Over the size cap: ask once, rather than freeze the editor or skip without a word.
    if (!this.notified.has(key)) {
      this.notified.add(key);
      const size = `${text.length.toLocaleString('en')} characters, more than newsroomLens.maxDocumentSize (${limit.toLocaleString('en')})`;
      this.log.warn(`Not annotating ${name} unless asked: ${size}.`);
      void vscode.window
        .showInformationMessage(`Newsroom Lens: ${name} has ${size}. Annotating it may slow the editor while it opens.`, ANNOTATE_ANYWAY)
        .then((choice) => {
          if (choice !== ANNOTATE_ANYWAY) return;
          this.allowedLarge.add(key);
          this.cache.delete(key);
          this.allowEmitter.fire(document.uri);
        });
    }
    return false;
  }


  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
