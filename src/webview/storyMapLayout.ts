/**
 * Where the story map's entities stand: a d3-force layout, seeded (the same map lays out the
 * same way every time) and anchored (entities placed before keep their place). No DOM: the
 * webview draws what this places, and the unit tests check it in Node.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { MapEdge, MapNode } from '../core/map/graph';

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface LaidOutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly radius: number;
}

/** How far apart the layout tries to keep two related entities, in pixels at zoom 1. */
const LINK_LENGTH = 120;
/**
 * Barnes–Hut's accuracy: a group of entities further away than its size divided by this pulls
 * as one body. d3's default (0.9) is a precision the picture does not show; 1.5 needs about a
 * third of the work per step.
 */
const CHARGE_THETA = 1.5;
/**
 * How many steps the simulation takes: d3-force's default 300 for a map of up to 100 entities;
 * a larger map takes fewer, for about the same work in all (500 entities take 60 steps), but
 * at least 40. Entities start near their final spread with related ones side by side
 * (`startingSpiral`) and keep more of their speed from step to step than d3's default (0.4),
 * so that a few steps settle a large map's shape.
 */
const MOST_STEPS = 300;
const FEWEST_STEPS = 40;
const ENTITY_STEPS = 30_000;
const VELOCITY_DECAY = 0.25;
/** The share of the last steps, which also push overlapping entities apart. */
const SEPARATING_SHARE = 0.2;
/** The starting spiral's spacing: about the room an entity takes in a settled map. */
const START_SPACING = 35;
/** The golden angle: consecutive entities of the spiral fall in different directions. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function radiusOf(node: MapNode): number {
  return Math.min(30, 7 + 3 * Math.sqrt(node.mentions));
}

/**
 * The order entities take their places on the starting spiral: breadth first from the most
 * related, so that related entities start side by side; ties in the map's order, so the same
 * map starts the same way.
 */
function startingOrder(ids: readonly string[], edges: readonly MapEdge[]): string[] {
  const neighbours = new Map(ids.map((id) => [id, [] as string[]]));
  for (const edge of edges) {
    if (!neighbours.has(edge.from) || !neighbours.has(edge.to)) continue;
    neighbours.get(edge.from)!.push(edge.to);
    neighbours.get(edge.to)!.push(edge.from);
  }
  const degree = (id: string) => neighbours.get(id)!.length;
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of [...ids].sort((a, b) => degree(b) - degree(a))) {
    if (seen.has(start)) continue;
    seen.add(start);
    // `order` is the queue: entities are taken in the order they are reached.
    for (let next = order.push(start) - 1; next < order.length; next++) {
      for (const neighbour of neighbours.get(order[next]!)!) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        order.push(neighbour);
      }
    }
  }
  return order;
}

/** Places `nodes` (none placed yet) on a sunflower spiral about the origin, in `startingOrder`. */
function startingSpiral(nodes: readonly LaidOutNode[], edges: readonly MapEdge[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  startingOrder([...byId.keys()], edges).forEach((id, place) => {
    const node = byId.get(id)!;
    const distance = START_SPACING * Math.sqrt(0.5 + place);
    node.x = distance * Math.cos(place * GOLDEN_ANGLE);
    node.y = distance * Math.sin(place * GOLDEN_ANGLE);
  });
}

/**
 * Where each entity of the map stands. Entities in `kept` keep their place (pinned while the
 * layout runs); a new one starts beside a kept entity it is tied to, or else on the starting
 * spiral, and finds its place around them. The simulation's random source is seeded, so the
 * same map lays out the same way every time. Returns the places of every entity.
 */
export function layOut(
  map: { readonly nodes: readonly MapNode[]; readonly edges: readonly MapEdge[] },
  kept: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const nodes: LaidOutNode[] = map.nodes.map((node) => ({ id: node.id, radius: radiusOf(node) }));
  const known = nodes.filter((node) => kept.has(node.id));
  if (known.length === nodes.length) return new Map(known.map((node) => [node.id, kept.get(node.id)!]));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const node of known) {
    const at = kept.get(node.id)!;
    node.fx = node.x = at.x;
    node.fy = node.y = at.y;
  }
  // A new node starts beside a kept neighbour, a little off it so that the two do not coincide.
  for (const edge of known.length > 0 ? map.edges : []) {
    for (const [from, to] of [
      [edge.from, edge.to],
      [edge.to, edge.from],
    ] as const) {
      const node = byId.get(from)!;
      const neighbour = kept.get(to);
      if (node.x === undefined && neighbour) {
        node.x = neighbour.x + 30;
        node.y = neighbour.y + 30;
      }
    }
  }
  startingSpiral(
    nodes.filter((node) => node.x === undefined),
    map.edges,
  );
  const links: SimulationLinkDatum<LaidOutNode>[] = map.edges.map((edge) => ({ source: edge.from, target: edge.to }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<LaidOutNode, SimulationLinkDatum<LaidOutNode>>(links)
        .id((node) => node.id)
        .distance(LINK_LENGTH),
    )
    .force('charge', forceManyBody().strength(-360).theta(CHARGE_THETA).distanceMax(800))
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.05))
    .velocityDecay(VELOCITY_DECAY)
    .stop();
  const ticks = Math.round(Math.max(FEWEST_STEPS, Math.min(MOST_STEPS, ENTITY_STEPS / nodes.length)));
  // Cooling from 1 to d3's threshold in that many steps.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  // Adding to a laid-out map needs less settling than a first layout.
  if (known.length > 0) simulation.alpha(0.5);
  const separatingTicks = Math.ceil(ticks * SEPARATING_SHARE);
  simulation.tick(ticks - separatingTicks);
  // Overlaps are pushed apart once the shape has settled: cheaper than checking them at every step.
  simulation.force(
    'collide',
    forceCollide<LaidOutNode>((node) => node.radius + 6),
  );
  simulation.tick(separatingTicks);
  return new Map(nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
}
