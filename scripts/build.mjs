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
 * Browser builds get the .web.ts twin of a module that needs Node: the loader that reads a
 * bundle on first use from the extension's location, and file writes through VS Code's file system.
 */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /\/(bundleLoader|fileReplacer)$/ }, (args) => ({
      path: new URL(`./${args.path}.web.ts`, `file://${args.resolveDir}/`).pathname,
    }));
  },
};

/**
 * What the extension loads on first use (LazyBundles in src/extension/bundleLoader.ts), kept
 * out of the bundle every window loads: built beside it for Node and for browser hosts.
 */
const loadedOnFirstUse = [
  // The builder with compromise and the gazetteer.
  { name: 'builder', entry: 'src/core/builder/index.ts', plugins: [precomputedCompromise, precomputedGazetteer] },
  // Build Entity Dictionary from Article and its review.
  { name: 'buildDictionary', entry: 'src/extension/buildDictionary.ts', plugins: [] },
  // The ignore package, for the first scan of a workspace with a .gitignore.
  { name: 'gitignore', entry: 'src/core/workspace/gitignore.ts', plugins: [] },
  // Edits of dictionary JSON (quick fixes, Rename) with jsonc-parser's editing, for the first edit.
  { name: 'dictionaryEdits', entry: 'src/extension/dictionaryEdits.ts', plugins: [] },
  // Where each dictionary problem is in its file, with jsonc-parser's tree, once a dictionary has one.
  { name: 'dictionaryLocations', entry: 'src/core/dictionary/locate.ts', plugins: [] },
  // The core's timeline code (date expressions, story furniture, conflicts, exports), loaded after activation.
  { name: 'timelineEngine', entry: 'src/core/workspace/timelineEngine.ts', plugins: [] },
  // The checks of drafts against their sources' quotations and figures, loaded before the first dictionary load.
  { name: 'sourceChecks', entry: 'src/extension/sourceChecksBundle.ts', plugins: [] },
  // The name readers' libraries (Cyrillic tables, Double Metaphone), loaded before the first dictionary load.
  { name: 'nameReaders', entry: 'src/core/text/nameReaderLibraries.ts', plugins: [] },
  // The visual timeline's panel and its SVG and PNG export, when first shown.
  { name: 'visualTimeline', entry: 'src/extension/visualTimelinePanel.ts', plugins: [] },
  // The story map's panel, its graph and its exports, for the first Show Story Map.
  { name: 'storyMap', entry: 'src/extension/storyMapPanel.ts', plugins: [] },
  // Safe writes of a file (temporary file, lock, rename), for the first dictionary edit or export.
  {
    name: 'fileReplacer',
    entry: 'src/extension/fileReplacer.ts',
    webEntry: 'src/extension/fileReplacer.web.ts',
    plugins: [],
  },
];

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
  ...loadedOnFirstUse.flatMap(({ name, entry, webEntry = entry, plugins }) => [
    esbuild.build({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      plugins,
    }),
    // Browser hosts: no Node built-ins.
    esbuild.build({
      ...common,
      entryPoints: [webEntry],
      outfile: `dist/web/${name}.js`,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      plugins: [...plugins, webTwins],
    }),
  ]),
  // The webviews' own scripts (src/webview/), with what they draw with; they run in the webview's frame, not the extension host.
  ...['visualTimeline', 'storyMap'].map((name) =>
    esbuild.build({
      ...common,
      entryPoints: [`src/webview/${name}.ts`],
      outfile: `dist/webview/${name}.js`,
      platform: 'browser',
      format: 'iife',
    }),
  ),
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
