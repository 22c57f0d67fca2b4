import vscode = require('vscode');
import type { BuilderModule } from './builderLoader';

let loading: Promise<BuilderModule> | undefined;

/**
 * In a browser (web worker) extension host there is no `require` of files: the builder's
 * bundle (dist/web/builder.js, CommonJS without Node built-ins) is read from the extension's
 * own location on first use and run as a module, as the host runs the extension itself.
 */
export function loadBuilder(extensionUri: vscode.Uri): Promise<BuilderModule> {
  loading ??= readBundle(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'builder.js')).then(
    evaluateBundle,
    (error: unknown) => {
      loading = undefined;
      throw new Error(
        `the builder could not be loaded from ${extensionUri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  return loading;
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

/** Runs a CommonJS bundle that requires nothing, and returns its exports. */
function evaluateBundle(source: string): BuilderModule {
  const module: { exports: unknown } = { exports: {} };
  new Function('module', 'exports', source)(module, module.exports);
  return module.exports as BuilderModule;
}
