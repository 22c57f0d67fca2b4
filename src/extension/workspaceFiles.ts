import vscode = require('vscode');
import { MAX_DICTIONARY_BYTES } from '../core/dictionary/parse';
import { type FileOperations, KeptChanging, LockHeld, replaceFileEventually } from '../core/workspace/replaceFile';

/**
 * Files VS Code's file system holds (a remote or virtual folder, any folder in a browser
 * host), written through the shared safe steps. Another process's lock cannot be seen there:
 * writers of this window take turns, and the file is compared right before the rename.
 */
export async function replaceThroughWorkspace(
  uri: vscode.Uri,
  content: (current: Uint8Array | undefined) => string,
): Promise<void> {
  try {
    await replaceFileEventually(workspaceFileOperations, uri, content);
  } catch (error) {
    if (error instanceof vscode.FileSystemError || error instanceof LockHeld || error instanceof KeptChanging)
      throw new Error(`${vscode.workspace.asRelativePath(uri)}: ${error.message}; nothing was written`);
    throw error;
  }
}

/** The files this window is writing. */
const writing = new Set<string>();

const workspaceFileOperations: FileOperations<vscode.Uri> = {
  tryLock(uri) {
    const key = uri.toString();
    if (writing.has(key)) return { heldBy: 'this window' };
    writing.add(key);
    return { release: () => void writing.delete(key) };
  },
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  async read(uri) {
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > MAX_DICTIONARY_BYTES)
        throw new Error(`${vscode.workspace.asRelativePath(uri)} is over the ${MAX_DICTIONARY_BYTES}-byte limit`);
      return await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  },
  async writeBeside(uri, text) {
    const temporary = uri.with({
      path: `${uri.path.replace(/[^/]*$/, (base) => `.${base}`)}.${Math.random().toString(36).slice(2)}.tmp`,
    });
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
    return temporary;
  },
  rename: (from, to) => Promise.resolve(vscode.workspace.fs.rename(from, to, { overwrite: true })),
  remove: (uri) => Promise.resolve(vscode.workspace.fs.delete(uri)).then(undefined, () => undefined),
};
