import { findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import vscode = require('vscode');
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import { quotationSpans, within } from '../core/text/structure';
import { renamedForm } from '../core/workspace/rename';
import type { AnnotationCache } from './annotations';
import { registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import { entityAt } from './references';
import { assertDictionaryText } from './safeWrite';
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
 * one edit that can be previewed and undone. Each mention keeps its form; other aliases
 * and text in direct quotations are left alone; the dictionary entry is offered too.
 */
export class EntityRenameProvider implements vscode.RenameProvider {
  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly workspace: WorkspaceMentions,
  ) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const at = entityAt(this.annotations, document, position);
    const entity = at && this.dictionaries.index.get(at.entityId);
    if (!at || !entity) throw new Error('Put the cursor on a mention of a known person, place or organisation to rename it.');
    return { range: at.range, placeholder: entity.name };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string, token: vscode.CancellationToken): Promise<vscode.WorkspaceEdit | undefined> {
    const at = entityAt(this.annotations, document, position);
    const entity = at && this.dictionaries.index.get(at.entityId);
    if (!entity || !newName.trim() || !(await this.workspace.ensureScanned(token))) return undefined;
    const edit = new vscode.WorkspaceEdit();
    const files = this.workspace.mentionsOf(entity.id);
    if (!files.some((file) => file.uri.toString() === document.uri.toString())) {
      // An untitled draft is not in the workspace index; rename in it all the same.
      const own = this.annotations.get(document)?.mentionsOf(entity.id) ?? [];
      files.push({ uri: document.uri, mentions: own.map((mention) => ({ ...mention, range: new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)) })) });
    }
    for (const file of files) {
      const text = await textOf(file.uri);
      const quotations = quotationSpans(text);
      for (const mention of file.mentions) {
        if (within(quotations, mention.start)) continue;
        const replacement = renamedForm(entity, mention.text, newName);
        if (replacement !== undefined) edit.replace(file.uri, mention.range, replacement, DRAFTS_LABEL);
      }
    }
    await this.addDictionaryEdit(edit, entity, newName.trim());
    return edit;
  }

  /** The entry's new name, with the old one kept as an alias; only for workspace dictionaries. */
  private async addDictionaryEdit(edit: vscode.WorkspaceEdit, entity: IndexedEntity, newName: string): Promise<void> {
    const uri = vscode.Uri.parse(entity.dictionary.file, true);
    if (entity.dictionary.overridable || !vscode.workspace.getWorkspaceFolder(uri)) return;
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    assertDictionaryText(text, uri, 'nothing was renamed; fix it first');
    const tree = parseTree(text)!;
    const index = (findNodeAtLocation(tree, ['entities'])?.children ?? []).findIndex((child) => findNodeAtLocation(child, ['id'])?.value === entity.id);
    if (index < 0) return;
    const formatting = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
    const renamed = modify(text, ['entities', index, 'name'], newName, formatting);
    const hasAliases = findNodeAtLocation(tree, ['entities', index, 'aliases']) !== undefined;
    const keepOld = hasAliases ? modify(text, ['entities', index, 'aliases', -1], entity.name, formatting) : modify(text, ['entities', index, 'aliases'], [entity.name], formatting);
    for (const change of [...renamed, ...keepOld]) {
      edit.replace(uri, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.content, DICTIONARY_LABEL);
    }
  }
}

/**
 * A file's text: from its editor if open, else from disk. Opening hundreds of drafts as
 * documents would set every per-document feature (checks, timeline) to work on each.
 */
async function textOf(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  return open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export function registerRename(dictionaries: DictionaryService, annotations: AnnotationCache, workspace: WorkspaceMentions): vscode.Disposable {
  const provider = new EntityRenameProvider(dictionaries, annotations, workspace);
  return registerForLanguages([], (selector) => vscode.languages.registerRenameProvider(selector, provider));
}
