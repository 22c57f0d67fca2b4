import vscode = require('vscode');

/** Where a webview of ours may load files from: its bundled scripts and the media folder, nothing else. */
export function webviewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** A fresh random nonce: the one script the page may run carries it. */
function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The page of a webview of ours: a strict Content-Security-Policy (no remote content, no
 * inline script or style; images only from the page itself, for rendering a PNG), one
 * stylesheet from media/ and one script from dist/webview/. The script builds the page and
 * sets every text from a document or dictionary as text, never as markup.
 */
export function webviewHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  page: { readonly title: string; readonly script: string; readonly stylesheet: string },
): string {
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', page.script));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', page.stylesheet));
  const once = nonce();
  const policy = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${once}'`,
    'img-src data:',
  ].join('; ');
  const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escape(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escape(styleUri.toString())}">
<title>${escape(page.title)}</title>
</head>
<body>
<script nonce="${once}" src="${escape(scriptUri.toString())}"></script>
</body>
</html>`;
}
