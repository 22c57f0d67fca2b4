import { type TimelineItem, type TimelineScene, SCENE_METRICS } from './layout';
import { readableDate } from './readableDate';

/** How an item is read out (the screen reader's list, an exported element's description). */
export function describeItem(item: TimelineItem): string {
  const when = readableDate(item.date, item.qualifier, item.dateEnd);
  const where = item.origin.kind === 'draft' ? 'in the draft' : `in ${item.origin.title ?? 'a source'}`;
  const who = item.entities.length > 0 ? ` With ${item.entities.join(', ')}.` : '';
  const conflict = item.conflict ? ` Conflict: ${item.conflict.message}` : '';
  return `${when} (${item.precision}), ${where}: ${item.sentence.replace(/\s+/g, ' ').trim()}${who}${conflict}`;
}

/** Where a drawn element comes from, as an export's metadata keeps it. */
export interface ElementSource {
  readonly id: string;
  readonly lane: TimelineItem['lane'];
  readonly date: string;
  readonly end?: string;
  readonly precision: string;
  /** The draft or the dictionary file. */
  readonly file: string;
  readonly sentence: string;
  /** The sentence's offsets in the draft (UTF-16), for the draft's events. */
  readonly offsets?: readonly [number, number];
  /** The event's position in its dictionary's `events`, for the sources' events. */
  readonly eventIndex?: number;
  readonly conflict?: string;
}

export function elementSources(items: readonly TimelineItem[]): ElementSource[] {
  return items.map((item) => ({
    id: item.id,
    lane: item.lane,
    date: item.date,
    ...(item.dateEnd ? { end: item.dateEnd } : {}),
    precision: item.precision,
    file: item.origin.file,
    sentence: item.sentence,
    ...(item.origin.kind === 'draft'
      ? { offsets: [item.origin.start, item.origin.end] as const }
      : { eventIndex: item.origin.index }),
    ...(item.conflict ? { conflict: item.conflict.message } : {}),
  }));
}

/** The colours an exported picture is drawn in: for print and the graphics desk, not the editor's theme. */
export interface PicturePalette {
  readonly background: string;
  readonly text: string;
  readonly grid: string;
  readonly draft: string;
  readonly source: string;
  readonly conflict: string;
}

export const PRINT_PALETTE: PicturePalette = {
  background: '#ffffff',
  text: '#1f1f1f',
  grid: '#c8c8c8',
  draft: '#1f6fd1',
  source: '#6b6b6b',
  conflict: '#c42b1c',
};

/** Text as XML character data or an attribute value: markup escaped, characters XML forbids dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Opacity of a span by how precise its date is: the vaguer, the paler. */
export const PRECISION_OPACITY: Record<TimelineItem['precision'], number> = {
  year: 0.35,
  month: 0.45,
  'part-of-month': 0.6,
  day: 0.85,
  'part-of-day': 0.85,
  hour: 1,
  minute: 1,
};

const round = (value: number) => Math.round(value * 10) / 10;

/** An element of the picture: what the webview builds in its DOM and an export writes as SVG. */
export interface PictureNode {
  readonly tag: 'rect' | 'line' | 'circle' | 'text' | 'g' | 'title';
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly text?: string;
  readonly children?: readonly PictureNode[];
}

/**
 * The scene as SVG elements, styled by class (`lane`, `tick`, `event draft conflict`, `mark`…),
 * each event a focusable group that says what it is and where it comes from (`data-file`,
 * `data-sentence`): one drawing for the webview and the export.
 */
export function sceneNodes(scene: TimelineScene): PictureNode[] {
  const m = SCENE_METRICS;
  const nodes: PictureNode[] = [];
  for (const lane of scene.lanes) {
    nodes.push(
      {
        tag: 'rect',
        attributes: { class: `lane lane-${lane.lane}`, x: 0, y: lane.y, width: scene.width, height: lane.height },
      },
      { tag: 'text', attributes: { class: 'lane-label', x: 6, y: lane.y + 18 }, text: lane.label },
    );
  }
  for (const tick of scene.ticks) {
    const x = round(tick.x);
    nodes.push(
      {
        tag: 'line',
        attributes: { class: tick.major ? 'tick major' : 'tick', x1: x, y1: scene.axisY - 6, x2: x, y2: scene.height },
      },
      { tag: 'text', attributes: { class: 'tick-label', x: x + 3, y: scene.axisY - 10 }, text: tick.label },
    );
  }
  const placedById = new Map(scene.placed.map((placed) => [placed.item.id, placed]));
  for (const link of scene.links) {
    const from = placedById.get(link.from);
    const to = placedById.get(link.to);
    if (from && to)
      nodes.push({
        tag: 'line',
        attributes: { class: 'conflict-link', x1: round(from.x), y1: round(from.y), x2: round(to.x), y2: round(to.y) },
      });
  }
  for (const placed of scene.placed) {
    const { item } = placed;
    const description = describeItem(item);
    const mark: PictureNode =
      placed.shape === 'point'
        ? { tag: 'circle', attributes: { class: 'mark', cx: round(placed.x), cy: round(placed.y), r: m.pointRadius } }
        : {
            tag: 'rect',
            attributes: {
              class: 'mark',
              x: round(placed.x),
              y: round(placed.y - m.barHeight / 2),
              width: round(placed.width),
              height: m.barHeight,
              rx: 2,
              'fill-opacity': PRECISION_OPACITY[item.precision],
            },
          };
    nodes.push({
      tag: 'g',
      attributes: {
        id: item.id,
        class: `event ${item.lane}${item.conflict ? ' conflict' : ''} precision-${item.precision}`,
        'data-id': item.id,
        'data-file': item.origin.file,
        'data-sentence': item.sentence,
        'data-date': item.date,
        'data-precision': item.precision,
        tabindex: 0,
        role: 'button',
        'aria-label': description,
      },
      children: [
        { tag: 'title', attributes: {}, text: description },
        mark,
        {
          tag: 'text',
          attributes: { class: 'caption', x: round(placed.captionX), y: round(placed.y + 4) },
          text: `${item.conflict ? '⚠ ' : ''}${placed.caption}`,
        },
      ],
    });
  }
  return nodes;
}

function nodeToSvg(node: PictureNode): string {
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${xmlText(String(value))}"`)
    .join('');
  const content = `${node.text !== undefined ? xmlText(node.text) : ''}${(node.children ?? []).map(nodeToSvg).join('')}`;
  return content ? `<${node.tag}${attributes}>${content}</${node.tag}>` : `<${node.tag}${attributes}/>`;
}

/** The webview's classes in the palette's colours, for a picture that stands on its own. */
function paletteStyle(palette: PicturePalette): string {
  return [
    `text{fill:${palette.text}}`,
    `.lane{fill:none}`,
    `.lane-label{font-weight:bold}`,
    `.tick{stroke:${palette.grid};stroke-width:0.5}`,
    `.tick.major{stroke-width:1}`,
    `.event .mark{fill:${palette.draft};stroke:${palette.draft}}`,
    `.event.sources .mark{fill:${palette.source};stroke:${palette.source}}`,
    `.event.conflict .mark{fill:${palette.conflict};stroke:${palette.conflict}}`,
    `.event.conflict .caption{fill:${palette.conflict}}`,
    `.conflict-link{stroke:${palette.conflict};stroke-dasharray:4 3}`,
  ].join('');
}

/**
 * The scene as a standalone SVG document: every element carries its description and where it
 * comes from (`data-file`, `data-sentence`), and a `<metadata>` block lists the sources of all
 * as JSON, so that a graphics desk can trace each mark back to its sentence.
 */
export function sceneToSvg(
  scene: TimelineScene,
  options: { readonly title: string; readonly palette?: PicturePalette },
): string {
  const palette = options.palette ?? PRINT_PALETTE;
  const items = scene.placed.map((placed) => placed.item);
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="sans-serif" font-size="11">`,
    `<title>${xmlText(options.title)}</title>`,
    `<metadata id="newsroom-lens-sources">${xmlText(JSON.stringify({ generator: 'Newsroom Lens', elements: elementSources(items) }))}</metadata>`,
    `<style>${paletteStyle(palette)}</style>`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    ...sceneNodes(scene).map(nodeToSvg),
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}
