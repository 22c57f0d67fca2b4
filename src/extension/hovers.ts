import * as vscode from 'vscode';
import { renderAmbiguousCard, renderEntityCard } from '../core/card/entityCard';
import { AnnotationCache } from './annotations';
import { changed, isAnnotated, readSettings } from './config';
import { DictionaryService } from './dictionaryService';
import { COMMANDS } from './ids';

/** A command URI that opens an entity: the only command a card may run. */
export function showEntityLink(entityId: string): string {
  return `command:${COMMANDS.showEntity}?${encodeURIComponent(JSON.stringify([entityId]))}`;
}

/** The card of the entity under the pointer: who or what it is, from the dictionaries. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isAnnotated(document)) return undefined;
    const mention = this.annotations.get(document)?.mentionAt(document.offsetAt(position));
    if (!mention) return undefined;
    const index = this.dictionaries.index;
    const markdown =
      mention.entityIds.length === 1
        ? renderEntityCard(index, mention.entityIds[0]!, this.annotations.get(document)!.mentionCount(mention.entityIds[0]!), showEntityLink)
        : renderAmbiguousCard(index, mention.text, mention.entityIds, showEntityLink);
    const card = new vscode.MarkdownString(markdown);
    // Everything from data is escaped by the core; links may run our one command and no other.
    card.isTrusted = { enabledCommands: [COMMANDS.showEntity] };
    card.supportHtml = false;
    return new vscode.Hover(card, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
  }
}

/** Registers the hover provider for the configured languages; re-registers when they change. */
export function registerHovers(dictionaries: DictionaryService, annotations: AnnotationCache): vscode.Disposable {
  const provider = new EntityHoverProvider(dictionaries, annotations);
  let registration: vscode.Disposable | undefined;
  const register = (event?: vscode.ConfigurationChangeEvent) => {
    if (!changed(event, 'hover.enabled', 'highlight.languages')) return;
    registration?.dispose();
    registration = undefined;
    const settings = readSettings();
    if (!settings.hoverEnabled) return;
    registration = vscode.languages.registerHoverProvider(settings.languages.map((language) => ({ language })), provider);
  };
  register();
  const listener = vscode.workspace.onDidChangeConfiguration(register);
  return new vscode.Disposable(() => {
    listener.dispose();
    registration?.dispose();
  });
}
