/**
 * `newsroom-lens check` without the command line: the drafts and dictionaries of a workspace
 * found as the extension finds them, checked by exactly the editor's rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  type CheckOptions,
  type Finding,
  type HouseStyle,
  checkOptionsFromSettings,
} from '../core/consistency/findings';
import { type DictionaryFile, loadDictionaries } from '../core/dictionary/load';
import { locateProblems } from '../core/dictionary/locate';
import { type DictionaryProblem, MAX_DICTIONARY_BYTES } from '../core/dictionary/parse';
import { type Day, localDay } from '../core/text/calendar';
import { LineMap } from '../core/text/lines';
import {
  type DictionaryOrigin,
  type ScopeSettings,
  ScopedDictionaries,
  reachOf,
} from '../core/workspace/dictionaryScopes';
import { draftFindings } from '../core/workspace/draftFindings';
import { gitignoreMatcher } from '../core/workspace/gitignore';
import { extensionsOf } from '../core/workspace/languages';
import { type SettingReader, parseWorkspaceSettings } from '../core/workspace/settings';
import { SkippedInput, describeIoError, readInput, readRegularFile } from './files';

const DICTIONARY_ENDING = '.entities.json';
/** Never searched, as the extension leaves them out. */
const NEVER_SEARCHED = new Set(['node_modules', '.git']);
const DEFAULT_LANGUAGES = ['markdown', 'plaintext'];
/** Settings files and .gitignore files are small; a larger one is refused as unreadable. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Where a command finds its dictionaries. */
export interface DictionaryRequest {
  /** The workspace folder: its settings, .gitignore and `*.entities.json` are used. */
  readonly workspace: string;
  /** `--dict` dictionaries, loaded first. */
  readonly dictionaries: readonly string[];
}

export interface CheckRequest extends DictionaryRequest {
  /** Drafts and folders of drafts to check; none checks the whole workspace. */
  readonly paths: readonly string[];
  /** Whether the dictionaries that ship with Newsroom Lens are loaded too. */
  readonly bundled: boolean;
  /** A house style that overrides the workspace's setting. */
  readonly style?: HouseStyle;
  /** The day the stories are told from, instead of each one's dateline or file date. */
  readonly date?: Day;
}

/** A finding with the file it is in and its range as lines and columns (1-based, end exclusive). */
export interface LocatedFinding extends Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface CheckReport {
  /** The files checked, as given or as found in a folder given (not those skipped or unreadable). */
  readonly files: readonly string[];
  readonly findings: readonly LocatedFinding[];
  /** Every dictionary problem; those of severity `error` left something out of the check. */
  readonly problems: readonly DictionaryProblem[];
  /** Files and dictionaries that could not be read: the check is incomplete (exit 2). */
  readonly unreadable: readonly string[];
  /** Files passed over with the reason (binary, not UTF-8, too large). */
  readonly skipped: readonly string[];
}

/** Checks drafts of a workspace as the editor would, with its settings and dictionaries. */
export function checkWorkspace(request: CheckRequest, bundledDictionaries: readonly string[]): CheckReport {
  const skipped: string[] = [];
  const { scoped, problems, setting, isGitignored, unreadable } = workspaceDictionaries(request, bundledDictionaries);
  const options: CheckOptions = {
    ...checkOptionsFromSettings(setting),
    ...(request.style ? { houseStyle: request.style } : {}),
  };
  const endings = extensionsOf(stringsSetting(setting, 'highlight.languages') ?? DEFAULT_LANGUAGES);
  const candidates = (request.paths.length > 0 ? request.paths : [request.workspace]).flatMap((given) =>
    draftPaths(given, endings, isGitignored, unreadable),
  );
  const files: string[] = [];
  const findings: LocatedFinding[] = [];
  for (const file of candidates) {
    let text: string;
    try {
      text = readInput(file);
    } catch (error) {
      if (error instanceof SkippedInput) skipped.push(error.message);
      else unreadable.push(describeIoError(file, error));
      continue;
    }
    files.push(file);
    findings.push(
      ...locate(
        file,
        text,
        draftFindings(
          { text, fileDay: fileDay(file), anchor: request.date },
          scoped.indexFor(path.resolve(file)),
          options,
        ),
      ),
    );
  }
  // A missing workspace is noted once, not once for each search of it.
  return { files, findings, problems, unreadable: [...new Set(unreadable)], skipped };
}

/** A workspace's dictionaries, each placed where it applies, and what was found on the way. */
export interface WorkspaceDictionaries {
  readonly scoped: ScopedDictionaries;
  readonly problems: readonly DictionaryProblem[];
  /** The workspace's `newsroomLens.*` settings. */
  readonly setting: SettingReader;
  readonly isGitignored: IsGitignored;
  /** Files, folders and dictionaries that could not be read, each with the reason. */
  readonly unreadable: string[];
}

/**
 * The dictionaries as the extension finds them in a workspace (`--dict` first, then the
 * `newsroomLens.dictionaries` setting, the workspace's `*.entities.json` that .gitignore keeps,
 * then `bundled`), each applying to the drafts of its story under the workspace's settings.
 */
export function workspaceDictionaries(request: DictionaryRequest, bundled: readonly string[]): WorkspaceDictionaries {
  const unreadable: string[] = [];
  const setting = readSettings(path.join(request.workspace, '.vscode', 'settings.json'), unreadable);
  const isGitignored = gitignoredTest(request.workspace, unreadable);
  const { scoped, problems } = loadScoped(
    request,
    dictionaryPaths(request, stringsSetting(setting, 'dictionaries') ?? [], isGitignored, unreadable),
    scopeSettings(request, setting, bundled, isGitignored, unreadable),
    bundled,
    unreadable,
  );
  return { scoped, problems, setting, isGitignored, unreadable };
}

/** A workspace file that may be absent (settings, .gitignore): its text, or undefined, noting one that cannot be read. */
function readOptional(file: string, what: string, unreadable: string[]): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  try {
    return readRegularFile(file, MAX_CONFIG_BYTES, what).toString('utf8');
  } catch (error) {
    unreadable.push(describeIoError(file, error));
    return undefined;
  }
}

/** The workspace's `newsroomLens.*` settings; none when it has no settings file. */
function readSettings(file: string, unreadable: string[]): SettingReader {
  const text = readOptional(file, 'settings file', unreadable);
  const parsed = text === undefined ? undefined : parseWorkspaceSettings(text);
  if (parsed && 'settings' in parsed) return parsed.settings;
  if (parsed) unreadable.push(`${file}: ${parsed.error}`);
  return () => undefined;
}

function stringsSetting(setting: SettingReader, key: string): string[] | undefined {
  const value = setting(key);
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

type IsGitignored = (file: string, isFolder?: boolean) => boolean;

/** What the workspace's `.gitignore` leaves out, by path; nothing when it has none. */
function gitignoredTest(workspace: string, unreadable: string[]): IsGitignored {
  const text = readOptional(path.join(workspace, '.gitignore'), '.gitignore', unreadable);
  if (text === undefined) return () => false;
  const isIgnored = gitignoreMatcher(text);
  const root = path.resolve(workspace);
  return (file, isFolder = false) => {
    const relative = path.relative(root, path.resolve(file));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    // A folder pattern ("archive/") matches a path that says it is a folder.
    return isIgnored(relative.split(path.sep).join('/') + (isFolder ? '/' : ''));
  };
}

/**
 * The dictionaries in the extension's order, each once, and where each was found: `--dict`,
 * the `newsroomLens.dictionaries` setting (absolute or relative to the workspace), then every
 * `*.entities.json` in the workspace that its .gitignore keeps.
 */
function dictionaryPaths(
  request: DictionaryRequest,
  fromSettings: readonly string[],
  isGitignored: IsGitignored,
  unreadable: string[],
): { file: string; origin: DictionaryOrigin }[] {
  const found: string[] = [];
  walk(request.workspace, isGitignored, unreadable, (file) => {
    if (path.basename(file).endsWith(DICTIONARY_ENDING)) found.push(file);
  });
  found.sort((a, b) => a.localeCompare(b));
  const all = [
    ...request.dictionaries.map((file) => ({ file, origin: 'setting' as const })),
    ...fromSettings.map((entry) => ({
      file: path.isAbsolute(entry) ? entry : path.join(request.workspace, entry),
      origin: 'setting' as const,
    })),
    ...found.map((file) => ({ file, origin: 'workspace' as const })),
  ];
  return all.filter(({ file }, i) => all.findIndex((other) => path.resolve(other.file) === path.resolve(file)) === i);
}

/** The workspace's `dictionaryScope` and `sampleDictionaryEverywhere` settings, and where copies of the bundled articles lie. */
function scopeSettings(
  request: DictionaryRequest,
  setting: SettingReader,
  bundled: readonly string[],
  isGitignored: IsGitignored,
  unreadable: string[],
): ScopeSettings {
  const scope = setting('dictionaryScope') === 'workspace' ? 'workspace' : 'story';
  const bundledEverywhere = setting('sampleDictionaryEverywhere') === true;
  const articles = bundled.flatMap((file) => {
    const article = articleFileOf(file);
    return article && fs.existsSync(article) ? [fs.readFileSync(article)] : [];
  });
  const sampleFolders: string[] = [];
  if (!bundledEverywhere && articles.length > 0) {
    walk(request.workspace, isGitignored, unreadable, (file) => {
      if (path.extname(file).toLowerCase() !== '.txt') return;
      const size = fs.statSync(file).size;
      if (articles.some((article) => article.length === size && article.equals(fs.readFileSync(file))))
        sampleFolders.push(path.dirname(path.resolve(file)));
    });
  }
  return { scope, bundledEverywhere, sampleFolders };
}

/** The article a dictionary file was built from, as its `source.file` names it, if it names one. */
function articleFileOf(dictionaryFile: string): string | undefined {
  try {
    const source = (JSON.parse(fs.readFileSync(dictionaryFile, 'utf8')) as { source?: { file?: unknown } }).source;
    return typeof source?.file === 'string' ? path.join(path.dirname(dictionaryFile), source.file) : undefined;
  } catch {
    return undefined; // the dictionary's own problem is reported when it is loaded
  }
}

/** Loads the dictionaries, the bundled ones last, and places each where it applies. */
function loadScoped(
  request: DictionaryRequest,
  files: readonly { file: string; origin: DictionaryOrigin }[],
  settings: ScopeSettings,
  bundled: readonly string[],
  unreadable: string[],
): { scoped: ScopedDictionaries; problems: readonly DictionaryProblem[] } {
  const read: DictionaryFile[] = [];
  const origins = new Map<string, DictionaryOrigin>();
  const add = (file: string, origin: DictionaryOrigin) => {
    try {
      const bytes = readRegularFile(file, MAX_DICTIONARY_BYTES, 'dictionary');
      read.push({ file, bytes, overridable: origin === 'bundled' });
      origins.set(file, origin);
    } catch (error) {
      unreadable.push(describeIoError(file, error));
    }
  };
  files.forEach(({ file, origin }) => add(file, origin));
  const taken = new Set(files.map(({ file }) => path.resolve(file)));
  bundled.filter((file) => !taken.has(path.resolve(file))).forEach((file) => add(file, 'bundled'));
  const { index, problems, texts } = loadDictionaries(read);
  const scoped = new ScopedDictionaries(
    index,
    (dictionary) => reachOf(path.resolve(dictionary.file), origins.get(dictionary.file) ?? 'workspace', settings),
    [path.resolve(request.workspace)],
  );
  return { scoped, problems: locateProblems(problems, texts) };
}

/** A file given is checked as it is; a folder, for the drafts in it that .gitignore keeps. */
function draftPaths(
  given: string,
  endings: readonly string[],
  isGitignored: IsGitignored,
  unreadable: string[],
): string[] {
  let isFolder: boolean;
  try {
    isFolder = fs.statSync(given).isDirectory();
  } catch (error) {
    unreadable.push(describeIoError(given, error));
    return [];
  }
  if (!isFolder) return [given];
  const drafts: string[] = [];
  walk(given, isGitignored, unreadable, (file) => {
    const ending = path.extname(file).slice(1).toLowerCase();
    if (endings.includes(ending) && !path.basename(file).endsWith(DICTIONARY_ENDING)) drafts.push(file);
  });
  return drafts.sort((a, b) => a.localeCompare(b));
}

/** Calls `visit` with every file under `folder` but those left out; an unreadable folder is noted. */
function walk(folder: string, isGitignored: IsGitignored, unreadable: string[], visit: (file: string) => void) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push(describeIoError(folder, error));
    return;
  }
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (NEVER_SEARCHED.has(entry.name) || isGitignored(file, entry.isDirectory())) continue;
    if (entry.isDirectory()) walk(file, isGitignored, unreadable, visit);
    else if (entry.isFile() || (entry.isSymbolicLink() && isFile(file))) visit(file);
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The day a file was last modified, as a story's date of last resort (as in the editor). */
export function fileDay(file: string): Day {
  return localDay(new Date(fs.statSync(file).mtimeMs));
}

function locate(file: string, text: string, findings: readonly Finding[]): LocatedFinding[] {
  const lines = new LineMap(text);
  return findings.map((finding) => {
    const end = lines.position(finding.end);
    return { ...finding, file, ...lines.position(finding.start), endLine: end.line, endColumn: end.column };
  });
}
