import * as vscode from 'vscode';
import { EntityIndex } from '../core/dictionary/entityIndex';
import { DictionaryProblem } from '../core/dictionary/parse';
import { AnnotationCache } from './annotations';
import { registerCommands } from './commands';
import { NameChecker } from './diagnostics';
import { DictionaryService } from './dictionaryService';
import { HighlightedRanges, Highlighter } from './highlights';
import { registerHovers } from './hovers';
import { registerNameFixes } from './quickFixes';

/** What the extension offers other extensions and its tests. */
export interface NewsroomLensApi {
  /** Resolves once the dictionaries (re)loading under way has finished. */
  whenLoaded(): Promise<void>;
  index(): EntityIndex;
  problems(): readonly DictionaryProblem[];
  /** The ranges highlighted in an editor, by kind. */
  highlightedRanges(editor: vscode.TextEditor): HighlightedRanges | undefined;
}

export function activate(context: vscode.ExtensionContext): NewsroomLensApi {
  const log = vscode.window.createOutputChannel('Newsroom Lens', { log: true });
  const dictionaries = new DictionaryService(context.extensionUri, log);
  const annotations = new AnnotationCache(dictionaries, log);
  const highlighter = new Highlighter(dictionaries, annotations);
  const checker = new NameChecker(dictionaries, annotations, context.workspaceState);
  context.subscriptions.push(
    log,
    dictionaries,
    annotations,
    highlighter,
    registerHovers(dictionaries, annotations),
    registerCommands(dictionaries, annotations, log),
    checker,
    registerNameFixes(checker, dictionaries),
  );
  void dictionaries.reload();
  return {
    whenLoaded: () => dictionaries.whenLoaded(),
    index: () => dictionaries.index,
    problems: () => dictionaries.problems,
    highlightedRanges: (editor) => highlighter.rangesIn(editor),
  };
}
