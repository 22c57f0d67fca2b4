import * as assert from 'assert';
import { mapMetadata, mapToGraphMl, mapToJson, svgWithMetadata, xmlText } from '../../src/core/map/export';
import { DrawReceipts } from '../../src/core/map/drawReceipts';
import { type StoryMap, edgeSentence, storyMap } from '../../src/core/map/graph';
import { type Point, layOut, radiusOf } from '../../src/webview/storyMapLayout';
import { indexOf } from './helpers';

const index = indexOf({
  source: { title: 'Floods in the north', date: '2025-08-09' },
  entities: [
    {
      id: 'amal-haddad',
      name: 'Amal Haddad',
      type: 'person',
      roles: [{ title: 'Foreign Minister', source: 'Foreign Minister Amal Haddad said floods had cut off Rangpur.' }],
      relations: [{ type: 'official', target: 'river-council', title: 'prime minister' }],
    },
    {
      id: 'omar-haddad',
      name: 'Omar Haddad',
      type: 'person',
      relations: [
        { type: 'brother', target: 'amal-haddad', title: 'younger brother', source: 'Her younger brother Omar…' },
        { type: 'commander', target: 'north-brigade', title: 'commands' },
      ],
    },
    {
      id: 'north-brigade',
      name: 'North Brigade <b>',
      type: 'organization',
      relations: [{ type: 'commanded-by', target: 'omar-haddad' }],
    },
    { id: 'river-council', name: 'River Council', type: 'organization' },
    { id: 'rangpur', name: 'Rangpur', type: 'place' },
  ],
});
const counts: Record<string, number> = { 'amal-haddad': 3, rangpur: 1 };
const map = storyMap(index, (id) => counts[id] ?? 0, 'drafts/floods.md');
const nameOf = (id: string) => index.get(id)?.name ?? id;

describe('the story map', () => {
  it('has every entity of the dictionaries, sorted by id, with its mentions in the draft and its source', () => {
    assert.deepStrictEqual(
      map.nodes.map((node) => [node.id, node.type, node.mentions]),
      [
        ['amal-haddad', 'person', 3],
        ['north-brigade', 'organization', 0],
        ['omar-haddad', 'person', 0],
        ['rangpur', 'place', 1],
        ['river-council', 'organization', 0],
      ],
    );
    const amal = map.nodes[0]!;
    assert.strictEqual(amal.role, 'Foreign Minister');
    assert.deepStrictEqual(amal.source, {
      dictionary: 'inline-0.entities.json',
      entry: 'amal-haddad',
      sentence: 'Foreign Minister Amal Haddad said floods had cut off Rangpur.',
    });
    assert.deepStrictEqual(map.nodes[3]!.source, { dictionary: 'inline-0.entities.json', entry: 'rangpur' });
  });

  it('draws each relation as one labelled edge, in its own words, and a tie stated from both ends once', () => {
    assert.deepStrictEqual(
      map.edges.map((edge) => [edge.from, edge.kind, edge.to, edge.label, edge.reverseLabel]),
      [
        ['amal-haddad', 'official', 'river-council', 'prime minister', undefined],
        // North Brigade's "commanded by" Omar is the tie Omar "commands": one edge, read both ways.
        ['north-brigade', 'commanded-by', 'omar-haddad', 'commanded by', 'commands'],
        ['omar-haddad', 'brother', 'amal-haddad', 'younger brother', undefined],
      ],
    );
    assert.deepStrictEqual(map.edges[2]!.source, {
      dictionary: 'inline-0.entities.json',
      entry: 'omar-haddad',
      sentence: 'Her younger brother Omar…',
    });
    assert.deepStrictEqual(
      map.kinds.map(({ kind }) => kind),
      ['brother', 'commanded-by', 'official'],
    );
  });

  it('merges a family tie stated from both ends in different words (father and son)', () => {
    const family = storyMap(
      indexOf({
        entities: [
          { id: 'a', name: 'Karim Nasser', type: 'person', relations: [{ type: 'father', target: 'b' }] },
          { id: 'b', name: 'Sami Nasser', type: 'person', relations: [{ type: 'son', target: 'a' }] },
          { id: 'c', name: 'Lina Nasser', type: 'person', relations: [{ type: 'sister', target: 'b' }] },
        ],
      }),
      () => 0,
      'draft',
    );
    assert.deepStrictEqual(
      family.edges.map((edge) => [edge.from, edge.to, edge.label, edge.reverseLabel]),
      [
        ['a', 'b', 'father', 'son'],
        ['c', 'b', 'sister', undefined],
      ],
    );
  });

  it('reads an edge as a sentence, with the preposition of its kind', () => {
    assert.deepStrictEqual(
      map.edges.map((edge) => edgeSentence(edge, nameOf)),
      [
        'Amal Haddad — prime minister of — River Council',
        'North Brigade <b> — commanded by — Omar Haddad',
        'Omar Haddad — younger brother of — Amal Haddad',
      ],
    );
  });
});

describe('the story map exports', () => {
  const positions = new Map([
    ['amal-haddad', { x: 10.04, y: -20.56 }],
    ['rangpur', { x: 0, y: 5 }],
  ]);

  it('as JSON: nodes and edges with id, label, source and target, positions, and each source under attributes', () => {
    const graph = JSON.parse(mapToJson(map, positions));
    assert.strictEqual(graph.title, 'drafts/floods.md');
    assert.deepStrictEqual(graph.nodes[0], {
      id: 'amal-haddad',
      label: 'Amal Haddad',
      x: 10,
      y: -20.6,
      size: 3,
      attributes: {
        type: 'person',
        mentions: 3,
        mentioned: true,
        role: 'Foreign Minister',
        dictionary: 'inline-0.entities.json',
        entry: 'amal-haddad',
        sentence: 'Foreign Minister Amal Haddad said floods had cut off Rangpur.',
      },
    });
    assert.ok(!('x' in graph.nodes[1]), 'a node the map did not place has a position');
    assert.deepStrictEqual(graph.edges[2], {
      id: 'omar-haddad→brother→amal-haddad',
      source: 'omar-haddad',
      target: 'amal-haddad',
      label: 'younger brother',
      attributes: {
        kind: 'brother',
        reverseLabel: '',
        dictionary: 'inline-0.entities.json',
        entry: 'omar-haddad',
        sentence: 'Her younger brother Omar…',
      },
    });
  });

  it('as GraphML: declared keys, escaped text, every node and edge with its source', () => {
    const xml = mapToGraphMl(map, positions);
    assert.ok(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'),
    );
    assert.ok(xml.includes('<key id="n-mentions" for="node" attr.name="mentions" attr.type="int"/>'));
    assert.ok(xml.includes('<key id="e-sentence" for="edge" attr.name="sentence" attr.type="string"/>'));
    assert.ok(xml.includes('<data key="n-label">North Brigade &lt;b&gt;</data>'));
    assert.ok(!xml.includes('<b>'));
    assert.ok(xml.includes('<data key="n-x">10</data>'));
    assert.strictEqual(xml.match(/<node id=/g)?.length, 5);
    assert.strictEqual(xml.match(/<edge id=/g)?.length, 3);
    assert.ok(
      xml.includes(
        '<edge id="omar-haddad→brother→amal-haddad" source="omar-haddad" target="amal-haddad">\n      <data key="e-label">younger brother</data>',
      ),
    );
    // Every data element refers to a declared key.
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((match) => match[1]));
    for (const [, key] of xml.matchAll(/<data key="([^"]+)"/g)) assert.ok(declared.has(key), key);
  });

  it('escapes XML text, quotes included, and leaves out the control characters XML forbids', () => {
    assert.strictEqual(xmlText(`a&b<c>"d'\u0001e`), 'a&amp;b&lt;c&gt;&quot;d&apos;e');
  });

  it('as SVG: the sources as JSON in <metadata>, escaped, right after the opening tag', () => {
    const svg = svgWithMetadata('<svg xmlns="http://www.w3.org/2000/svg" width="10"><g/></svg>', map);
    const found = /^<svg [^>]*><metadata id="newsroom-lens-sources">([^<]*)<\/metadata><g\/><\/svg>$/.exec(svg);
    assert.ok(found, svg.slice(0, 200));
    const unescaped = found[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(unescaped), mapMetadata(map));
    assert.throws(() => svgWithMetadata('<html></html>', map), /not an SVG/);
  });
});

describe('the story map page’s "drawn" replies', () => {
  /** Whether `promise` has settled once pending callbacks have run: its value, or 'pending'. */
  async function settled<T>(promise: Promise<T>): Promise<T | 'pending'> {
    return Promise.race([promise, new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending')))]);
  }

  it('ends a wait begun before the page had loaded with the first map it draws', async () => {
    const receipts = new DrawReceipts();
    const drawn = receipts.whenDrawn();
    // The page loads and says it is ready: only then is the first map sent, and then a second after an edit.
    const first = receipts.next();
    assert.strictEqual(await settled(drawn), 'pending');
    receipts.receive(first, { nodes: 3, edges: 2 });
    assert.deepStrictEqual(await settled(drawn), { nodes: 3, edges: 2 });
  });

  it('takes no reply to an older map for the drawing of the last one sent', async () => {
    const receipts = new DrawReceipts();
    const older = receipts.next();
    const last = receipts.next();
    const drawn = receipts.whenDrawn();
    receipts.receive(older, { nodes: 3, edges: 2 });
    assert.strictEqual(await settled(drawn), 'pending');
    assert.strictEqual(await settled(receipts.whenDrawn()), 'pending');
    receipts.receive(last, { nodes: 4, edges: 2 });
    assert.deepStrictEqual(await settled(drawn), { nodes: 4, edges: 2 });
    // Drawn already: a later wait ends at once, until another map is sent.
    assert.deepStrictEqual(await settled(receipts.whenDrawn()), { nodes: 4, edges: 2 });
    receipts.next();
    assert.strictEqual(await settled(receipts.whenDrawn()), 'pending');
  });
});

describe('the story map’s layout', () => {
  /**
   * `groups` households of six (a head, kin and staff tied to the head, a chain between two of
   * them), each head allied to the next household's, and two entities tied to nothing.
   */
  function householdsMap(groups: number, extra: object[] = []): StoryMap {
    const entities: object[] = [];
    for (let group = 0; group < groups; group++) {
      const id = (member: number) => `g${group}-${member}`;
      entities.push({
        id: id(0),
        name: `Head ${group}`,
        type: 'person',
        relations: group + 1 < groups ? [{ type: 'ally', target: `g${group + 1}-0` }] : [],
      });
      for (let member = 1; member < 6; member++)
        entities.push({
          id: id(member),
          name: `Member ${group}.${member}`,
          type: member === 5 ? 'organization' : 'person',
          relations: [
            { type: member < 3 ? 'brother' : 'adviser', target: id(0) },
            ...(member === 4 ? [{ type: 'member', target: id(5) }] : []),
          ],
        });
    }
    entities.push({ id: 'lone-place', name: 'Lone Place', type: 'place' });
    entities.push({ id: 'lone-body', name: 'Lone Body', type: 'organization' });
    const mentions = (id: string) => (id.startsWith('crowd') ? 100 : id.endsWith('-0') ? 4 : 0);
    return storyMap(indexOf({ entities: [...entities, ...extra] }), mentions, 'draft.md');
  }
  const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

  it('lays the same map out the same way every time', () => {
    const map = householdsMap(8);
    assert.deepStrictEqual([...layOut(map, new Map())], [...layOut(map, new Map())]);
  });

  it('places every entity, no two circles overlapping, related entities nearer each other than the rest', () => {
    // Besides the households, a crowd of the largest circles about one of them: more than fit around it at a relation's length.
    const crowd = Array.from({ length: 16 }, (_, n) => ({
      id: `crowd-${n}`,
      name: `Crowd ${n}`,
      type: 'person',
      relations: [{ type: 'member', target: 'g2-5' }],
    }));
    const map = householdsMap(8, crowd);
    const at = layOut(map, new Map());
    assert.deepStrictEqual([...at.keys()].sort(), map.nodes.map((node) => node.id).sort());
    let pairs = 0;
    let allDistances = 0;
    for (const [i, a] of map.nodes.entries())
      for (const b of map.nodes.slice(i + 1)) {
        const apart = distance(at.get(a.id)!, at.get(b.id)!);
        assert.ok(apart >= radiusOf(a) + radiusOf(b), `${a.id} and ${b.id} overlap`);
        allDistances += apart;
        pairs++;
      }
    const related =
      map.edges.reduce((sum, edge) => sum + distance(at.get(edge.from)!, at.get(edge.to)!), 0) / map.edges.length;
    assert.ok(related < (allDistances / pairs) * 0.4, `related ${related}, all ${allDistances / pairs}`);
  });

  it('keeps where entities laid out before stand, and starts a new one beside the entity it is tied to', () => {
    const before = layOut(householdsMap(8), new Map());
    const map = householdsMap(8, [
      { id: 'newcomer', name: 'Newcomer', type: 'person', relations: [{ type: 'adviser', target: 'g3-0' }] },
    ]);
    const after = layOut(map, before);
    for (const [id, at] of before) assert.deepStrictEqual(after.get(id), at, `${id} moved`);
    assert.ok(distance(after.get('newcomer')!, before.get('g3-0')!) < 300);
    // Nothing new: the layout is the one kept.
    assert.deepStrictEqual([...layOut(householdsMap(8), before)], [...before]);
  });
});
