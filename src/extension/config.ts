import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType } from '../core/dictionary/schema';
import { CONFIG_SECTION } from './ids';

/** The extension's settings as one typed object (package.json's contributes.configuration). */
export interface Settings {
  readonly highlightEnabled: boolean;
  readonly languages: readonly string[];
  readonly highlightTypes: readonly EntityType[];
  readonly hoverEnabled: boolean;
  readonly dictionaries: readonly string[];
  readonly maxDocumentSize: number;
}

export type SettingKey = 'highlight.enabled' | 'highlight.languages' | 'highlight.types' | 'hover.enabled' | 'dictionaries' | 'maxDocumentSize';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    highlightEnabled: config.get<boolean>('highlight.enabled', true),
    languages: config.get<string[]>('highlight.languages', ['markdown', 'plaintext']),
    highlightTypes: config.get<string[]>('highlight.types', [...ENTITY_TYPES]).filter((type): type is EntityType => ENTITY_TYPES.includes(type as EntityType)),
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    dictionaries: config.get<string[]>('dictionaries', []),
    maxDocumentSize: config.get<number>('maxDocumentSize', 5_000_000),
  };
}

/**
 * Whether a configuration change touches one of `keys`. With no event (start-up) it is
 * true, so that setting up and reacting to a change share one code path.
 */
export function changed(event: vscode.ConfigurationChangeEvent | undefined, ...keys: SettingKey[]): boolean {
  return event === undefined || keys.some((key) => event.affectsConfiguration(`${CONFIG_SECTION}.${key}`));
}

/** Whether the extension annotates this document at all (by language). */
export function isAnnotated(document: vscode.TextDocument, settings: Settings = readSettings(document)): boolean {
  return settings.languages.includes(document.languageId);
}
