import vscode = require('vscode');
import { renderAmbiguousCard, renderEntityCard } from '../core/card/entityCard';
import type { AnnotationCache } from './annotations';
import { isAnnotated, registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';
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
    const index = this.dictionaries.indexFor(document.uri);
    const markdown =
      mention.entityIds.length === 1
        ? renderEntityCard(
            index,
            mention.entityIds[0]!,
            this.annotations.get(document)!.mentionCount(mention.entityIds[0]!),
            showEntityLink,
          )
        : renderAmbiguousCard(index, mention.text, mention.entityIds, showEntityLink);
    const card = new vscode.MarkdownString(markdown);
    // Everything from data is escaped by the core; links may run our one command and no other.
    card.isTrusted = { enabledCommands: [COMMANDS.showEntity] };
    card.supportHtml = false;
    return new vscode.Hover(card, rangeOf(document, mention));
  }
}

/** Registers the hover provider for the configured languages, unless hovers are off. */
export function registerHovers(dictionaries: DictionaryService, annotations: AnnotationCache): vscode.Disposable {
  const provider = new EntityHoverProvider(dictionaries, annotations);
  return registerForLanguages(['hover.enabled'], (selector, settings) =>
    settings.hoverEnabled ? vscode.languages.registerHoverProvider(selector, provider) : undefined,
  );
}
