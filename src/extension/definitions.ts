import vscode = require('vscode');
import { citedSentence } from '../core/card/entityCard';
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import type { Dictionary } from '../core/dictionary/schema';
import type { AnnotationCache } from './annotations';
import { registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';
import { COMMANDS } from './ids';
import { entityAt } from './references';

/** Where an entity's entry stands in its dictionary file. */
export async function entryLocation(entity: IndexedEntity): Promise<vscode.Location> {
  const uri = vscode.Uri.parse(entity.dictionary.file, true);
  const document = await vscode.workspace.openTextDocument(uri);
  const found = new RegExp(`"id"\\s*:\\s*"${entity.id}"`).exec(document.getText());
  const start = found?.index ?? 0;
  return new vscode.Location(uri, rangeOf(document, { start, end: start + (found?.[0].length ?? 0) }));
}

/** Opens an entity's dictionary entry, with its id selected. */
export async function showEntry(entity: IndexedEntity): Promise<void> {
  const entry = await entryLocation(entity);
  await vscode.window.showTextDocument(entry.uri, { selection: entry.range, preview: true });
}

/** Go to Definition on a mention: the entity's entry in its dictionary. */
export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
  ) {}

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): Promise<vscode.Location | undefined> {
    const at = entityAt(this.annotations, document, position);
    const entity = at && this.dictionaries.index.get(at.entityId);
    return entity ? entryLocation(entity) : undefined;
  }
}

/**
 * Go to Source: opens the article a dictionary was built from (its `source.file`, beside
 * the dictionary) with the sentence that states the entity's role selected.
 */
async function goToSource(
  dictionaries: DictionaryService,
  annotations: AnnotationCache,
  entityId?: unknown,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const id =
    typeof entityId === 'string'
      ? entityId
      : editor
        ? entityAt(annotations, editor.document, editor.selection.active)?.entityId
        : undefined;
  const entity = id ? dictionaries.index.get(id) : undefined;
  if (!entity) {
    void vscode.window.showInformationMessage(
      'Newsroom Lens: put the cursor on the name of a known person, place or organisation first.',
    );
    return;
  }
  const cited = citedSentence(entity);
  await showSourceSentence(cited?.dictionary ?? entity.dictionary, cited?.sentence, entity.name);
}

/** A card's link to a quotation: its sentence in the article of the dictionary that records it. */
async function showQuotationSource(
  dictionaries: DictionaryService,
  file: unknown,
  sentence: unknown,
  words: unknown,
  article: unknown,
): Promise<void> {
  const dictionary = dictionaries.index.dictionaries.find((candidate) => candidate.file === file);
  if (!dictionary) {
    void vscode.window.showInformationMessage('Newsroom Lens: the dictionary of that quotation is no longer loaded.');
    return;
  }
  const about = typeof words === 'string' ? `“${words.slice(0, 40)}”` : 'the quotation';
  await showSourceSentence(
    dictionary,
    typeof sentence === 'string' ? sentence : undefined,
    about,
    undefined,
    typeof article === 'string' ? article : undefined,
  );
}

/**
 * Opens the article a dictionary was built from (its `source.file`, or the fact's own article
 * in a story of several, beside it) with `sentence` selected (in `column`, else the active
 * group); says so when the dictionary names no article or it cannot be opened.
 */
export async function showSourceSentence(
  dictionary: Dictionary,
  sentence: string | undefined,
  about: string,
  column?: vscode.ViewColumn,
  article?: string,
): Promise<void> {
  const file = article ?? dictionary.source?.file;
  const dictionaryUri = vscode.Uri.parse(dictionary.file, true);
  if (!file) {
    void vscode.window.showInformationMessage(
      `Newsroom Lens: the dictionary of ${about} does not name its article ("source.file").`,
    );
    return;
  }
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dictionaryUri, '..', file));
  } catch {
    void vscode.window.showWarningMessage(
      `Newsroom Lens: the article ${file} named by ${vscode.workspace.asRelativePath(dictionaryUri)} cannot be opened.`,
    );
    return;
  }
  const at = sentence ? document.getText().indexOf(sentence) : -1;
  const selection = at >= 0 ? rangeOf(document, { start: at, end: at + sentence!.length }) : undefined;
  await vscode.window.showTextDocument(document, { selection, preview: true, viewColumn: column });
}

export function registerDefinitions(dictionaries: DictionaryService, annotations: AnnotationCache): vscode.Disposable {
  const provider = new EntityDefinitionProvider(dictionaries, annotations);
  return vscode.Disposable.from(
    registerForLanguages([], (selector) => vscode.languages.registerDefinitionProvider(selector, provider)),
    vscode.commands.registerCommand(COMMANDS.goToSource, (entityId?: unknown) =>
      goToSource(dictionaries, annotations, entityId),
    ),
    vscode.commands.registerCommand(
      COMMANDS.showQuotationSource,
      (file?: unknown, sentence?: unknown, words?: unknown, article?: unknown) =>
        showQuotationSource(dictionaries, file, sentence, words, article),
    ),
  );
}
