import vscode = require('vscode');
import type { DatedEvent, Dictionary } from '../core/dictionary/schema';
import { type TimelineItem, fitWindow, layoutTimeline, timelineItems } from '../core/timeline/layout';
import { elementSources, sceneToSvg } from '../core/timeline/picture';
import { pngWithText } from '../core/text/pngText';
import { DisposableStore } from '../core/workspace/events';
import type { DocumentTimeline } from '../core/workspace/timelines';
import type { FromVisualTimeline, ToVisualTimeline } from '../webview/visualTimelineMessages';
import { rangeOf } from './documents';
import { COMMANDS, VISUAL_TIMELINE_PANEL } from './ids';
import { exportUriBeside, savedDraft, webviewHtml, webviewOptions, writeExport } from './webviewShell';

/** What the panel needs from the rest of the extension (the Timeline view's draft and data). */
export interface VisualTimelineHost {
  readonly extensionUri: vscode.Uri;
  /** The draft the Timeline view shows, and its timeline. */
  shownDocument(): vscode.TextDocument | undefined;
  current(): Promise<DocumentTimeline | undefined>;
  /** Fires when the shown draft or its timeline changes. */
  readonly onDidChange: vscode.Event<unknown>;
  /** Makes the Timeline view show `document`: a restored panel's draft, when no editor chose one. */
  showDocument(document: vscode.TextDocument): void;
  nameOf(id: string): string;
  /** Opens the article a dictionary event was taken from, with its sentence selected. */
  showSource(dictionary: Dictionary, event: DatedEvent, column: vscode.ViewColumn): Promise<void>;
}

const EXPORT_WIDTH = 1200;
const PNG_TIMEOUT_MS = 20_000;
const FORMATS = [
  { label: 'SVG', extension: 'svg' },
  { label: 'PNG', extension: 'png' },
] as const;

/**
 * The visual timeline: a webview beside the draft drawing the Timeline view's data on a time
 * axis. It posts new data as the draft or its dictionaries change (the page stays), selects an
 * event's sentence when the reader chooses it, and exports the picture as SVG or PNG.
 */
class VisualTimelinePanel implements vscode.Disposable {
  private readonly disposables = new DisposableStore();
  private items: readonly TimelineItem[] = [];
  private sources: readonly Dictionary[] = [];
  private readonly pngRequests = new Map<number, (reply: { dataUrl?: string; error?: string }) => void>();
  private nextRequest = 0;
  private updating = Promise.resolve();
  /** Resolves when the page has loaded and listens: messages posted before may be lost. */
  private pageReady: Promise<void>;
  private markReady: () => void = () => undefined;

  /** `shownUri`: the draft a restored page showed, whose window it keeps. */
  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly host: VisualTimelineHost,
    private readonly onDispose: () => void,
    private shownUri?: string,
  ) {
    this.pageReady = new Promise((resolve) => (this.markReady = resolve));
    // A restored panel comes with the options VS Code saved: ours are set again, as they are now.
    panel.webview.options = webviewOptions(host.extensionUri);
    panel.webview.html = webviewHtml(panel.webview, host.extensionUri, {
      title: 'Visual Timeline',
      script: 'visualTimeline.js',
      stylesheet: 'visualTimeline.css',
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromVisualTimeline) => this.receive(message)),
      host.onDidChange(() => this.update()),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Posts the shown draft's items; the page fits its window when the draft is another. */
  update(): Promise<void> {
    // In order: a slow timeline must not overwrite a later one.
    this.updating = this.updating.then(async () => {
      const document = this.host.shownDocument();
      const current = await this.host.current();
      const title = document ? `Timeline: ${vscode.workspace.asRelativePath(document.uri)}` : 'Visual Timeline';
      this.panel.title = title;
      this.sources = current?.sources ?? [];
      this.items =
        document && current
          ? timelineItems(
              { file: document.uri.toString(), events: current.timeline.events },
              current.conflicts,
              current.sources,
              (id) => this.host.nameOf(id),
            )
          : [];
      const fit = document?.uri.toString() !== this.shownUri;
      this.shownUri = document?.uri.toString();
      await this.post({
        type: 'data',
        title,
        items: this.items,
        fit,
        ...(this.shownUri === undefined ? {} : { draft: this.shownUri }),
      });
    });
    return this.updating;
  }

  private post(message: ToVisualTimeline): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private receive(message: FromVisualTimeline): void {
    // A page (re)loaded, as when the panel is shown again: it keeps its window unless the draft is another.
    if (message.type === 'ready') {
      this.markReady();
      void this.update();
    } else if (message.type === 'open') void this.open(message.id);
    else if (message.type === 'export') void vscode.commands.executeCommand(COMMANDS.visualTimelineExport);
    else if (message.type === 'png') {
      this.pngRequests.get(message.request)?.(message);
      this.pngRequests.delete(message.request);
    }
  }

  /** Selects a draft event's sentence in the draft's editor, or opens a source event's article. */
  private async open(id: string): Promise<void> {
    const item = this.items.find((candidate) => candidate.id === id);
    if (!item) return;
    const column =
      vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.shownUri)?.viewColumn ??
      vscode.ViewColumn.One;
    if (item.origin.kind === 'draft') {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(item.origin.file, true));
      const selection = rangeOf(document, item.origin);
      await vscode.window.showTextDocument(document, { selection, viewColumn: column });
    } else {
      const origin = item.origin;
      const dictionary = this.sources.find((candidate) => candidate.file === origin.file);
      const event = dictionary?.events[origin.index];
      if (dictionary && event) await this.host.showSource(dictionary, event, column);
    }
  }

  /** The picture as a standalone SVG, all events shown, for export. */
  svg(): { svg: string; width: number; height: number; title: string } {
    const title = this.panel.title;
    const scene = layoutTimeline(this.items, fitWindow(this.items), EXPORT_WIDTH);
    return { svg: sceneToSvg(scene, { title }), width: scene.width, height: scene.height, title };
  }

  /** The picture as a PNG drawn by the page, with its sources in the PNG's text. */
  async png(): Promise<Uint8Array> {
    const { svg, width, height, title } = this.svg();
    const request = this.nextRequest++;
    const reply = await new Promise<{ dataUrl?: string; error?: string }>((resolve) => {
      this.pngRequests.set(request, resolve);
      void this.pageReady.then(() => this.post({ type: 'rasterise', request, svg, width, height }));
      // A page that never loaded (or was closed meanwhile) must not leave the export waiting.
      setTimeout(
        () => resolve({ error: 'the visual timeline’s page did not draw the picture in time' }),
        PNG_TIMEOUT_MS,
      );
    });
    this.pngRequests.delete(request);
    if (!reply.dataUrl) throw new Error(reply.error ?? 'the picture could not be drawn');
    const bytes = Uint8Array.from(atob(reply.dataUrl.slice(reply.dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return pngWithText(bytes, {
      Title: title,
      Software: 'Newsroom Lens',
      Source: JSON.stringify(elementSources(this.items)),
    });
  }

  get itemCount(): number {
    return this.items.length;
  }

  dispose(): void {
    for (const resolve of this.pngRequests.values()) resolve({ error: 'the visual timeline was closed' });
    this.pngRequests.clear();
    this.disposables.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

let open: VisualTimelinePanel | undefined;

/** Shows the visual timeline beside the draft (one panel, brought forward if open); resolves once its data is posted. */
export async function showVisualTimeline(host: VisualTimelineHost): Promise<void> {
  if (open) open.panel.reveal(undefined, true);
  else {
    const panel = vscode.window.createWebviewPanel(
      VISUAL_TIMELINE_PANEL,
      'Visual Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(host.extensionUri),
    );
    open = new VisualTimelinePanel(panel, host, () => (open = undefined));
  }
  await open.update();
}

/**
 * The visual timeline VS Code restored after the window reloaded, in `panel`, from the state
 * its page saved: the same draft's (shown in the Timeline view if no editor chose another),
 * in the window the page kept.
 */
export async function reviveVisualTimeline(
  host: VisualTimelineHost,
  panel: vscode.WebviewPanel,
  state: unknown,
): Promise<void> {
  // One picture at a time: one already open (shown by command meanwhile) stays, the restored one goes.
  if (open) {
    panel.dispose();
    return;
  }
  // Without a draft that can still be opened, the picture shows what the Timeline view shows.
  const draft = await savedDraft(state);
  if (draft && !host.shownDocument()) host.showDocument(draft);
  open = new VisualTimelinePanel(panel, host, () => (open = undefined), draft?.uri.toString());
  await open.update();
}

/**
 * Exports the visual timeline as SVG or PNG (`format`, else asked) to `target` (else a save
 * dialog); opens the panel first, which draws the PNG. Resolves to where it was saved.
 */
export async function exportVisualTimeline(
  host: VisualTimelineHost,
  format?: unknown,
  target?: unknown,
): Promise<string | undefined> {
  const document = host.shownDocument();
  if (!document) {
    void vscode.window.showInformationMessage(
      'Newsroom Lens: open a draft (Markdown or plain text) to export its timeline.',
    );
    return undefined;
  }
  await showVisualTimeline(host);
  const panel = open!;
  const choice =
    FORMATS.find((candidate) => candidate.extension === format) ??
    (await vscode.window.showQuickPick([...FORMATS], { title: 'Export the visual timeline as…' }));
  if (!choice) return undefined;
  const uri =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          defaultUri: exportUriBeside(document.uri, `timeline.${choice.extension}`),
          filters: { [choice.label]: [choice.extension] },
        });
  if (!uri) return undefined;
  return writeExport(
    uri,
    'the visual timeline',
    async () => (choice.extension === 'svg' ? new TextEncoder().encode(panel.svg().svg) : panel.png()),
    `visual timeline (${panel.itemCount} events)`,
  );
}
