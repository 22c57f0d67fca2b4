import vscode = require('vscode');
import { decodeDictionaryBytes, parseDictionary } from '../core/dictionary/parse';
import { loadBundle } from './bundleLoader';

/** How long to wait for VS Code to show what was written in the file's open document. */
const RELOAD_WAIT_MS = 10_000;

/**
 * Writes a file the journalist may have open (a dictionary, an export) so that a crash or a
 * full disk leaves the old file or the new one and never a mix, and Undo still takes the
 * change back (the write steps are a bundle loaded on first use, as `extensionUri` says where): `content(current)` gets its bytes (undefined when it does not exist) and
 * returns the new text, or throws to leave it as it is. The write goes through the steps the
 * CLI takes (a temporary file beside it, a rename, the lock, and a comparison right before the
 * rename). VS Code reloads a document with no unsaved changes from its file as an edit of its
 * own, which Undo takes back; the document is therefore opened first, and a document with
 * unsaved changes is never written over: they are the journalist's.
 */
export async function replaceDocumentFile(
  extensionUri: vscode.Uri,
  uri: vscode.Uri,
  what: string,
  content: (current: Uint8Array | undefined) => string,
  nothingDone: string,
): Promise<void> {
  const name = vscode.workspace.asRelativePath(uri);
  const document = await openIfExists(uri);
  let written: string | undefined;
  const { replaceFileAt } = await loadBundle(extensionUri, 'fileReplacer');
  await replaceFileAt(uri, what, (current) => {
    // Asked right before the write, under the lock: the journalist may have typed meanwhile.
    if (document?.isDirty)
      throw new Error(`${name} has unsaved changes; save or revert them, then try again; ${nothingDone}`);
    written = content(current);
    return written;
  });
  if (document && written !== undefined) await untilShown(document, written);
}

/**
 * The text of a dictionary's bytes; throws, saying where, when they are not strict UTF-8 JSON
 * of a dictionary: an edit made with a tolerant parser could land in a file that is not what
 * it seems.
 */
export function dictionaryText(bytes: Uint8Array, uri: vscode.Uri, nothingDone: string): string {
  const name = vscode.workspace.asRelativePath(uri);
  const { text, problem } = decodeDictionaryBytes(bytes, name);
  if (problem) throw new Error(`${name}: ${problem.message.replace(/^skipped: /, '')}; ${nothingDone}`);
  const { dictionary, problems } = parseDictionary(text!, name);
  if (!dictionary) throw new Error(`${name}: ${problems[0]!.message}; ${nothingDone}`);
  return text!;
}

/** The file's document, opened so that VS Code's reload of it after the write is an edit Undo takes back. */
async function openIfExists(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  // A file VS Code cannot show as text (binary, too large) has no document to keep in step.
  return Promise.resolve(vscode.workspace.openTextDocument(uri)).then(
    (document) => document,
    () => undefined,
  );
}

/**
 * Waits until VS Code shows `text` in the document, which it reloads once its watcher reports
 * the change: whoever reads the document next (an Undo, a command) sees what was written.
 * After RELOAD_WAIT_MS it stops waiting; the file holds the text either way.
 */
async function untilShown(document: vscode.TextDocument, text: string): Promise<void> {
  const shown = () => lineEnds(document.getText()) === lineEnds(text);
  if (shown()) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const timer = setTimeout(done, RELOAD_WAIT_MS);
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && shown()) done();
    });
  });
}

function lineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
