import { LineMap } from '../text/lines';
import type { Event } from './events';

/** A place in a text: 0-based line and character (UTF-16 code units), as editors count them. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

/**
 * A document as the core sees it: its address (a URI as a string), a version that changes
 * with every edit, its text, and where an offset stands. Editors' documents fit it through
 * a small adapter; tests and files read from disk use `TextSnapshot`.
 */
export interface ITextDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  positionAt(offset: number): TextPosition;
}

/** The drafts of a workspace, on disk and open in editors, as the workspace features need them. */
export interface IWorkspace {
  /** The addresses of every draft the workspace features cover (settings and ignore files applied). */
  findDrafts(): Promise<readonly string[]>;
  /** A draft as it is now: its editor's text if open, else the file's; undefined if it cannot be read or is not text. */
  readDraft(uri: string): Promise<ITextDocument | undefined>;
  /** The draft open in an editor at `uri`, if any. */
  openDraft(uri: string): ITextDocument | undefined;
  /** Fires with a draft's address when it is created or changed on disk. */
  readonly onDidChangeDraft: Event<string>;
  /** Fires with a document's address when its text changes in an editor. */
  readonly onDidEditDraft: Event<string>;
  /** Fires with a draft's address when it is deleted. */
  readonly onDidDeleteDraft: Event<string>;
}

/** Where each offset of `text` stands, without keeping the text. */
export function positionsIn(text: string): (offset: number) => TextPosition {
  const lines = new LineMap(text);
  const length = text.length;
  return (offset) => {
    const { line, column } = lines.position(Math.max(0, Math.min(offset, length)));
    return { line: line - 1, character: column - 1 };
  };
}

/** A fixed text as a document: a file read from disk, or a test's draft. */
export class TextSnapshot implements ITextDocument {
  private positions: ((offset: number) => TextPosition) | undefined;

  constructor(
    readonly uri: string,
    private readonly text: string,
    readonly version = 0,
  ) {}

  getText(): string {
    return this.text;
  }

  positionAt(offset: number): TextPosition {
    this.positions ??= positionsIn(this.text);
    return this.positions(offset);
  }
}
