import vscode = require('vscode');
import type { LazyBundles } from './bundleLoader';

const loading = new Map<keyof LazyBundles, Promise<unknown>>();

/**
 * In a browser (web worker) extension host there is no `require` of files: a bundle
 * (dist/web/<name>.js, CommonJS without Node built-ins) is read from the extension's own
 * location on first use and run as a module, as the host runs the extension itself.
 */
export function loadBundle<Name extends keyof LazyBundles>(
  extensionUri: vscode.Uri,
  name: Name,
): Promise<LazyBundles[Name]> {
  let bundle = loading.get(name);
  if (!bundle) {
    bundle = readBundle(vscode.Uri.joinPath(extensionUri, 'dist', 'web', `${name}.js`)).then(
      evaluateBundle,
      (error: unknown) => {
        loading.delete(name);
        throw new Error(
          `the ${name} bundle could not be loaded from ${extensionUri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
    loading.set(name, bundle);
  }
  return bundle as Promise<LazyBundles[Name]>;
}

async function readBundle(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (fileSystemError) {
    // Some hosts serve extensions over http(s), which no file system provider reads.
    if (!/^https?$/.test(uri.scheme)) throw fileSystemError;
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return response.text();
  }
}

/** Runs a CommonJS bundle that requires at most the vscode API, and returns its exports. */
function evaluateBundle(source: string): unknown {
  const module: { exports: unknown } = { exports: {} };
  const requireVscode = (id: string) => {
    if (id !== 'vscode') throw new Error(`a bundle loaded on first use asks for "${id}"; it may ask only for vscode`);
    return vscode;
  };
  new Function('module', 'exports', 'require', source)(module, module.exports, requireVscode);
  return module.exports;
}
