import vscode = require('vscode');
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import { planRename } from '../core/workspace/rename';
import { loadBundle } from './bundleLoader';
import type { AnnotationCache } from './annotations';
import { registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import type { DictionaryEditor } from './dictionaryEdits';
import { rangeBetween } from './documents';
import { entityAt } from './references';
import { dictionaryText } from './safeWrite';
import type { WorkspaceMentions } from './workspaceMentions';

const DRAFTS_LABEL: vscode.WorkspaceEditEntryMetadata = {
  label: 'Mentions in drafts',
  description: 'each keeps its form: full name, surname or first name',
  needsConfirmation: false,
};
/** How long a planned rename may wait to be applied (the Refactor Preview can stay open a while). */
const APPLY_WAIT_MS = 10 * 60_000;

/**
 * Rename (F2) on a mention: every mention of the entity across the workspace's drafts, as
 * one edit that can be previewed and undone (planned by the core's `planRename`). A workspace
 * dictionary's entry follows once VS Code applies that edit: it gets the new name and keeps
 * the old one as an alias, written safely (a temporary file and a rename, as every other
 * dictionary write), which a save of the edit by VS Code would not be. Undo in the
 * dictionary's editor takes it back.
 */
export class EntityRenameProvider implements vscode.RenameProvider, vscode.Disposable {
  private editor: DictionaryEditor | undefined;
  private awaitingApply: vscode.Disposable | undefined;

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly workspace: WorkspaceMentions,
  ) {}

  prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { range: vscode.Range; placeholder: string } {
    const at = entityAt(this.annotations, document, position);
    const entity = at && this.dictionaries.index.get(at.entityId);
    if (!at || !entity)
      throw new Error('Put the cursor on a mention of a known person, place or organisation to rename it.');
    return { range: at.range, placeholder: entity.name };
  }

  async provideRenameEdits(
    document: vscode.TextDocument,
    position: vscode.Position,
    newName: string,
    token: vscode.CancellationToken,
  ): Promise<vscode.WorkspaceEdit | undefined> {
    const at = entityAt(this.annotations, document, position);
    const entity = at && this.dictionaries.index.get(at.entityId);
    if (!entity || !newName.trim() || !(await this.workspace.ensureScanned(token))) return undefined;
    const dictionary = await this.writableDictionary(entity);
    const edit = new vscode.WorkspaceEdit();
    for (const planned of await planRename(
      entity,
      newName,
      this.workspace.mentionsOf(entity.id, document),
      this.workspace.drafts,
    )) {
      edit.replace(
        vscode.Uri.parse(planned.uri, true),
        rangeBetween(planned.start, planned.end),
        planned.newText,
        DRAFTS_LABEL,
      );
    }
    if (dictionary) {
      const renameEntry = () => this.renameEntry(entity, newName.trim(), dictionary);
      if (edit.size === 0) await renameEntry();
      else this.whenApplied(edit, renameEntry);
    }
    return edit;
  }

  dispose(): void {
    this.awaitingApply?.dispose();
  }

  /**
   * The entity's workspace dictionary, checked before anything is renamed (strict JSON, no
   * unsaved changes) so that drafts are not renamed without it; undefined for bundled ones.
   */
  private async writableDictionary(entity: IndexedEntity): Promise<vscode.Uri | undefined> {
    const uri = vscode.Uri.parse(entity.dictionary.file, true);
    if (entity.dictionary.overridable || !vscode.workspace.getWorkspaceFolder(uri)) return undefined;
    const nothingDone = 'nothing was renamed';
    // Opened, or the one already open: the file's unsaved changes, if any, show there.
    if ((await vscode.workspace.openTextDocument(uri)).isDirty)
      throw new Error(
        `${vscode.workspace.asRelativePath(uri)} has unsaved changes; save or revert them; ${nothingDone}`,
      );
    dictionaryText(await vscode.workspace.fs.readFile(uri), uri, `${nothingDone}; fix it first`);
    return uri;
  }

  private async renameEntry(entity: IndexedEntity, newName: string, dictionary: vscode.Uri): Promise<void> {
    try {
      this.editor ??= new (await loadBundle(this.dictionaries.extensionUri, 'dictionaryEdits')).DictionaryEditor(
        this.dictionaries,
      );
      await this.editor.rename(entity, newName);
    } catch (error) {
      void vscode.window.showErrorMessage(
        `The drafts were renamed, but ${vscode.workspace.asRelativePath(dictionary)} still names ${entity.name}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
  }

  /**
   * Runs `action` once VS Code applies `edit` (VS Code says nothing to the provider when it
   * does, or when the Refactor Preview is cancelled). The sign: a change, other than an Undo or
   * Redo, at the first replacement of one of its documents, after which the document reads the
   * replacement's new text there (nothing before the first replacement moves, and VS Code may
   * apply a replacement as a smaller change). A newer rename replaces the wait.
   */
  private whenApplied(edit: vscode.WorkspaceEdit, action: () => Promise<void>): void {
    this.awaitingApply?.dispose();
    const firstReplacements = new Map(
      edit.entries().map(([uri, edits]) => {
        const first = edits.reduce((earliest, change) =>
          change.range.start.isBefore(earliest.range.start) ? change : earliest,
        );
        return [uri.toString(), first] as const;
      }),
    );
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      const planned = firstReplacements.get(event.document.uri.toString());
      if (event.reason !== undefined || !planned) return;
      const { start } = planned.range;
      const applied =
        event.contentChanges.some((change) => change.range.intersection(planned.range) !== undefined) &&
        event.document.getText(
          new vscode.Range(start, event.document.positionAt(event.document.offsetAt(start) + planned.newText.length)),
        ) === planned.newText;
      if (!applied) return;
      stop.dispose();
      void action();
    });
    const timer = setTimeout(() => stop.dispose(), APPLY_WAIT_MS);
    const stop = new vscode.Disposable(() => {
      clearTimeout(timer);
      listener.dispose();
      if (this.awaitingApply === stop) this.awaitingApply = undefined;
    });
    this.awaitingApply = stop;
  }
}

export function registerRename(
  dictionaries: DictionaryService,
  annotations: AnnotationCache,
  workspace: WorkspaceMentions,
): vscode.Disposable {
  const provider = new EntityRenameProvider(dictionaries, annotations, workspace);
  return vscode.Disposable.from(
    provider,
    registerForLanguages([], (selector) => vscode.languages.registerRenameProvider(selector, provider)),
  );
}
