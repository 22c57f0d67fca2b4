import vscode = require('vscode');
import { ENTITY_TYPES, type EntityType } from '../core/dictionary/schema';
import type { Mention } from '../core/match/matcher';
import type { Activity } from '../core/workspace/activity';
import { forEachChunked } from '../core/workspace/chunked';
import { KeyedDebounce } from '../core/workspace/debounce';
import { DisposableStore } from '../core/workspace/events';
import type { AnnotationCache } from './annotations';
import { changed, isAnnotated, readSettings } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';
import { AMBIGUOUS_COLOR, COLORS } from './ids';

const TYPING_DELAY_MS = 150;
/** Mentions drawn in one go; documents with more are drawn in slices, what is visible first. */
const PAINT_AT_ONCE = 5000;

const emptyRanges = (): HighlightedRanges => ({ person: [], place: [], organization: [], ambiguous: [] });

/** The span of offsets the editor shows. */
function visibleOffsets(editor: vscode.TextEditor): [number, number] {
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return [0, 0];
  return [editor.document.offsetAt(ranges[0]!.start), editor.document.offsetAt(ranges[ranges.length - 1]!.end)];
}

/** What the highlighter last drew in an editor: ranges per kind (for tests and the status). */
export type HighlightedRanges = Record<EntityType | 'ambiguous', vscode.Range[]>;

/**
 * Colours every mention by entity type in visible editors. Editor switches repaint at once
 * from the cache; typing repaints after a short pause.
 */
export class Highlighter implements vscode.Disposable {
  private readonly decorations: Record<EntityType | 'ambiguous', vscode.TextEditorDecorationType>;
  private readonly typing: KeyedDebounce;
  private readonly drawn = new WeakMap<vscode.TextEditor, HighlightedRanges>();
  /** Counts paints per editor, so that a slow paint gives way to a newer one. */
  private readonly generations = new WeakMap<vscode.TextEditor, number>();
  private readonly disposables = new DisposableStore();

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly activity: Activity,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.typing = new KeyedDebounce(TYPING_DELAY_MS, activity);
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
      this.typing,
      ...Object.values(this.decorations),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
      vscode.workspace.onDidChangeTextDocument((event) => this.paintAfterTyping(event.document)),
      // Changing a document's language closes and reopens it in the same editor.
      vscode.workspace.onDidOpenTextDocument(() => this.paintAll()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (changed(event, 'highlight.enabled', 'highlight.languages', 'highlight.types', 'maxDocumentSize'))
          this.paintAll();
      }),
      dictionaries.onDidChange(() => this.paintAll()),
      annotations.onDidAnnotate((document) =>
        vscode.window.visibleTextEditors
          .filter((editor) => editor.document === document)
          .forEach((editor) => this.paint(editor)),
      ),
      // While a long document is annotated in slices, what scrolls into view is drawn at once.
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (this.annotations.isAnnotating(event.textEditor.document)) this.paint(event.textEditor);
      }),
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
    this.typing.schedule(document.uri.toString(), () =>
      vscode.window.visibleTextEditors
        .filter((editor) => editor.document === document)
        .forEach((editor) => this.paint(editor)),
    );
  }

  /**
   * Draws the mentions of `editor`'s document. Where there are many, or the document is
   * still being annotated in slices, what is on screen is drawn first and the rest after,
   * in slices that let the editor breathe.
   */
  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const settings = readSettings(document);
    const generation = (this.generations.get(editor) ?? 0) + 1;
    this.generations.set(editor, generation);
    if (!settings.highlightEnabled || !isAnnotated(document, settings)) {
      this.draw(editor, [], []);
      return;
    }
    const annotation = this.annotations.get(document);
    const types = settings.highlightTypes;
    const [visibleStart, visibleEnd] = visibleOffsets(editor);
    if (!annotation) {
      this.draw(editor, this.annotations.mentionsWhileAnnotating(document, visibleStart, visibleEnd) ?? [], types);
      return;
    }
    if (annotation.mentions.length <= PAINT_AT_ONCE) {
      this.draw(editor, annotation.mentions, types);
      return;
    }
    this.draw(editor, annotation.mentionsBetween(visibleStart, visibleEnd), types);
    const version = document.version;
    const ranges = emptyRanges();
    const { mentions } = annotation;
    const batchStarts: number[] = [];
    for (let at = 0; at < mentions.length; at += PAINT_AT_ONCE) batchStarts.push(at);
    const painting = forEachChunked(
      batchStarts,
      (from) => this.addRanges(editor, mentions, types, ranges, from, Math.min(mentions.length, from + PAINT_AT_ONCE)),
      {
        isCancelled: () =>
          this.generations.get(editor) !== generation || document.version !== version || document.isClosed,
      },
    );
    void this.activity.track(painting).then(
      (result) => {
        if (result.completed) this.setRanges(editor, ranges);
      },
      (error: unknown) =>
        this.log.error(
          `Could not highlight ${vscode.workspace.asRelativePath(document.uri)}: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  }

  private draw(editor: vscode.TextEditor, mentions: readonly Mention[], types: readonly EntityType[]): void {
    const ranges = emptyRanges();
    this.addRanges(editor, mentions, types, ranges);
    this.setRanges(editor, ranges);
  }

  /** The ranges of `mentions[from, to)` of the chosen types, by kind, added to `ranges`. */
  private addRanges(
    editor: vscode.TextEditor,
    mentions: readonly Mention[],
    types: readonly EntityType[],
    ranges: HighlightedRanges,
    from = 0,
    to = mentions.length,
  ): void {
    const document = editor.document;
    const index = this.dictionaries.indexFor(document.uri);
    for (let at = from; at < to; at++) {
      const mention = mentions[at]!;
      const range = rangeOf(document, mention);
      if (mention.entityIds.length > 1) {
        ranges.ambiguous.push(range);
        continue;
      }
      const type = index.get(mention.entityIds[0]!)?.type;
      if (type && types.includes(type)) ranges[type].push(range);
    }
  }

  private setRanges(editor: vscode.TextEditor, ranges: HighlightedRanges): void {
    for (const kind of [...ENTITY_TYPES, 'ambiguous'] as const)
      editor.setDecorations(this.decorations[kind], ranges[kind]);
    this.drawn.set(editor, ranges);
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
