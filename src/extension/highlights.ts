import vscode = require('vscode');
import { ENTITY_TYPES, type EntityType } from '../core/dictionary/schema';
import type { Mention } from '../core/match/matcher';
import type { Activity } from '../core/workspace/activity';
import { forEachChunked } from '../core/workspace/chunked';
import { KeyedDebounce } from '../core/workspace/debounce';
import { type Span, spansAfterEdits } from '../core/workspace/spanShift';
import { DisposableStore } from '../core/workspace/events';
import type { AnnotationCache } from './annotations';
import { changed, isAnnotated, readSettings } from './config';
import type { DictionaryService } from './dictionaryService';
import { rangeOf } from './documents';
import { AMBIGUOUS_COLOR, COLORS } from './ids';

const TYPING_DELAY_MS = 150;
/** Mentions drawn in one go; documents with more are drawn in slices, what is visible first. */
const PAINT_AT_ONCE = 5000;

type Kind = EntityType | 'ambiguous';
const KINDS: readonly Kind[] = [...ENTITY_TYPES, 'ambiguous'];
const noSpans = (): Record<Kind, Span[]> => ({ person: [], place: [], organization: [], ambiguous: [] });
const noRanges = (): HighlightedRanges => ({ person: [], place: [], organization: [], ambiguous: [] });

/** The span of offsets the editor shows. */
function visibleOffsets(editor: vscode.TextEditor): [number, number] {
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return [0, 0];
  return [editor.document.offsetAt(ranges[0]!.start), editor.document.offsetAt(ranges[ranges.length - 1]!.end)];
}

/** What the highlighter last drew in an editor: ranges per kind (for tests and the status). */
export type HighlightedRanges = Record<Kind, vscode.Range[]>;

/**
 * Colours every mention by entity type in visible editors. Editor switches repaint at once
 * from the cache; typing repaints after a short pause, and until then what was drawn
 * follows each edit (moved past it, dropped where it touched it), so that no highlight ever
 * marks characters that are not a name.
 */
export class Highlighter implements vscode.Disposable {
  private readonly decorations: Record<Kind, vscode.TextEditorDecorationType>;
  private readonly typing: KeyedDebounce;
  /** The offsets drawn in each editor, by kind, as they stand in its document's current text. */
  private readonly drawn = new WeakMap<vscode.TextEditor, Record<Kind, Span[]>>();
  /** Counts paints per editor, so that a slow paint gives way to a newer one. */
  private readonly generations = new WeakMap<vscode.TextEditor, number>();
  /** When each document reached the extension, until its first paint (to log how soon a long one was drawn). */
  private readonly openedAt = new Map<string, number>();
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
      vscode.workspace.onDidChangeTextDocument((event) => {
        this.followEdit(event);
        this.paintAfterTyping(event.document);
      }),
      // Changing a document's language closes and reopens it in the same editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        this.openedAt.set(document.uri.toString(), performance.now());
        this.paintAll();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.openedAt.delete(document.uri.toString())),
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
    const drawn = this.drawn.get(editor);
    if (!drawn) return undefined;
    const ranges = noRanges();
    for (const kind of KINDS) ranges[kind] = drawn[kind].map((span) => rangeOf(editor.document, span));
    return ranges;
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
   * Moves what is drawn in the edited document's editors past the edit, and takes away the
   * highlights it touched, until the repaint after typing. The editor moves decorations past an
   * edit by itself, so they are set again only where one must go.
   */
  private followEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const changes = event.contentChanges.map((change) => ({
      start: change.rangeOffset,
      oldEnd: change.rangeOffset + change.rangeLength,
      insertedLength: change.text.length,
    }));
    for (const editor of vscode.window.visibleTextEditors) {
      const drawn = this.drawn.get(editor);
      if (editor.document !== event.document || !drawn) continue;
      for (const kind of KINDS) {
        const kept = spansAfterEdits(drawn[kind], changes);
        const dropped = kept.length !== drawn[kind].length;
        drawn[kind] = kept;
        if (dropped)
          editor.setDecorations(
            this.decorations[kind],
            kept.map((span) => rangeOf(editor.document, span)),
          );
      }
    }
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
    const openedAt = this.openedAt.get(document.uri.toString());
    this.openedAt.delete(document.uri.toString());
    if (!annotation) {
      const visible = this.annotations.mentionsWhileAnnotating(document, visibleStart, visibleEnd);
      this.draw(editor, visible ?? [], types);
      if (visible && openedAt !== undefined)
        this.log.info(
          `Drew the ${visible.length} mentions on screen of ${vscode.workspace.asRelativePath(document.uri)} ${(performance.now() - openedAt).toFixed(1)} ms after it opened; the rest follow as it is annotated in slices.`,
        );
      return;
    }
    if (annotation.mentions.length <= PAINT_AT_ONCE) {
      this.draw(editor, annotation.mentions, types);
      return;
    }
    this.draw(editor, annotation.mentionsBetween(visibleStart, visibleEnd), types);
    const version = document.version;
    const spans = noSpans();
    const ranges = noRanges();
    const { mentions } = annotation;
    const batchStarts: number[] = [];
    for (let at = 0; at < mentions.length; at += PAINT_AT_ONCE) batchStarts.push(at);
    const isStale = () =>
      this.generations.get(editor) !== generation || document.version !== version || document.isClosed;
    const painting = forEachChunked(
      batchStarts,
      (from) => {
        const to = Math.min(mentions.length, from + PAINT_AT_ONCE);
        this.sortByKind(document, mentions.slice(from, to), types, spans);
        for (const kind of KINDS)
          for (let at = ranges[kind].length; at < spans[kind].length; at++)
            ranges[kind].push(rangeOf(document, spans[kind][at]!));
      },
      { isCancelled: isStale },
    );
    void this.activity.track(painting).then(
      // The last slice may have been followed by an edit: its offsets would be stale then.
      (result) => {
        if (result.completed && !isStale()) this.setRanges(editor, spans, ranges);
      },
      (error: unknown) =>
        this.log.error(
          `Could not highlight ${vscode.workspace.asRelativePath(document.uri)}: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  }

  private draw(editor: vscode.TextEditor, mentions: readonly Mention[], types: readonly EntityType[]): void {
    const spans = noSpans();
    this.sortByKind(editor.document, mentions, types, spans);
    this.setRanges(editor, spans);
  }

  /** The mentions of the chosen types, added to `spans` by kind (the types the draft's own dictionaries give). */
  private sortByKind(
    document: vscode.TextDocument,
    mentions: readonly Mention[],
    types: readonly EntityType[],
    spans: Record<Kind, Span[]>,
  ): void {
    const index = this.dictionaries.indexFor(document.uri);
    for (const mention of mentions) {
      if (mention.entityIds.length > 1) {
        spans.ambiguous.push(mention);
        continue;
      }
      const type = index.get(mention.entityIds[0]!)?.type;
      if (type && types.includes(type)) spans[type].push(mention);
    }
  }

  /** Draws `spans` (whose ranges may be given, worked out already) in place of what was drawn. */
  private setRanges(
    editor: vscode.TextEditor,
    spans: Record<Kind, Span[]>,
    ranges?: Record<Kind, vscode.Range[]>,
  ): void {
    for (const kind of KINDS)
      editor.setDecorations(
        this.decorations[kind],
        ranges?.[kind] ?? spans[kind].map((span) => rangeOf(editor.document, span)),
      );
    this.drawn.set(editor, spans);
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
