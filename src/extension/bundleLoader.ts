import * as path from 'path';
import type vscode = require('vscode');

/**
 * The bundles the extension loads on first use, by name: code most sessions never run, kept
 * out of the bundle every window loads. scripts/build.mjs builds each beside the extension's
 * own bundle, for Node (dist/) and for browser hosts (dist/web/).
 */
export interface LazyBundles {
  /** The dictionary builder with compromise and the gazetteer. */
  builder: typeof import('../core/builder/index');
  /** Build Entity Dictionary from Article and its review. */
  buildDictionary: typeof import('./buildDictionary');
  /** `.gitignore` semantics (the ignore package), for the first workspace scan. */
  gitignore: typeof import('../core/workspace/gitignore');
  /** Safe writes of a file, for the first dictionary edit or timeline export. */
  fileReplacer: typeof import('./fileReplacer');
  /** Edits of dictionary JSON (quick fixes, Rename), with jsonc-parser's editing. */
  dictionaryEdits: typeof import('./dictionaryEdits');
  /** Where dictionary problems are in their files (jsonc-parser's tree), once a dictionary has one. */
  dictionaryLocations: typeof import('../core/dictionary/locate');
  /** The core's timeline code (date expressions, conflicts, exports), after activation. */
  timelineEngine: typeof import('../core/workspace/timelineEngine');
  /** The checks of drafts against their sources' quotations and figures, before the first dictionary load; the quotation card. */
  sourceChecks: typeof import('./sourceChecksBundle');
  /** The name readers' libraries (Cyrillic tables, Double Metaphone), before the first dictionary load. */
  nameReaders: typeof import('../core/text/nameReaderLibraries');
  /** The visual timeline's panel and its SVG and PNG export, when first shown. */
  visualTimeline: typeof import('./visualTimelinePanel');
  /** The story map's panel, its graph and exports, for the first Show Story Map. */
  storyMap: typeof import('./storyMapPanel');
}

/** Loads a bundle beside this one on first use; later calls get the same module. */
export async function loadBundle<Name extends keyof LazyBundles>(
  _extensionUri: vscode.Uri,
  name: Name,
): Promise<LazyBundles[Name]> {
  // A computed path: the bundler leaves this require to run time instead of inlining the bundle.
  // Node caches the module, so later calls cost a lookup.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle beside this one, not a module to import
  return require(path.join(__dirname, `${name}.js`)) as LazyBundles[Name];
}
