import type vscode = require('vscode');
import { replaceThroughWorkspace } from './workspaceFiles';

/** Browser hosts have no Node: every file is written through VS Code's file system. */
export function replaceFileAt(
  uri: vscode.Uri,
  _what: string,
  content: (current: Uint8Array | undefined) => string,
): Promise<void> {
  return replaceThroughWorkspace(uri, content);
}
