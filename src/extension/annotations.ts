import * as vscode from 'vscode';
import { DocumentAnnotation } from '../core/match/annotation';
import { reannotate } from '../core/match/incremental';
import { readSettings } from './config';
import { DictionaryService } from './dictionaryService';

/**
 * The mentions of each open document, computed once per document version and shared by
 * highlights and hovers. Huge and binary documents are skipped with a note.
 */
export class AnnotationCache implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; annotation: DocumentAnnotation | undefined }>();
  private readonly notified = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
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
    const text = event.document.getText();
    if (!this.isAnnotatable(event.document, text)) {
      this.cache.set(key, { version: event.document.version, annotation: undefined });
      return;
    }
    const mentions = reannotate(this.dictionaries.index, text, cached.annotation.mentions, {
      start: change.rangeOffset,
      oldEnd: change.rangeOffset + change.rangeLength,
      insertedLength: change.text.length,
    });
    this.cache.set(key, { version: event.document.version, annotation: new DocumentAnnotation(mentions) });
  }

  private isAnnotatable(document: vscode.TextDocument, text: string): boolean {
    const limit = readSettings(document).maxDocumentSize;
    let reason: string | undefined;
    if (limit > 0 && text.length > limit) {
      reason = `it has ${text.length.toLocaleString('en')} characters, over the newsroomLens.maxDocumentSize limit of ${limit.toLocaleString('en')}`;
    } else if (text.includes('\u0000')) {
      reason = 'it looks binary (it contains NUL characters)';
    }
    if (!reason) return true;
    const key = document.uri.toString();
    if (!this.notified.has(key)) {
      this.notified.add(key);
      const name = vscode.workspace.asRelativePath(document.uri);
      this.log.warn(`Not annotating ${name}: ${reason}.`);
      void vscode.window.setStatusBarMessage(`Newsroom Lens: ${name} is not annotated (${reason.split(',')[0]})`, 8000);
    }
    return false;
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
