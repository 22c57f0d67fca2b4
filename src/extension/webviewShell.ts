import vscode = require('vscode');

/** Webviews read files from the extension's media/ and dist/ only, and nothing from the workspace. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

/** A fresh random value for a page's Content-Security-Policy nonce. */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

export interface WebviewPage {
  readonly title: string;
  /** The stylesheet, relative to the extension (under media/). */
  readonly style: string;
  /** The script, relative to the extension (under dist/), run with the page's nonce. */
  readonly script: string;
  /**
   * The page's own markup: constant text written in the extension, never anything from a
   * document or a dictionary (the script sets those as text once the page has loaded).
   */
  readonly body: string;
}

/**
 * A webview's HTML under a strict Content-Security-Policy: nothing remote, styles from the
 * extension's files, only the script carrying this page's nonce, and pictures only from the
 * page itself (blob: URLs, for painting an export).
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const once = nonce();
  const uri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...file.split('/'))).toString();
  const policy = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} blob:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${once}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${uri(page.style)}">
<title>${page.title.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)}</title>
</head>
<body>
${page.body}
<script nonce="${once}" src="${uri(page.script)}"></script>
</body>
</html>`;
}
