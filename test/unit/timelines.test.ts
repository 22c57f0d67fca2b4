import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadDictionaries } from '../../src/core/dictionary/load';
import type { EntityIndex } from '../../src/core/dictionary/entityIndex';
import { parseDay } from '../../src/core/text/calendar';
import { buildTimeline } from '../../src/core/timeline/events';
import { MentionCache } from '../../src/core/workspace/mentionCache';
import {
  type DocumentTimeline,
  type TimelineTreeNode,
  Timelines,
  timelineChildren,
} from '../../src/core/workspace/timelines';
import { InMemoryWorkspace } from './inMemoryWorkspace';

const root = path.resolve(__dirname, '../../..');
const { index } = loadDictionaries([
  { file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) },
]);
const DRAFT =
  'DAMASCUS, Dec 9 (Reuters) — Bashar al-Assad fled Damascus on December 7, 2024. Jalali called him on Saturday night. Maher al-Assad left on Sunday. It took 24 hours.';

function setUp() {
  let matched = 0;
  const counting = Object.create(index) as EntityIndex;
  counting.mentionsIn = (text, region) => {
    matched++;
    return index.mentionsIn(text, region);
  };
  const anchors = new Map<string, string>();
  const mentions = new MentionCache({ index: () => counting, withinSizeCap: () => true });
  const timelines = new Timelines({
    index: () => counting,
    mentions,
    anchors: {
      get: (uri) => anchors.get(uri),
      set: async (uri, anchor) => void (anchor ? anchors.set(uri, anchor) : anchors.delete(uri)),
    },
    fileDay: async () => parseDay('2025-01-01')!,
  });
  return { workspace: new InMemoryWorkspace(), mentions, timelines, matched: () => matched };
}

describe('Timelines', () => {
  it('works a draft’s timeline out once per version, from the mentions the cache holds', async () => {
    const { workspace, mentions, timelines, matched } = setUp();
    const document = workspace.openDocument('mem:/draft.md', DRAFT);
    const built: DocumentTimeline[] = [];
    timelines.onDidBuild(({ result }) => built.push(result));
    mentions.get(document);
    const first = await timelines.timelineFor(document);
    assert.strictEqual(matched(), 1, 'the text is matched once, by the cache');
    assert.strictEqual(await timelines.timelineFor(document), first);
    assert.strictEqual(built.length, 1);
    assert.deepStrictEqual(first!.timeline, buildTimeline(DRAFT, index, parseDay('2024-12-09')!, 'dateline'));
    assert.deepStrictEqual(
      first!.conflicts.map((conflict) => conflict.event.expression.text),
      ['December 7, 2024'],
    );
    mentions.followEdit(document, workspace.editDocument('mem:/draft.md', DRAFT.length, DRAFT.length, ' More.'));
    assert.notStrictEqual(await timelines.timelineFor(document), first);
    assert.strictEqual(built.length, 2);
  });

  it('has no timeline for a draft without mentions (refused, or still being annotated)', async () => {
    const { workspace, timelines } = setUp();
    assert.strictEqual(await timelines.timelineFor(workspace.openDocument('mem:/binary.md', 'Assad\u0000')), undefined);
  });

  it('tells the story from the anchor the writer sets, until it is cleared', async () => {
    const { workspace, timelines } = setUp();
    const document = workspace.openDocument('mem:/draft.md', 'Assad fled on Saturday.');
    assert.strictEqual((await timelines.timelineFor(document))?.timeline.anchor, '2025-01-01');
    await timelines.setAnchor(document.uri, '2024-12-08');
    assert.deepStrictEqual(
      [timelines.anchorOverride(document.uri), (await timelines.timelineFor(document))?.timeline.anchorSource],
      ['2024-12-08', 'given'],
    );
    assert.strictEqual((await timelines.timelineFor(document))?.timeline.events[0]?.resolution?.date, '2024-12-07');
    await timelines.setAnchor(document.uri, undefined);
    assert.strictEqual((await timelines.timelineFor(document))?.timeline.anchor, '2025-01-01');
  });
});

describe('timelineChildren', () => {
  it('lists the anchor, the draft’s events, the undated ones and the dictionaries’, narrowed to one entity on request', async () => {
    const { workspace, timelines } = setUp();
    const current = await timelines.timelineFor(workspace.openDocument('mem:/draft.md', DRAFT));
    const state = { current, dictionaries: index.dictionaries };
    const roots = timelineChildren(state);
    const summary = (nodes: TimelineTreeNode[]) =>
      nodes.map((node) =>
        node.kind === 'event'
          ? `${node.event.expression.text}${node.conflict ? ' !' : ''}`
          : `${node.kind} ${'count' in node ? node.count : ''}`.trim(),
      );
    assert.deepStrictEqual(summary(roots), [
      'anchor',
      'group 3',
      'group 1',
      `dictionary ${index.dictionaries[0]!.events.length}`,
    ]);
    assert.deepStrictEqual(summary(timelineChildren(state, roots[1])), [
      'December 7, 2024 !',
      'Saturday night',
      'Sunday',
    ]);
    const filtered = { ...state, entityFilter: 'maher-al-assad' };
    assert.deepStrictEqual(summary(timelineChildren(filtered, timelineChildren(filtered)[1])), ['Sunday']);
    const references = timelineChildren(state, roots[3]);
    assert.ok(
      references.every(
        (node, i) =>
          node.kind === 'reference' &&
          (i === 0 || (references[i - 1] as { event: { date: string } }).event.date <= node.event.date),
      ),
    );
    assert.deepStrictEqual(summary(timelineChildren({ current: undefined, dictionaries: index.dictionaries })), [
      `dictionary ${index.dictionaries[0]!.events.length}`,
    ]);
  });
});
