import vscode = require('vscode');
import { DocumentAnnotation } from '../core/match/annotation';
import { mentionsAround, mentionsInSlices, reannotate } from '../core/workspace/incremental';
import type { Mention } from '../core/match/matcher';
import { readSettings } from './config';
import type { DictionaryService } from './dictionaryService';

const ANNOTATE_ANYWAY = 'Annotate Anyway';
/** Documents longer than this (a few milliseconds of matching) are annotated in time slices. */
const SLICED_FROM_CHARS = 256 * 1024;

/** A document being annotated in slices, for one version of it. */
interface SlicedJob {
  readonly version: number;
  cancelled: boolean;
}

/**
 * The mentions of each open document, computed once per document version and shared by
 * highlights, hovers and the rest. Long documents are annotated in time slices so the
 * editor never freezes, with `mentionsAround` for what is on screen meanwhile; binary
 * documents, and documents over the size cap unless the writer allows them, are skipped
 * with a note.
 */
export class AnnotationCache implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; annotation: DocumentAnnotation | undefined }>();
  private readonly sliced = new Map<string, SlicedJob>();
  private readonly notified = new Set<string>();
  /** Documents over the size cap that the writer chose to annotate anyway. */
  private readonly allowedLarge = new Set<string>();
  private readonly annotatedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /**
   * Fires when a document's mentions are ready later than they were asked for: annotated
   * in slices, or allowed over the size cap. Features that drew nothing ask again.
   */
  readonly onDidAnnotate = this.annotatedEmitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      this.annotatedEmitter,
      dictionaries.onDidChange(() => {
        this.cache.clear();
        this.cancelSliced();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.cancelSliced(document.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.followEdit(event)),
    ];
  }

  /**
   * The document's mentions, or undefined where it is too large or not text, or while a
   * long document is still being annotated (`onDidAnnotate` fires when it is done).
   */
  get(document: vscode.TextDocument): DocumentAnnotation | undefined {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.annotation;
    if (this.isAnnotating(document)) return undefined;
    const text = document.getText();
    if (!this.isAnnotatable(document, text)) {
      this.cache.set(key, { version: document.version, annotation: undefined });
      return undefined;
    }
    if (text.length >= SLICED_FROM_CHARS) {
      this.annotateInSlices(document, text);
      return undefined;
    }
    const annotation = new DocumentAnnotation(this.dictionaries.index.mentionsIn(text));
    this.cache.set(key, { version: document.version, annotation });
    return annotation;
  }

  /**
   * While a long document is being annotated in slices: the mentions in and around
   * [start, end), found at once (what an editor shows). Undefined when there is no such work.
   */
  mentionsWhileAnnotating(document: vscode.TextDocument, start: number, end: number): Mention[] | undefined {
    return this.isAnnotating(document) ? mentionsAround(this.dictionaries.index, document.getText(), start, end) : undefined;
  }

  /** Whether this version of the document is being annotated in slices. */
  isAnnotating(document: vscode.TextDocument): boolean {
    return this.sliced.get(document.uri.toString())?.version === document.version;
  }

  private annotateInSlices(document: vscode.TextDocument, text: string): void {
    const key = document.uri.toString();
    const running = this.sliced.get(key);
    if (running?.version === document.version) return;
    this.cancelSliced(key);
    const job: SlicedJob = { version: document.version, cancelled: false };
    this.sliced.set(key, job);
    const index = this.dictionaries.index;
    const started = performance.now();
    mentionsInSlices(index, text, { isCancelled: () => job.cancelled || document.isClosed || document.version !== job.version }).then(
      (mentions) => {
        if (this.sliced.get(key) === job) this.sliced.delete(key);
        if (!mentions || job.cancelled || document.version !== job.version) return;
        this.log.info(`Annotated ${vscode.workspace.asRelativePath(document.uri)} in slices: ${mentions.length} mentions in ${Math.round(performance.now() - started)} ms.`);
        this.cache.set(key, { version: job.version, annotation: new DocumentAnnotation(mentions) });
        this.annotatedEmitter.fire(document);
      },
      (error: unknown) => {
        if (this.sliced.get(key) === job) this.sliced.delete(key);
        this.log.error(`Could not annotate ${vscode.workspace.asRelativePath(document.uri)}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }

  /** Stops slicing work for one document, or for all. */
  private cancelSliced(key?: string): void {
    for (const [jobKey, job] of this.sliced) {
      if (key !== undefined && jobKey !== key) continue;
      job.cancelled = true;
      this.sliced.delete(jobKey);
    }
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
          this.annotatedEmitter.fire(document);
        });
    }
    return false;
  }

  dispose(): void {
    this.cancelSliced();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
