/**
 * `npm run bench:map` (issue: pictures): a seeded dictionary of 500 entities and 2,000
 * relations, its story map computed as the extension computes it, then drawn by the map's
 * webview script (dist/webview/storyMap.js, as built) in Debian's Chromium, with the
 * webview's stylesheet and page: how long until it is laid out, drawn and painted, and how
 * long each frame of a zoom and of a pan takes afterwards. Timings, not tests. Writes them
 * to docs/story-map.md.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { loadDictionaries } from '../src/core/dictionary/load';
import { RELATION_TYPES, type RelationType } from '../src/core/dictionary/schema';
import { type StoryMap, storyMap } from '../src/core/map/graph';
import { STORY_MAP_BODY } from '../src/webview/storyMapPage';
import { loadAverage, machineSummary, markdownTable, replaceMarkedBlock, today } from '../scripts/reports';
import { seededRandom } from './corpus';
import { middleOf } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const ENTITIES = 500;
const RELATIONS = 2000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A dictionary of `entities` entities (60 % people) holding `relations` relations between them, the same every run. */
export function benchDictionary(entities: number, relations: number): object {
  const random = seededRandom(20);
  const kinds = Object.keys(RELATION_TYPES) as RelationType[];
  const list = Array.from({ length: entities }, (_, n) => ({
    id: `entity-${n}`,
    name: `Entity ${n}`,
    type: n % 5 < 3 ? 'person' : n % 5 === 3 ? 'place' : 'organization',
    relations: [] as { type: RelationType; target: string }[],
  }));
  const seen = new Set<string>();
  while (seen.size < relations) {
    const from = Math.floor(random() * entities);
    const to = Math.floor(random() * entities);
    const type = kinds[Math.floor(random() * kinds.length)]!;
    const key = `${from}:${type}:${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    list[from]!.relations.push({ type, target: `entity-${to}` });
  }
  return { entities: list };
}

function benchMap(): { map: StoryMap; computeMs: number } {
  const { index, problems } = loadDictionaries([
    {
      file: 'bench.entities.json',
      bytes: new TextEncoder().encode(JSON.stringify(benchDictionary(ENTITIES, RELATIONS))),
    },
  ]);
  if (problems.length > 0) throw new Error(`the bench dictionary has problems: ${JSON.stringify(problems[0])}`);
  // A third of the entities named in the draft, some often.
  const mentions = (id: string) => {
    const n = Number(id.slice('entity-'.length));
    return n % 3 === 0 ? 1 + (n % 17) : 0;
  };
  const times: number[] = [];
  let map: StoryMap | undefined;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    map = storyMap(index, mentions, 'bench draft');
    times.push(performance.now() - started);
  }
  return { map: map!, computeMs: middleOf(times) };
}

/** The webview's page with its stylesheet and script inlined, and a stand-in for VS Code's webview API. */
function page(): string {
  const css = fs.readFileSync(path.join(ROOT, 'media/storyMap.css'), 'utf8');
  const script = fs.readFileSync(path.join(ROOT, 'dist/webview/storyMap.js'), 'utf8');
  // The colours a dark theme gives the webview.
  const theme = `body { --vscode-foreground: #ccc; --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #ccc;
    --vscode-newsroomLens-personBackground: #c9a22a55; --vscode-newsroomLens-placeBackground: #2e8b5755;
    --vscode-newsroomLens-organizationBackground: #3a6fc455; --vscode-focusBorder: #0078d4; }`;
  const stub = `window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => {} });`;
  return `<!DOCTYPE html><html><head><style>${css}${theme}</style></head><body>${STORY_MAP_BODY}<script>${stub}</script><script>${script}</script></body></html>`;
}

// Run in the page (written as the page's JavaScript: this project's types have no DOM).
const DRAW = `(map) => new Promise((resolve) => {
  const started = performance.now();
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'map', map, version: 1 } }));
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
})`;

/** Sixty wheel steps (in and out) or sixty drag steps, one per frame: the time between frames. */
const FRAMES = `(kind) => new Promise((resolve) => {
  const svg = document.getElementById('map');
  const box = svg.getBoundingClientRect();
  const times = [];
  let last = performance.now();
  let step = 0;
  if (kind === 'pan') svg.dispatchEvent(new PointerEvent('pointerdown', { clientX: 700, clientY: 450, pointerId: 1, bubbles: true }));
  const next = () => {
    const now = performance.now();
    if (step > 0) times.push(now - last);
    last = now;
    if (step++ === 60) return resolve(times);
    if (kind === 'zoom')
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: step % 20 < 10 ? -40 : 40, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, cancelable: true }));
    else svg.dispatchEvent(new PointerEvent('pointermove', { clientX: 700 + step * 5, clientY: 450 + step * 3, pointerId: 1, bubbles: true }));
    requestAnimationFrame(next);
  };
  requestAnimationFrame(next);
})`;

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const { map, computeMs } = benchMap();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const draws: number[] = [];
    const zoomFrames: number[] = [];
    const panFrames: number[] = [];
    for (let run = 0; run < 3; run++) {
      const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      tab.on('pageerror', (error) => console.error(`The map's script failed: ${error.message}`));
      await tab.setContent(page());
      // From the message's arrival to the second frame after it: laid out, drawn, styled and painted.
      draws.push(await tab.evaluate<number>(`(${DRAW})(${JSON.stringify(map)})`));
      const drawn = await tab.evaluate(`document.querySelectorAll('#nodes .node').length`);
      if (drawn !== map.nodes.length) throw new Error(`drew ${drawn} of ${map.nodes.length} entities`);
      const frames = (kind: 'zoom' | 'pan') => tab.evaluate<number[]>(`(${FRAMES})('${kind}')`);
      zoomFrames.push(...(await frames('zoom')));
      panFrames.push(...(await frames('pan')));
      if (run === 0) await tab.screenshot({ path: path.join(ROOT, 'out/story-map-bench.png') });
      await tab.close();
    }
    const percentile = (values: number[], p: number) =>
      [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;
    const report = {
      entities: map.nodes.length,
      relations: map.edges.length,
      computeMs: round(computeMs),
      drawMs: round(middleOf(draws)),
      zoomFrameMedianMs: round(middleOf(zoomFrames)),
      zoomFrameP95Ms: round(percentile(zoomFrames, 0.95)),
      panFrameMedianMs: round(middleOf(panFrames)),
      panFrameP95Ms: round(percentile(panFrames, 0.95)),
    };
    console.log(
      [
        `Story map of ${report.entities} entities and ${report.relations} relations (${RELATIONS} stated):`,
        `  graph computed (core)        ${report.computeMs} ms (median of 5)`,
        `  laid out, drawn and painted  ${report.drawMs} ms (median of 3, Chromium)`,
        `  zoom, per frame              ${report.zoomFrameMedianMs} ms median, ${report.zoomFrameP95Ms} ms 95th percentile`,
        `  pan, per frame               ${report.panFrameMedianMs} ms median, ${report.panFrameP95Ms} ms 95th percentile`,
      ].join('\n'),
    );
    console.log(JSON.stringify(report));
    replaceMarkedBlock(
      'docs/story-map.md',
      'bench-map',
      [
        `Measured on ${today()}, on ${machineSummary()}; load average ${loadBefore} before the run, ${loadAverage()} after (above 2, other work shared the 2 cores).`,
        '',
        markdownTable(
          ['Figure', 'This run', 'Target (issue)'],
          [
            ['Graph computed from the dictionaries (core, median of 5)', `${report.computeMs} ms`, '—'],
            ['Laid out, drawn and painted (Chromium, median of 3)', `${report.drawMs} ms`, '< 1,000 ms'],
            [
              'Zoom: time per frame, median / 95th percentile',
              `${report.zoomFrameMedianMs} / ${report.zoomFrameP95Ms} ms`,
              'responsive',
            ],
            [
              'Pan: time per frame, median / 95th percentile',
              `${report.panFrameMedianMs} / ${report.panFrameP95Ms} ms`,
              'responsive',
            ],
          ],
        ),
      ].join('\n'),
    );
  } finally {
    await browser.close();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (require.main === module) void main();
