import vscode = require('vscode');
import { loadBundle } from './bundleLoader';
import { renderAmbiguousCard, renderEntityCard } from '../core/card/entityCard';
import type { AnnotationCache } from './annotations';
import type { SourcedQuotation } from '../core/dictionary/quotations';
import { isAnnotated, readCheckOptions, registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';
import { COMMANDS } from './ids';

/** A command URI that opens an entity: the only command a card may run. */
export function showEntityLink(entityId: string): string {
  return `command:${COMMANDS.showEntity}?${encodeURIComponent(JSON.stringify([entityId]))}`;
}

/** A command URI that shows a quotation's sentence in the article it comes from (in a story, the first that quotes it). */
export function showQuotationSourceLink(quotation: SourcedQuotation): string {
  const args = [
    quotation.dictionary.file,
    quotation.source ?? null,
    quotation.text,
    quotation.sources?.[0]?.file ?? null,
  ];
  return `command:${COMMANDS.showQuotationSource}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Cards may run these commands and no other. */
const CARD_COMMANDS = [COMMANDS.showEntity, COMMANDS.showQuotationSource];

/** The card of the entity under the pointer (who or what it is, from the dictionaries), or of the quotation there (who said it). */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly extensionUri: vscode.Uri,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.ProviderResult<vscode.Hover> {
    if (!isAnnotated(document)) return undefined;
    const offset = document.offsetAt(position);
    const mention = this.annotations.get(document)?.mentionAt(offset);
    const index = this.dictionaries.indexFor(document.uri);
    if (!mention) {
      const text = document.getText();
      const allowEllipsis = readCheckOptions(document.uri).quotes?.allowEllipsis ?? true;
      // The quotation card matches the draft's words as the checks against the sources do, in their bundle.
      return loadBundle(this.extensionUri, 'sourceChecks').then(({ renderQuotationCard }) => {
        const quotation = renderQuotationCard(text, offset, index, allowEllipsis, {
          entity: showEntityLink,
          quotation: showQuotationSourceLink,
        });
        return quotation ? new vscode.Hover(trustedCard(quotation)) : undefined;
      });
    }
    const markdown =
      mention.entityIds.length === 1
        ? renderEntityCard(
            index,
            mention.entityIds[0]!,
            this.annotations.get(document)!.mentionCount(mention.entityIds[0]!),
            showEntityLink,
            showQuotationSourceLink,
          )
        : renderAmbiguousCard(index, mention.text, mention.entityIds, showEntityLink);
    return new vscode.Hover(trustedCard(markdown), rangeOf(document, mention));
  }
}

function trustedCard(markdown: string): vscode.MarkdownString {
  const card = new vscode.MarkdownString(markdown);
  // Everything from data is escaped by the core; links may run our own card commands and no other.
  card.isTrusted = { enabledCommands: CARD_COMMANDS };
  card.supportHtml = false;
  return card;
}

/** Registers the hover provider for the configured languages, unless hovers are off. */
export function registerHovers(
  dictionaries: DictionaryService,
  annotations: AnnotationCache,
  extensionUri: vscode.Uri,
): vscode.Disposable {
  const provider = new EntityHoverProvider(dictionaries, annotations, extensionUri);
  return registerForLanguages(['hover.enabled'], (selector, settings) =>
    settings.hoverEnabled ? vscode.languages.registerHoverProvider(selector, provider) : undefined,
  );
}
