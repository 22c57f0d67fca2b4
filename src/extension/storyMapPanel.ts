import vscode = require('vscode');
import {
  MAP_EXPORTS,
  type MapExportFormat,
  type MapPositions,
  mapMetadata,
  mapToGraphMl,
  mapToJson,
  pngWithText,
  svgWithMetadata,
} from '../core/map/export';
import { type StoryMap, storyMap } from '../core/map/graph';
import type { Activity } from '../core/workspace/activity';
import { KeyedDebounce } from '../core/workspace/debounce';
import { DisposableStore } from '../core/workspace/events';
import type { FromStoryMap, ToStoryMap } from '../webview/storyMapMessages';
import type { AnnotationCache } from './annotations';
import { revealNextMention } from './commands';
import { isAnnotated } from './config';
import { showEntry } from './definitions';
import type { DictionaryService } from './dictionaryService';
import { STORY_MAP_VIEW_TYPE } from './ids';
import { webviewHtml, webviewOptions } from './webviewShell';

/** How long the map waits after the last keystroke in the draft before it counts mentions again. */
const REDRAW_DELAY_MS = 400;

export interface StoryMapServices {
  readonly extensionUri: vscode.Uri;
  readonly dictionaries: DictionaryService;
  readonly annotations: AnnotationCache;
  readonly activity: Activity;
  readonly log: vscode.LogOutputChannel;
}

/** The page's own markup: constant text only; the script fills in what comes from the dictionaries. */
const BODY = `<div class="toolbar" role="toolbar" aria-label="Story map">
<fieldset><legend>Show</legend>
<label><input type="checkbox" data-type="person"> <span class="swatch person"></span> people</label>
<label><input type="checkbox" data-type="place"> <span class="swatch place"></span> places</label>
<label><input type="checkbox" data-type="organization"> <span class="swatch organization"></span> organisations</label>
</fieldset>
<fieldset><legend>Relations</legend><div id="kind-filters"></div></fieldset>
<button id="zoom-in" title="Zoom in (+)">+</button><button id="zoom-out" title="Zoom out (-)">−</button><button id="fit" title="Fit the map in the panel (0)">Fit</button>
<label>Export as <select id="export-format">${MAP_EXPORTS.map(({ extension, label }) => `<option value="${extension}">${label}</option>`).join('')}</select></label><button id="export">Export…</button>
<span id="summary" role="status"></span>
</div>
<svg id="map" tabindex="0" aria-label="Story map: arrows move between entities, Enter shows the next mention in the draft, Shift+Enter the dictionary entry; + and - zoom, 0 fits, Ctrl+arrows pan. The tables below list what is drawn.">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>
<g id="viewport"><g id="edges"></g><g id="edge-labels"></g><g id="nodes"></g></g>
</svg>
<div class="visually-hidden">
<table><caption>Entities on the map</caption><thead><tr><th>Name</th><th>Type</th><th>Mentions in the draft</th></tr></thead><tbody id="entity-rows"></tbody></table>
<table><caption>Relations on the map</caption><thead><tr><th>Entity</th><th>Relation</th><th>Related entity</th></tr></thead><tbody id="relation-rows"></tbody></table>
</div>`;

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
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(private readonly services: StoryMapServices) {
    this.redraws = new KeyedDebounce(REDRAW_DELAY_MS, services.activity);
    this.draft = draftOf(vscode.window.activeTextEditor) ?? vscode.window.visibleTextEditors.map(draftOf).find(Boolean);
    this.panel = vscode.window.createWebviewPanel(
      STORY_MAP_VIEW_TYPE,
      'Story Map',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(services.extensionUri),
    );
    this.panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'activity-bar.svg');
    this.panel.webview.html = webviewHtml(this.panel.webview, services.extensionUri, {
      title: 'Story Map',
      style: 'media/storyMap.css',
      script: 'dist/webview/storyMap.js',
      body: BODY,
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
    const message: ToStoryMap = { type: 'map', map: this.current };
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromStoryMap): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'drawn':
        this.services.log.info(
          `Story map: ${message.nodes} entities and ${message.edges} relations drawn in ${Math.round(message.ms)} ms.`,
        );
        return;
      case 'reveal':
        return this.revealMention(message.id);
      case 'entry':
        return this.showEntryOf(message.id);
      case 'export':
        return this.save(message.format, message.drawing, new Map(message.positions.map(([id, x, y]) => [id, { x, y }])));
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

  /** Saves the map where the journalist chooses, with the source of each element in the file's metadata. */
  private async save(format: MapExportFormat, drawing: string | Uint8Array | undefined, positions: MapPositions) {
    const map = this.current;
    if (!map) return;
    const choice = MAP_EXPORTS.find((candidate) => candidate.extension === format)!;
    const draft = this.draft;
    const uri = await vscode.window.showSaveDialog({
      defaultUri:
        draft && draft.uri.scheme !== 'untitled'
          ? draft.uri.with({ path: draft.uri.path.replace(/(\.[^./]+)?$/, `.map.${format}`) })
          : undefined,
      filters: { [choice.label]: [format] },
      title: 'Export the story map',
    });
    if (!uri) return;
    try {
      const bytes = exportBytes(map, format, drawing, positions);
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (error) {
      void vscode.window.showErrorMessage(
        `Newsroom Lens: the story map was not saved: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    void vscode.window.setStatusBarMessage(
      `Newsroom Lens: story map saved to ${vscode.workspace.asRelativePath(uri)}`,
      5000,
    );
  }

  dispose(): void {
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
      return pngWithText(new Uint8Array(drawing.buffer, drawing.byteOffset, drawing.byteLength), 'Description', JSON.stringify(mapMetadata(map)));
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
