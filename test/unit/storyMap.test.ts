import * as assert from 'assert';
import { mapMetadata, mapToGraphMl, mapToJson, svgWithMetadata, xmlText } from '../../src/core/map/export';
import { DrawReceipts } from '../../src/core/map/drawReceipts';
import { edgeSentence, storyMap } from '../../src/core/map/graph';
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
