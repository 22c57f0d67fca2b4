import * as path from 'path';

export type BuilderModule = typeof import('../core/builder/index');

let loaded: BuilderModule | undefined;

/** The builder and compromise, loaded on first use from their own bundle beside this one. */
export function loadBuilder(): BuilderModule {
  // A computed path: the bundler leaves this require to run time instead of inlining the builder.
  loaded ??= require(path.join(__dirname, 'builder.js')) as BuilderModule;
  return loaded;
}
