import * as vscode from 'vscode';
import { DocumentAnnotation } from '../core/match/annotation';
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
