import vscode = require('vscode');
import { type CheckOptions, checkOptionsFromSettings } from '../core/consistency/findings';
import { ENTITY_TYPES, type EntityType } from '../core/dictionary/schema';
import { CONFIG_SECTION } from './ids';

/** The extension's settings as one typed object (package.json's contributes.configuration). */
export interface Settings {
  readonly highlightEnabled: boolean;
  readonly languages: readonly string[];
  readonly highlightTypes: readonly EntityType[];
  readonly hoverEnabled: boolean;
  readonly dictionaries: readonly string[];
  readonly maxDocumentSize: number;
  readonly liveCheckMaxSize: number;
  readonly maxProblems: number;
}

export type SettingKey =
  | 'highlight.enabled'
  | 'highlight.languages'
  | 'highlight.types'
  | 'hover.enabled'
  | 'dictionaries'
  | 'dictionaryScope'
  | 'sampleDictionaryEverywhere'
  | 'maxDocumentSize'
  | 'liveCheckMaxSize'
  | 'consistency'
  | 'quotes';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    highlightEnabled: config.get<boolean>('highlight.enabled', true),
    languages: config.get<string[]>('highlight.languages', ['markdown', 'plaintext']),
    highlightTypes: config
      .get<string[]>('highlight.types', [...ENTITY_TYPES])
      .filter((type): type is EntityType => ENTITY_TYPES.includes(type as EntityType)),
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    dictionaries: config.get<string[]>('dictionaries', []),
    maxDocumentSize: config.get<number>('maxDocumentSize', 5_000_000),
    liveCheckMaxSize: config.get<number>('liveCheckMaxSize', 200_000),
    maxProblems: config.get<number>('consistency.maxProblems', 500),
  };
}

/** The checks' options for a document (house style can differ per folder), as the CLI reads them too. */
export function readCheckOptions(scope?: vscode.ConfigurationScope): CheckOptions {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return checkOptionsFromSettings((key) => config.get(key));
}

/**
 * Whether a configuration change touches one of `keys`. With no event (start-up) it is
 * true, so that setting up and reacting to a change share one code path.
 */
export function changed(event: vscode.ConfigurationChangeEvent | undefined, ...keys: SettingKey[]): boolean {
  return event === undefined || keys.some((key) => event.affectsConfiguration(`${CONFIG_SECTION}.${key}`));
}

/** Whether a document is short enough to be checked as the writer types (else on save). */
export function checksAsYouType(document: vscode.TextDocument): boolean {
  const limit = readSettings(document).liveCheckMaxSize;
  return limit <= 0 || documentLength(document) <= limit;
}

/** A document's length in UTF-16 code units, without copying its text (this runs on every keystroke). */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** Whether the extension annotates this document at all (by language). */
export function isAnnotated(document: vscode.TextDocument, settings: Settings = readSettings(document)): boolean {
  return settings.languages.includes(document.languageId);
}

/**
 * Registers a language feature for the annotated languages and registers it again when
 * `keys` change; `register` may return undefined to leave the feature off.
 */
export function registerForLanguages(
  keys: readonly SettingKey[],
  register: (selector: vscode.DocumentSelector, settings: Settings) => vscode.Disposable | undefined,
): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const update = (event?: vscode.ConfigurationChangeEvent) => {
    if (!changed(event, 'highlight.languages', ...keys)) return;
    registration?.dispose();
    const settings = readSettings();
    registration = register(
      settings.languages.map((language) => ({ language })),
      settings,
    );
  };
  update();
  const listener = vscode.workspace.onDidChangeConfiguration(update);
  return new vscode.Disposable(() => {
    listener.dispose();
    registration?.dispose();
  });
}
