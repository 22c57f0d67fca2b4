import vscode = require('vscode');
import type { ITextDocument, TextPosition } from '../core/workspace/document';

/** An editor's document as the core's `ITextDocument`: the same object, read live. */
export class EditorDocument implements ITextDocument {
  readonly uri: string;

  constructor(readonly document: vscode.TextDocument) {
    this.uri = document.uri.toString();
  }

  get version(): number {
    return this.document.version;
  }

  getText(): string {
    return this.document.getText();
  }

  positionAt(offset: number): vscode.Position {
    return this.document.positionAt(offset);
  }
}

const wrapped = new WeakMap<vscode.TextDocument, EditorDocument>();

/** The core's view of an editor's document, one per document. */
export function coreDocument(document: vscode.TextDocument): EditorDocument {
  let found = wrapped.get(document);
  if (!found) {
    found = new EditorDocument(document);
    wrapped.set(document, found);
  }
  return found;
}

/** Anything that says where an offset stands: an editor's document, or the core's. */
export interface Positions {
  positionAt(offset: number): TextPosition;
}

/** The editor's range for the offsets [start, end) of a document. */
export function rangeOf(document: Positions, span: { readonly start: number; readonly end: number }): vscode.Range {
  const start = document.positionAt(span.start);
  const end = document.positionAt(span.end);
  // An editor's positions are used as they are; the core's are copied into the editor's kind.
  return start instanceof vscode.Position && end instanceof vscode.Position
    ? new vscode.Range(start, end)
    : new vscode.Range(start.line, start.character, end.line, end.character);
}

/** The editor's range between two of the core's positions. */
export function rangeBetween(start: TextPosition, end: TextPosition): vscode.Range {
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
