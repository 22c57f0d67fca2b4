import vscode = require('vscode');
import {
  MAP_EXPORTS,
  type MapExportFormat,
  type MapPositions,
  mapMetadata,
  mapToGraphMl,
  mapToJson,
  svgWithMetadata,
} from '../core/map/export';
import { pngWithText } from '../core/text/pngText';
import { type DrawnCounts, DrawReceipts } from '../core/map/drawReceipts';
import { type StoryMap, storyMap } from '../core/map/graph';
import type { Activity } from '../core/workspace/activity';
import { KeyedDebounce } from '../core/workspace/debounce';
import { DisposableStore } from '../core/workspace/events';
import type { FromStoryMap, ToStoryMap } from '../webview/storyMapMessages';
import { STORY_MAP_BODY } from '../webview/storyMapPage';
import type { AnnotationCache } from './annotations';
import { revealNextMention } from './commands';
import { isAnnotated } from './config';
import { showEntry } from './definitions';
import type { DictionaryService } from './dictionaryService';
import { STORY_MAP_VIEW_TYPE } from './ids';
import { exportUriBeside, savedDraft, webviewHtml, webviewOptions, writeExport } from './webviewShell';

/** How long the map waits after the last keystroke in the draft before it counts mentions again. */
const REDRAW_DELAY_MS = 400;
/** How long an export asked for by command waits for the page's drawing. */
const EXPORT_TIMEOUT_MS = 20_000;

export interface StoryMapServices {
  readonly extensionUri: vscode.Uri;
  readonly dictionaries: DictionaryService;
  readonly annotations: AnnotationCache;
  readonly activity: Activity;
  readonly log: vscode.LogOutputChannel;
}

/**
 * The story map of the active draft in a webview panel: the entities of the dictionaries the
 * draft uses and their relations, redrawn in place as the draft or a dictionary changes.
 */
export class StoryMapPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables = new DisposableStore();
  private readonly redraws: KeyedDebounce<'redraw'>;
  private draft: vscode.TextDocument | undefined;
  private current: StoryMap | undefined;
  private ready = false;
  private disposed = false;
  private readonly receipts = new DrawReceipts();
  /** Exports asked for by command, waiting for the page's drawing: where each was saved, if it was. */
  private readonly exportRequests = new Map<number, (saved: string | undefined) => void>();
  private nextRequest = 0;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  /** A new panel, or one VS Code restored (`panel`) with the draft it showed before the window reloaded. */
  constructor(
    private readonly services: StoryMapServices,
    panel?: vscode.WebviewPanel,
    draft?: vscode.TextDocument,
  ) {
    this.redraws = new KeyedDebounce(REDRAW_DELAY_MS, services.activity);
    this.draft =
      draft ?? draftOf(vscode.window.activeTextEditor) ?? vscode.window.visibleTextEditors.map(draftOf).find(Boolean);
    this.panel =
      panel ??
      vscode.window.createWebviewPanel(
        STORY_MAP_VIEW_TYPE,
        'Story Map',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(services.extensionUri),
      );
    // A restored panel comes with the options VS Code saved: ours are set again, as they are now.
    this.panel.webview.options = webviewOptions(services.extensionUri);
    this.panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'activity-bar.svg');
    this.panel.webview.html = webviewHtml(this.panel.webview, services.extensionUri, {
      title: 'Story Map',
      stylesheet: 'storyMap.css',
      script: 'storyMap.js',
      body: STORY_MAP_BODY,
    });
    this.disposables.push(
      this.redraws,
      this.disposedEmitter,
      this.panel.webview.onDidReceiveMessage((message: FromStoryMap) => void this.onMessage(message)),
      services.dictionaries.onDidChange(() => this.post()),
      services.annotations.onDidAnnotate((document) => {
        if (document === this.draft) this.post();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.draft && event.contentChanges.length > 0)
          this.redraws.schedule('redraw', () => this.post());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.draft) this.follow(undefined);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const draft = draftOf(editor);
        if (draft && draft !== this.draft) this.follow(draft);
      }),
    );
    this.panel.onDidDispose(() => this.dispose());
  }

  /** Resolves once the webview has drawn the map last sent to it (the first, if none was yet): how many entities and relations it drew. */
  whenDrawn(): Promise<DrawnCounts> {
    return this.receipts.whenDrawn();
  }

  /** The draft the map is of. */
  get shownDraft(): vscode.TextDocument | undefined {
    return this.draft;
  }

  /** Brings the panel forward, following the active draft. */
  reveal(): void {
    const draft = draftOf(vscode.window.activeTextEditor);
    if (draft && draft !== this.draft) this.follow(draft);
    this.panel.reveal(undefined, true);
  }

  private follow(draft: vscode.TextDocument | undefined): void {
    this.draft = draft;
    this.post();
  }

  /** The map of the draft as it is now. */
  private map(): StoryMap {
    const { dictionaries, annotations } = this.services;
    const draft = this.draft;
    if (!draft) return storyMap(dictionaries.index, () => 0, 'No draft open');
    const mentions = annotations.get(draft);
    return storyMap(
      dictionaries.indexFor(draft.uri),
      (id) => mentions?.mentionCount(id) ?? 0,
      vscode.workspace.asRelativePath(draft.uri),
    );
  }

  private post(): void {
    if (!this.ready) return;
    this.redraws.cancel('redraw');
    this.current = this.map();
    const message: ToStoryMap = {
      type: 'map',
      map: this.current,
      version: this.receipts.next(),
      ...(this.draft ? { draft: this.draft.uri.toString() } : {}),
    };
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromStoryMap): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'drawn':
        this.receipts.receive(message.version, { nodes: message.nodes, edges: message.edges });
        this.services.log.info(
          `Story map: ${message.nodes} entities and ${message.edges} relations drawn in ${Math.round(message.ms)} ms.`,
        );
        return;
      case 'reveal':
        return this.revealMention(message.id);
      case 'entry':
        return this.showEntryOf(message.id);
      case 'export': {
        // Answered: the wait for the page ends here, the one for the save dialog begins.
        const requested = message.request === undefined ? undefined : this.exportRequests.get(message.request);
        if (message.request !== undefined) this.exportRequests.delete(message.request);
        const saved = await this.save(
          message.format,
          message.drawing,
          new Map(message.positions.map(([id, x, y]) => [id, { x, y }])),
        );
        requested?.(saved);
        return;
      }
    }
  }

  private entity(id: string) {
    const index = this.draft ? this.services.dictionaries.indexFor(this.draft.uri) : this.services.dictionaries.index;
    return index.get(id);
  }

  /** The entity's next mention in the draft, opened beside the map; its entry when the draft names it nowhere. */
  private async revealMention(id: string): Promise<void> {
    const entity = this.entity(id);
    if (!entity) return;
    const draft = this.draft;
    if (draft && (this.services.annotations.get(draft)?.mentionCount(id) ?? 0) > 0) {
      const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === draft);
      const editor = await vscode.window.showTextDocument(draft, {
        viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      });
      if (revealNextMention(editor, this.services.annotations, id)) return;
    }
    await this.showEntryOf(id);
  }

  private async showEntryOf(id: string): Promise<void> {
    const entity = this.entity(id);
    if (entity) await showEntry(entity);
  }

  /**
   * Exports the map as the page draws it, as the page's Export button does (Export Story Map…):
   * resolves to where it was saved, or undefined when the journalist cancelled or the page never answered.
   */
  async export(format: MapExportFormat): Promise<string | undefined> {
    await this.whenDrawn();
    const request = this.nextRequest++;
    return new Promise<string | undefined>((resolve) => {
      this.exportRequests.set(request, resolve);
      const message: ToStoryMap = { type: 'export', format, request };
      void this.panel.webview.postMessage(message);
      // A page that does not answer (closed meanwhile) must not leave the export waiting; the save dialog may wait.
      setTimeout(() => {
        if (!this.exportRequests.delete(request)) return;
        void vscode.window.showErrorMessage('Newsroom Lens: the story map’s page did not draw the picture in time.');
        resolve(undefined);
      }, EXPORT_TIMEOUT_MS);
    });
  }

  /** Saves the map where the journalist chooses, with the source of each element in the file's metadata; resolves to where. */
  private async save(
    format: MapExportFormat,
    drawing: string | Uint8Array | undefined,
    positions: MapPositions,
  ): Promise<string | undefined> {
    const map = this.current;
    if (!map) return undefined;
    const choice = MAP_EXPORTS.find((candidate) => candidate.extension === format)!;
    const uri = await vscode.window.showSaveDialog({
      defaultUri: exportUriBeside(this.draft?.uri, `map.${format}`),
      filters: { [choice.label]: [format] },
      title: 'Export the story map',
    });
    if (!uri) return undefined;
    return writeExport(uri, 'the story map', () => exportBytes(map, format, drawing, positions), 'story map');
  }

  dispose(): void {
    // Closing the panel disposes it, and disposing it closes the panel: once is enough.
    if (this.disposed) return;
    this.disposed = true;
    for (const resolve of this.exportRequests.values()) resolve(undefined);
    this.exportRequests.clear();
    this.disposedEmitter.fire();
    this.disposables.dispose();
    this.panel.dispose();
  }
}

/** The file's bytes: the drawing the webview made for pictures, the graph for the data formats. */
function exportBytes(
  map: StoryMap,
  format: MapExportFormat,
  drawing: string | Uint8Array | undefined,
  positions: MapPositions,
): Uint8Array {
  const text = (content: string) => new TextEncoder().encode(content);
  switch (format) {
    case 'svg':
      if (typeof drawing !== 'string') throw new Error('the map sent no SVG drawing');
      return text(svgWithMetadata(drawing, map));
    case 'png':
      // Typed arrays may arrive from the webview's frame as views of another realm's buffer.
      if (drawing === undefined || typeof drawing === 'string' || !ArrayBuffer.isView(drawing))
        throw new Error('the map sent no PNG picture');
      return pngWithText(new Uint8Array(drawing.buffer, drawing.byteOffset, drawing.byteLength), {
        Description: JSON.stringify(mapMetadata(map)),
      });
    case 'graphml':
      return text(mapToGraphMl(map, positions));
    case 'json':
      return text(mapToJson(map, positions));
  }
}

/** The document of an editor showing a draft the extension annotates. */
function draftOf(editor: vscode.TextEditor | undefined): vscode.TextDocument | undefined {
  return editor && isAnnotated(editor.document) ? editor.document : undefined;
}

/** Opens the story map, or brings forward the one open. */
export function openStoryMap(services: StoryMapServices, open: StoryMapPanel | undefined): StoryMapPanel {
  if (open) {
    open.reveal();
    return open;
  }
  return new StoryMapPanel(services);
}

/** Exports the map open as `format` (else asked) where the journalist chooses; resolves to where it was saved. */
export async function exportStoryMap(panel: StoryMapPanel, format: unknown): Promise<string | undefined> {
  const choice =
    MAP_EXPORTS.find((candidate) => candidate.extension === format) ??
    (await vscode.window.showQuickPick([...MAP_EXPORTS], { title: 'Export the story map as…' }));
  return choice ? panel.export(choice.extension) : undefined;
}

/**
 * The story map VS Code restored after the window reloaded, in `panel`, from the state its
 * page saved: the map of the same draft (the page itself keeps its filters, layout and zoom).
 */
export async function reviveStoryMap(
  services: StoryMapServices,
  panel: vscode.WebviewPanel,
  state: unknown,
): Promise<StoryMapPanel> {
  // Without a draft that can still be opened, the map follows the active draft.
  return new StoryMapPanel(services, panel, await savedDraft(state));
}
