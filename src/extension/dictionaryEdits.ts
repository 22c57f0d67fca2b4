import {
  type Edit,
  type FormattingOptions,
  type JSONPath,
  type Node,
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  modify,
  parseTree,
} from 'jsonc-parser';
import vscode = require('vscode');
import { entityIdFor } from '../core/dictionary/entityId';
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import type { EntityType } from '../core/dictionary/schema';
import { renameInDictionary } from '../core/workspace/dictionaryRename';
import type { DictionaryService } from './dictionaryService';
import { dictionaryText, replaceDocumentFile } from './safeWrite';

/** Where a new workspace dictionary goes when the workspace has none. */
const NEW_DICTIONARY_NAME = 'newsroom.entities.json';
const FORMATTING: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/**
 * Changes to workspace dictionaries made from quick fixes and commands. Each is a minimal
 * edit of the JSON (its formatting kept; a file that is not strict JSON, comments included,
 * is refused), written safely to the file, where Undo in its editor takes it back.
 */
export class DictionaryEditor {
  constructor(private readonly dictionaries: DictionaryService) {}

  /**
   * Appends `value` to one of an entity's lists: an alias, or a name that is not a variant of
   * it. An entity from a bundled dictionary is copied, with the addition, into a workspace
   * dictionary (`target`, or one the writer picks), whose entry then takes precedence.
   */
  async addToList(
    entity: IndexedEntity,
    key: 'aliases' | 'notVariants',
    value: string,
    target?: vscode.Uri,
  ): Promise<vscode.Uri | undefined> {
    const source = vscode.Uri.parse(entity.dictionary.file, true);
    if (!entity.dictionary.overridable && isInWorkspace(source)) {
      await this.editJson(source, (tree, text) => {
        const index = entityIndexIn(tree, entity.id);
        if (index < 0)
          throw new Error(`${vscode.workspace.asRelativePath(source)} no longer has an entry "${entity.id}"`);
        const hasList = findNodeAtLocation(tree, ['entities', index, key]) !== undefined;
        return hasList
          ? edit(text, ['entities', index, key, -1], value)
          : edit(text, ['entities', index, key], [value]);
      });
      return source;
    }
    const destination =
      target ?? (await this.chooseWorkspaceDictionary(`Copy ${entity.name} with “${value}” into which dictionary?`));
    if (!destination) return undefined;
    const copy = await entryFrom(source, entity.id);
    const list = Array.isArray(copy[key]) ? [...(copy[key] as unknown[])] : [];
    await this.appendEntity(destination, { ...copy, [key]: [...list, value] });
    return destination;
  }

  /** Gives an entity of a workspace dictionary its new name, the old one kept as an alias (Rename). */
  async rename(entity: IndexedEntity, newName: string): Promise<void> {
    const uri = vscode.Uri.parse(entity.dictionary.file, true);
    await this.editJson(uri, (_tree, text) => {
      const change = renameInDictionary(text, entity, newName);
      if (!change) throw new Error(`${vscode.workspace.asRelativePath(uri)} no longer has an entry "${entity.id}"`);
      return [change];
    });
  }

  /** Adds a new entity to a workspace dictionary; returns its id. */
  async addEntity(name: string, type: EntityType, target: vscode.Uri): Promise<string> {
    const id = entityIdFor(name, (candidate) => this.dictionaries.index.get(candidate) !== undefined);
    await this.appendEntity(target, { id, name, type, aliases: [] });
    return id;
  }

  /** Lets the writer pick a workspace dictionary, or a new one at the root of the first folder. */
  async chooseWorkspaceDictionary(title: string): Promise<vscode.Uri | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        'Newsroom Lens reads workspace dictionaries only in a trusted workspace. Trust this workspace first.',
      );
      return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Open a folder first: workspace dictionaries live in the workspace.');
      return undefined;
    }
    const existing = (await vscode.workspace.findFiles('**/*.entities.json', '**/node_modules/**')).sort((a, b) =>
      a.path.localeCompare(b.path),
    );
    const fresh = vscode.Uri.joinPath(folder.uri, NEW_DICTIONARY_NAME);
    const items = [
      ...existing.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      ...(existing.some((uri) => uri.toString() === fresh.toString())
        ? []
        : [{ label: `$(new-file) New dictionary: ${NEW_DICTIONARY_NAME}`, uri: fresh }]),
    ];
    if (items.length === 1) return items[0]!.uri;
    return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Workspace dictionary' }))?.uri;
  }

  private async appendEntity(target: vscode.Uri, entry: Record<string, unknown>): Promise<void> {
    if (!(await exists(target))) {
      await replaceDocumentFile(
        this.dictionaries.extensionUri,
        target,
        'dictionary',
        (current) => {
          if (current !== undefined)
            throw new Error(
              `${vscode.workspace.asRelativePath(target)} appeared while the entry was being added; nothing was written, try again`,
            );
          return `${JSON.stringify({ entities: [entry] }, null, 2)}\n`;
        },
        'nothing was written',
      );
      await this.dictionaries.reload();
      return;
    }
    await this.editJson(target, (tree, text) => {
      const entities = findNodeAtLocation(tree, ['entities']);
      if (entities?.type !== 'array')
        throw new Error(`${vscode.workspace.asRelativePath(target)} has no "entities" array to add to`);
      return edit(text, ['entities', -1], entry);
    });
  }

  /** Edits the file as it is on disk when it is written, never a copy read earlier. */
  private async editJson(uri: vscode.Uri, compute: (tree: Node, text: string) => Edit[]): Promise<void> {
    const nothingChanged = 'nothing was changed';
    await replaceDocumentFile(
      this.dictionaries.extensionUri,
      uri,
      'dictionary',
      (current) => {
        if (current === undefined)
          throw new Error(`${vscode.workspace.asRelativePath(uri)} no longer exists; ${nothingChanged}`);
        const text = dictionaryText(current, uri, `${nothingChanged}; fix it first`);
        return applyEdits(text, compute(parseTree(text)!, text));
      },
      nothingChanged,
    );
    await this.dictionaries.reload();
  }
}

function edit(text: string, path: JSONPath, value: unknown): Edit[] {
  return modify(text, path, value, { formattingOptions: FORMATTING });
}

function entityIndexIn(tree: Node, id: string): number {
  const entities = findNodeAtLocation(tree, ['entities']);
  return entities?.children?.findIndex((child) => findNodeAtLocation(child, ['id'])?.value === id) ?? -1;
}

/** The raw JSON entry of an entity, as its dictionary file has it. */
async function entryFrom(uri: vscode.Uri, id: string): Promise<Record<string, unknown>> {
  const tree = parseTree(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  const index = tree ? entityIndexIn(tree, id) : -1;
  if (!tree || index < 0) throw new Error(`no entry "${id}" in ${uri.toString()}`);
  return getNodeValue(findNodeAtLocation(tree, ['entities', index])!) as Record<string, unknown>;
}

function isInWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
