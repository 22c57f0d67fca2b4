import vscode = require('vscode');
import { TYPE_LABELS } from '../core/card/entityCard';
import type { EntityType } from '../core/dictionary/schema';
import type { AnnotationCache } from './annotations';
import { registerForLanguages } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';

const SYMBOL_KINDS: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
};

/** The entities of a draft in the Outline view and in Quick Open's `@`, each with its mentions. */
export class EntitySymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const annotation = this.annotations.get(document);
    if (!annotation) return [];
    const byEntity = new Map<string, vscode.Range[]>();
    for (const mention of annotation.mentions) {
      if (mention.entityIds.length !== 1) continue;
      const ranges = byEntity.get(mention.entityIds[0]!) ?? [];
      ranges.push(rangeOf(document, mention));
      byEntity.set(mention.entityIds[0]!, ranges);
    }
    const symbols: vscode.DocumentSymbol[] = [];
    for (const [id, ranges] of byEntity) {
      const entity = this.dictionaries.indexFor(document.uri).get(id);
      if (!entity) continue;
      const detail = `${TYPE_LABELS[entity.type]} · ${ranges.length} mention${ranges.length === 1 ? '' : 's'}`;
      const symbol = new vscode.DocumentSymbol(
        entity.name,
        detail,
        SYMBOL_KINDS[entity.type],
        ranges[0]!.union(ranges[ranges.length - 1]!),
        ranges[0]!,
      );
      symbol.children = ranges.map(
        (range) =>
          new vscode.DocumentSymbol(
            document.getText(range),
            `line ${range.start.line + 1}`,
            SYMBOL_KINDS[entity.type],
            range,
            range,
          ),
      );
      symbols.push(symbol);
    }
    return symbols.sort((a, b) => a.selectionRange.start.compareTo(b.selectionRange.start));
  }
}

export function registerSymbols(dictionaries: DictionaryService, annotations: AnnotationCache): vscode.Disposable {
  const provider = new EntitySymbolProvider(dictionaries, annotations);
  return registerForLanguages([], (selector) =>
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Newsroom Lens entities' }),
  );
}
