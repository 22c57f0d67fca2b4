import vscode = require('vscode');
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import { planRename } from '../core/workspace/rename';
import { loadBundle } from './bundleLoader';
import type { AnnotationCache } from './annotations';
import { registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeBetween, rangeOf } from './documents';
import { entityAt } from './references';
import { assertDictionaryText, assertShowsFile } from './safeWrite';
import type { WorkspaceMentions } from './workspaceMentions';

const DRAFTS_LABEL: vscode.WorkspaceEditEntryMetadata = {
  label: 'Mentions in drafts',
  description: 'each keeps its form: full name, surname or first name',
  needsConfirmation: false,
};
const DICTIONARY_LABEL: vscode.WorkspaceEditEntryMetadata = {
  label: 'Dictionary entry',
  description: 'the new canonical name, the old one kept as an alias',
  // Shown for approval in the Refactor Preview: a draft may be renamed without its dictionary.
  needsConfirmation: true,
};

/**
 * Rename (F2) on a mention: every mention of the entity across the workspace's drafts, as
 * one edit that can be previewed and undone (planned by the core's `planRename`); the
 * dictionary entry is offered too.
 */
export class EntityRenameProvider implements vscode.RenameProvider {
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
    await this.addDictionaryEdit(edit, entity, newName.trim());
    return edit;
  }

  /** The entry's new name, with the old one kept as an alias; only for workspace dictionaries. */
  private async addDictionaryEdit(edit: vscode.WorkspaceEdit, entity: IndexedEntity, newName: string): Promise<void> {
    const uri = vscode.Uri.parse(entity.dictionary.file, true);
    if (entity.dictionary.overridable || !vscode.workspace.getWorkspaceFolder(uri)) return;
    const { renameInDictionary } = await loadBundle(this.dictionaries.extensionUri, 'dictionaryEdits');
    const document = await vscode.workspace.openTextDocument(uri);
    assertShowsFile(document, await vscode.workspace.fs.readFile(uri), 'nothing was renamed; try again');
    const text = document.getText();
    assertDictionaryText(text, uri, 'nothing was renamed; fix it first');
    const change = renameInDictionary(text, entity, newName);
    if (change)
      edit.replace(
        uri,
        rangeOf(document, { start: change.offset, end: change.offset + change.length }),
        change.content,
        DICTIONARY_LABEL,
      );
  }
}

export function registerRename(
  dictionaries: DictionaryService,
  annotations: AnnotationCache,
  workspace: WorkspaceMentions,
): vscode.Disposable {
  const provider = new EntityRenameProvider(dictionaries, annotations, workspace);
  return registerForLanguages([], (selector) => vscode.languages.registerRenameProvider(selector, provider));
}
