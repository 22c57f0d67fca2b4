/**
 * The story map's webview: lays the map out with d3-force, draws it as SVG (one focusable
 * element per entity, so that the keyboard and screen readers reach each), keeps a hidden
 * table of what is drawn in step, and redraws in place when the extension sends a new map.
 * Everything from a dictionary or a draft is set as text, never as markup.
 */
import type { MapExportFormat } from '../core/map/export';
import type { EntityType } from '../core/dictionary/schema';
import type { MapEdge, MapNode, StoryMap } from '../core/map/graph';
import type { FromStoryMap, ToStoryMap } from './storyMapMessages';
import { standaloneSvg, svgToPng } from './pictureExport';
import { type Point, layOut, radiusOf } from './storyMapLayout';

declare function acquireVsCodeApi(): {
  postMessage(message: FromStoryMap): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
};

/** What the webview keeps when it is hidden and shown again: where nodes stand, the filters, the view. */
interface SavedState {
  readonly positions: readonly (readonly [string, number, number])[];
  readonly hiddenTypes: readonly string[];
  readonly hiddenKinds: readonly string[];
  readonly view: View;
  /** The draft the map is of (its URI), for the extension to show the same after a window reload. */
  readonly draft?: string;
}

interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

interface DrawnNode {
  readonly element: SVGGElement;
  data: MapNode;
}

interface DrawnEdge {
  readonly element: SVGLineElement;
  data: MapEdge;
}

const SVG = 'http://www.w3.org/2000/svg';
const TYPE_NAMES: Record<EntityType, string> = { person: 'people', place: 'places', organization: 'organisations' };
/** Edge labels are drawn for every edge of a map this small, and for the edges of the focused entity in any map. */
const ALL_LABELS_UP_TO = 150;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;

const vscode = acquireVsCodeApi();
const saved = vscode.getState();
const positions = new Map<string, Point>((saved?.positions ?? []).map(([id, x, y]) => [id, { x, y }]));
const hiddenTypes = new Set<string>(saved?.hiddenTypes ?? []);
const hiddenKinds = new Set<string>(saved?.hiddenKinds ?? []);
let view: View = saved?.view ?? { x: 0, y: 0, k: 1 };
let map: StoryMap | undefined;
let draft = saved?.draft;
let viewPending = false;

const svg = document.getElementById('map') as unknown as SVGSVGElement;
const viewport = document.getElementById('viewport') as unknown as SVGGElement;
const edgeLayer = document.getElementById('edges') as unknown as SVGGElement;
const labelLayer = document.getElementById('edge-labels') as unknown as SVGGElement;
const nodeLayer = document.getElementById('nodes') as unknown as SVGGElement;
const summary = document.getElementById('summary')!;
const kindFilters = document.getElementById('kind-filters')!;
const entityRows = document.getElementById('entity-rows')!;
const relationRows = document.getElementById('relation-rows')!;
const drawnNodes = new Map<string, DrawnNode>();
const drawnEdges = new Map<string, DrawnEdge>();

function svgElement<Name extends keyof SVGElementTagNameMap>(
  name: Name,
  className: string,
): SVGElementTagNameMap[Name] {
  const element = document.createElementNS(SVG, name);
  element.setAttribute('class', className);
  return element;
}

function nodeLabel(node: MapNode): string {
  const named =
    node.mentions === 0 ? 'not named in the draft' : `named ${node.mentions} time${node.mentions === 1 ? '' : 's'}`;
  return `${node.name}, ${node.type === 'organization' ? 'organisation' : node.type}${node.role ? `, ${node.role}` : ''}, ${named}`;
}

/** "younger brother" one way, "younger brother / older brother" when each end states it. */
function edgeLabel(edge: MapEdge): string {
  return edge.reverseLabel && edge.reverseLabel !== edge.label ? `${edge.label} / ${edge.reverseLabel}` : edge.label;
}

function createNode(node: MapNode): SVGGElement {
  const group = svgElement('g', 'node');
  group.setAttribute('tabindex', '0');
  group.setAttribute('role', 'button');
  group.dataset.id = node.id;
  group.append(svgElement('circle', 'dot'), svgElement('text', 'name'));
  group.addEventListener('click', (event) =>
    vscode.postMessage({ type: event.altKey || event.metaKey ? 'entry' : 'reveal', id: node.id }),
  );
  group.addEventListener('focus', () => focusChanged(group));
  group.addEventListener('keydown', (event) => onNodeKey(event, group));
  return group;
}

function updateNode(group: SVGGElement, node: MapNode): void {
  const radius = radiusOf(node);
  group.setAttribute('class', `node ${node.type}${node.mentions > 0 ? ' mentioned' : ' faded'}`);
  group.setAttribute('aria-label', nodeLabel(node));
  const circle = group.querySelector('circle')!;
  circle.setAttribute('r', String(radius));
  const text = group.querySelector('text')!;
  text.textContent = node.name;
  text.setAttribute('y', String(radius + 13));
  const at = positions.get(node.id)!;
  group.setAttribute('transform', `translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`);
}

/** The line from the edge of one circle to the edge of the other, so that the arrowhead shows. */
function placeEdge(line: SVGLineElement, edge: MapEdge): void {
  const from = positions.get(edge.from)!;
  const to = positions.get(edge.to)!;
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const fromRadius = drawnNodes.get(edge.from) ? radiusOf(drawnNodes.get(edge.from)!.data) : 0;
  const toRadius = drawnNodes.get(edge.to) ? radiusOf(drawnNodes.get(edge.to)!.data) + 3 : 0;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  line.setAttribute('x1', (from.x + ux * fromRadius).toFixed(1));
  line.setAttribute('y1', (from.y + uy * fromRadius).toFixed(1));
  line.setAttribute('x2', (to.x - ux * toRadius).toFixed(1));
  line.setAttribute('y2', (to.y - uy * toRadius).toFixed(1));
}

/**
 * The labels of the edges `shows` picks, at their middles: every shown edge's in a small map,
 * only the focused entity's in a large one (thousands of labels would be unreadable and slow).
 */
function drawEdgeLabels(shows: (edge: MapEdge) => boolean): void {
  const labels: SVGTextElement[] = [];
  for (const { element, data } of drawnEdges.values()) {
    if (element.classList.contains('hidden') || !shows(data)) continue;
    const from = positions.get(data.from)!;
    const to = positions.get(data.to)!;
    const label = svgElement('text', 'edge-label');
    label.textContent = edgeLabel(data);
    label.setAttribute('x', ((from.x + to.x) / 2).toFixed(1));
    label.setAttribute('y', ((from.y + to.y) / 2 - 3).toFixed(1));
    labels.push(label);
  }
  labelLayer.replaceChildren(...labels);
}

/** The entity whose edges are labelled in a large map: the one focused last. */
let labelledId: string | undefined;

function labelEdges(): void {
  if (!map) return;
  if (map.edges.length <= ALL_LABELS_UP_TO) drawEdgeLabels(() => true);
  else drawEdgeLabels((edge) => edge.from === labelledId || edge.to === labelledId);
}

/**
 * Brings the drawing in line with `next`: elements of what stays are updated in place, not
 * redrawn. New elements join the page last, after `beforeShown` (which may measure the page
 * cheaply then: it holds no more than the last drawing), so the page is laid out once.
 */
function draw(next: StoryMap, version: number, beforeShown?: () => void): void {
  const started = performance.now();
  for (const [id, at] of layOut(next, positions)) positions.set(id, at);
  const nodeIds = new Set(next.nodes.map((node) => node.id));
  for (const [id, drawn] of drawnNodes) {
    if (!nodeIds.has(id)) {
      drawn.element.remove();
      drawnNodes.delete(id);
      positions.delete(id);
    }
  }
  // Tab order follows prominence: the entities the draft names most first.
  const ordered = [...next.nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const nodeElements = ordered.map((node) => {
    let drawn = drawnNodes.get(node.id);
    if (!drawn) {
      drawn = { element: createNode(node), data: node };
      drawnNodes.set(node.id, drawn);
    }
    drawn.data = node;
    updateNode(drawn.element, node);
    return drawn.element;
  });
  const edgeIds = new Set(next.edges.map((edge) => edge.id));
  for (const [id, drawn] of drawnEdges) {
    if (!edgeIds.has(id)) {
      drawn.element.remove();
      drawnEdges.delete(id);
    }
  }
  const newEdgeElements: SVGLineElement[] = [];
  for (const edge of next.edges) {
    let drawn = drawnEdges.get(edge.id);
    if (!drawn) {
      const line = svgElement('line', 'edge');
      line.setAttribute('marker-end', 'url(#arrow)');
      newEdgeElements.push(line);
      drawn = { element: line, data: edge };
      drawnEdges.set(edge.id, drawn);
    }
    drawn.data = edge;
    placeEdge(drawn.element, edge);
  }
  map = next;
  renderKindFilters(next);
  applyFilters();
  beforeShown?.();
  placeInTabOrder(nodeElements);
  edgeLayer.append(...newEdgeElements);
  saveState();
  const ms = performance.now() - started;
  vscode.postMessage({ type: 'drawn', version, nodes: next.nodes.length, edges: next.edges.length, ms });
}

/**
 * Puts the node elements in `ordered`'s order. The focused one stays where it is and the others
 * move around it: moving an element out of the page and back would take the keyboard's focus
 * from it (and focusing it again would pan the view to it).
 */
function placeInTabOrder(ordered: readonly SVGGElement[]): void {
  const focused = ordered.indexOf(document.activeElement as SVGGElement);
  if (focused < 0) {
    nodeLayer.append(...ordered);
    return;
  }
  const anchor = ordered[focused]!;
  anchor.before(...ordered.slice(0, focused));
  anchor.after(...ordered.slice(focused + 1));
}

function isShown(node: MapNode): boolean {
  return !hiddenTypes.has(node.type);
}

/** Hides what the filters leave out; the layout stays, so that showing it again puts it back where it was. */
function applyFilters(): void {
  if (!map) return;
  for (const { element, data } of drawnNodes.values()) element.classList.toggle('hidden', !isShown(data));
  for (const { element, data } of drawnEdges.values()) {
    const from = drawnNodes.get(data.from)?.data;
    const to = drawnNodes.get(data.to)?.data;
    const shown = !hiddenKinds.has(data.kind) && !!from && !!to && isShown(from) && isShown(to);
    element.classList.toggle('hidden', !shown);
  }
  labelEdges();
  const shownNodes = map.nodes.filter(isShown);
  const named = shownNodes.filter((node) => node.mentions > 0).length;
  const shownEdges = [...drawnEdges.values()].filter(({ element }) => !element.classList.contains('hidden')).length;
  summary.textContent = `${map.title}: ${shownNodes.length} entities (${named} named in the draft), ${shownEdges} relations.`;
  textAlternativeAfterPicture();
}

let textAlternativePending = false;

/**
 * The text alternative follows the picture by a frame: its tables (thousands of rows in a large
 * map, as long to lay out as the picture) are filled once the map is painted, not before.
 */
function textAlternativeAfterPicture(): void {
  if (textAlternativePending) return;
  textAlternativePending = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      textAlternativePending = false;
      if (map) renderTextAlternative(map);
    }),
  );
}

function renderKindFilters(next: StoryMap): void {
  const present = next.kinds.map(({ kind }) => kind).join('\u0000');
  if (kindFilters.dataset.kinds === present) return;
  kindFilters.dataset.kinds = present;
  kindFilters.replaceChildren(
    ...next.kinds.map(({ kind, noun }) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !hiddenKinds.has(kind);
      box.addEventListener('change', () => {
        if (box.checked) hiddenKinds.delete(kind);
        else hiddenKinds.add(kind);
        applyFilters();
        saveState();
      });
      label.append(box, document.createTextNode(` ${noun}`));
      return label;
    }),
  );
}

/** The hidden tables screen readers read: the entities and relations drawn, as the filters leave them. */
function renderTextAlternative(next: StoryMap): void {
  const row = (...cells: string[]) => {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    return tr;
  };
  const names = new Map(next.nodes.map((node) => [node.id, node.name]));
  entityRows.replaceChildren(
    ...next.nodes
      .filter(isShown)
      .map((node) => row(node.name, node.type === 'organization' ? 'organisation' : node.type, String(node.mentions))),
  );
  relationRows.replaceChildren(
    ...[...drawnEdges.values()]
      .filter(({ element }) => !element.classList.contains('hidden'))
      .map(({ data }) => row(names.get(data.from) ?? data.from, edgeLabel(data), names.get(data.to) ?? data.to)),
  );
}

function saveState(): void {
  vscode.setState({
    positions: [...positions].map(([id, { x, y }]) => [id, x, y] as const),
    hiddenTypes: [...hiddenTypes],
    hiddenKinds: [...hiddenKinds],
    view,
    ...(draft === undefined ? {} : { draft }),
  });
}

/** The view the drawing was last rendered at; while a pan or zoom goes on, the rendered picture is moved instead. */
let renderedView: View = view;
let renderTimer: ReturnType<typeof setTimeout> | undefined;
/** How long after the last pan or zoom step the drawing is rendered again, sharp, at the new view. */
const RENDER_AFTER_MS = 150;

/**
 * Pan and zoom: while they go on, the picture already rendered is moved and scaled as a
 * whole (the compositor does that without drawing thousands of elements again, so every
 * frame is quick); once they pause, the drawing is rendered at the new view.
 */
function setView(next: View): void {
  view = withinZoomLimits(next);
  if (!viewPending) {
    viewPending = true;
    requestAnimationFrame(() => {
      viewPending = false;
      const scale = view.k / renderedView.k;
      const dx = view.x - scale * renderedView.x;
      const dy = view.y - scale * renderedView.y;
      svg.style.transform = `translate(${dx.toFixed(1)}px, ${dy.toFixed(1)}px) scale(${scale.toFixed(4)})`;
    });
  }
  clearTimeout(renderTimer);
  renderTimer = setTimeout(renderView, RENDER_AFTER_MS);
}

function withinZoomLimits(next: View): View {
  return { x: next.x, y: next.y, k: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, next.k)) };
}

/** A view reached in one step (fitting the map) is rendered at once: there is no motion to keep smooth. */
function jumpTo(next: View): void {
  clearTimeout(renderTimer);
  view = withinZoomLimits(next);
  renderView();
}

function renderView(): void {
  renderedView = view;
  viewport.setAttribute(
    'transform',
    `translate(${view.x.toFixed(1)},${view.y.toFixed(1)}) scale(${view.k.toFixed(3)})`,
  );
  svg.style.transform = '';
  saveState();
}

function zoomAt(factor: number, screenX: number, screenY: number): void {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const ratio = k / view.k;
  setView({ x: screenX - (screenX - view.x) * ratio, y: screenY - (screenY - view.y) * ratio, k });
}

/** Zooms and pans so that every shown node is in sight. */
function fit(): void {
  const shown = [...drawnNodes.values()].filter(({ data }) => isShown(data)).map(({ data }) => positions.get(data.id)!);
  if (shown.length === 0) return;
  const xs = shown.map((at) => at.x);
  const ys = shown.map((at) => at.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs) - 60,
    Math.max(...xs) + 60,
    Math.min(...ys) - 60,
    Math.max(...ys) + 60,
  ];
  const { width, height } = svg.getBoundingClientRect();
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(width / (maxX - minX), height / (maxY - minY))));
  jumpTo({ x: width / 2 - k * ((minX + maxX) / 2), y: height / 2 - k * ((minY + maxY) / 2), k });
}

/** Pans just enough to bring a focused node into sight. */
function keepInSight(id: string): void {
  const at = positions.get(id);
  if (!at) return;
  const { width, height } = svg.getBoundingClientRect();
  const x = view.x + at.x * view.k;
  const y = view.y + at.y * view.k;
  const margin = 60;
  if (x >= margin && x <= width - margin && y >= margin && y <= height - margin) return;
  setView({ x: width / 2 - at.x * view.k, y: height / 2 - at.y * view.k, k: view.k });
}

function focusChanged(group: SVGGElement): void {
  const id = group.dataset.id!;
  for (const { element, data } of drawnEdges.values())
    element.classList.toggle('touching', data.from === id || data.to === id);
  labelledId = id;
  labelEdges();
  keepInSight(id);
}

const DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * Arrows move to the nearest shown node that way (within 60° of it); Enter reveals the next
 * mention, Shift+Enter (or Alt+Enter) opens the dictionary entry.
 */
function onNodeKey(event: KeyboardEvent, group: SVGGElement): void {
  const id = group.dataset.id!;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    vscode.postMessage({ type: event.shiftKey || event.altKey ? 'entry' : 'reveal', id });
    return;
  }
  const direction = DIRECTIONS[event.key];
  if (!direction || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const from = positions.get(id)!;
  let best: { element: SVGGElement; score: number } | undefined;
  for (const { element, data } of drawnNodes.values()) {
    if (data.id === id || !isShown(data)) continue;
    const at = positions.get(data.id)!;
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const distance = Math.hypot(dx, dy);
    const along = (dx * direction[0] + dy * direction[1]) / distance;
    if (along < 0.5) continue;
    // Nearer and more in line is better.
    const score = distance * (2 - along);
    if (!best || score < best.score) best = { element, score };
  }
  best?.element.focus();
}

function onMapKey(event: KeyboardEvent): void {
  const { width, height } = svg.getBoundingClientRect();
  if (event.key === '+' || event.key === '=') zoomAt(1.25, width / 2, height / 2);
  else if (event.key === '-') zoomAt(0.8, width / 2, height / 2);
  else if (event.key === '0') fit();
  else if (DIRECTIONS[event.key] && (event.ctrlKey || event.metaKey || event.target === svg)) {
    const [dx, dy] = DIRECTIONS[event.key]!;
    setView({ x: view.x - dx * 60, y: view.y - dy * 60, k: view.k });
  } else return;
  event.preventDefault();
}

function setUpPanAndZoom(): void {
  svg.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.002), event.clientX - box.left, event.clientY - box.top);
    },
    { passive: false },
  );
  let dragging: { x: number; y: number; pointer: number } | undefined;
  svg.addEventListener('pointerdown', (event) => {
    if ((event.target as Element).closest('.node')) return;
    dragging = { x: event.clientX - view.x, y: event.clientY - view.y, pointer: event.pointerId };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (dragging?.pointer === event.pointerId)
      setView({ x: event.clientX - dragging.x, y: event.clientY - dragging.y, k: view.k });
  });
  const stop = () => (dragging = undefined);
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);
  document.addEventListener('keydown', onMapKey);
}

function setUpToolbar(): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-type]')) {
    const type = box.dataset.type!;
    box.checked = !hiddenTypes.has(type);
    box.setAttribute('aria-label', `Show ${TYPE_NAMES[type as EntityType]}`);
    box.addEventListener('change', () => {
      if (box.checked) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
      applyFilters();
      saveState();
    });
  }
  document.getElementById('fit')!.addEventListener('click', fit);
  document.getElementById('zoom-in')!.addEventListener('click', () => {
    const { width, height } = svg.getBoundingClientRect();
    zoomAt(1.25, width / 2, height / 2);
  });
  document.getElementById('zoom-out')!.addEventListener('click', () => {
    const { width, height } = svg.getBoundingClientRect();
    zoomAt(0.8, width / 2, height / 2);
  });
  const format = document.getElementById('export-format') as HTMLSelectElement;
  document.getElementById('export')!.addEventListener('click', () => void exportAs(format.value as MapExportFormat));
}

async function exportAs(format: MapExportFormat, request?: number): Promise<void> {
  const svgText = format === 'svg' || format === 'png' ? standaloneSvg(svg, viewport) : undefined;
  const drawing = format === 'png' ? await svgToPng(svgText!) : svgText;
  vscode.postMessage({
    type: 'export',
    ...(request === undefined ? {} : { request }),
    format,
    ...(drawing === undefined ? {} : { drawing }),
    positions: [...positions].map(([id, { x, y }]) => [id, x, y] as const),
  });
}

window.addEventListener('message', (event: MessageEvent<ToStoryMap>) => {
  const message = event.data;
  if (message.type === 'export') {
    void exportAs(message.format, message.request);
    return;
  }
  const first = drawnNodes.size === 0 && !saved;
  draft = message.draft;
  draw(message.map, message.version, first ? fit : undefined);
});

setUpToolbar();
setUpPanAndZoom();
renderView();
vscode.postMessage({ type: 'ready' });
