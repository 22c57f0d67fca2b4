import { EntityIndex } from '../dictionary/entityIndex';
import type { Dictionary } from '../dictionary/schema';

/** Which dictionaries a draft uses: those of its story (its folder and the folders above it), or every one. */
export const DICTIONARY_SCOPES = ['story', 'workspace'] as const;
export type DictionaryScope = (typeof DICTIONARY_SCOPES)[number];

/** Where a dictionary was found, which decides where it applies. */
export type DictionaryOrigin =
  /** A `*.entities.json` in the workspace: the drafts of its folder and below. */
  | 'workspace'
  /** A path the writer named in the settings: every draft. */
  | 'setting'
  /** Shipped with Newsroom Lens, a sample: the folders that hold its article, unless turned on everywhere. */
  | 'bundled';

export interface ScopeSettings {
  readonly scope: DictionaryScope;
  /** Whether the bundled sample dictionaries apply to every draft, not only beside their article. */
  readonly bundledEverywhere: boolean;
  /** The folders (URIs or paths) that hold a copy of a bundled dictionary's article. */
  readonly sampleFolders: readonly string[];
}

/**
 * Where a dictionary applies: every draft, or the drafts inside these folders (URIs or
 * paths) and, where `outside`, the drafts outside every workspace folder (never saved, or
 * opened from elsewhere), whose story is not known yet.
 */
export type Reach = 'everywhere' | { readonly folders: readonly string[]; readonly outside: boolean };

/** The folder a file (URI or path) is in. */
export function folderOf(file: string): string {
  return file.replace(/[/\\][^/\\]*$/, '');
}

/** Whether `file` lies inside `folder` (URIs or paths, with either separator). */
export function isInside(file: string, folder: string): boolean {
  const trimmed = folder.replace(/[/\\]+$/, '');
  return file.startsWith(trimmed) && (file[trimmed.length] === '/' || file[trimmed.length] === '\\');
}

/** Where a dictionary found at `file` applies under `settings`. */
export function reachOf(file: string, origin: DictionaryOrigin, settings: ScopeSettings): Reach {
  switch (origin) {
    case 'setting':
      return 'everywhere';
    case 'bundled':
      return settings.bundledEverywhere ? 'everywhere' : { folders: settings.sampleFolders, outside: false };
    case 'workspace':
      return settings.scope === 'workspace' ? 'everywhere' : { folders: [folderOf(file)], outside: true };
  }
}

/**
 * The loaded dictionaries and, for each draft, the index of those that apply to it: a
 * draft about one story sees that story's people and events, not every story's. Drafts
 * that use the same dictionaries share one index.
 */
export class ScopedDictionaries {
  private readonly reaches: readonly Reach[];
  private readonly byDictionaries = new Map<string, EntityIndex>();

  /**
   * `all` indexes every dictionary, for what is not about one draft (problems, building, the
   * whole workspace); `roots` are the workspace folders. A sample applies outside them only
   * where it applies to a whole root (the sample workspace).
   */
  constructor(
    readonly all: EntityIndex,
    reach: (dictionary: Dictionary) => Reach,
    private readonly roots: readonly string[],
  ) {
    this.reaches = all.dictionaries.map(reach);
  }

  /** The index of the dictionaries that apply to the draft at `uri` (a URI or a path). */
  indexFor(uri: string): EntityIndex {
    const inWorkspace = this.roots.some((root) => isInside(uri, root));
    const applies = (reach: Reach) =>
      reach === 'everywhere' ||
      (inWorkspace
        ? reach.folders.some((folder) => isInside(uri, folder))
        : reach.outside || reach.folders.some((folder) => this.roots.some((root) => sameFolder(root, folder))));
    const applying = this.reaches.flatMap((reach, i) => (applies(reach) ? [i] : []));
    if (applying.length === this.reaches.length) return this.all;
    const key = applying.join();
    let index = this.byDictionaries.get(key);
    if (!index) {
      index = new EntityIndex(applying.map((i) => this.all.dictionaries[i]!));
      this.byDictionaries.set(key, index);
    }
    return index;
  }
}

function sameFolder(a: string, b: string): boolean {
  return a.replace(/[/\\]+$/, '') === b.replace(/[/\\]+$/, '');
}
