import { type MapEdge, type MapNode, type MapSource, type StoryMap, edgeSentence } from './graph';

/** Where the map drew a node, by id; exports without positions leave the layout to the tool that opens them. */
export type MapPositions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** The formats the graphics desk can take the map in. */
export const MAP_EXPORTS = [
  { extension: 'svg', label: 'SVG picture' },
  { extension: 'png', label: 'PNG picture' },
  { extension: 'graphml', label: 'GraphML (Gephi, yEd)' },
  { extension: 'json', label: 'JSON graph (Gephi, Flourish, Sigma)' },
] as const;
export type MapExportFormat = (typeof MAP_EXPORTS)[number]['extension'];

/** The map's elements with their sources: what every export carries as its metadata. */
export function mapMetadata(map: StoryMap): {
  title: string;
  nodes: { id: string; name: string; source: MapSource }[];
  edges: { id: string; reads: string; source: MapSource }[];
} {
  const nameOf = namesOf(map);
  return {
    title: map.title,
    nodes: map.nodes.map((node) => ({ id: node.id, name: node.name, source: node.source })),
    edges: map.edges.map((edge) => ({ id: edge.id, reads: edgeSentence(edge, nameOf), source: edge.source })),
  };
}

function namesOf(map: StoryMap): (id: string) => string {
  const names = new Map(map.nodes.map((node) => [node.id, node.name]));
  return (id) => names.get(id) ?? id;
}

function nodeAttributes(node: MapNode) {
  return {
    type: node.type,
    mentions: node.mentions,
    mentioned: node.mentions > 0,
    role: node.role ?? '',
    dictionary: node.source.dictionary,
    entry: node.source.entry,
    sentence: node.source.sentence ?? '',
  };
}

function edgeAttributes(edge: MapEdge) {
  return {
    kind: edge.kind,
    reverseLabel: edge.reverseLabel ?? '',
    dictionary: edge.source.dictionary,
    entry: edge.source.entry,
    sentence: edge.source.sentence ?? '',
  };
}

/**
 * The map as the JSON graph Gephi's JSON importer, Sigma and Flourish read: nodes and edges
 * with `id`, `label`, `source`/`target`, and the rest (type, mentions, the entry and the
 * article's sentence) under `attributes`.
 */
export function mapToJson(map: StoryMap, positions: MapPositions): string {
  const graph = {
    title: map.title,
    nodes: map.nodes.map((node) => {
      const at = positions.get(node.id);
      return {
        id: node.id,
        label: node.name,
        ...(at ? { x: round(at.x), y: round(at.y) } : {}),
        size: node.mentions,
        attributes: nodeAttributes(node),
      };
    }),
    edges: map.edges.map((edge) => ({
      id: edge.id,
      source: edge.from,
      target: edge.to,
      label: edge.label,
      attributes: edgeAttributes(edge),
    })),
  };
  return `${JSON.stringify(graph, null, 2)}\n`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Text for XML: markup characters and quotes escaped, and the control characters XML 1.0 forbids left out. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The map as GraphML, with every attribute declared as a key, and positions where the map drew the nodes. */
export function mapToGraphMl(map: StoryMap, positions: MapPositions): string {
  const nodeKeys = ['label', 'x', 'y', ...Object.keys(nodeAttributes(map.nodes[0] ?? placeholderNode))];
  const edgeKeys = ['label', ...Object.keys(edgeAttributes(map.edges[0] ?? placeholderEdge))];
  const typeOf = (key: string) =>
    key === 'x' || key === 'y' ? 'double' : key === 'mentions' ? 'int' : key === 'mentioned' ? 'boolean' : 'string';
  const data = (key: string, value: string | number | boolean) =>
    `      <data key="${key}">${xmlText(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((key) => `  <key id="n-${key}" for="node" attr.name="${key}" attr.type="${typeOf(key)}"/>`),
    ...edgeKeys.map((key) => `  <key id="e-${key}" for="edge" attr.name="${key}" attr.type="${typeOf(key)}"/>`),
    `  <graph id="story-map" edgedefault="directed">`,
    `    <desc>${xmlText(map.title)}</desc>`,
  ];
  for (const node of map.nodes) {
    const at = positions.get(node.id);
    lines.push(`    <node id="${xmlText(node.id)}">`, data('n-label', node.name));
    if (at) lines.push(data('n-x', round(at.x)), data('n-y', round(at.y)));
    for (const [key, value] of Object.entries(nodeAttributes(node))) lines.push(data(`n-${key}`, value));
    lines.push('    </node>');
  }
  for (const edge of map.edges) {
    lines.push(
      `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.from)}" target="${xmlText(edge.to)}">`,
      data('e-label', edge.label),
    );
    for (const [key, value] of Object.entries(edgeAttributes(edge))) lines.push(data(`e-${key}`, value));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Stand-ins that give the attribute names when a map has no node or no edge. */
const placeholderSource: MapSource = { dictionary: '', entry: '' };
const placeholderNode: MapNode = { id: '', name: '', type: 'person', mentions: 0, source: placeholderSource };
const placeholderEdge: MapEdge = { id: '', from: '', to: '', kind: 'ally', label: '', source: placeholderSource };

/**
 * An SVG drawing of the map with the map's metadata (each element's dictionary, entry and
 * sentence) as JSON in its `<metadata>`, right after the opening `<svg …>` tag.
 */
export function svgWithMetadata(svg: string, map: StoryMap): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('the drawing is not an SVG picture');
  const end = open.index + open[0].length;
  const metadata = `<metadata id="newsroom-lens-sources">${xmlText(JSON.stringify(mapMetadata(map)))}</metadata>`;
  return `${svg.slice(0, end)}${metadata}${svg.slice(end)}`;
}
