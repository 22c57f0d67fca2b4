import vscode = require('vscode');
import { parseDictionary } from '../core/dictionary/parse';

/** Rereads before giving up when the file keeps changing under us. */
const MAX_ATTEMPTS = 5;

/**
 * Writes a dictionary from what it holds now, so that a crash or a full disk leaves the
 * old file or the new one and never a mix: `content(current)` gets its bytes (undefined
 * when it does not exist) and returns the new text, or throws to leave it as it is. The
 * text goes to a temporary file beside it, which replaces it in one rename, once a second
 * read shows that nobody changed the file meanwhile (else `content` is asked again).
 */
export async function replaceDictionaryFile(
  target: vscode.Uri,
  content: (current: Uint8Array | undefined) => string,
): Promise<void> {
  const name = vscode.workspace.asRelativePath(target);
  const temporary = target.with({
    path: `${target.path.replace(/[^/]*$/, (base) => `.${base}`)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  });
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const before = await readIfExists(target);
    try {
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content(before)));
      if (sameBytes(before, await readIfExists(target))) {
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
        return;
      }
    } catch (error) {
      // What `content` refused says why itself.
      throw error instanceof vscode.FileSystemError
        ? new Error(`${name}: ${error.message}; nothing was written`)
        : error;
    } finally {
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    }
  }
  throw new Error(`${name} kept changing while it was written; nothing was written`);
}

/**
 * Throws, saying where, when `text` is not strict JSON of a dictionary: an edit made with
 * a tolerant parser could otherwise land in a file that is not what it seems.
 */
export function assertDictionaryText(text: string, uri: vscode.Uri, nothingDone: string): void {
  const name = vscode.workspace.asRelativePath(uri);
  const { dictionary, problems } = parseDictionary(text, name);
  if (!dictionary) throw new Error(`${name}: ${problems[0]!.message}; ${nothingDone}`);
}

/**
 * Throws, saying what happened, when a document with no unsaved changes no longer shows what
 * its file holds: VS Code reloads it only a moment after the file changes on disk, and an
 * edit made from the old text, once saved, would write over that change without a word (VS
 * Code's own check on save misses a change that keeps the file's size). Call it right before
 * the edit is made from the document, with nothing awaited in between.
 */
export function assertShowsFile(document: vscode.TextDocument, onDisk: Uint8Array, nothingDone: string): void {
  if (document.isDirty) return; // Its unsaved text is the user's; VS Code asks before saving it over a change on disk.
  const lineEnds = (text: string) => text.replace(/\r\n?/g, '\n');
  if (lineEnds(new TextDecoder('utf-8').decode(onDisk)) !== lineEnds(document.getText())) {
    throw new Error(`${vscode.workspace.asRelativePath(document.uri)} changed on disk meanwhile; ${nothingDone}`);
  }
}

async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
