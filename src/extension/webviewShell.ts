import vscode = require('vscode');
import { isAnnotated } from './config';

/** A webview of ours runs its script and reads files only from the extension's dist/webview/ and media/, nothing from the workspace. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

/** A fresh random nonce: the one script the page may run carries it. */
function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface WebviewPage {
  readonly title: string;
  /** The stylesheet's file name under media/. */
  readonly stylesheet: string;
  /** The script's file name under dist/webview/, run with the page's nonce. */
  readonly script: string;
  /**
   * The page's own markup, if any: constant text written in the extension, never anything
   * from a document or a dictionary (the script sets those as text once the page has loaded).
   */
  readonly body?: string;
}

/**
 * The page of a webview of ours under a strict Content-Security-Policy: nothing remote, no
 * inline script or style, styles and fonts from the extension's files, only the script that
 * carries this page's nonce, and pictures only from the extension or the page itself (data:
 * and blob: URLs, for painting an export).
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const once = nonce();
  const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  const uri = (...path: string[]) =>
    escape(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString());
  const policy = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data: blob:`,
    `script-src 'nonce-${once}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escape(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${uri('media', page.stylesheet)}">
<title>${escape(page.title)}</title>
</head>
<body>
${page.body ?? ''}
<script nonce="${once}" src="${uri('dist', 'webview', page.script)}"></script>
</body>
</html>`;
}

/**
 * The draft named (by URI) in the state a page of ours saved, for a panel VS Code restores
 * after a window reload: undefined when there is none, or it can no longer be opened.
 */
export async function savedDraft(state: unknown): Promise<vscode.TextDocument | undefined> {
  const draft = typeof state === 'object' && state !== null ? (state as { draft?: unknown }).draft : undefined;
  if (typeof draft !== 'string') return undefined;
  try {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(draft, true));
    return isAnnotated(document) ? document : undefined;
  } catch {
    // Deleted or moved since.
    return undefined;
  }
}

/** Where a picture of a draft is offered to be saved: beside it, its extension replaced ("draft.map.svg"); nowhere for an untitled draft. */
export function exportUriBeside(draft: vscode.Uri | undefined, suffix: string): vscode.Uri | undefined {
  return draft && draft.scheme !== 'untitled'
    ? draft.with({ path: draft.path.replace(/(\.[^./]+)?$/, `.${suffix}`) })
    : undefined;
}

/**
 * Writes a picture's export to `uri`: a failure says what was not saved and why, a success
 * where, in the status bar. Resolves to the address written, or undefined.
 */
export async function writeExport(
  uri: vscode.Uri,
  what: string,
  bytes: () => Uint8Array | Promise<Uint8Array>,
  saved = what,
): Promise<string | undefined> {
  try {
    await vscode.workspace.fs.writeFile(uri, await bytes());
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Newsroom Lens: ${what} was not saved: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  void vscode.window.setStatusBarMessage(
    `Newsroom Lens: ${saved} saved to ${vscode.workspace.asRelativePath(uri)}`,
    5000,
  );
  return uri.toString();
}
