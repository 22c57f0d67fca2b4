import vscode = require('vscode');
import { replaceFileWithoutBlocking } from '../cli/files';
import { MAX_DICTIONARY_BYTES } from '../core/dictionary/parse';
import { replaceThroughWorkspace } from './workspaceFiles';

/**
 * Replaces a file the extension writes, through the steps the CLI takes: a local file with
 * Node's file system and the CLI's lock, so that the two never lose each other's updates;
 * other files through VS Code's (fileReplacer.web.ts in browser hosts, where there is no Node).
 */
export function replaceFileAt(
  uri: vscode.Uri,
  what: string,
  content: (current: Uint8Array | undefined) => string,
): Promise<void> {
  if (uri.scheme !== 'file') return replaceThroughWorkspace(uri, content);
  return replaceFileWithoutBlocking(
    uri.fsPath,
    vscode.workspace.asRelativePath(uri),
    MAX_DICTIONARY_BYTES,
    what,
    content,
  );
}
