import * as path from 'path';
import type vscode = require('vscode');

export type BuilderModule = typeof import('../core/builder/index');

let loaded: BuilderModule | undefined;

/** The builder and compromise, loaded on first use from their own bundle beside this one. */
export async function loadBuilder(_extensionUri: vscode.Uri): Promise<BuilderModule> {
  // A computed path: the bundler leaves this require to run time instead of inlining the builder.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle beside this one, not a module to import
  loaded ??= require(path.join(__dirname, 'builder.js')) as BuilderModule;
  return loaded;
}
