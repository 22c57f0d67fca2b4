// Bundles the extension (Node and browser builds) and the CLI with esbuild.
// `--production` minifies and drops source maps (for the .vsix).
import * as esbuild from 'esbuild';
import { precomputedCompromise } from './precomputedCompromise.cjs';
import { precomputedGazetteer } from './precomputedGazetteer.cjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
  // Prefer ES module builds: jsonc-parser's "main" is UMD, whose inner requires a bundler cannot follow.
  mainFields: ['module', 'main'],
};

/**
 * The extension notes when its bundle starts and ends loading, so that it can report how
 * long loading and activating took. The bundle stays in strict mode: the directive must come first.
 */
const loadClock = {
  banner: { js: '"use strict";\nvar __newsroomLensLoadStarted = performance.now();' },
  footer: { js: 'var __newsroomLensLoaded = performance.now();' },
};

/**
 * The browser build gets the .web.ts twin of a module that needs Node: the loader that reads
 * the browser builder bundle on first use, and file writes through VS Code's file system.
 */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /\/(builderLoader|fileReplacer)$/ }, (args) => ({
      path: new URL(`./${args.path}.web.ts`, `file://${args.resolveDir}/`).pathname,
    }));
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    ...loadClock,
  }),
  // vscode.dev and other browser hosts: the same code, no Node built-ins allowed.
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [webTwins],
    ...loadClock,
  }),
  // The builder with compromise and the gazetteer, loaded by the desktop extension on first use.
  esbuild.build({
    ...common,
    entryPoints: ['src/core/builder/index.ts'],
    outfile: 'dist/builder.js',
    platform: 'node',
    format: 'cjs',
    plugins: [precomputedCompromise, precomputedGazetteer],
  }),
  // The same builder for browser hosts, loaded by the web extension on first use: no Node built-ins.
  esbuild.build({
    ...common,
    entryPoints: ['src/core/builder/index.ts'],
    outfile: 'dist/web/builder.js',
    platform: 'browser',
    format: 'cjs',
    plugins: [precomputedCompromise, precomputedGazetteer],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [precomputedCompromise, precomputedGazetteer],
  }),
]);
