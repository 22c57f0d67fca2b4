import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType } from '../core/dictionary/schema';
import { AnnotationCache } from './annotations';
import { changed, isAnnotated, readSettings } from './config';
import { DictionaryService } from './dictionaryService';
import { AMBIGUOUS_COLOR, COLORS } from './ids';

const TYPING_DELAY_MS = 150;

/** What the highlighter last drew in an editor: ranges per kind (for tests and the status). */
export type HighlightedRanges = Record<EntityType | 'ambiguous', vscode.Range[]>;

/**
 * Colours every mention by entity type in visible editors. Editor switches repaint at once
 * from the cache; typing repaints after a short pause.
 */
export class Highlighter implements vscode.Disposable {
  private readonly decorations: Record<EntityType | 'ambiguous', vscode.TextEditorDecorationType>;
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly drawn = new WeakMap<vscode.TextEditor, HighlightedRanges>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
  ) {
    const byType = (type: EntityType) =>
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(COLORS[type].background),
        border: '1px solid',
        borderColor: new vscode.ThemeColor(COLORS[type].border),
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    this.decorations = {
      person: byType('person'),
      place: byType('place'),
      organization: byType('organization'),
      // A name several entities share: a dotted underline says "known, but whose?".
      ambiguous: vscode.window.createTextEditorDecorationType({
        borderColor: new vscode.ThemeColor(AMBIGUOUS_COLOR),
        borderStyle: 'dotted',
        borderWidth: '0 0 2px 0',
      }),
    };
    this.disposables.push(
      ...Object.values(this.decorations),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
      vscode.workspace.onDidChangeTextDocument((event) => this.paintAfterTyping(event.document)),
      // Changing a document's language closes and reopens it in the same editor.
      vscode.workspace.onDidOpenTextDocument(() => this.paintAll()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (changed(event, 'highlight.enabled', 'highlight.languages', 'highlight.types', 'maxDocumentSize')) this.paintAll();
      }),
      dictionaries.onDidChange(() => this.paintAll()),
      annotations.onDidAllowLarge(() => this.paintAll()),
    );
    this.paintAll();
  }

  /** The ranges last drawn in `editor`, by kind. */
  rangesIn(editor: vscode.TextEditor): HighlightedRanges | undefined {
    return this.drawn.get(editor);
  }

  paintAll(): void {
    vscode.window.visibleTextEditors.forEach((editor) => this.paint(editor));
  }

  private paintAfterTyping(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.set(
      key,
      setTimeout(() => {
        this.typingTimers.delete(key);
        vscode.window.visibleTextEditors.filter((editor) => editor.document === document).forEach((editor) => this.paint(editor));
      }, TYPING_DELAY_MS),
    );
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const settings = readSettings(document);
    const ranges: HighlightedRanges = { person: [], place: [], organization: [], ambiguous: [] };
    const annotation = settings.highlightEnabled && isAnnotated(document, settings) ? this.annotations.get(document) : undefined;
    if (annotation) {
      const index = this.dictionaries.index;
      for (const mention of annotation.mentions) {
        const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
        if (mention.entityIds.length > 1) {
          ranges.ambiguous.push(range);
          continue;
        }
        const type = index.get(mention.entityIds[0]!)?.type;
        if (type && settings.highlightTypes.includes(type)) ranges[type].push(range);
      }
    }
    for (const kind of [...ENTITY_TYPES, 'ambiguous'] as const) editor.setDecorations(this.decorations[kind], ranges[kind]);
    this.drawn.set(editor, ranges);
  }

  dispose(): void {
    this.typingTimers.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
