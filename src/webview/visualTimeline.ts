/**
 * The visual timeline's page: draws the items the extension posts on a time axis (the core's
 * layout), zooms and pans by keyboard and mouse, lists the events for screen readers, and
 * tells the extension which event the reader chose. Every text is set as text.
 */
import {
  SCENE_METRICS,
  type TimeWindow,
  type TimelineItem,
  fitWindow,
  layoutTimeline,
  panWindow,
  zoomWindow,
} from '../core/timeline/layout';
import { type PictureNode, describeItem, sceneNodes } from '../core/timeline/picture';
import type { FromVisualTimeline, ToVisualTimeline } from './visualTimelineMessages';

declare function acquireVsCodeApi(): {
  postMessage(message: FromVisualTimeline): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
};

/** What the page keeps when hidden, and over a window reload: its window and the draft (URI) it shows. */
interface SavedState {
  readonly window?: TimeWindow;
  readonly draft?: string;
}

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
const ZOOM_STEP = 1.5;
const PAN_STEP = 0.1;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text !== undefined) created.textContent = text;
  return created;
}

function svgElement(
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
  text?: string,
): SVGElement {
  const created = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, String(value));
  if (text !== undefined) created.textContent = text;
  return created;
}

// The page: a toolbar, the chart, and the list a screen reader reads.
const heading = element('h1', { class: 'title' });
const toolbar = element('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Timeline tools' });
const buttons = {
  zoomIn: element('button', { type: 'button', title: 'Zoom in (+)' }, '+'),
  zoomOut: element('button', { type: 'button', title: 'Zoom out (−)' }, '−'),
  fit: element('button', { type: 'button', title: 'Show all events (0)' }, 'Fit'),
  export: element('button', { type: 'button', title: 'Export as SVG or PNG' }, 'Export…'),
};
toolbar.append(...Object.values(buttons));
const hint = element(
  'p',
  { class: 'hint', id: 'chart-hint' },
  'Arrows pan, + and − zoom, 0 fits; on an event, arrows move between events and Enter shows its sentence. Drag to pan, wheel to zoom.',
);
const chart = element('div', {
  class: 'chart',
  tabindex: '0',
  role: 'group',
  'aria-label': 'Timeline chart',
  'aria-describedby': 'chart-hint',
});
const picture = svgElement('svg', { 'aria-hidden': 'false' }) as SVGSVGElement;
chart.append(picture);
const empty = element('p', { class: 'empty' });
const listHeading = element('h2', { class: 'visually-hidden' }, 'Events in time order');
const list = element('ol', { class: 'visually-hidden', id: 'event-list' });
document.body.append(heading, toolbar, hint, chart, empty, listHeading, list);

let items: readonly TimelineItem[] = [];
const saved = vscode.getState()?.window;
let draft: string | undefined = vscode.getState()?.draft;
let shown: TimeWindow = saved ?? fitWindow([]);
/** Whether the window was ever fitted to data: a page reloaded keeps the window it had. */
let fitted = saved !== undefined;

function setWindow(next: TimeWindow): void {
  shown = next;
  saveState();
  render();
}

function saveState(): void {
  vscode.setState({ window: shown, ...(draft === undefined ? {} : { draft }) });
}

/** The chart's width in pixels (the page's, less nothing: the chart spans it). */
const chartWidth = () => Math.max(320, chart.clientWidth);
/** The moment under a horizontal position in the chart. */
function timeAt(x: number): number {
  const plot = chartWidth() - SCENE_METRICS.gutter;
  return shown.start + ((x - SCENE_METRICS.gutter) / plot) * (shown.end - shown.start);
}

function toElement(node: PictureNode): SVGElement {
  const created = svgElement(node.tag, node.attributes, node.text);
  created.append(...(node.children ?? []).map(toElement));
  return created;
}

function render(): void {
  const focusedId = (document.activeElement as Element | null)?.getAttribute('data-id');
  const scene = layoutTimeline(items, shown, chartWidth());
  picture.setAttribute('width', String(scene.width));
  picture.setAttribute('height', String(scene.height));
  picture.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  picture.replaceChildren(...sceneNodes(scene).map(toElement));
  // The event the keyboard was on is drawn anew: focus its new element, where it already is in view.
  if (focusedId) eventElement(focusedId)?.focus({ preventScroll: true });
}

function eventElement(id: string): SVGGElement | undefined {
  return picture.querySelector<SVGGElement>(`g.event[data-id="${CSS.escape(id)}"]`) ?? undefined;
}

/** Shows new data without rebuilding the page: the chart, the list and the title. */
function show(message: Extract<ToVisualTimeline, { type: 'data' }>): void {
  items = message.items;
  draft = message.draft;
  heading.textContent = message.title;
  empty.textContent = items.length === 0 ? 'No dated events in this draft or its sources.' : '';
  list.replaceChildren(...items.map((item) => element('li', { 'data-id': item.id }, describeItem(item))));
  if (message.fit || !fitted) {
    fitted = true;
    setWindow(fitWindow(items));
  } else {
    saveState();
    render();
  }
}

/** The item before or after `id` in its lane, or the one nearest it in time in the other lane. */
function neighbour(id: string, move: 'previous' | 'next' | 'other-lane'): TimelineItem | undefined {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return undefined;
  if (move === 'other-lane') {
    const others = items.filter((candidate) => candidate.lane !== item.lane);
    return others.reduce<TimelineItem | undefined>(
      (best, candidate) =>
        !best || Math.abs(candidate.start - item.start) < Math.abs(best.start - item.start) ? candidate : best,
      undefined,
    );
  }
  const lane = items.filter((candidate) => candidate.lane === item.lane);
  return lane[lane.indexOf(item) + (move === 'next' ? 1 : -1)];
}

/** Focuses an item, moving the window to it first when it is out of view. */
function focusItem(item: TimelineItem): void {
  const width = shown.end - shown.start;
  if (item.start < shown.start || item.end > shown.end) {
    const middle = (item.start + item.end) / 2;
    setWindow({ start: middle - width / 2, end: middle + width / 2 });
  }
  eventElement(item.id)?.focus();
}

const open = (id: string) => vscode.postMessage({ type: 'open', id });

chart.addEventListener('keydown', (event) => {
  const focused = (event.target as Element).closest?.('g.event')?.getAttribute('data-id');
  const at = focused ? items.find((item) => item.id === focused) : undefined;
  const centre = at ? (at.start + at.end) / 2 : undefined;
  let handled = true;
  if (event.key === '+' || event.key === '=') setWindow(zoomWindow(shown, 1 / ZOOM_STEP, centre));
  else if (event.key === '-' || event.key === '_') setWindow(zoomWindow(shown, ZOOM_STEP, centre));
  else if (event.key === '0') setWindow(fitWindow(items));
  else if (focused && (event.key === 'Enter' || event.key === ' ')) open(focused);
  else if (focused && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
    const next = neighbour(focused, event.key === 'ArrowRight' ? 'next' : 'previous');
    if (next) focusItem(next);
  } else if (focused && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    const next = neighbour(focused, 'other-lane');
    if (next) focusItem(next);
  } else if (event.key === 'ArrowLeft') setWindow(panWindow(shown, -PAN_STEP));
  else if (event.key === 'ArrowRight') setWindow(panWindow(shown, PAN_STEP));
  else handled = false;
  if (handled) event.preventDefault();
});

chart.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    const bounds = chart.getBoundingClientRect();
    if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY))
      setWindow(panWindow(shown, (event.deltaX || event.deltaY) / chartWidth()));
    else setWindow(zoomWindow(shown, Math.exp(event.deltaY / 300), timeAt(event.clientX - bounds.left)));
  },
  { passive: false },
);

// Drag to pan; a press that does not move is a click on what it landed on.
let drag: { x: number; window: TimeWindow; moved: boolean } | undefined;
chart.addEventListener('pointerdown', (event) => {
  if (event.button !== 0) return;
  drag = { x: event.clientX, window: shown, moved: false };
  chart.setPointerCapture(event.pointerId);
});
chart.addEventListener('pointermove', (event) => {
  if (!drag) return;
  const dx = event.clientX - drag.x;
  if (Math.abs(dx) > 3) drag.moved = true;
  if (drag.moved) {
    chart.classList.add('dragging');
    setWindow(panWindow(drag.window, -dx / (chartWidth() - SCENE_METRICS.gutter)));
  }
});
chart.addEventListener('pointerup', (event) => {
  const wasDrag = drag?.moved;
  drag = undefined;
  chart.classList.remove('dragging');
  chart.releasePointerCapture(event.pointerId);
  if (wasDrag) return;
  // With the pointer captured, the event's target is the chart: find what lies under the pointer.
  const under = document.elementFromPoint(event.clientX, event.clientY)?.closest('g.event');
  const id = under?.getAttribute('data-id');
  if (id) {
    (under as SVGGElement).focus();
    open(id);
  }
});

buttons.zoomIn.addEventListener('click', () => setWindow(zoomWindow(shown, 1 / ZOOM_STEP)));
buttons.zoomOut.addEventListener('click', () => setWindow(zoomWindow(shown, ZOOM_STEP)));
buttons.fit.addEventListener('click', () => setWindow(fitWindow(items)));
buttons.export.addEventListener('click', () => vscode.postMessage({ type: 'export' }));

new ResizeObserver(() => render()).observe(chart);

/** Draws an exported SVG on a canvas at twice its size and answers with the PNG. */
function rasterise(message: Extract<ToVisualTimeline, { type: 'rasterise' }>): void {
  const image = new Image();
  const answer = (reply: { dataUrl?: string; error?: string }) =>
    vscode.postMessage({ type: 'png', request: message.request, ...reply });
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = message.width * 2;
    canvas.height = message.height * 2;
    const context = canvas.getContext('2d');
    if (!context) return answer({ error: 'this page cannot draw on a canvas' });
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    answer({ dataUrl: canvas.toDataURL('image/png') });
  };
  image.onerror = () => answer({ error: 'the picture could not be drawn' });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(message.svg)}`;
}

window.addEventListener('message', (event: MessageEvent<ToVisualTimeline>) => {
  const message = event.data;
  if (message.type === 'data') show(message);
  else if (message.type === 'rasterise') rasterise(message);
});
vscode.postMessage({ type: 'ready' });
