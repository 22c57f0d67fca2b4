import vscode = require('vscode');
import type { AnnotationCache } from './annotations';
import { showEntry } from './definitions';
import type { DictionaryService } from './dictionaryService';
import { SHOW_PROBLEMS_PANEL } from './dictionaryProblems';
import { rangeOf } from './documents';
import { COMMANDS, CONFIG_SECTION } from './ids';

/** The palette commands and the one hover cards link to. */
export function registerCommands(dictionaries: DictionaryService, annotations: AnnotationCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.toggleHighlights, toggleHighlights),
    vscode.commands.registerCommand(COMMANDS.reloadDictionaries, () => dictionaries.reload()),
    vscode.commands.registerCommand(COMMANDS.showProblems, () => vscode.commands.executeCommand(SHOW_PROBLEMS_PANEL)),
    vscode.commands.registerCommand(COMMANDS.showEntity, (entityId: unknown) =>
      showEntity(dictionaries, annotations, entityId),
    ),
  );
}

/** Flips highlighting where it is set: the workspace's value if it has one, else the user's. */
async function toggleHighlights(): Promise<void> {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const inspected = config.inspect<boolean>('highlight.enabled');
  const enabled = config.get<boolean>('highlight.enabled', true);
  const target =
    inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlight.enabled', !enabled, target);
  void vscode.window.setStatusBarMessage(`Newsroom Lens: entity highlights ${enabled ? 'off' : 'on'}`, 3000);
}

/**
 * Shows an entity: its next mention in the active draft if it has one, otherwise its entry
 * in the dictionary that defines it.
 */
async function showEntity(
  dictionaries: DictionaryService,
  annotations: AnnotationCache,
  entityId: unknown,
): Promise<void> {
  const entity = typeof entityId === 'string' ? dictionaries.index.get(entityId) : undefined;
  if (!entity) {
    void vscode.window.showWarningMessage(
      `Newsroom Lens: no entity with id ${JSON.stringify(entityId)} in the loaded dictionaries.`,
    );
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !revealNextMention(editor, annotations, entity.id)) await showEntry(entity);
}

/**
 * Selects the entity's next mention after the cursor in `editor` (the first, past the last)
 * and scrolls to it; false when the document names it nowhere.
 */
export function revealNextMention(editor: vscode.TextEditor, annotations: AnnotationCache, entityId: string): boolean {
  const mentions = annotations.get(editor.document)?.mentionsOf(entityId) ?? [];
  if (mentions.length === 0) return false;
  const cursor = editor.document.offsetAt(editor.selection.active);
  const next = mentions.find((mention) => mention.start > cursor) ?? mentions[0]!;
  const range = rangeOf(editor.document, next);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
